#include "UnitsModel.h"

#include "models/ModelIcons.h"
#include "storage/TableSpecs.h"

#include <QColor>

namespace pms {

UnitsModel::UnitsModel(const QString &dbPath, QObject *parent)
    : SqlTableModel(TableSpecs::units(), dbPath, parent)
{
    setColumnTexts({
        {"unit_name", QT_TR_NOOP("Unit"), 8},
        {"pms_unit_id", QT_TR_NOOP("PMS ID"), 8},
        {"address", QT_TR_NOOP("Address"), 24},
        {"floor", QT_TR_NOOP("Floor"), 5},
        {"platform_unit_name", QT_TR_NOOP("Platform unit"), 20},
        {"resident_count", QT_TR_NOOP("Residents"), 8},
        {"active", QT_TR_NOOP("Active"), 9},
        {"deactivated_at", QT_TR_NOOP("Deactivated"), 16},
        {"deactivated_by", QT_TR_NOOP("Deactivated by"), 14},
        {"needs_review", QT_TR_NOOP("Needs review"), 8},
        {"property_name", QT_TR_NOOP("Property"), 20},
        {"pms_property_id", QT_TR_NOOP("PMS property ID"), 9},
        {"synced_at", QT_TR_NOOP("Last synced"), 16},
        {"property_id", QT_TR_NOOP("Property (local ID)"), 8},
    });
}

QVariant UnitsModel::format(const QVariantList &values, int column, int role) const
{
    if (values.isEmpty())
        return SqlTableModel::format(values, column, role);
    const QString key = columnKey(column);
    if (key == QLatin1String("active")) {
        const bool active = valueAt(values, QStringLiteral("active")).toInt() != 0;
        if (role == Qt::DisplayRole)
            return active ? tr("Active") : tr("Inactive");
        if (role == Qt::DecorationRole)
            return ModelIcons::get(active ? QStringLiteral("state-active") : QStringLiteral("state-inactive"));
        if (role == Qt::ToolTipRole && !active) {
            const QString by = valueAt(values, QStringLiteral("deactivated_by")).toString();
            if (by == QLatin1String("user"))
                return tr("Disabled by hand: a sync never re-activates it.");
            if (by.startsWith(QLatin1String("reconciliation:")))
                return tr("Deactivated by reconciliation snapshot %1.").arg(by.section(QLatin1Char(':'), 1));
            return tr("Inactive in the PMS.");
        }
    } else if (key == QLatin1String("platform_unit_name") && role == Qt::DisplayRole
               && valueAt(values, QStringLiteral("platform_unit_name")).isNull()) {
        return tr("Not mapped");
    } else if (key == QLatin1String("platform_unit_name") && role == Qt::ForegroundRole
               && valueAt(values, QStringLiteral("platform_unit_name")).isNull()) {
        return QVariant::fromValue(QColor(0x75, 0x75, 0x75));
    }
    return SqlTableModel::format(values, column, role);
}

} // namespace pms
