#include "WorkOrderDetailPane.h"

#include "models/ModelIcons.h"
#include "models/SqlTableModel.h"
#include "models/WorkOrdersModel.h"
#include "storage/DataScreenQueries.h"
#include "storage/WorkOrderRepository.h"
#include "ui/common/ReadTask.h"
#include "ui/workorders/CompleteWorkOrderDialog.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace pms {

namespace {

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}

} // namespace

WorkOrderDetailPane::WorkOrderDetailPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("workOrderDetail"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(12, 8, 12, 8);
    m_placeholder = new QLabel(tr("Select a work order to see its details."), this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);
    outer->addWidget(m_placeholder, 1);

    m_body = new QWidget(this);
    auto *layout = new QVBoxLayout(m_body);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_title = new QLabel(m_body);
    m_title->setObjectName(QStringLiteral("title"));
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.3);
    tf.setBold(true);
    m_title->setFont(tf);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);

    auto *state = new QHBoxLayout;
    m_stateIcon = new QLabel(m_body);
    m_stateText = new QLabel(m_body);
    state->addWidget(m_stateIcon);
    state->addWidget(m_stateText, 1);
    layout->addLayout(state);
    m_error = new QLabel(m_body);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    layout->addWidget(m_error);
    m_unlinked = new QLabel(tr("Unlinked: the property or unit of this work order is not in the cache yet. "
                               "It is kept, and a later sync links it."), m_body);
    m_unlinked->setWordWrap(true);
    m_unlinked->setStyleSheet(QStringLiteral("color: #a65300;"));
    layout->addWidget(m_unlinked);

    layout->addWidget(sectionTitle(tr("Description"), m_body));
    m_description = new QLabel(m_body);
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_description);

    m_form = new QFormLayout;
    m_form->setLabelAlignment(Qt::AlignLeft);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setHorizontalSpacing(14);
    m_form->setVerticalSpacing(4);
    addField(QStringLiteral("status"), tr("Status"));
    addField(QStringLiteral("priority"), tr("Priority"));
    addField(QStringLiteral("category"), tr("Category"));
    addField(QStringLiteral("property_name"), tr("Property"));
    addField(QStringLiteral("unit_name"), tr("Unit"));
    addField(QStringLiteral("resident_name"), tr("Resident"));
    addField(QStringLiteral("requested_by"), tr("Requested by"));
    addField(QStringLiteral("managed_by"), tr("Managed by"));
    addField(QStringLiteral("authorize_enter"), tr("Entry authorized"));
    addField(QStringLiteral("number"), tr("PMS number"));
    addField(QStringLiteral("pms_work_order_id"), tr("PMS ID"));
    addField(QStringLiteral("origin"), tr("Created in"));
    addField(QStringLiteral("created_at"), tr("Created"));
    addField(QStringLiteral("updated_at"), tr("Updated"));
    addField(QStringLiteral("completed_at"), tr("Completed"));
    layout->addLayout(m_form);

    m_attachmentsTitle = sectionTitle(tr("Attachments"), m_body);
    layout->addWidget(m_attachmentsTitle);
    m_attachments = new QListWidget(m_body);
    m_attachments->setObjectName(QStringLiteral("attachments"));
    m_attachments->setMaximumHeight(110);
    m_attachments->setIconSize(QSize(16, 16));
    m_attachments->setWordWrap(true);
    m_attachments->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_attachments);

    layout->addWidget(sectionTitle(tr("History"), m_body));
    m_events = new QListWidget(m_body);
    m_events->setObjectName(QStringLiteral("events"));
    m_events->setAlternatingRowColors(true);
    m_events->setWordWrap(true);
    m_events->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_events->setMinimumHeight(80);
    layout->addWidget(m_events, 1);
    outer->addWidget(m_body, 1);
    clear();
}

QLabel *WorkOrderDetailPane::addField(const QString &key, const QString &title)
{
    auto *value = new QLabel(m_body);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    value->setObjectName(key);
    m_form->addRow(title, value);
    m_fields.insert(key, value);
    return value;
}

void WorkOrderDetailPane::clear()
{
    m_id = -1;
    m_body->hide();
    m_placeholder->show();
}

