#pragma once

#include <QDeadlineTimer>
#include <QEventLoop>

namespace pms {
class Database;
}

namespace pms::app {

/// The command line's one way to wait: runs this thread's event loop until done() or until
/// @p silenceMs passed without done() or touch(). Nothing on the command line waits without it.
/// done() may come before wait() (an engine that refuses at once answers inside start()).
class CliWait
{
public:
    explicit CliWait(qint64 silenceMs) : m_silenceMs(silenceMs), m_deadline(silenceMs) {}

    void done();
    /// Something happened (a page, a work order): the deadline starts again.
    void touch() { m_deadline.setRemainingTime(m_silenceMs); }
    /// True when done() came before the deadline.
    bool wait();

private:
    qint64 m_silenceMs;
    QDeadlineTimer m_deadline;
    QEventLoop m_loop;
    bool m_done = false;
};

/// How long a command waits for the PMS: the cache's silence limit plus time to wind down (the
/// engines give up by themselves at the limit; this only catches what they missed).
qint64 cliSilenceMs(Database &db);

} // namespace pms::app
