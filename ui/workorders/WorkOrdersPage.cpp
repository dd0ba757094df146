#include "WorkOrdersPage.h"

#include "common/CacheEvents.h"

#include "models/ModelIcons.h"
#include "models/WorkOrdersModel.h"
#include "storage/DataScreenQueries.h"
#include "ui/common/AppContext.h"
#include "ui/common/MessageBar.h"
#include "ui/common/PropertyFilterCombo.h"
#include "ui/common/ReadTask.h"
#include "ui/table/DataTableView.h"
#include "ui/table/TablePanel.h"
#include "ui/workorders/WorkOrderDetailPane.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace pms {

WorkOrdersPage::WorkOrdersPage(AppContext &ctx, QWidget *parent)
    : QWidget(parent), m_ctx(ctx)
{
    m_model = new WorkOrdersModel(ctx.dbPath, this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 8);
    layout->setSpacing(8);

    m_gate = new QLabel(this);
    m_gate->setObjectName(QStringLiteral("workOrderGate"));
    m_gate->setWordWrap(true);
    m_gate->setStyleSheet(QStringLiteral("QLabel { background: #fff4e5; border: 1px solid #f0b35b; border-radius: 4px; padding: 6px 10px; }"));
    m_gate->hide();
    layout->addWidget(m_gate);
    m_message = new MessageBar(this);
    m_message->setObjectName(QStringLiteral("workOrderMessage"));
    layout->addWidget(m_message);

    // "workorders2": the Number column (the work order's id) is new; older saved layouts hid it.
    m_panel = new TablePanel(m_model, QStringLiteral("workorders2"), this);
    m_panel->setSearchPlaceholder(tr("Search work orders"));
    m_panel->searchBox()->setToolTip(tr("Finds work orders whose number, description, requester or category contains "
                                        "every word (a number finds that work order)"));
    m_panel->setExportName(QStringLiteral("work-orders.csv"));
    m_panel->view()->setEmptyTexts(tr("No work orders yet — run a sync from the toolbar."),
                                   tr("No work orders match the search and filters."));
    m_panel->setCountText([](qint64 matching, qint64 total, bool filtered) {
        const int n = int(std::min<qint64>(total, INT_MAX));
        if (filtered)
            return tr("%L1 of %Ln work orders", nullptr, n).arg(matching);
        return total == 1 ? tr("1 work order") : tr("%Ln work orders", nullptr, n);
    });

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("All statuses"), QString());
    m_status->setToolTip(tr("Status in the PMS"));
    m_priority = new QComboBox(this);
    m_priority->setObjectName(QStringLiteral("priorityFilter"));
    m_priority->addItem(tr("All priorities"), QString());
    for (const char *p : {"HIGH", "MEDIUM", "LOW"})
        m_priority->addItem(WorkOrdersModel::priorityLabel(QString::fromLatin1(p)), QString::fromLatin1(p));
    m_syncState = new QComboBox(this);
    m_syncState->setObjectName(QStringLiteral("syncStateFilter"));
    m_syncState->addItem(tr("All sync states"), QString());
    for (const char *s : {"synced", "pending", "failed", "not_synced"}) {
        const QString state = QString::fromLatin1(s);
        m_syncState->addItem(ModelIcons::get(WorkOrdersModel::syncStateIcon(state)), WorkOrdersModel::syncStateLabel(state), state);
    }
    m_property = new PropertyFilterCombo(this);
    m_unlinked = new QCheckBox(tr("Unlinked only"), this);
    m_unlinked->setObjectName(QStringLiteral("unlinkedFilter"));
    m_unlinked->setToolTip(tr("Work orders whose property or unit is not in the cache yet"));
    for (QWidget *w : {static_cast<QWidget *>(m_status), static_cast<QWidget *>(m_priority), static_cast<QWidget *>(m_property),
                       static_cast<QWidget *>(m_syncState), static_cast<QWidget *>(m_unlinked)})
        m_panel->addFilterWidget(w);
    for (QComboBox *c : {m_status, m_priority, m_syncState})
        connect(c, &QComboBox::currentIndexChanged, this, &WorkOrdersPage::applyFilters);
    connect(m_property, &PropertyFilterCombo::propertyChanged, this, &WorkOrdersPage::applyFilters);
    connect(m_unlinked, &QCheckBox::toggled, this, &WorkOrdersPage::applyFilters);
    m_panel->setExtraClear(
        [this] {
            for (QComboBox *c : {m_status, m_priority, m_syncState, static_cast<QComboBox *>(m_property)}) {
                const QSignalBlocker block(c);
                c->setCurrentIndex(0);
            }
            const QSignalBlocker block(m_unlinked);
            m_unlinked->setChecked(false);
            applyFilters();
        },
        [this] {
            return m_status->currentIndex() > 0 || m_priority->currentIndex() > 0 || m_syncState->currentIndex() > 0
                || m_property->currentIndex() > 0 || m_unlinked->isChecked();
        });

    m_detail = new WorkOrderDetailPane(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_detail);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel);
    scroll->setMinimumWidth(260);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_panel);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({860, 380});
    layout->addWidget(splitter, 1);

    connect(m_panel->view(), &DataTableView::currentIdChanged, this, &WorkOrdersPage::showCurrent);
    // A reload or a refresh (a push, a sync, a completion) may have changed the current work
    // order: show it again once the fresh rows are in.
    const auto showAgain = [this] {
        const int row = m_panel->view()->currentIndex().row();
        if (m_currentId > 0 && row >= 0 && m_model->idAt(row) == m_currentId)
            showCurrent(m_currentId, row);
    };
    connect(m_model, &SqlTableModel::loadingChanged, this, [showAgain](bool loading) {
        if (!loading)
            showAgain();
    });
    connect(m_model, &SqlTableModel::settled, this, showAgain);
    connect(CacheEvents::instance(), &CacheEvents::changed, this, [this](CacheEvents::Tables tables) {
        if (tables & CacheEvents::WorkOrders) {
            refresh();
            m_detail->reload();
        }
    });
    buildActions();
    refresh();
}

