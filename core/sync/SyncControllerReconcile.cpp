// SyncController's reconciliation (R13–R16): the ReconcileWorker lives in the sync thread with its own
// cache connection and network manager, so nothing of a run touches the GUI thread.
#include "SyncController.h"
#include "reconcile/ReconcileWorker.h"

#include <QCoreApplication>

namespace pms {

namespace {

SyncOutcome asSyncOutcome(const ReconcileOutcome &r)
{
    SyncOutcome o;
    o.connectionId = r.connectionId;
    o.runId = r.runId;
    o.kind = SyncKind::Reconciliation;
    if (r.status == QLatin1String("cancelled"))
        o.status = QStringLiteral("cancelled");
    else
        o.status = r.ok() ? QStringLiteral("succeeded") : QStringLiteral("failed");
    o.error
        = r.status == QLatin1String("needs_confirmation") ? r.guardReason : (r.ok() ? QString() : r.error);
    EntityCounts units;
    units.updated = r.unitsDeactivated;
    units.unchanged = r.unitsChecked - r.unitsToDeactivate;
    units.skipped = r.unitsToDeactivate - r.unitsDeactivated;
    o.counts.insert(QStringLiteral("units"), units);
    o.startedAt = r.startedAt;
    o.finishedAt = r.finishedAt;
    return o;
}

} // namespace

ReconcileWorker *SyncController::reconcileWorker()
{
    if (m_reconcileWorker)
        return m_reconcileWorker;
    registerReconcileMetaTypes();
    m_reconcileWorker = new ReconcileWorker(m_dbPath);
    m_reconcileWorker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_reconcileWorker, &QObject::deleteLater);
    connect(m_reconcileWorker, &ReconcileWorker::started, this, [this](qint64 id) {
        m_running = true;
        Q_EMIT started(id, SyncKind::Reconciliation);
    });
    connect(m_reconcileWorker, &ReconcileWorker::progress, this, [this](const ReconcileProgress &p) {
        SyncProgress sp;
        sp.connectionId = p.connectionId;
        sp.kind = SyncKind::Reconciliation;
        sp.entity = QCoreApplication::translate("pms::SyncController", "units");
        sp.pagesDone = p.pagesDone;
        sp.pagesTotal = p.pagesExpected;
        sp.records = p.records;
        sp.step = 1;
        sp.steps = 1;
        Q_EMIT progress(sp);
    });
    connect(m_reconcileWorker, &ReconcileWorker::finished, this, [this](const ReconcileOutcome &r) {
        // A confirmation is not a run (no sync_runs row); a run refused at once has no snapshot.
        const bool wasRun = r.runId > 0 || r.snapshotId == 0;
        if (wasRun)
            m_running = false;
        Q_EMIT reconciliationFinished(r);
        Q_EMIT cacheChanged();
        if (wasRun)
            Q_EMIT finished(asSyncOutcome(r));
    });
    connect(m_reconcileWorker, &ReconcileWorker::authenticationFailed, this,
        &SyncController::authenticationFailed);
    return m_reconcileWorker;
}

void SyncController::reconcile(qint64 connectionId, ReconcileMode mode, const QString &trigger)
{
    ReconcileWorker *worker = reconcileWorker();
    if (m_running) {
        ReconcileOutcome busy;
        busy.connectionId = connectionId;
        busy.mode = mode;
        busy.status = QStringLiteral("failed");
        busy.errorCode = QStringLiteral("busy");
        busy.error = QCoreApplication::translate(
            "pms::SyncController", "Another run is in progress; reconcile when it has finished.");
        Q_EMIT reconciliationFinished(busy);
        return;
    }
    const QString secret = m_secrets.value(connectionId);
    QMetaObject::invokeMethod(
        worker, [worker, connectionId, secret, mode, trigger] { worker->run(connectionId, secret, mode, trigger); },
        Qt::QueuedConnection);
}

void SyncController::confirmReconciliation(qint64 connectionId, qint64 snapshotId)
{
    ReconcileWorker *worker = reconcileWorker();
    QMetaObject::invokeMethod(
        worker, [worker, connectionId, snapshotId] { worker->confirm(connectionId, snapshotId); }, Qt::QueuedConnection);
}

void SyncController::cancelReconciliation()
{
    if (m_reconcileWorker)
        QMetaObject::invokeMethod(m_reconcileWorker, &ReconcileWorker::cancel, Qt::QueuedConnection);
}

} // namespace pms
