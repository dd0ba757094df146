#pragma once

#include "common/Result.h"
#include "domain/SyncTypes.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

namespace pms {

class Database;

/// Sync runs, their per-entity counts, the cursors that say where the next incremental run
/// starts, and the reasons PMS records were left out ("why didn't this sync?").
class SyncRunRepository
{
public:
    explicit SyncRunRepository(Database &db) : m_db(db) {}

    Result<qint64> startRun(qint64 connectionId, SyncKind kind, const QString &trigger, const QDateTime &startedAt,
                            const QDateTime &windowStart = {}, const QDateTime &windowEnd = {});
    Status finishRun(qint64 runId, const QString &status, const QString &error, const QDateTime &finishedAt);
    Status saveCounts(qint64 runId, const QHash<QString, EntityCounts> &counts);

    /// Start time of the last successful run of @p job (a SyncKind name) for the connection.
    QDateTime lastSuccess(qint64 connectionId, const QString &job);
    Status setLastSuccess(qint64 connectionId, const QString &job, const QDateTime &startedAt, qint64 runId);

    /// Remembers why a PMS record was not imported (replaces an older reason for the same record).
    Status recordExclusion(qint64 connectionId, qint64 runId, const QString &entity, qint64 pmsId, const QString &reason,
                           const QDateTime &at);
    /// Forgets the reason once the record was imported after all.
    Status clearExclusion(qint64 connectionId, const QString &entity, qint64 pmsId);

    /// A page's worth of the two above in a few statements (one round trip per few hundred
    /// records instead of one per record, which is what a PostgreSQL server over a network
    /// needs): each key (entity, PMS id) once, with its reason, or an empty reason to forget it.
    struct ExclusionChange
    {
        QString entity;
        qint64 pmsId = 0;
        QString reason; // empty: clear
    };
    Status applyExclusions(qint64 connectionId, qint64 runId, const QList<ExclusionChange> &changes, const QDateTime &at);
    /// Every record of the connection that has a reason now, by entity: what a sync run needs to
    /// know so that it forgets a reason only where there is one (most imported records never had
    /// one, and a DELETE per page that finds nothing still costs a scan on a large table).
    Result<QHash<QString, QSet<qint64>>> excludedKeys(qint64 connectionId);
    /// The reason for one record, or an empty string.
    QString exclusionReason(qint64 connectionId, const QString &entity, qint64 pmsId);
    int exclusionCount(qint64 connectionId, const QString &entity = {});

    /// Runs left 'running' by a crash are marked failed at start-up.
    Status failDanglingRuns(const QDateTime &now);

    struct RunRow
    {
        qint64 id = 0;
        QString kind, trigger, status, error;
        QDateTime startedAt, finishedAt;
        QHash<QString, EntityCounts> counts;
    };
    Result<RunRow> run(qint64 runId);
    QList<RunRow> recentRuns(qint64 connectionId, int limit);

private:
    Database &m_db;
};

} // namespace pms
