#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace pms {

/// The product's default schedules (PRODUCT.md, R4 R1 R2 R8 R13), used wherever no scheduler
/// is running to say when a job runs next. Pure time arithmetic, time-zone correct.
namespace DefaultSchedule {

/// The scheduled jobs, in the order the window lists them (schedules.job values).
QStringList jobs();

/// The next run of @p job strictly after @p afterUtc, in UTC; invalid for an unknown job.
/// incremental: every hour at :00 (it starts within the first 5 minutes);
/// properties_residents: every 2 hours at even UTC hours; leases: 23:30 UTC daily;
/// reconciliation: the 27th at 03:00 America/Los_Angeles.
QDateTime nextRun(const QString &job, const QDateTime &afterUtc);

/// "Every hour, in the first 5 minutes", ... (translated).
QString describe(const QString &job);

/// "Incremental sync", "Properties & residents", ... (translated).
QString title(const QString &job);

} // namespace DefaultSchedule
} // namespace pms
