#include "WorkOrderPusher.h"

#include "common/Clock.h"
#include "common/CrashPoint.h"
#include "common/Json.h"
#include "common/Logging.h"
#include "connectors/ConnectorRegistry.h"
#include "connectors/PmsConnector.h"
#include "storage/DataScreenQueries.h"
#include "storage/Database.h"
#include "sync/NetworkSettings.h"
#include "storage/OutboxRepository.h"
#include "storage/WorkOrderRepository.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QTimer>

namespace pms {

namespace {

// Errors a second attempt will not fix: the PMS refused what we sent.
bool isPermanent(const Error &e)
{
    if (e.code == QLatin1String("validation") || e.code == QLatin1String("not-found"))
        return true;
    return e.code.startsWith(QLatin1String("http-4")) && e.httpStatus != 408 && e.httpStatus != 429;
}

} // namespace

WorkOrderPusher::WorkOrderPusher(Database &db, QNetworkAccessManager *nam, const ConnectionInfo &connection,
                                 const QString &secret, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_nam(nam)
    , m_connection(connection)
    , m_secret(secret)
{
    qRegisterMetaType<pms::PushOutcome>();
    m_options.maxInFlight = qBound(1, connection.maxInFlight, 16);
    m_pmsName = ConnectorRegistry::displayName(connection.pms);
}

WorkOrderPusher::~WorkOrderPusher()
{
    // Jobs still running end with "cancelled"; their entries stay in_flight and are recovered
    // by the next pusher on this cache.
    m_stopping = true;
    delete m_connector;
}

void WorkOrderPusher::setClientOptions(const ClientOptions &options)
{
    m_options = options;
    delete m_connector;
    m_connector = nullptr;
}

void WorkOrderPusher::setSecret(const QString &secret)
{
    if (secret != m_secret)
        m_authFailed = false;
    m_secret = secret;
    // The connector holds the secret: a new one for the next request (after this drain, when one runs).
    if (m_connector && !m_busy) {
        delete m_connector;
        m_connector = nullptr;
    } else if (m_connector) {
        m_connectorStale = true;
    }
}

qint64 WorkOrderPusher::backoffSecs(int attempts)
{
    const int shift = qBound(0, attempts - 1, 7);
    return qMin<qint64>(qint64(30) << shift, 3600);
}

PmsConnector *WorkOrderPusher::connector()
{
    if (!m_connector) {
        auto made = ConnectorRegistry::create(m_nam, m_connection, m_secret, NetworkSettings::clientOptions(m_db, m_options));
        if (made.ok()) {
            m_connector = std::move(made).value().release();
            m_connector->setParent(this);
        }
    }
    return m_connector;
}

void WorkOrderPusher::start(qint64 workOrderId, bool now)
{
    if (m_busy) {
        // Remember the request; it runs when this drain ends.
        if (now && workOrderId > 0)
            OutboxRepository(m_db).retryFailed(m_connection.id, workOrderId);
        m_againId = (m_again && m_againId != workOrderId) ? 0 : workOrderId;
        m_again = true;
        m_againNow = m_againNow || now;
        return;
    }
    if (m_connectorStale) {
        m_connectorStale = false;
        delete m_connector;
        m_connector = nullptr;
    }
    m_busy = true;
    m_drainClock.start();
    m_outcome = PushOutcome{};
    m_outcome.connectionId = m_connection.id;
    m_retriedOnce.clear();
    OutboxRepository outbox(m_db);
    if (!m_recovered) {
        m_recovered = true;
        if (auto n = outbox.recoverInFlight(); n.ok() && n.value() > 0)
            qCInfo(lcSync) << "outbox:" << n.value() << "entries were in flight when the app stopped; pushing them again";
    }
    const ConnectorRegistry::Entry *pms = ConnectorRegistry::find(m_connection.pms);
    if (Status url = pms ? pms->validateBaseUrl(m_connection.baseUrl)
                         : Status(ConnectorRegistry::create(nullptr, m_connection, {}, {}).error());
        !url.ok()) {
        // Nothing can be sent to this address: the entries stay as they are, and the caller hears why.
        m_outcome.configError = url.errorMessage();
        if (auto due = outbox.workOrdersToPush(m_connection.id, QDateTime(), workOrderId); due.ok())
            m_outcome.waiting = int(due->size());
        m_queue.clear();
        QTimer::singleShot(0, this, &WorkOrderPusher::nextWorkOrder);
        return;
    }
    if (m_authFailed && !now) {
        // The same secret would be refused again: wait for a new one or for Sync Now.
        m_queue.clear();
        QTimer::singleShot(0, this, &WorkOrderPusher::nextWorkOrder);
        return;
    }
    const DataScreenQueries::WorkOrderGate gate = DataScreenQueries::workOrderGate(m_db, m_connection.id);
    outbox.retryFailed(m_connection.id, 0, QStringLiteral("auth"));
    if (gate.open())
        outbox.retryFailed(m_connection.id, 0, QStringLiteral("gate"));
    if (now && workOrderId > 0)
        outbox.retryFailed(m_connection.id, workOrderId);
    auto due = outbox.workOrdersToPush(m_connection.id, now ? QDateTime() : Clock::instance()->nowUtc(), workOrderId);
    if (!due.ok()) {
        qCWarning(lcSync) << "outbox:" << due.errorMessage();
        m_queue.clear();
    } else {
        m_queue = due.value();
    }
    if (!gate.open() && !m_queue.isEmpty()) {
        holdAtGate(gate.integrationEmail, gate.pmsUserEmail);
        m_queue.clear();
    }
    QTimer::singleShot(0, this, &WorkOrderPusher::nextWorkOrder);
}

void WorkOrderPusher::holdAtGate(const QString &integrationEmail, const QString &pmsUserEmail)
{
    // R5: nothing goes to the PMS while the emails disagree; each waiting work order says why.
    const QString words = tr("Work-order sync is off for this connection: its integration email (%1) is not the email of "
                             "its PMS user (%2). Correct it in Settings; the work order is sent then.")
                              .arg(integrationEmail, pmsUserEmail);
    OutboxRepository outbox(m_db);
    for (qint64 id : std::as_const(m_queue)) {
        auto head = outbox.head(id);
        if (!head.ok() || !head.value())
            continue;
        outbox.markFailed(head.value()->id, QStringLiteral("gate"), words);
        outbox.refreshSyncState(id);
        ++m_outcome.failed;
        Q_EMIT workOrderChanged(id);
    }
    m_outcome.gateError = words;
}

void WorkOrderPusher::nextWorkOrder()
{
    if (m_stopping)
        return;
    if (m_queue.isEmpty()) {
        finishDrain();
        return;
    }
    m_current = m_queue.takeFirst();
    pushHead();
}

void WorkOrderPusher::pushHead()
{
    if (m_stopping)
        return;
    OutboxRepository outbox(m_db);
    auto head = outbox.head(m_current);
    if (!head.ok() || !head.value() || head.value()->state != QLatin1String("pending")) {
        finishWorkOrder();
        return;
    }
    const OutboxEntry entry = *head.value();
    auto wo = WorkOrderRepository(m_db).get(m_current);
    if (!wo.ok()) {
        finishWorkOrder();
        return;
    }
    if (Status s = outbox.markInFlight(entry.id); !s.ok()) {
        qCWarning(lcSync) << "outbox:" << s.errorMessage();
        finishWorkOrder();
        return;
    }
    if (entry.op == QLatin1String("create")) {
        if (wo->pmsId > 0) // created by an earlier attempt whose entry was not marked done
            succeeded(entry, tr("Already in %1 as work order %2.").arg(m_pmsName).arg(wo->pmsId));
        else if (entry.attempts > 0)
            lookUpThenCreate(entry, wo.value());
        else
            postCreate(entry, wo.value());
        return;
    }
    if (wo->pmsId <= 0) {
        failedWith(entry, Error(tr("The work order is not in %1 yet.").arg(m_pmsName), QStringLiteral("validation")));
        return;
    }
    if (entry.op == QLatin1String("comment"))
        pushComment(entry, wo.value());
    else if (entry.op == QLatin1String("close"))
        pushClose(entry, wo.value());
    else
        pushUpload(entry, wo.value());
}

void WorkOrderPusher::lookUpThenCreate(const OutboxEntry &entry, const LocalWorkOrder &wo)
{
    // The last POST may have reached the PMS: find it by our marker before posting again.
    const QDateTime since = entry.createdAt.isValid() ? entry.createdAt.addSecs(-300) : wo.createdAt.addSecs(-300);
    ConnectorJob *job = connector()->findWorkOrder(wo, since);
    connect(job, &ConnectorJob::finished, this, [this, entry, wo](const ConnectorReply &found) {
        if (m_stopping)
            return;
        if (!found.status.ok()) {
            failedWith(entry, found.status.error());
            return;
        }
        if (found.pmsId <= 0) {
            WorkOrderRepository(m_db).addEvent(wo.id, QStringLiteral("pms_answer"),
                                               tr("Not found in %1 after an uncertain answer; creating it again.").arg(m_pmsName));
            postCreate(entry, wo);
            return;
        }
        WorkOrderRepository(m_db).setPmsId(wo.id, found.pmsId, found.number);
        succeeded(entry, tr("Found in %1 as work order %2 (the earlier attempt had reached it).").arg(m_pmsName).arg(found.pmsId));
    });
}

void WorkOrderPusher::postCreate(const OutboxEntry &entry, const LocalWorkOrder &wo)
{
    WorkOrderRepository(m_db).addEvent(wo.id, QStringLiteral("pushed"),
                                       tr("Sending to %1 (attempt %2).").arg(m_pmsName).arg(entry.attempts + 1));
    ConnectorJob *job = connector()->createWorkOrder(wo);
    connect(job, &ConnectorJob::finished, this, [this, entry, wo](const ConnectorReply &created) {
        if (m_stopping)
            return;
        if (!created.status.ok()) {
            failedWith(entry, created.status.error());
            return;
        }
        crashPoint("after-post"); // tests: the PMS has it, we have not recorded it
        WorkOrderRepository(m_db).setPmsId(wo.id, created.pmsId, created.number);
        succeeded(entry, tr("Created in %1 as work order %2.").arg(m_pmsName).arg(created.pmsId));
    });
}

void WorkOrderPusher::pushComment(const OutboxEntry &entry, const LocalWorkOrder &wo)
{
    const QString text = entry.payload.value(QLatin1String("text")).toString();
    ConnectorJob *job = connector()->sendChange(wo, text, entry.payload);
    // A step the PMS has done (Propertyware's task) is kept, so a retry does not repeat it.
    connect(job, &ConnectorJob::checkpoint, this,
            [this, entry](const QJsonObject &payload) { OutboxRepository(m_db).updatePayload(entry.id, payload); });
    connect(job, &ConnectorJob::finished, this, [this, entry](const ConnectorReply &r) {
        if (m_stopping)
            return;
        if (!r.status.ok())
            failedWith(entry, r.status.error());
        else
            succeeded(entry, tr("Change sent to %1.").arg(m_pmsName));
    });
}

void WorkOrderPusher::pushClose(const OutboxEntry &entry, const LocalWorkOrder &wo)
{
    ConnectorJob *job = connector()->closeWorkOrder(wo, entry.payload);
    connect(job, &ConnectorJob::finished, this, [this, entry](const ConnectorReply &r) {
        if (m_stopping)
            return;
        if (!r.status.ok())
            failedWith(entry, r.status.error());
        else
            succeeded(entry, tr("Closed in %1.").arg(m_pmsName));
    });
}

void WorkOrderPusher::pushUpload(const OutboxEntry &entry, const LocalWorkOrder &wo)
{
    const qint64 attId = qint64(entry.payload.value(QLatin1String("attachmentId")).toDouble());
    auto att = WorkOrderRepository(m_db).attachment(attId);
    if (!att.ok()) {
        failedWith(entry, att.error());
        return;
    }
    if (!QFileInfo(att->storedPath).isFile()) {
        failedWith(entry, Error(tr("The attached file %1 is gone from the cache's folder.").arg(att->fileName),
                                QStringLiteral("validation")));
        return;
    }
    ConnectorJob *job = connector()->uploadAttachment(wo, att.value());
    const QString name = att->fileName;
    connect(job, &ConnectorJob::finished, this, [this, entry, attId, name](const ConnectorReply &r) {
        if (m_stopping)
            return;
        if (!r.status.ok()) {
            failedWith(entry, r.status.error());
            return;
        }
        WorkOrderRepository(m_db).setAttachmentUploaded(attId, r.pmsId);
        succeeded(entry, tr("Uploaded %1 (document %2).").arg(name).arg(r.pmsId));
    });
}

void WorkOrderPusher::succeeded(const OutboxEntry &entry, const QString &message)
{
    OutboxRepository outbox(m_db);
    outbox.markDone(entry.id, Clock::instance()->nowUtc());
    WorkOrderRepository(m_db).addEvent(entry.workOrderId, QStringLiteral("pms_answer"), message);
    outbox.refreshSyncState(entry.workOrderId);
    ++m_outcome.pushed;
    Q_EMIT workOrderChanged(entry.workOrderId);
    QTimer::singleShot(0, this, &WorkOrderPusher::pushHead);
}

void WorkOrderPusher::failedWith(const OutboxEntry &entry, const Error &error)
{
    OutboxRepository outbox(m_db);
    WorkOrderRepository repo(m_db);
    const QString words = error.message.isEmpty() ? tr("The push failed.") : error.message;
    bool stopDrain = false;
    if (error.code == QLatin1String("auth")) {
        outbox.markFailed(entry.id, error.code, words);
        m_authFailed = true;
        m_outcome.authError = words;
        ++m_outcome.failed;
        stopDrain = true; // every other request would be refused too
        repo.addEvent(entry.workOrderId, QStringLiteral("failed"), words);
    } else if (isPermanent(error)) {
        outbox.markFailed(entry.id, error.code, words);
        ++m_outcome.failed;
        repo.addEvent(entry.workOrderId, QStringLiteral("failed"),
                      tr("%1 Not retried until the work order is changed or Sync Now is pressed.").arg(words));
    } else if (error.code == QLatin1String("cancelled")) {
        outbox.reschedule(entry.id, QDateTime(), error.code, words);
        ++m_outcome.waiting;
    } else {
        // A PMS that has been silent for the whole silence limit will not answer the next request
        // either: no look-up now, and the rest of the drain waits too (the command ends in time).
        const bool outOfTime = m_drainClock.elapsed() >= NetworkSettings::clientOptions(m_db, m_options).silenceLimitMs;
        if (outOfTime && !m_queue.isEmpty()) {
            m_outcome.waiting += int(m_queue.size());
            stopDrain = true;
        }
        if (entry.op == QLatin1String("create") && !m_retriedOnce.contains(entry.id) && !outOfTime) {
            // Often the PMS did get it: look it up at once (pushHead() does, as attempts > 0).
            m_retriedOnce.insert(entry.id);
            outbox.reschedule(entry.id, QDateTime(), error.code, words);
            repo.addEvent(entry.workOrderId, QStringLiteral("retry"), tr("%1 Checking whether %2 got it.").arg(words, m_pmsName));
            QTimer::singleShot(0, this, &WorkOrderPusher::pushHead);
            return;
        }
        const QDateTime next = Clock::instance()->nowUtc().addSecs(backoffSecs(entry.attempts + 1));
        outbox.reschedule(entry.id, next, error.code, words);
        ++m_outcome.waiting;
        repo.addEvent(entry.workOrderId, QStringLiteral("retry"),
                      tr("%1 Trying again at %2.").arg(words, json::formatDateTime(next)));
    }
    outbox.refreshSyncState(entry.workOrderId);
    Q_EMIT workOrderChanged(entry.workOrderId);
    if (stopDrain) {
        m_queue.clear();
    }
    finishWorkOrder();
}

void WorkOrderPusher::finishWorkOrder()
{
    m_current = 0;
    QTimer::singleShot(0, this, &WorkOrderPusher::nextWorkOrder);
}

void WorkOrderPusher::finishDrain()
{
    m_busy = false;
    const PushOutcome outcome = m_outcome;
    if (m_again) {
        m_again = false;
        const qint64 id = m_againId;
        const bool now = m_againNow;
        m_againId = 0;
        m_againNow = false;
        Q_EMIT finished(outcome);
        start(id, now);
        return;
    }
    Q_EMIT finished(outcome);
}

} // namespace pms