void WorkOrderDetailPane::showRow(const SqlTableModel *model, const QVariantList &values, const QString &dbPath)
{
    if (values.isEmpty()) {
        clear();
        return;
    }
    const qint64 id = values.first().toLongLong();
    const auto text = [&](const QString &key) {
        const int c = model->columnIndex(key);
        return c < 0 ? QString() : model->displayText(values, c);
    };
    const auto raw = [&](const QString &key) {
        const int c = model->columnIndex(key);
        return c < 0 ? QVariant() : values.value(c + 1);
    };
    // One number for a work order, the one `pmsbridge workorder show` takes too.
    m_title->setText(tr("Work order %1").arg(id));
    const QString state = raw(QStringLiteral("sync_state")).toString();
    m_stateIcon->setPixmap(ModelIcons::get(WorkOrdersModel::syncStateIcon(state)).pixmap(16, 16));
    const int stateCol = model->columnIndex(QStringLiteral("sync_state"));
    m_stateText->setText(WorkOrdersModel::syncStateLabel(state) + QStringLiteral(" — ")
                         + model->format(values, stateCol, Qt::ToolTipRole).toString());
    m_stateText->setWordWrap(true);
    const QString error = raw(QStringLiteral("sync_error")).toString();
    m_error->setText(error);
    m_error->setVisible(state == QLatin1String("failed") && !error.isEmpty());
    m_unlinked->setVisible(raw(QStringLiteral("linked")).toInt() == 0);
    m_description->setText(raw(QStringLiteral("description")).toString());
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QString v = text(it.key());
        it.value()->setText(v.isEmpty() ? QStringLiteral("—") : v);
        const int c = model->columnIndex(it.key());
        it.value()->setToolTip(c < 0 ? QString() : model->format(values, c, Qt::ToolTipRole).toString());
    }
    m_placeholder->hide();
    m_body->show();

    if (id == m_id)
        return;
    m_id = id;
    m_dbPath = dbPath;
    m_events->clear();
    m_attachments->clear();
    loadHistory();
}

void WorkOrderDetailPane::reload()
{
    if (m_id > 0 && !m_dbPath.isEmpty())
        loadHistory();
}

QString WorkOrderDetailPane::eventKindLabel(const QString &kind)
{
    if (kind == QLatin1String("created"))
        return tr("Created");
    if (kind == QLatin1String("edited"))
        return tr("Edited");
    if (kind == QLatin1String("completed"))
        return tr("Completed");
    if (kind == QLatin1String("pushed"))
        return tr("Sent to the PMS");
    if (kind == QLatin1String("pms_answer"))
        return tr("PMS answered");
    if (kind == QLatin1String("failed"))
        return tr("Failed");
    if (kind == QLatin1String("retry"))
        return tr("Will retry");
    if (kind == QLatin1String("imported"))
        return tr("Imported");
    return kind;
}

void WorkOrderDetailPane::loadHistory()
{
    struct History
    {
        QList<DataScreenQueries::Event> events;
        QList<WorkOrderAttachment> attachments;
    };
    const qint64 id = m_id;
    runRead<History>(
        this, m_dbPath,
        [id](Database &db) {
            History h;
            h.events = DataScreenQueries::workOrderEvents(db, id);
            if (auto a = WorkOrderRepository(db).attachments(id); a.ok())
                h.attachments = a.value();
            return h;
        },
        [this, id](const History &h) {
            if (id != m_id)
                return;
            const QLocale locale;
            m_attachments->clear();
            for (const WorkOrderAttachment &a : h.attachments) {
                const QString state = a.pmsDocId > 0 ? tr("uploaded") : tr("waiting to upload");
                auto *item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/wo-attach.svg")),
                                                 QStringLiteral("%1 (%2)\n%3").arg(a.fileName, CompleteWorkOrderDialog::kindLabel(a.kind), state), m_attachments);
                item->setToolTip(tr("%1, %2, copied to %3").arg(CompleteWorkOrderDialog::kindLabel(a.kind), locale.formattedDataSize(a.sizeBytes), a.storedPath));
            }
            m_attachmentsTitle->setVisible(!h.attachments.isEmpty());
            m_attachments->setVisible(!h.attachments.isEmpty());
            m_events->clear();
            for (const auto &e : h.events) {
                auto *item = new QListWidgetItem(QStringLiteral("%1 · %2\n%3")
                                                     .arg(locale.toString(e.at.toLocalTime(), QLocale::ShortFormat),
                                                          eventKindLabel(e.kind), e.message),
                                                 m_events);
                item->setToolTip(e.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC"));
            }
            if (h.events.isEmpty())
                new QListWidgetItem(tr("Nothing recorded yet."), m_events);
        });
}

} // namespace pms
