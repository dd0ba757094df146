#pragma once

#include "common/Result.h"
#include "domain/ScheduleSpec.h"

#include <QDateTime>
#include <QHash>

namespace pms {

class Database;

/// The schedules of a connection (table schedules) and the start of each job's last successful
/// run (sync_cursors.last_success_started_at; for reconciliation also the newest completed
/// reconciliation_snapshots row), which the Scheduler needs to find runs missed while closed.
class ScheduleRepository
{
public:
    explicit ScheduleRepository(Database &db) : m_db(db) {}

    /// All four jobs: the stored spec, or the default when none is stored (or the stored text no
    /// longer parses, which is logged). Seeds are set from the connection's URL and system ID so the
    /// hourly minute differs between installs but not between starts.
    Result<QHash<ScheduledJob, ScheduleSpec>> specs(qint64 connectionId);
    /// Stores a job's spec and enabled flag; a spec equal to the default is stored as empty text,
    /// so a later change of the product default reaches it.
    Status save(qint64 connectionId, ScheduledJob job, const ScheduleSpec &spec);
    /// Stores several specs in one transaction.
    Status saveAll(qint64 connectionId, const QHash<ScheduledJob, ScheduleSpec> &specs);

    /// Start time (UTC) of each job's last successful run; jobs that never succeeded are absent.
    Result<QHash<ScheduledJob, QDateTime>> lastRuns(qint64 connectionId);

    static quint32 seedFor(const QString &baseUrl, const QString &systemId, ScheduledJob job);

private:
    Database &m_db;
};

} // namespace pms
