#include "CacheEvents.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QMutex>

namespace pms {

CacheEvents::CacheEvents(QObject *parent)
    : QObject(parent)
{
}

CacheEvents *CacheEvents::instance()
{
    static CacheEvents *events = [] {
        auto *e = new CacheEvents;
        // Lives in the GUI (main) thread, whichever thread asked first.
        if (QCoreApplication *app = QCoreApplication::instance())
            e->moveToThread(app->thread());
        return e;
    }();
    return events;
}

namespace {
QMutex s_senderMutex;
std::function<void(CacheEvents::Tables, qint64)> s_sender;
} // namespace

void CacheEvents::notify(Tables tables, qint64 workOrderId)
{
    CacheEvents *events = instance();
    QMetaObject::invokeMethod(
        events, [events, tables, workOrderId] { Q_EMIT events->changed(tables, workOrderId); }, Qt::QueuedConnection);
    QMutexLocker lock(&s_senderMutex);
    if (s_sender)
        s_sender(tables, workOrderId);
}

void CacheEvents::setRemoteSender(std::function<void(Tables, qint64)> sender)
{
    QMutexLocker lock(&s_senderMutex);
    s_sender = std::move(sender);
}

void CacheEvents::deliverRemote(Tables tables, qint64 workOrderId)
{
    CacheEvents *events = instance();
    QMetaObject::invokeMethod(
        events,
        [events, tables, workOrderId] {
            Q_EMIT events->remoteChanged(tables, workOrderId);
            Q_EMIT events->changed(tables, workOrderId);
        },
        Qt::QueuedConnection);
}

} // namespace pms
