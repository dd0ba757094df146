// SyncController's team mode (several desks on one PostgreSQL cache, see ARCHITECTURE.md "Team
// mode"): a TeamLink in the sync thread holds this desk's runner locks; the controller keeps the
// GUI-side copy of which connections this desk runs, and forwards a start on a non-runner desk
// to the runner instead of running a second sync.
#include "SyncController.h"

#include "common/CacheEvents.h"
#include "common/Logging.h"
#include "sync/TeamLink.h"
#include "workorders/PushWorker.h"

namespace pms {

void SyncController::setUpTeam()
{
    if (!TeamLink::isTeamCache(m_dbPath))
        return;
    m_team = new TeamLink(m_dbPath);
    m_team->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_team, &QObject::deleteLater);
    connect(m_team, &TeamLink::runnerChanged, this, &SyncController::onRunnerChanged);
    connect(m_team, &TeamLink::syncRequested, this, &SyncController::syncRequested);
    connect(m_team, &TeamLink::requestSent, this, &SyncController::syncRequestSent);
    connect(m_team, &TeamLink::liveRunChanged, this, &SyncController::liveRunChanged);
    connect(m_team, &TeamLink::desksChanged, this, &SyncController::desksChanged);
    QMetaObject::invokeMethod(m_team, &TeamLink::initialize, Qt::QueuedConnection);

    // Live screens: this desk's committed changes go to the other desks (NOTIFY), theirs come in
    // as CacheEvents like our own, and so does the end of a run another desk's screens must show.
    TeamLink *team = m_team;
    CacheEvents::setRemoteSender([team](CacheEvents::Tables tables, qint64 workOrderId) {
        QMetaObject::invokeMethod(team, "sendChange", Qt::QueuedConnection, Q_ARG(int, int(tables)),
                                  Q_ARG(qint64, workOrderId));
    });
    connect(m_team, &TeamLink::remoteChange, this, [this](int tables, qint64 workOrderId) {
        Q_EMIT remoteCacheChange(tables, workOrderId);
        CacheEvents::deliverRemote(CacheEvents::Tables(tables), workOrderId);
    });
    const auto everything = int(CacheEvents::Units | CacheEvents::Mappings | CacheEvents::Residents
                                | CacheEvents::WorkOrders | CacheEvents::Reconciliation);
    auto announce = [team](int tables) {
        QMetaObject::invokeMethod(team, "sendChange", Qt::QueuedConnection, Q_ARG(int, tables), Q_ARG(qint64, 0));
    };
    connect(this, &SyncController::finished, m_team, [announce, everything] { announce(everything); });
    connect(this, &SyncController::reconciliationFinished, m_team, [announce, everything] { announce(everything); });
    connect(this, &SyncController::pushFinished, m_team, [announce](const PushOutcome &o) {
        if (o.pushed + o.failed + o.waiting > 0)
            announce(int(CacheEvents::WorkOrders));
    });
}

void SyncController::tearDownTeam()
{
    if (m_team)
        CacheEvents::setRemoteSender({});
}

void SyncController::wantRunner(qint64 connectionId)
{
    // Only a desk that has the secret can run the connection's jobs, so only it competes.
    if (m_team)
        QMetaObject::invokeMethod(m_team, "want", Qt::QueuedConnection, Q_ARG(qint64, connectionId));
}

void SyncController::forwardStart(qint64 connectionId, SyncKind kind, const QString &trigger)
{
    if (trigger == QLatin1String("schedule")) {
        qCInfo(lcSync) << "connection" << connectionId << "is run by another desk; its schedule is theirs";
        return;
    }
    QMetaObject::invokeMethod(m_team, "requestSync", Qt::QueuedConnection, Q_ARG(qint64, connectionId),
                              Q_ARG(pms::SyncKind, kind));
}

void SyncController::onRunnerChanged(qint64 connectionId, bool runner, const QList<SyncKind> &interrupted)
{
    if (runner) {
        m_runnerOf.insert(connectionId);
    } else {
        m_runnerOf.remove(connectionId);
        // Another desk may take over at once: this desk's run must not go on beside its run.
        if (m_running && m_runningConnection == connectionId)
            cancel();
    }
    if (m_pushWorker)
        QMetaObject::invokeMethod(m_pushWorker, "setRunner", Qt::QueuedConnection, Q_ARG(qint64, connectionId),
                                  Q_ARG(bool, runner));
    if (runner && hasSecret(connectionId))
        push(connectionId, 0, false); // the outbox drain is the runner's
    Q_EMIT runnerChanged(connectionId, runner, interrupted);
}

} // namespace pms
