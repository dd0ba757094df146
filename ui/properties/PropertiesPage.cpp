#include "PropertiesPage.h"

#include "models/PropertiesModel.h"
#include "models/PropertyLogModel.h"
#include "models/UnitsModel.h"
#include "ui/common/AppContext.h"
#include "ui/table/DataTableView.h"
#include "ui/table/TablePanel.h"

#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace pms {

PropertiesPage::PropertiesPage(AppContext &ctx, QWidget *parent)
    : QWidget(parent), m_ctx(ctx)
{
    m_model = new PropertiesModel(ctx.dbPath, this);
    m_units = new UnitsModel(ctx.dbPath, this);
    m_log = new PropertyLogModel(ctx.dbPath, this);
    // Nothing selected: no units, no log (an id no property has).
    m_units->setFixedFilter(QStringLiteral("property_id"), {qint64(-1)});
    m_log->setFixedFilter(QStringLiteral("property_id"), {qint64(-1)});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 8);
    m_readOnlyNote = new QLabel(tr("Properties and units come from Propertyware and are read-only here while this connection is active: add or change them in Propertyware, then sync."), this);
    m_readOnlyNote->setObjectName(QStringLiteral("readOnlyNote"));
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->setEnabled(false);
    layout->addWidget(m_readOnlyNote);

    m_panel = new TablePanel(m_model, QStringLiteral("properties"), this);
    m_panel->setSearchPlaceholder(tr("Search name, PMS ID, address, city, manager"));
    m_panel->setExportName(QStringLiteral("properties.csv"));
    m_panel->view()->setEmptyTexts(tr("No properties yet — run a sync from the toolbar."),
                                   tr("No properties match the search and filters."));
    m_panel->setCountText([](qint64 matching, qint64 total, bool filtered) {
        const int n = int(std::min<qint64>(total, INT_MAX));
        if (filtered)
            return tr("%L1 of %Ln properties", nullptr, n).arg(matching);
        return total == 1 ? tr("1 property") : tr("%Ln properties", nullptr, n);
    });

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 6, 0, 0);
    m_selection = new QLabel(tr("Select a property to see its units and its log."), bottom);
    m_selection->setObjectName(QStringLiteral("selectedProperty"));
    QFont f = m_selection->font();
    f.setBold(true);
    m_selection->setFont(f);
    bottomLayout->addWidget(m_selection);
    m_tabs = new QTabWidget(bottom);
    m_tabs->setDocumentMode(true);

    m_unitsPanel = new TablePanel(m_units, QStringLiteral("property-units"), m_tabs);
    m_unitsPanel->setSearchPlaceholder(tr("Search unit, PMS ID, address"));
    m_unitsPanel->setExportName(QStringLiteral("units.csv"));
    m_unitsPanel->view()->setEmptyTexts(tr("Select a property to see its units."), tr("No unit matches the search."));
    m_unitsPanel->setCountText([this](qint64 matching, qint64 total, bool filtered) {
        if (m_propertyId < 0)
            return QString();
        const int n = int(std::min<qint64>(total, INT_MAX));
        if (filtered)
            return tr("%L1 of %Ln units", nullptr, n).arg(matching);
        return total == 1 ? tr("1 unit") : tr("%Ln units", nullptr, n);
    });
    m_tabs->addTab(m_unitsPanel, tr("Units"));

    m_logPanel = new TablePanel(m_log, QStringLiteral("property-log"), m_tabs);
    m_logPanel->setSearchPlaceholder(tr("Search the log"));
    m_logPanel->setExportName(QStringLiteral("property-log.csv"));
    m_logPanel->view()->setEmptyTexts(tr("Nothing logged for this property yet."), tr("No log entry matches the search."));
    m_logPanel->setCountText([this](qint64 matching, qint64 total, bool filtered) {
        if (m_propertyId < 0)
            return QString();
        const int n = int(std::min<qint64>(total, INT_MAX));
        if (filtered)
            return tr("%L1 of %Ln log entries", nullptr, n).arg(matching);
        return total == 1 ? tr("1 log entry") : tr("%Ln log entries", nullptr, n);
    });
    m_tabs->addTab(m_logPanel, tr("Log"));
    bottomLayout->addWidget(m_tabs, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_panel);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(m_panel->view(), &DataTableView::currentIdChanged, this, &PropertiesPage::showProperty);
    connect(m_units, &SqlTableModel::countsChanged, this, [this] {
        m_tabs->setTabText(0, m_propertyId < 0 || !m_units->countKnown() ? tr("Units")
                                                                         : tr("Units (%L1)").arg(m_units->totalCount()));
    });
    connect(m_log, &SqlTableModel::countsChanged, this, [this] {
        m_tabs->setTabText(1, m_propertyId < 0 || !m_log->countKnown() ? tr("Log") : tr("Log (%L1)").arg(m_log->totalCount()));
    });
    refresh();
}

void PropertiesPage::showProperty(qint64 id, int row)
{
    if (id == m_propertyId)
        return;
    m_propertyId = id;
    const QVariantList filter{id < 0 ? qint64(-1) : id};
    m_units->setFixedFilter(QStringLiteral("property_id"), filter);
    m_log->setFixedFilter(QStringLiteral("property_id"), filter);
    if (id < 0) {
        m_selection->setText(tr("Select a property to see its units and its log."));
        return;
    }
    const int name = m_model->columnIndex(QStringLiteral("name"));
    const int city = m_model->columnIndex(QStringLiteral("city"));
    const QString title = m_model->data(m_model->index(row, name)).toString();
    const QString where = m_model->data(m_model->index(row, city)).toString();
    m_selection->setText(where.isEmpty() ? title : tr("%1 · %2").arg(title, where));
}

void PropertiesPage::refresh()
{
    m_readOnlyNote->setVisible(m_ctx.connectionId > 0);
    if (m_connectionId != m_ctx.connectionId) {
        m_connectionId = m_ctx.connectionId;
        for (SqlTableModel *m : {static_cast<SqlTableModel *>(m_model), static_cast<SqlTableModel *>(m_units),
                                 static_cast<SqlTableModel *>(m_log)}) {
            m->setConnectionId(m_connectionId);
            m->reload();
        }
        return;
    }
    m_model->refresh();
    m_units->refresh();
    m_log->refresh();
}

void PropertiesPage::focusSearch()
{
    m_panel->focusSearch();
}

} // namespace pms
