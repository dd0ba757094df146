#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace pms {

class Database;

/// The most recent run of one kind of job.
struct JobRunInfo
{
    QString kind;               // sync_runs.kind
    qint64 runId = 0;
    QDateTime startedAt;        // UTC
    QDateTime finishedAt;       // UTC, invalid while running
    QString status;             // running, succeeded, failed, cancelled
    QString error;
    QDateTime lastSuccessAt;    // start of the latest succeeded run of this kind (UTC)
};

/// Records handled by one run (sum of its sync_run_counts), for the "records per run" chart.
struct RunRecordCounts
{
    qint64 runId = 0;
    QString kind;
    QDateTime startedAt;
    QString status;
    qint64 created = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 skipped = 0;
    qint64 failed = 0;
};

/// Everything the dashboard shows, read in one go (off the GUI thread).
struct DashboardData
{
    qint64 properties = 0;
    qint64 unitsActive = 0;
    qint64 unitsInactive = 0;
    qint64 mappedActiveUnits = 0;    // active units with a platform unit (R18)
    qint64 residents = 0;
    qint64 residentsActive = 0;
    qint64 leasesActive = 0;
    qint64 workOrders = 0;
    qint64 workOrdersUnlinked = 0;   // R6
    QHash<QString, qint64> workOrdersByState; // synced, pending, failed, not_synced (all four keys)
    QList<JobRunInfo> lastRuns;      // one per kind that ran at least once
    QList<RunRecordCounts> recentRuns; // the last 30 runs, oldest first

    JobRunInfo lastRun(const QString &kind) const;
};

/// The latest finished run of a connection, for the status bar.
struct LastSyncInfo
{
    qint64 runId = 0;
    QString kind;
    QDateTime finishedAt;       // invalid when nothing ever finished
    QString status;
    QString error;
    QDateTime lastSuccessAt;    // finish of the latest succeeded run
};

/// Read-only aggregate queries behind the dashboard and the status bar. Counts use indexed
/// columns; still, run load() off the GUI thread on the thread's own Database.
/// @p connectionId 0 means every connection in the cache.
class DashboardQueries
{
public:
    explicit DashboardQueries(Database &db) : m_db(db) {}

    Result<DashboardData> load(qint64 connectionId, int recentRuns = 30);
    Result<LastSyncInfo> lastSync(qint64 connectionId);

    /// True when the cache holds no connection and nothing imported by hand (platform units,
    /// owners, vendors): the demo may use it.
    Result<bool> isCacheEmpty();

    static QStringList syncStates(); // synced, pending, failed, not_synced

private:
    Result<qint64> count(const QString &sqlWithoutWhere, const QString &extraCondition, qint64 connectionId,
                         const QString &connectionColumn = QStringLiteral("connection_id"));

    Database &m_db;
};

} // namespace pms
