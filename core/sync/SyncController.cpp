#include "SyncController.h"

#include "sync/SyncWorker.h"

namespace pms {

SyncController::SyncController(const QString &dbPath, QObject *parent)
    : QObject(parent)
    , m_dbPath(dbPath)
{
    qRegisterMetaType<pms::SyncProgress>();
    qRegisterMetaType<pms::SyncOutcome>();
    qRegisterMetaType<pms::SyncKind>();
    m_thread.setObjectName(QStringLiteral("pmsbridge-sync"));
    m_worker = new SyncWorker(dbPath);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::started, this, [this](qint64 id, SyncKind kind) {
        m_running = true;
        m_runningConnection = id;
        Q_EMIT started(id, kind);
    });
    connect(m_worker, &SyncWorker::progress, this, &SyncController::progress);
    connect(m_worker, &SyncWorker::finished, this, [this](const SyncOutcome &o) {
        m_running = false;
        Q_EMIT finished(o);
    });
    connect(m_worker, &SyncWorker::cacheChanged, this, &SyncController::cacheChanged);
    connect(m_worker, &SyncWorker::authenticationFailed, this, &SyncController::authenticationFailed);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &SyncWorker::initialize, Qt::QueuedConnection);
    setUpTeam();
}

SyncController::~SyncController()
{
    tearDownTeam();
    QMetaObject::invokeMethod(m_worker, &SyncWorker::shutdown, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SyncController::setSecret(qint64 connectionId, const QString &secret)
{
    const bool changed = m_secrets.value(connectionId) != secret;
    m_secrets.insert(connectionId, secret);
    if (changed && !secret.isEmpty()) {
        push(connectionId, 0, false);
        wantRunner(connectionId);
    }
}

bool SyncController::hasSecret(qint64 connectionId) const
{
    return !m_secrets.value(connectionId).isEmpty();
}

void SyncController::start(qint64 connectionId, SyncKind kind, const QString &trigger)
{
    if (!isRunnerFor(connectionId)) {
        forwardStart(connectionId, kind, trigger);
        return;
    }
    if (kind == SyncKind::Reconciliation) {
        reconcile(connectionId, ReconcileMode::Apply, trigger);
        return;
    }
    const QString secret = m_secrets.value(connectionId);
    SyncWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, connectionId, secret, kind, trigger] { worker->start(connectionId, secret, kind, trigger); },
        Qt::QueuedConnection);
}

void SyncController::cancel()
{
    // The engine applies one page per event, so a queued cancel lands at the next page boundary.
    QMetaObject::invokeMethod(m_worker, &SyncWorker::cancel, Qt::QueuedConnection);
    cancelReconciliation();
}

} // namespace pms
