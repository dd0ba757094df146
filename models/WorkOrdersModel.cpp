#include "WorkOrdersModel.h"

#include "models/ModelIcons.h"
#include "storage/TableSpecs.h"

#include <QColor>

namespace pms {

WorkOrdersModel::WorkOrdersModel(const QString &dbPath, QObject *parent)
    : SqlTableModel(TableSpecs::workOrders(), dbPath, parent)
{
    m_syncState = columnIndex(QStringLiteral("sync_state"));
    m_linked = columnIndex(QStringLiteral("linked"));
    m_priority = columnIndex(QStringLiteral("priority"));
    m_description = columnIndex(QStringLiteral("description"));
    const struct { const char *key; const char *title; int width; } cols[] = {
        {"id", QT_TR_NOOP("Number"), 7},
        {"number", QT_TR_NOOP("PMS number"), 9},
        {"sync_state", QT_TR_NOOP("Sync"), 10},
        {"status", QT_TR_NOOP("Status"), 12},
        {"priority", QT_TR_NOOP("Priority"), 7},
        {"description", QT_TR_NOOP("Description"), 34},
        {"property_name", QT_TR_NOOP("Property"), 16},
        {"unit_name", QT_TR_NOOP("Unit"), 6},
        {"requested_by", QT_TR_NOOP("Requested by"), 16},
        {"category", QT_TR_NOOP("Category"), 12},
        {"linked", QT_TR_NOOP("Linked"), 7},
        {"created_at", QT_TR_NOOP("Created"), 16},
        {"updated_at", QT_TR_NOOP("Updated"), 16},
        {"completed_at", QT_TR_NOOP("Completed"), 16},
        {"pms_work_order_id", QT_TR_NOOP("PMS ID"), 9},
        {"pms_property_id", QT_TR_NOOP("PMS property ID"), 9},
        {"pms_unit_id", QT_TR_NOOP("PMS unit ID"), 9},
        {"resident_name", QT_TR_NOOP("Resident"), 16},
        {"resident_pms_contact_id", QT_TR_NOOP("Resident PMS ID"), 9},
        {"manager_user_id", QT_TR_NOOP("Manager user ID"), 9},
        {"managed_by", QT_TR_NOOP("Managed by"), 12},
        {"origin", QT_TR_NOOP("Origin"), 8},
        {"authorize_enter", QT_TR_NOOP("Entry authorized"), 10},
        {"sync_error", QT_TR_NOOP("Sync error"), 30},
        {"property_id", QT_TR_NOOP("Property (local ID)"), 8},
    };
    for (const auto &c : cols) {
        setTitle(QString::fromLatin1(c.key), tr(c.title));
        setWidthHint(QString::fromLatin1(c.key), c.width);
    }
    setValueLabels(QStringLiteral("sync_state"), {{QStringLiteral("synced"), syncStateLabel(QStringLiteral("synced"))},
                                                  {QStringLiteral("pending"), syncStateLabel(QStringLiteral("pending"))},
                                                  {QStringLiteral("failed"), syncStateLabel(QStringLiteral("failed"))},
                                                  {QStringLiteral("not_synced"), syncStateLabel(QStringLiteral("not_synced"))}});
    setValueLabels(QStringLiteral("priority"), {{QStringLiteral("HIGH"), priorityLabel(QStringLiteral("HIGH"))},
                                                {QStringLiteral("MEDIUM"), priorityLabel(QStringLiteral("MEDIUM"))},
                                                {QStringLiteral("LOW"), priorityLabel(QStringLiteral("LOW"))}});
    setValueLabels(QStringLiteral("origin"), {{QStringLiteral("pms"), tr("PMS")}, {QStringLiteral("app"), tr("This app")}});
    setValueLabels(QStringLiteral("authorize_enter"), {{QStringLiteral("NO"), tr("No")},
                                                       {QStringLiteral("ANYTIME"), tr("Anytime")},
                                                       {QStringLiteral("SPECIFIEDTIME"), tr("At a set time")}});
}

QString WorkOrdersModel::syncStateLabel(const QString &state)
{
    if (state == QLatin1String("synced"))
        return tr("Synced");
    if (state == QLatin1String("pending"))
        return tr("Pending");
    if (state == QLatin1String("failed"))
        return tr("Failed");
    if (state == QLatin1String("not_synced"))
        return tr("Not synced");
    return state;
}

QString WorkOrdersModel::syncStateIcon(const QString &state)
{
    if (state == QLatin1String("not_synced"))
        return QStringLiteral("sync-not-synced");
    return QStringLiteral("sync-") + state;
}

QString WorkOrdersModel::priorityLabel(const QString &priority)
{
    if (priority == QLatin1String("HIGH"))
        return tr("High");
    if (priority == QLatin1String("MEDIUM"))
        return tr("Medium");
    if (priority == QLatin1String("LOW"))
        return tr("Low");
    return priority;
}

QVariant WorkOrdersModel::format(const QVariantList &values, int column, int role) const
{
    if (values.isEmpty())
        return SqlTableModel::format(values, column, role);
    if (column == m_syncState) {
        const QString state = valueAt(values, QStringLiteral("sync_state")).toString();
        if (role == Qt::DecorationRole)
            return ModelIcons::get(syncStateIcon(state));
        if (role == Qt::ToolTipRole) {
            if (state == QLatin1String("failed")) {
                const QString error = valueAt(values, QStringLiteral("sync_error")).toString();
                return error.isEmpty() ? tr("The last push to the PMS failed.") : tr("Push failed: %1").arg(error);
            }
            if (state == QLatin1String("pending"))
                return tr("Changes wait in the outbox to be pushed to the PMS.");
            if (state == QLatin1String("not_synced"))
                return tr("Not sent to the PMS.");
            return tr("In step with the PMS.");
        }
    } else if (column == m_linked) {
        const bool linked = valueAt(values, QStringLiteral("linked")).toInt() != 0;
        if (role == Qt::DisplayRole)
            return linked ? QString() : tr("Unlinked");
        if (role == Qt::DecorationRole)
            return linked ? QVariant() : QVariant(ModelIcons::get(QStringLiteral("unlinked")));
        if (role == Qt::ToolTipRole)
            return linked ? tr("Linked to its property and unit in the cache.")
                          : tr("Unlinked: its property or unit is not in the cache yet. It is kept and linked by a later sync.");
    } else if (column == m_priority && role == Qt::ForegroundRole) {
        if (valueAt(values, QStringLiteral("priority")).toString() == QLatin1String("HIGH"))
            return QColor(0xb7, 0x1c, 0x1c);
    } else if (column == m_description && role == Qt::ToolTipRole) {
        return valueAt(values, QStringLiteral("description"));
    }
    return SqlTableModel::format(values, column, role);
}

} // namespace pms
