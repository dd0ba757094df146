#include "CliPush.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>

namespace pms::app {

PushOutcome pushOutbox(Database &db, const ConnectionInfo &connection, const QString &secret, qint64 workOrderId, bool now,
                       const std::function<void(qint64)> &changed)
{
    QNetworkAccessManager nam;
    WorkOrderPusher pusher(db, &nam, connection, secret);
    if (changed)
        QObject::connect(&pusher, &WorkOrderPusher::workOrderChanged, &pusher, changed);
    PushOutcome outcome;
    // The command's only event loop: the pusher works from queued calls and network replies.
    QEventLoop loop;
    QObject::connect(&pusher, &WorkOrderPusher::finished, &loop, [&](const PushOutcome &o) {
        outcome = o;
        loop.quit();
    });
    pusher.start(workOrderId, now);
    loop.exec();
    return outcome;
}

} // namespace pms::app
