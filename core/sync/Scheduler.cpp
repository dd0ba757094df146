#include "Scheduler.h"

#include "common/Clock.h"
#include "common/Logging.h"

#include <QCoreApplication>

#include <algorithm>

namespace pms {

Scheduler::Scheduler(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Scheduler::check);
}

void Scheduler::setConnectionSchedule(qint64 connectionId, const QHash<ScheduledJob, ScheduleSpec> &specs,
                                      const QHash<ScheduledJob, QDateTime> &lastRunsUtc)
{
    const QDateTime now = Clock::instance()->nowUtc();
    QHash<ScheduledJob, Entry> entries;
    const QHash<ScheduledJob, QDateTime> fired = m_lastFired.value(connectionId);
    for (auto it = specs.constBegin(); it != specs.constEnd(); ++it) {
        Entry e;
        e.spec = it.value();
        // A run this scheduler started may not be recorded in the cache yet (still running): it
        // counts as the last run, so reloading the schedules meanwhile does not start it twice.
        QDateTime lastRun = lastRunsUtc.value(it.key());
        const QDateTime firedAt = fired.value(it.key());
        if (firedAt.isValid() && (!lastRun.isValid() || firedAt > lastRun))
            lastRun = firedAt;
        if (isMissed(e.spec, lastRun, now)) {
            e.next = previousRun(e.spec, now); // in the past: fires at the next check(), once
            qCInfo(lcSync) << "connection" << connectionId << scheduledJobName(it.key())
                           << "missed its slot of" << e.next.toString(Qt::ISODate) << "- running it now";
        } else {
            e.next = nextRun(e.spec, now);
        }
        entries.insert(it.key(), e);
    }
    m_connections.insert(connectionId, entries);
    arm();
    Q_EMIT nextRunsChanged(connectionId);
}

void Scheduler::removeConnection(qint64 connectionId)
{
    m_lastFired.remove(connectionId);
    if (m_connections.remove(connectionId) > 0) {
        arm();
        Q_EMIT nextRunsChanged(connectionId);
    }
}

QList<qint64> Scheduler::connectionIds() const
{
    QList<qint64> ids = m_connections.keys();
    std::sort(ids.begin(), ids.end());
    return ids;
}

QDateTime Scheduler::nextRunUtc(qint64 connectionId, ScheduledJob job) const
{
    return m_connections.value(connectionId).value(job).next;
}

ScheduleSpec Scheduler::spec(qint64 connectionId, ScheduledJob job) const
{
    const auto c = m_connections.constFind(connectionId);
    if (c == m_connections.constEnd() || !c->contains(job))
        return ScheduleSpec::defaultFor(job);
    return c->value(job).spec;
}

QDateTime Scheduler::nextDueUtc() const
{
    QDateTime earliest;
    for (const auto &jobs : m_connections) {
        for (const Entry &e : jobs) {
            if (e.next.isValid() && (!earliest.isValid() || e.next < earliest))
                earliest = e.next;
        }
    }
    return earliest;
}

void Scheduler::setMaxTimerIntervalMs(int ms)
{
    m_maxIntervalMs = qMax(1, ms);
    arm();
}

void Scheduler::check()
{
    const QDateTime now = Clock::instance()->nowUtc();
    QList<QPair<qint64, ScheduledJob>> fired;
    for (qint64 id : connectionIds()) {
        auto &jobs = m_connections[id];
        for (ScheduledJob job : allScheduledJobs()) {
            auto it = jobs.find(job);
            if (it == jobs.end() || !it->next.isValid() || it->next > now)
                continue;
            // However many slots passed (sleep, clock jump), the job runs once; the next slot is
            // the first one after now.
            it->next = nextRun(it->spec, now);
            m_lastFired[id].insert(job, now);
            fired.append({id, job});
        }
    }
    // Emit after the bookkeeping: a receiver may change the schedules.
    QList<qint64> changed;
    for (const auto &[id, job] : fired) {
        qCInfo(lcSync) << "connection" << id << scheduledJobName(job) << "is due";
        Q_EMIT due(id, job);
        if (!changed.contains(id))
            changed.append(id);
    }
    for (qint64 id : changed)
        Q_EMIT nextRunsChanged(id);
    arm();
}

void Scheduler::arm()
{
    const QDateTime next = nextDueUtc();
    if (!next.isValid()) {
        m_timer.stop();
        return;
    }
    const qint64 ms = Clock::instance()->nowUtc().msecsTo(next);
    m_timer.start(int(std::clamp<qint64>(ms, 0, m_maxIntervalMs)));
}

RunTimeText runTimeText(const QDateTime &utc, const QLocale &locale, const QTimeZone &localZone)
{
    RunTimeText t;
    if (!utc.isValid()) {
        t.local = t.utc = t.combined = QCoreApplication::translate("pms::Scheduler", "Not scheduled");
        return t;
    }
    const QDateTime inUtc = utc.toUTC();
    const QDateTime local = utc.toTimeZone(localZone);
    const QString utcWord = QCoreApplication::translate("pms::Scheduler", "UTC");
    t.local = locale.toString(local, QLocale::ShortFormat);
    t.utc = locale.toString(inUtc, QLocale::ShortFormat) + QLatin1Char(' ') + utcWord;
    if (local.offsetFromUtc() == 0) {
        t.combined = t.utc;
        return t;
    }
    const QString utcPart = local.date() == inUtc.date()
        ? locale.toString(inUtc.time(), QLocale::ShortFormat) + QLatin1Char(' ') + utcWord
        : t.utc;
    t.combined = QCoreApplication::translate("pms::Scheduler", "%1 (%2)").arg(t.local, utcPart);
    return t;
}

} // namespace pms
