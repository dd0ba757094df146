#pragma once

#include "common/Result.h"
#include "SyncTypes.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <optional>

namespace pms {

/// The jobs the scheduler runs. Their names are the `job` column of schedules and sync_cursors.
enum class ScheduledJob { Incremental, PropertiesResidents, Leases, Reconciliation };

inline size_t qHash(ScheduledJob job, size_t seed = 0) noexcept
{
    return ::qHash(int(job), seed);
}

QList<ScheduledJob> allScheduledJobs();
QString scheduledJobName(ScheduledJob job);   // "incremental", "properties_residents", "leases", "reconciliation"
std::optional<ScheduledJob> scheduledJobFromName(const QString &name);
QString scheduledJobTitle(ScheduledJob job);  // translated, for the window

/// The sync run a scheduled job starts (SyncController::start).
inline SyncKind syncKindFor(ScheduledJob job)
{
    switch (job) {
    case ScheduledJob::Incremental: return SyncKind::Incremental;
    case ScheduledJob::PropertiesResidents: return SyncKind::PropertiesResidents;
    case ScheduledJob::Leases: return SyncKind::Leases;
    case ScheduledJob::Reconciliation: return SyncKind::Reconciliation;
    }
    return SyncKind::Incremental;
}

/// When one job runs. Stored as short text in schedules.spec (empty text: the product default).
///
/// Text forms (keywords are case-insensitive, zone names are IANA ids):
///  - `hourly:A-B`  every UTC hour, at a minute in [A, B) picked from `seed` (so installs spread out);
///    `hourly:M` at minute M exactly; `hourly` is `hourly:0`.
///  - `every:Nh`, `every:Nh+M`, `every:Nh+A-B`  every N hours (1..24), on the UTC hours that are a
///    multiple of N since 1970-01-01 (even hours for N = 2), at minute 0, M, or a seeded minute in [A, B).
///  - `daily:HH:MM@Zone`  every day at that wall-clock time in Zone (`@Zone` omitted: UTC).
///  - `monthly:D@HH:MM@Zone`  on day D (1..31) of every month; a month shorter than D runs on its
///    last day (day 31 in April runs on April 30, in February on the 28th or 29th).
///
/// Wall-clock times and DST: a time that does not exist (the spring-forward gap) runs as many minutes
/// after the gap as it was into it (02:30 in Los Angeles on the spring-forward day runs at 03:30 PDT,
/// i.e. at the UTC instant 02:30 PST would have been); a time that happens twice (fall back) runs once,
/// at its first occurrence.
struct ScheduleSpec
{
    enum class Kind { Hourly, EveryHours, Daily, Monthly };

    Kind kind = Kind::Hourly;
    bool enabled = true;       // schedules.enabled; not part of the text
    int everyHours = 1;        // EveryHours: 1..24
    int minuteFrom = 0;        // Hourly/EveryHours: a minute in [minuteFrom, minuteTo) ...
    int minuteTo = 0;          // ... or exactly minuteFrom when minuteTo <= minuteFrom
    QTime time;                // Daily/Monthly: wall-clock HH:MM
    int dayOfMonth = 1;        // Monthly: 1..31
    QString zoneId;            // Daily/Monthly: IANA id, e.g. "UTC", "America/Los_Angeles"
    quint32 seed = 0;          // picks the minute inside a window; not part of the text

    /// The PRODUCT.md defaults: incremental hourly in the first 5 minutes (R4), properties and
    /// residents every two hours (R1, R2), leases daily at 23:30 UTC (R8), reconciliation on the
    /// 27th at 03:00 America/Los_Angeles (R13).
    static ScheduleSpec defaultFor(ScheduledJob job, quint32 seed = 0);

    /// Parses the text form; an Error (code "validation") says what is wrong, in words.
    static Result<ScheduleSpec> parse(const QString &text);
    /// As parse(), but empty text gives defaultFor(job, seed); the seed is kept either way.
    static Result<ScheduleSpec> parseFor(ScheduledJob job, const QString &text, quint32 seed = 0);

    /// The canonical text form (parse(toString()) gives back the same spec, seed and enabled aside).
    QString toString() const;
    /// A sentence for the window, e.g. "Daily at 23:30 (UTC)". Translated.
    QString describe() const;

    /// Seconds after the start of the hour (Hourly/EveryHours), with the seed applied.
    int offsetSeconds() const;
    /// Same schedule (kind, numbers, zone), ignoring enabled and seed.
    bool sameTimesAs(const ScheduleSpec &other) const;

    bool operator==(const ScheduleSpec &other) const = default;
};

/// A stable 32-bit seed (FNV-1a over UTF-8): the same text gives the same seed on every machine and
/// Qt version, unlike qHash.
quint32 scheduleSeed(const QString &text);

/// The first slot strictly after @p afterUtc, in UTC. Invalid when the spec is disabled.
QDateTime nextRun(const ScheduleSpec &spec, const QDateTime &afterUtc);
/// The last slot at or before @p atUtc, in UTC. Invalid when the spec is disabled.
QDateTime previousRun(const ScheduleSpec &spec, const QDateTime &atUtc);

/// True when the spec is enabled, the job has run before (@p lastRunUtc valid) and a slot passed
/// after that run and at or before @p nowUtc. A job that never ran is not "missed": the initial
/// sync covers a new connection and its first scheduled run is the next slot.
bool isMissed(const ScheduleSpec &spec, const QDateTime &lastRunUtc, const QDateTime &nowUtc);

/// The jobs to run once at start-up: every job that missed at least one slot while the app was
/// closed, however many (missed slots collapse to one run). In allScheduledJobs() order.
QList<ScheduledJob> dueAtStartup(const QHash<ScheduledJob, ScheduleSpec> &specs,
                                 const QHash<ScheduledJob, QDateTime> &lastRunsUtc, const QDateTime &nowUtc);

/// The UTC instant of wall-clock @p date @p time in @p zone, with the DST rules of ScheduleSpec
/// (gap: shifted forward by the gap's length; overlap: first occurrence).
QDateTime wallClockToUtc(const QDate &date, const QTime &time, const QTimeZone &zone);

} // namespace pms

Q_DECLARE_METATYPE(pms::ScheduledJob)
