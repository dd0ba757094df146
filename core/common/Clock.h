#pragma once

#include <QDateTime>

namespace pms {

/// Time is injected: production code asks a Clock, tests set a ManualClock.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;

    /// The process-wide clock (a SystemClock unless a test installed another).
    static Clock *instance();
    static void setInstance(Clock *clock);
};

class SystemClock : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

class ManualClock : public Clock
{
public:
    explicit ManualClock(QDateTime now = QDateTime::currentDateTimeUtc()) : m_now(now.toUTC()) {}
    QDateTime nowUtc() const override { return m_now; }
    void setNow(const QDateTime &now) { m_now = now.toUTC(); }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }

private:
    QDateTime m_now;
};

} // namespace pms
