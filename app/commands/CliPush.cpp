#include "CliPush.h"

#include "CliWait.h"

#include "storage/Database.h"

#include <QCoreApplication>
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
    // The command's only event loop: the pusher works from queued calls and network replies. Each
    // request gives up by itself at the silence limit, and a create without an answer is looked up
    // once: at most twice the limit. The wait is the backstop.
    CliWait waiter(2 * cliSilenceMs(db));
    QObject::connect(&pusher, &WorkOrderPusher::workOrderChanged, &pusher, [&waiter](qint64) { waiter.touch(); });
    QObject::connect(&pusher, &WorkOrderPusher::finished, &pusher, [&](const PushOutcome &o) {
        outcome = o;
        waiter.done();
    });
    pusher.start(workOrderId, now);
    if (!waiter.wait()) {
        outcome.connectionId = connection.id;
        outcome.timedOut = true;
    }
    return outcome;
}

} // namespace pms::app
