#include "SimServerThread.h"

#include <QMetaObject>

namespace pms::sim {

SimServerThread::SimServerThread(const SimOptions &options)
    : m_server(new SimServer(options))
{
    m_thread.setObjectName(QStringLiteral("pmsbridge-sim"));
    m_server->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_server, &QObject::deleteLater);
}

SimServerThread::~SimServerThread()
{
    stop();
}

QUrl SimServerThread::start(quint16 port)
{
    if (!m_thread.isRunning())
        m_thread.start();
    quint16 bound = 0;
    QMetaObject::invokeMethod(
        m_server, [this, port, &bound] { bound = m_server->listen(port); }, Qt::BlockingQueuedConnection);
    return bound ? m_server->baseUrl() : QUrl();
}

void SimServerThread::stop()
{
    if (!m_thread.isRunning()) {
        if (m_server && !m_thread.isFinished()) { // never started: delete here
            delete m_server;
            m_server = nullptr;
        }
        return;
    }
    m_thread.quit();
    m_thread.wait();
    m_server = nullptr; // deleted by deleteLater when the thread finished
}

} // namespace pms::sim
