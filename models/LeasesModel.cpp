#include "LeasesModel.h"

#include "storage/TableSpecs.h"

namespace pms {

LeasesModel::LeasesModel(const QString &dbPath, QObject *parent)
    : SqlTableModel(TableSpecs::leases(), dbPath, parent)
{
    setColumnTexts({
        {"pms_lease_id", QT_TR_NOOP("PMS ID"), 8},
        {"name", QT_TR_NOOP("Lease"), 24},
        {"status", QT_TR_NOOP("Status"), 13},
        {"property_name", QT_TR_NOOP("Property"), 20},
        {"unit_name", QT_TR_NOOP("Unit"), 6},
        {"start_date", QT_TR_NOOP("Start"), 10},
        {"end_date", QT_TR_NOOP("End"), 10},
        {"move_in", QT_TR_NOOP("Move-in"), 10},
        {"move_out", QT_TR_NOOP("Move-out"), 10},
        {"base_rent", QT_TR_NOOP("Base rent"), 10},
        {"active", QT_TR_NOOP("Active"), 6},
        {"pms_unit_id", QT_TR_NOOP("PMS unit ID"), 9},
        {"pms_property_id", QT_TR_NOOP("PMS property ID"), 9},
        {"synced_at", QT_TR_NOOP("Last synced"), 16},
        {"property_id", QT_TR_NOOP("Property (local ID)"), 8},
    });
}

QVariant LeasesModel::format(const QVariantList &values, int column, int role) const
{
    if (!values.isEmpty() && role == Qt::DisplayRole && columnKey(column) == QLatin1String("base_rent")) {
        const QVariant rent = valueAt(values, QStringLiteral("base_rent"));
        // Propertyware amounts are dollars; the locale only decides separators.
        return rent.isNull() ? QString() : m_locale.toCurrencyString(rent.toDouble(), QStringLiteral("$"), 2);
    }
    return SqlTableModel::format(values, column, role);
}

} // namespace pms
