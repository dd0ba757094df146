#include "PushWorker.h"

#include "common/Logging.h"
#include "storage/ConnectionRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

namespace pms {

PushWorker::PushWorker(const QString &dbPath)
    : m_dbPath(dbPath)
    , m_timer(this)
{
    m_timer.setInterval(60000);
    connect(&m_timer, &QTimer::timeout, this, &PushWorker::tick);
}

PushWorker::~PushWorker()
{
    shutdown();
}

bool PushWorker::initialize()
{
    if (m_db)
        return true;
    auto db = Database::open(m_dbPath);
    if (!db.ok()) {
        qCWarning(lcSync) << "push worker cannot open the cache:" << db.errorMessage();
        return false;
    }
    m_db = std::move(db).value();
    m_nam = new QNetworkAccessManager(this);
    m_timer.start();
    return true;
}

void PushWorker::push(qint64 connectionId, const QString &secret, qint64 workOrderId, bool now)
{
    PushOutcome refused;
    refused.connectionId = connectionId;
    if (!initialize()) {
        refused.failed = 1;
        Q_EMIT finished(refused);
        return;
    }
    WorkOrderPusher *pusher = m_pushers.value(connectionId);
    if (!pusher) {
        auto conn = ConnectionRepository(*m_db).get(connectionId);
        if (!conn.ok()) {
            Q_EMIT finished(refused);
            return;
        }
        pusher = new WorkOrderPusher(*m_db, m_nam, conn.value(), secret, this);
        connect(pusher, &WorkOrderPusher::workOrderChanged, this, &PushWorker::workOrderChanged);
        connect(pusher, &WorkOrderPusher::finished, this, [this](const PushOutcome &o) {
            if (!o.authError.isEmpty())
                Q_EMIT authenticationFailed(o.connectionId, o.authError);
            Q_EMIT finished(o);
        });
        m_pushers.insert(connectionId, pusher);
    } else if (!secret.isEmpty()) {
        pusher->setSecret(secret);
    }
    pusher->start(workOrderId, now);
}

void PushWorker::tick()
{
    for (auto it = m_pushers.cbegin(); it != m_pushers.cend(); ++it)
        if (!it.value()->isBusy() && (!m_teamMode || m_runnerOf.contains(it.key())))
            it.value()->start(0, false);
}

void PushWorker::setRunner(qint64 connectionId, bool runner)
{
    if (runner)
        m_runnerOf.insert(connectionId);
    else
        m_runnerOf.remove(connectionId);
}

void PushWorker::shutdown()
{
    m_timer.stop();
    qDeleteAll(m_pushers);
    m_pushers.clear();
    delete m_nam;
    m_nam = nullptr;
    m_db.reset();
}

} // namespace pms
