#include "ReconcileWorker.h"

#include "common/Clock.h"
#include "common/Json.h"
#include "common/Logging.h"
#include "reconcile/ReconcileEngine.h"
#include "reconcile/Reconciler.h"
#include "storage/ConnectionRepository.h"
#include "storage/Database.h"
#include "storage/ReconciliationRepository.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

namespace pms {

ReconcileWorker::ReconcileWorker(const QString &dbPath)
    : m_dbPath(dbPath)
{
    registerReconcileMetaTypes();
}

ReconcileWorker::~ReconcileWorker()
{
    delete m_engine; // before the connection and network manager it uses
    delete m_nam;
}

bool ReconcileWorker::initialize(ReconcileOutcome *failure)
{
    if (m_engine)
        return true;
    auto db = Database::open(m_dbPath);
    if (!db.ok()) {
        failure->status = QStringLiteral("failed");
        failure->error = tr("Cannot open the cache %1: %2").arg(m_dbPath, db.errorMessage());
        failure->errorCode = QStringLiteral("db");
        return false;
    }
    m_db = std::move(db).value();
    // A run a crash interrupted never deactivated anything (one transaction at the end).
    ReconciliationRepository(*m_db).abortDangling(
        tr("Interrupted (the app stopped during the run); nothing was "
           "deactivated."),
        json::formatDateTime(Clock::instance()->nowUtc()));
    m_nam = new QNetworkAccessManager(this);
    m_engine = new ReconcileEngine(*m_db, m_nam, this);
    connect(m_engine, &ReconcileEngine::progress, this, &ReconcileWorker::progress);
    connect(m_engine, &ReconcileEngine::finished, this, &ReconcileWorker::finished);
    connect(m_engine, &ReconcileEngine::authenticationFailed, this, &ReconcileWorker::authenticationFailed);
    return true;
}

void ReconcileWorker::run(
    qint64 connectionId, const QString &secret, ReconcileMode mode, const QString &trigger)
{
    ReconcileOutcome failure;
    failure.connectionId = connectionId;
    failure.mode = mode;
    if (!initialize(&failure)) {
        Q_EMIT finished(failure);
        return;
    }
    auto conn = ConnectionRepository(*m_db).get(connectionId);
    if (!conn.ok()) {
        failure.status = QStringLiteral("failed");
        failure.error = conn.errorMessage();
        Q_EMIT finished(failure);
        return;
    }
    Q_EMIT started(connectionId);
    m_engine->start(conn.value(), secret, mode, trigger);
}

void ReconcileWorker::confirm(qint64 connectionId, qint64 snapshotId)
{
    ReconcileOutcome failure;
    failure.connectionId = connectionId;
    failure.snapshotId = snapshotId;
    failure.mode = ReconcileMode::Apply;
    if (!initialize(&failure)) {
        Q_EMIT finished(failure);
        return;
    }
    if (m_engine->isRunning()) {
        failure.status = QStringLiteral("failed");
        failure.error = tr("Reconciliation is running; confirm when it has finished.");
        failure.errorCode = QStringLiteral("busy");
        Q_EMIT finished(failure);
        return;
    }
    auto r = Reconciler::confirm(*m_db, connectionId, snapshotId, Clock::instance()->nowUtc());
    if (!r.ok()) {
        failure.status = QStringLiteral("failed");
        failure.error = r.errorMessage();
        failure.errorCode = r.error().code;
        Q_EMIT finished(failure);
        return;
    }
    Q_EMIT finished(r.value());
}

void ReconcileWorker::cancel()
{
    if (m_engine)
        m_engine->cancel();
}

} // namespace pms
