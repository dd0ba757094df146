#include "SyncRunsModel.h"

#include "models/ModelIcons.h"
#include "storage/TableSpecs.h"

#include <QColor>

namespace pms {

SyncRunsModel::SyncRunsModel(const QString &dbPath, QObject *parent)
    : SqlTableModel(TableSpecs::syncRuns(), dbPath, parent)
{
    setColumnTexts({
        {"id", QT_TR_NOOP("Run"), 6},
        {"kind", QT_TR_NOOP("Kind"), 18},
        {"started_at", QT_TR_NOOP("Started"), 16},
        {"duration_seconds", QT_TR_NOOP("Duration"), 10},
        {"status", QT_TR_NOOP("Result"), 11},
        {"created", QT_TR_NOOP("Created"), 8},
        {"updated", QT_TR_NOOP("Updated"), 8},
        {"unchanged", QT_TR_NOOP("Unchanged"), 9},
        {"skipped", QT_TR_NOOP("Skipped"), 8},
        {"failed", QT_TR_NOOP("Failed"), 7},
        {"excluded", QT_TR_NOOP("Excluded"), 8},
        {"error", QT_TR_NOOP("Error"), 40},
        {"trigger", QT_TR_NOOP("Trigger"), 10},
        {"finished_at", QT_TR_NOOP("Finished"), 16},
        {"window_start", QT_TR_NOOP("Changes since"), 16},
        {"window_end", QT_TR_NOOP("Changes until"), 16},
    });
    QHash<QString, QString> kinds;
    for (const char *k : {"initial", "incremental", "properties_residents", "leases", "push", "reconciliation"})
        kinds.insert(QString::fromLatin1(k), kindLabel(QString::fromLatin1(k)));
    setValueLabels(QStringLiteral("kind"), kinds);
    QHash<QString, QString> statuses;
    for (const char *k : {"running", "succeeded", "failed", "cancelled"})
        statuses.insert(QString::fromLatin1(k), statusLabel(QString::fromLatin1(k)));
    setValueLabels(QStringLiteral("status"), statuses);
    setValueLabels(QStringLiteral("trigger"), {{QStringLiteral("manual"), tr("By hand")},
                                               {QStringLiteral("schedule"), tr("Schedule")},
                                               {QStringLiteral("cli"), tr("Command line")},
                                               // team mode: "Sync now" on another desk, and a run a
                                               // new runner desk repeats after the last one stopped
                                               {QStringLiteral("request"), tr("Asked by another desk")},
                                               {QStringLiteral("takeover"), tr("Taken over")}});
}

QString SyncRunsModel::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("initial"))
        return tr("Initial");
    if (kind == QLatin1String("incremental"))
        return tr("Incremental");
    if (kind == QLatin1String("properties_residents"))
        return tr("Properties & residents");
    if (kind == QLatin1String("leases"))
        return tr("Leases");
    if (kind == QLatin1String("push"))
        return tr("Push");
    if (kind == QLatin1String("reconciliation"))
        return tr("Reconciliation");
    return kind;
}

QString SyncRunsModel::statusLabel(const QString &status)
{
    if (status == QLatin1String("running"))
        return tr("Running");
    if (status == QLatin1String("succeeded"))
        return tr("Succeeded");
    if (status == QLatin1String("failed"))
        return tr("Failed");
    if (status == QLatin1String("cancelled"))
        return tr("Cancelled");
    return status;
}

QString SyncRunsModel::statusIcon(const QString &status)
{
    return QStringLiteral("run-") + status;
}

QString SyncRunsModel::durationText(double seconds)
{
    if (seconds < 0)
        return QString();
    const qint64 s = qRound64(seconds);
    if (s < 60)
        return tr("%1 s").arg(s);
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QVariant SyncRunsModel::format(const QVariantList &values, int column, int role) const
{
    if (values.isEmpty())
        return SqlTableModel::format(values, column, role);
    const QString key = columnKey(column);
    if (key == QLatin1String("status")) {
        const QString status = valueAt(values, key).toString();
        if (role == Qt::DecorationRole)
            return ModelIcons::get(statusIcon(status));
        if (role == Qt::ToolTipRole) {
            const QString error = valueAt(values, QStringLiteral("error")).toString();
            return error.isEmpty() ? statusLabel(status) : error;
        }
    } else if (key == QLatin1String("duration_seconds") && role == Qt::DisplayRole) {
        const QVariant v = valueAt(values, key);
        return v.isNull() ? QString() : durationText(v.toDouble());
    } else if (key == QLatin1String("failed") && role == Qt::ForegroundRole) {
        if (valueAt(values, key).toLongLong() > 0)
            return QColor(0xb7, 0x1c, 0x1c);
    } else if (key == QLatin1String("error") && role == Qt::ToolTipRole) {
        return valueAt(values, key);
    }
    return SqlTableModel::format(values, column, role);
}

} // namespace pms
