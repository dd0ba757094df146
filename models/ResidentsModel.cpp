#include "ResidentsModel.h"

#include "storage/TableSpecs.h"

#include <QColor>

namespace pms {

ResidentsModel::ResidentsModel(const QString &dbPath, QObject *parent)
    : SqlTableModel(TableSpecs::residents(), dbPath, parent)
{
    setColumnTexts({
        {"last_name", QT_TR_NOOP("Last name"), 14},
        {"first_name", QT_TR_NOOP("First name"), 12},
        {"email", QT_TR_NOOP("Email"), 29},
        {"phone", QT_TR_NOOP("Phone"), 14},
        {"property_name", QT_TR_NOOP("Property"), 20},
        {"unit_name", QT_TR_NOOP("Unit"), 6},
        {"platform_unit_name", QT_TR_NOOP("Platform unit"), 26},
        {"move_in", QT_TR_NOOP("Move-in"), 10},
        {"move_out", QT_TR_NOOP("Move-out"), 10},
        {"active", QT_TR_NOOP("Active"), 6},
        {"pms_contact_id", QT_TR_NOOP("PMS contact ID"), 9},
        {"pms_property_id", QT_TR_NOOP("PMS property ID"), 9},
        {"pms_unit_id", QT_TR_NOOP("PMS unit ID"), 9},
        {"platform_unit_id", QT_TR_NOOP("Platform unit ID"), 8},
        {"pms_lease_id", QT_TR_NOOP("PMS lease ID"), 9},
        {"synced_at", QT_TR_NOOP("Last synced"), 16},
        {"property_id", QT_TR_NOOP("Property (local ID)"), 8},
    });
}

QVariant ResidentsModel::format(const QVariantList &values, int column, int role) const
{
    if (!values.isEmpty() && columnKey(column) == QLatin1String("platform_unit_name")
        && valueAt(values, QStringLiteral("platform_unit_name")).isNull()) {
        if (role == Qt::DisplayRole)
            return tr("None");
        if (role == Qt::ForegroundRole)
            return QColor(0x75, 0x75, 0x75);
        if (role == Qt::ToolTipRole)
            return tr("The resident's unit is not mapped to a platform unit (Unit Mapping).");
    }
    return SqlTableModel::format(values, column, role);
}

} // namespace pms
