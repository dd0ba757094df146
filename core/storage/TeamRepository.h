#pragma once

#include "common/Result.h"
#include "domain/SyncTypes.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>

namespace pms {

class Database;

/// A run in progress, as a desk that does not run it shows it.
struct LiveRun
{
    qint64 runId = 0; // 0: nothing runs
    qint64 connectionId = 0;
    SyncKind kind = SyncKind::Incremental;
    QString desk, person;
    QDateTime startedAt;
    int percent = -1; // -1: not known yet
    bool operator==(const LiveRun &o) const
    {
        return runId == o.runId && connectionId == o.connectionId && percent == o.percent && desk == o.desk;
    }
};

/// A "Sync now" another desk asked the runner for.
struct SyncRequest
{
    qint64 id = 0;
    qint64 connectionId = 0;
    SyncKind kind = SyncKind::Incremental;
    QString desk, person;
};

/// Team mode's statements (several desks on one PostgreSQL cache): the runner lock of a
/// connection, the live progress of its runs, "Sync now" requests, and who is on the cache.
/// The lock and the desk list exist on PostgreSQL only; on SQLite tryRunnerLock() always
/// succeeds (one desk) and desks() is 1.
class TeamRepository
{
public:
    explicit TeamRepository(Database &db) : m_db(db) {}

    /// Makes this database session the desk's team session (PostgreSQL): names it with
    /// desk::applicationName() and takes the shared "desk on this cache" lock that desks() counts.
    Status joinTeam();

    /// Takes the session-level advisory lock that makes this connection (the database session)
    /// the runner of @p connectionId: true when it has it now (also when it had it already).
    /// The server releases it when the session ends, however it ends.
    Result<bool> tryRunnerLock(qint64 connectionId);
    Status releaseRunnerLock(qint64 connectionId);
    /// The desk that holds the runner lock of @p connectionId, as "DESK (person)"; empty when none
    /// (or on SQLite).
    QString runnerOf(qint64 connectionId);

    /// The runner marks how far its run is (percent of the steps; written at most every second or so).
    Status setRunProgress(qint64 runId, int percent, const QDateTime &at);
    /// The newest run of @p connectionId that is running (runId 0 when none).
    Result<LiveRun> liveRun(qint64 connectionId);
    /// Runs of @p connectionId left 'running' by a runner whose session died: marked failed with
    /// the reason; returns their kinds, so the new runner can run them again.
    Result<QList<SyncKind>> failInterruptedRuns(qint64 connectionId, const QDateTime &now);

    /// Records a "Sync now" for the runner and, on PostgreSQL, wakes it (NOTIFY syncChannel()).
    Result<qint64> requestSync(qint64 connectionId, SyncKind kind, const QDateTime &at);
    /// Takes the open requests of @p connectionId (each once, whoever asks at the same time).
    Result<QList<SyncRequest>> takeRequests(qint64 connectionId, const QDateTime &at);

    /// How many desks have the cache open (their team connections), and who they are.
    QStringList desks();

    /// The notification channels of this cache (its schema's name in them, so caches in other
    /// schemas of the same database do not hear each other).
    QString syncChannel();
    QString changeChannel();

private:
    QString channel(const char *what);
    Database &m_db;
};

} // namespace pms

Q_DECLARE_METATYPE(pms::LiveRun)
