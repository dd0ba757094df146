// SyncController's work-order push (R10–R12): the PushWorker lives in the sync thread with its own
// cache connection and network manager; the GUI only sends requests and hears the outcome.
#include "SyncController.h"

#include "workorders/PushWorker.h"

namespace pms {

PushWorker *SyncController::pushWorker()
{
    if (m_pushWorker)
        return m_pushWorker;
    qRegisterMetaType<pms::PushOutcome>();
    m_pushWorker = new PushWorker(m_dbPath);
    if (m_team) // team mode: only the runner drains a connection's outbox on its timer
        m_pushWorker->setTeamMode(m_runnerOf);
    m_pushWorker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_pushWorker, &QObject::deleteLater);
    connect(m_pushWorker, &PushWorker::finished, this, [this](const PushOutcome &o) {
        Q_EMIT pushFinished(o);
        if (o.pushed + o.failed + o.waiting > 0)
            Q_EMIT cacheChanged();
    });
    connect(m_pushWorker, &PushWorker::workOrderChanged, this, &SyncController::cacheChanged);
    connect(m_pushWorker, &PushWorker::authenticationFailed, this, &SyncController::authenticationFailed);
    return m_pushWorker;
}

void SyncController::push(qint64 connectionId, qint64 workOrderId, bool now)
{
    if (workOrderId == 0 && !isRunnerFor(connectionId))
        return; // the runner desk drains the outbox; one work order's push may go from any desk
    PushWorker *worker = pushWorker();
    const QString secret = m_secrets.value(connectionId);
    QMetaObject::invokeMethod(
        worker, [worker, connectionId, secret, workOrderId, now] { worker->push(connectionId, secret, workOrderId, now); },
        Qt::QueuedConnection);
}

} // namespace pms
