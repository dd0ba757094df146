#include "CacheEvents.h"

#include <QCoreApplication>
#include <QMetaObject>

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

void CacheEvents::notify(Tables tables, qint64 workOrderId)
{
    CacheEvents *events = instance();
    QMetaObject::invokeMethod(
        events, [events, tables, workOrderId] { Q_EMIT events->changed(tables, workOrderId); }, Qt::QueuedConnection);
}

} // namespace pms
