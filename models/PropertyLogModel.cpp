#include "PropertyLogModel.h"

#include "storage/TableSpecs.h"

namespace pms {

PropertyLogModel::PropertyLogModel(const QString &dbPath, QObject *parent)
    : SqlTableModel(TableSpecs::propertyLog(), dbPath, parent)
{
    setColumnTexts({
        {"at", QT_TR_NOOP("When"), 16},
        {"kind", QT_TR_NOOP("What"), 12},
        {"unit_name", QT_TR_NOOP("Unit"), 8},
        {"message", QT_TR_NOOP("Details"), 50},
        {"property_id", QT_TR_NOOP("Property (local ID)"), 8},
    });
    setValueLabels(QStringLiteral("kind"), {{QStringLiteral("deactivated"), tr("Deactivated")},
                                            {QStringLiteral("restored"), tr("Restored")},
                                            {QStringLiteral("disabled"), tr("Disabled")},
                                            {QStringLiteral("enabled"), tr("Enabled")},
                                            {QStringLiteral("reappeared"), tr("Reappeared")},
                                            {QStringLiteral("edited"), tr("Edited")}});
}

QVariant PropertyLogModel::format(const QVariantList &values, int column, int role) const
{
    if (!values.isEmpty() && role == Qt::ToolTipRole && columnKey(column) == QLatin1String("message"))
        return valueAt(values, QStringLiteral("message"));
    return SqlTableModel::format(values, column, role);
}

} // namespace pms
