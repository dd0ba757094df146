#include "PropertiesModel.h"

#include "models/ModelIcons.h"
#include "storage/TableSpecs.h"

namespace pms {

PropertiesModel::PropertiesModel(const QString &dbPath, QObject *parent)
    : SqlTableModel(TableSpecs::properties(), dbPath, parent)
{
    setColumnTexts({
        {"name", QT_TR_NOOP("Property"), 24},
        {"pms_property_id", QT_TR_NOOP("PMS ID"), 8},
        {"abbreviation", QT_TR_NOOP("Abbreviation"), 8},
        {"portfolio_name", QT_TR_NOOP("Portfolio"), 18},
        {"address", QT_TR_NOOP("Address"), 22},
        {"city", QT_TR_NOOP("City"), 12},
        {"state", QT_TR_NOOP("State"), 5},
        {"postal_code", QT_TR_NOOP("ZIP"), 7},
        {"unit_count", QT_TR_NOOP("Units"), 6},
        {"manager_name", QT_TR_NOOP("Manager"), 19},
        {"manager_email", QT_TR_NOOP("Manager email"), 22},
        {"manager_user_id", QT_TR_NOOP("Manager user ID"), 9},
        {"active", QT_TR_NOOP("Active"), 8},
        {"disabled_by_user", QT_TR_NOOP("Disabled by hand"), 8},
        {"deactivated_at", QT_TR_NOOP("Deactivated"), 16},
        {"pms_portfolio_id", QT_TR_NOOP("PMS portfolio ID"), 9},
        {"synced_at", QT_TR_NOOP("Last synced"), 16},
        {"local_notes", QT_TR_NOOP("Notes"), 20},
    });
}

QVariant PropertiesModel::format(const QVariantList &values, int column, int role) const
{
    if (!values.isEmpty() && columnKey(column) == QLatin1String("active")) {
        const bool active = valueAt(values, QStringLiteral("active")).toInt() != 0;
        const bool byHand = valueAt(values, QStringLiteral("disabled_by_user")).toInt() != 0;
        if (role == Qt::DisplayRole)
            return active ? tr("Active") : byHand ? tr("Disabled") : tr("Inactive");
        if (role == Qt::DecorationRole)
            return ModelIcons::get(active ? QStringLiteral("state-active") : QStringLiteral("state-inactive"));
        if (role == Qt::ToolTipRole && !active)
            return byHand ? tr("Disabled by hand: a sync never re-activates it.") : tr("Inactive in the PMS or deactivated by reconciliation.");
    }
    return SqlTableModel::format(values, column, role);
}

} // namespace pms
