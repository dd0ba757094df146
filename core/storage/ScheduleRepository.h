#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

namespace pms {

class Database;

/// One row of the `schedules` table: whether a job runs on its own, and its spec (empty: the
/// product default, see DefaultSchedule).
struct ScheduleEntry
{
    QString job;        // incremental, properties_residents, leases, reconciliation
    bool enabled = true;
    QString spec;
};

/// The per-connection schedules shown and edited in Settings.
class ScheduleRepository
{
public:
    explicit ScheduleRepository(Database &db) : m_db(db) {}

    /// Every scheduled job of the connection, in DefaultSchedule::jobs() order; a job with no
    /// row yet comes back enabled with the default spec.
    QList<ScheduleEntry> forConnection(qint64 connectionId);
    /// Inserts or updates the row of @p entry.job.
    Status save(qint64 connectionId, const ScheduleEntry &entry);

private:
    Database &m_db;
};

} // namespace pms
