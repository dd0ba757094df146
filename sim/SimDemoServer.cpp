#include "SimDemoServer.h"

#include "SimPlatformUnits.h"
#include "SimServer.h"

#include <QPointer>

namespace pms::sim {

SimDemoServer::SimDemoServer(QObject *owner)
    : QObject(owner)
{
    m_thread.setObjectName(QStringLiteral("pmsbridge-sim"));
}

SimDemoServer::~SimDemoServer()
{
    m_thread.quit();
    m_thread.wait(); // the holder and the server are deleted as the thread finishes
}

SimDemoServer *SimDemoServer::start(const SimOptions &options, QObject *owner, Done done)
{
    auto *self = new SimDemoServer(owner);
    self->m_holder = new QObject;
    self->m_holder->moveToThread(&self->m_thread);
    connect(&self->m_thread, &QThread::finished, self->m_holder, &QObject::deleteLater);
    self->m_thread.start();
    QPointer<SimDemoServer> guard(self);
    QObject *holder = self->m_holder;
    QMetaObject::invokeMethod(holder, [holder, options, guard, done = std::move(done)] {
        auto *server = new SimServer(options, holder);
        const quint16 port = server->listen(0);
        const QUrl url = port ? server->baseUrl() : QUrl();
        const QByteArray csv = port ? SimPlatformUnits::csv(server->data()) : QByteArray();
        // Back on the owner's thread; nothing when the demo was closed meanwhile.
        QMetaObject::invokeMethod(
            guard.data(), [guard, done, url, csv] {
                if (guard)
                    done(url, csv);
            },
            Qt::QueuedConnection);
    });
    return self;
}

} // namespace pms::sim
