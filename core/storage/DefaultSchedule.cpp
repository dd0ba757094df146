#include "DefaultSchedule.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace pms::DefaultSchedule {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pms::DefaultSchedule", text);
}

QDateTime nextReconciliation(const QDateTime &afterUtc)
{
    const QTimeZone la("America/Los_Angeles");
    const QTimeZone zone = la.isValid() ? la : QTimeZone::utc();
    const QDate today = afterUtc.toTimeZone(zone).date();
    QDate month(today.year(), today.month(), 1);
    for (int i = 0; i < 3; ++i) {
        const QDateTime candidate(QDate(month.year(), month.month(), 27), QTime(3, 0), zone);
        if (candidate.toUTC() > afterUtc)
            return candidate.toUTC();
        month = month.addMonths(1);
    }
    return {};
}

} // namespace

QStringList jobs()
{
    return {QStringLiteral("incremental"), QStringLiteral("properties_residents"), QStringLiteral("leases"),
            QStringLiteral("reconciliation")};
}

QDateTime nextRun(const QString &job, const QDateTime &after)
{
    const QDateTime afterUtc = after.toUTC();
    const QDate day = afterUtc.date();
    const QTime t = afterUtc.time();
    if (job == QLatin1String("incremental")) {
        return QDateTime(day, QTime(t.hour(), 0), QTimeZone::utc()).addSecs(3600);
    }
    if (job == QLatin1String("properties_residents")) {
        const int evenHour = t.hour() - t.hour() % 2;
        return QDateTime(day, QTime(evenHour, 0), QTimeZone::utc()).addSecs(2 * 3600);
    }
    if (job == QLatin1String("leases")) {
        const QDateTime todayRun(day, QTime(23, 30), QTimeZone::utc());
        return todayRun > afterUtc ? todayRun : todayRun.addDays(1);
    }
    if (job == QLatin1String("reconciliation"))
        return nextReconciliation(afterUtc);
    return {};
}

QString describe(const QString &job)
{
    if (job == QLatin1String("incremental"))
        return tr("Every hour, in the first 5 minutes; changes of the last 72 hours");
    if (job == QLatin1String("properties_residents"))
        return tr("Every 2 hours");
    if (job == QLatin1String("leases"))
        return tr("Every day at 23:30 UTC");
    if (job == QLatin1String("reconciliation"))
        return tr("Monthly, on the 27th at 03:00 Los Angeles time");
    return {};
}

QString title(const QString &job)
{
    if (job == QLatin1String("incremental"))
        return tr("Incremental sync");
    if (job == QLatin1String("properties_residents"))
        return tr("Properties & residents");
    if (job == QLatin1String("leases"))
        return tr("Leases");
    if (job == QLatin1String("reconciliation"))
        return tr("Reconciliation");
    if (job == QLatin1String("initial"))
        return tr("Initial sync");
    if (job == QLatin1String("push"))
        return tr("Work-order push");
    return job;
}

} // namespace pms::DefaultSchedule
