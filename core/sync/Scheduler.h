#pragma once

#include "domain/ScheduleSpec.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QObject>
#include <QTimeZone>
#include <QTimer>

namespace pms {

/// Runs the scheduled jobs of every connection: emits due() when a job's slot comes, then waits
/// for the next one. Time comes from Clock::instance(); the timer only says when to look again and
/// never sleeps more than a minute, so laptop sleep and clock changes are noticed within a minute.
/// Slots missed while the app was closed, asleep, or while the clock jumped are run once, not once
/// per slot. Lives on the GUI thread; due() is meant to be connected to SyncController::start.
class Scheduler : public QObject
{
    Q_OBJECT
public:
    explicit Scheduler(QObject *parent = nullptr);

    /// Schedules the jobs in @p specs for a connection (jobs missing from @p specs are not
    /// scheduled; disabled specs never fire). @p lastRunsUtc are the start times of each job's last
    /// successful run (ScheduleRepository::lastRuns): a job whose last slot before now passed after
    /// that run is due at once (see dueAtStartup()). Calling it again (schedules edited, cache
    /// reloaded) is safe: a job this scheduler already fired counts as run at that moment, so a run
    /// still in progress is not started twice.
    void setConnectionSchedule(qint64 connectionId, const QHash<ScheduledJob, ScheduleSpec> &specs,
                               const QHash<ScheduledJob, QDateTime> &lastRunsUtc = {});
    void removeConnection(qint64 connectionId);
    QList<qint64> connectionIds() const;

    /// When the job runs next, in UTC; invalid if it is not scheduled or disabled. A time in the
    /// past means the job is due and will be emitted at the next check().
    QDateTime nextRunUtc(qint64 connectionId, ScheduledJob job) const;
    ScheduleSpec spec(qint64 connectionId, ScheduledJob job) const;
    /// The earliest next run over all connections and jobs (invalid when nothing is scheduled).
    QDateTime nextDueUtc() const;

    /// Longest time the timer waits before looking at the clock again (default 60 s).
    void setMaxTimerIntervalMs(int ms);
    bool isTimerActive() const { return m_timer.isActive(); }
    int timerIntervalMs() const { return m_timer.interval(); }

public Q_SLOTS:
    /// Emits due() for every job whose time has come and re-arms. The timer calls it; tests call it
    /// after moving a ManualClock.
    void check();

Q_SIGNALS:
    void due(qint64 connectionId, pms::ScheduledJob job);
    /// The next run times of a connection changed (a job fired, or its schedule was set).
    void nextRunsChanged(qint64 connectionId);

private:
    struct Entry
    {
        ScheduleSpec spec;
        QDateTime next;
    };
    void arm();

    QHash<qint64, QHash<ScheduledJob, Entry>> m_connections;
    QHash<qint64, QHash<ScheduledJob, QDateTime>> m_lastFired; // when due() was last emitted
    QTimer m_timer;
    int m_maxIntervalMs = 60 * 1000;
};

/// A run time as the Dashboard shows it: in the user's zone and in UTC, formatted with QLocale.
struct RunTimeText
{
    QString local;     // e.g. "11/24/26 3:30 PM" in the local zone
    QString utc;       // e.g. "11/24/26 11:30 PM UTC"
    QString combined;  // e.g. "11/24/26 3:30 PM (11:30 PM UTC)"; the UTC date only when it differs
};

/// Formats @p utc for display; an invalid time gives "Not scheduled" everywhere.
RunTimeText runTimeText(const QDateTime &utc, const QLocale &locale = QLocale(),
                        const QTimeZone &localZone = QTimeZone::systemTimeZone());

} // namespace pms