void WorkOrdersPage::focusSearch()
{
    m_panel->focusSearch();
}

void WorkOrdersPage::applyFilters()
{
    const auto one = [](const QVariant &v) { return v.toString().isEmpty() ? QVariantList{} : QVariantList{v}; };
    m_model->setValueFilter(QStringLiteral("status"), one(m_status->currentData()));
    m_model->setValueFilter(QStringLiteral("priority"), one(m_priority->currentData()));
    m_model->setValueFilter(QStringLiteral("sync_state"), one(m_syncState->currentData()));
    const qint64 property = m_property->propertyId();
    m_model->setValueFilter(QStringLiteral("property_id"), property > 0 ? QVariantList{property} : QVariantList{});
    m_model->setValueFilter(QStringLiteral("linked"), m_unlinked->isChecked() ? QVariantList{0} : QVariantList{});
    m_panel->updateCount();
}

void WorkOrdersPage::refresh()
{
    if (m_connectionId != m_ctx.connectionId) {
        m_connectionId = m_ctx.connectionId;
        m_model->setConnectionId(m_connectionId);
        m_model->reload();
    } else {
        m_model->refresh();
    }
    loadChoices();
}

void WorkOrdersPage::loadChoices()
{
    m_property->load(m_ctx.dbPath, m_connectionId);
    const qint64 connection = m_connectionId;
    runRead<QStringList>(
        this, m_ctx.dbPath, [connection](Database &db) { return DataScreenQueries::workOrderStatuses(db, connection); },
        [this](const QStringList &statuses) {
            const QString keep = m_status->currentData().toString();
            {
                const QSignalBlocker block(m_status);
                while (m_status->count() > 1)
                    m_status->removeItem(1);
                for (const QString &s : statuses)
                    m_status->addItem(s, s);
                const int i = m_status->findData(keep);
                m_status->setCurrentIndex(i < 0 ? 0 : i);
            }
            if (m_status->currentData().toString() != keep)
                applyFilters();
        });
    using Gate = DataScreenQueries::WorkOrderGate;
    runRead<Gate>(
        this, m_ctx.dbPath, [connection](Database &db) { return DataScreenQueries::workOrderGate(db, connection); },
        [this](const Gate &gate) {
            m_gate->setVisible(!gate.open());
            if (!gate.open())
                m_gate->setText(tr("<b>Work-order sync is off for this connection.</b> The integration email (%1) is not the "
                                   "email of its PMS user (%2). Correct it in Settings; until then no work order is imported "
                                   "or pushed.")
                                    .arg(gate.integrationEmail.toHtmlEscaped(), gate.pmsUserEmail.toHtmlEscaped()));
        });
}

void WorkOrdersPage::showCurrent(qint64 id, int row)
{
    if (id < 0 || row < 0) {
        m_currentId = -1;
        m_detail->clear();
        updateActions();
        return;
    }
    m_model->fetchRows({row}, this, [this, id](const RowList &rows) {
        if (rows.isEmpty() || rows.first().isEmpty() || rows.first().first().toLongLong() != id)
            return;
        const QVariantList &values = rows.first();
        const auto raw = [&](const char *key) {
            const int c = m_model->columnIndex(QString::fromLatin1(key));
            return c < 0 ? QVariant() : values.value(c + 1);
        };
        m_currentId = id;
        m_currentStatus = raw("status").toString();
        m_currentTitle = tr("work order %1").arg(id);
        m_detail->showRow(m_model, values, m_ctx.dbPath);
        updateActions();
    });
}

} // namespace pms
