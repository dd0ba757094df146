#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QHash>
#include <QMetaType>
#include <QString>

namespace pms {

/// The kinds of sync run (sync_runs.kind).
enum class SyncKind { Initial, Incremental, PropertiesResidents, Leases, Push, Reconciliation };

QString syncKindName(SyncKind kind);              // "initial", "incremental", ...
std::optional<SyncKind> syncKindFromName(const QString &name);
QString syncKindTitle(SyncKind kind);             // translated, for the window

/// Per-entity counts of one run (sync_run_counts).
struct EntityCounts
{
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    int skipped = 0;
    int failed = 0;
    int total() const { return created + updated + unchanged + skipped + failed; }
};

/// Progress of a running sync, as a small value emitted (throttled) from the worker thread.
struct SyncProgress
{
    qint64 connectionId = 0;
    qint64 runId = 0;
    SyncKind kind = SyncKind::Initial;
    QString entity;          // "units", "work orders", ... (translated, for display)
    int pagesDone = 0;
    int pagesTotal = 0;      // 0 when unknown
    qint64 records = 0;      // records applied so far in this run
    double recordsPerSecond = 0;
    int secondsLeft = -1;    // -1 when unknown
    int step = 0;            // which entity of how many (1-based)
    int steps = 0;
};

/// The outcome of a run, emitted when it ends.
struct SyncOutcome
{
    qint64 connectionId = 0;
    qint64 runId = 0;
    SyncKind kind = SyncKind::Initial;
    QString status;          // succeeded, failed, cancelled
    QString error;           // user-readable when failed
    QString errorCode;       // why it failed: pms::Error codes ("timeout", "auth", "invalid-url", ...), "db"
    QHash<QString, EntityCounts> counts; // by entity name ("portfolios", "properties", "units", ...)
    QDateTime startedAt;
    QDateTime finishedAt;
};

} // namespace pms

Q_DECLARE_METATYPE(pms::SyncProgress)
Q_DECLARE_METATYPE(pms::SyncOutcome)
Q_DECLARE_METATYPE(pms::SyncKind)
