#include "CliWait.h"

#include "sync/NetworkSettings.h"

#include <QTimer>

namespace pms::app {

void CliWait::done()
{
    m_done = true;
    m_loop.quit();
}

bool CliWait::wait()
{
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &m_loop, &QEventLoop::quit);
    while (!m_done) {
        const qint64 left = m_deadline.remainingTime();
        if (left == 0)
            return false;
        timer.start(int(std::min<qint64>(left, 1 << 30)));
        m_loop.exec();
    }
    return true;
}

qint64 cliSilenceMs(Database &db)
{
    return qint64(NetworkSettings::silenceLimitSecs(db)) * 1000 + 10000;
}

} // namespace pms::app
