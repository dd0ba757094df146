#include "SyncExclusionsModel.h"

#include "storage/TableSpecs.h"

namespace pms {

SyncExclusionsModel::SyncExclusionsModel(const QString &dbPath, QObject *parent)
    : SqlTableModel(TableSpecs::syncExclusions(), dbPath, parent)
{
    setColumnTexts({
        {"at", QT_TR_NOOP("When"), 16},
        {"entity", QT_TR_NOOP("Record"), 12},
        {"pms_id", QT_TR_NOOP("PMS ID"), 9},
        {"reason", QT_TR_NOOP("Why it did not sync"), 60},
        {"run_id", QT_TR_NOOP("Run"), 6},
    });
    QHash<QString, QString> entities;
    for (const char *e : {"portfolio", "property", "building", "unit", "resident", "contact", "lease", "work_order"})
        entities.insert(QString::fromLatin1(e), entityLabel(QString::fromLatin1(e)));
    setValueLabels(QStringLiteral("entity"), entities);
}

QString SyncExclusionsModel::entityLabel(const QString &entity)
{
    if (entity == QLatin1String("portfolio") || entity == QLatin1String("portfolios"))
        return tr("Portfolio");
    if (entity == QLatin1String("property") || entity == QLatin1String("building") || entity == QLatin1String("properties"))
        return tr("Property");
    if (entity == QLatin1String("unit") || entity == QLatin1String("units"))
        return tr("Unit");
    if (entity == QLatin1String("resident") || entity == QLatin1String("contact") || entity == QLatin1String("residents"))
        return tr("Resident");
    if (entity == QLatin1String("lease") || entity == QLatin1String("leases"))
        return tr("Lease");
    if (entity == QLatin1String("work_order") || entity == QLatin1String("work_orders") || entity == QLatin1String("workorder"))
        return tr("Work order");
    return entity;
}

QVariant SyncExclusionsModel::format(const QVariantList &values, int column, int role) const
{
    if (!values.isEmpty() && columnKey(column) == QLatin1String("entity") && role == Qt::DisplayRole)
        return entityLabel(valueAt(values, QStringLiteral("entity")).toString());
    if (!values.isEmpty() && columnKey(column) == QLatin1String("reason") && role == Qt::ToolTipRole)
        return valueAt(values, QStringLiteral("reason"));
    return SqlTableModel::format(values, column, role);
}

} // namespace pms
