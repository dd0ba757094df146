#include "AppSession.h"

#include "common/Logging.h"
#include "secrets/FallbackSecretStore.h"
#include "secrets/SessionSecretStore.h"
#include "storage/ConnectionRepository.h"
#include "storage/Database.h"
#include "storage/ScheduleRepository.h"
#include "sync/Scheduler.h"
#include "sync/SyncController.h"
#include "ui/settings/SecretLookup.h"

namespace pms {

AppSession::~AppSession() = default;

Result<std::unique_ptr<AppSession>> AppSession::open(const QString &dbPath, SecretStore *secrets)
{
    auto db = Database::open(dbPath);
    if (!db.ok()) {
        delete secrets;
        return db.error();
    }
    std::unique_ptr<AppSession> s(new AppSession);
    s->m_db = std::move(db).value();
    s->m_ctx.dbPath = dbPath;
    s->m_ctx.db = s->m_db.get();
    s->m_ctx.sync = new SyncController(dbPath, s.get());
    if (secrets)
        secrets->setParent(s.get());
    s->m_ctx.secrets = secrets ? secrets : FallbackSecretStore::createForSystem(s.get());
    s->m_ctx.sessionSecrets = new SessionSecretStore(s.get());
    s->m_ctx.scheduler = new Scheduler(s.get());

    AppSession *self = s.get();
    connect(s->m_ctx.scheduler, &Scheduler::due, self, &AppSession::onDue);
    connect(s->m_ctx.sync, &SyncController::finished, self, [self] {
        // Let the controller settle its running flag before the next queued job starts.
        QMetaObject::invokeMethod(self, &AppSession::startNextQueued, Qt::QueuedConnection);
    });
    connect(s->m_ctx.sync, &SyncController::runnerChanged, self, &AppSession::onRunnerChanged);
    connect(s->m_ctx.sync, &SyncController::syncRequested, self, [self](qint64 id, SyncKind kind) {
        self->enqueue(id, kind, QStringLiteral("request"));
    });
    if (auto c = ConnectionRepository(*s->m_db).defaultConnection(); c.ok())
        s->m_ctx.connectionId = c->id;
    s->reloadSchedules();
    return s;
}

void AppSession::reloadSchedules()
{
    Scheduler *scheduler = m_ctx.scheduler;
    const QList<ConnectionInfo> connections = ConnectionRepository(*m_db).all();
    QList<qint64> keep;
    ScheduleRepository schedules(*m_db);
    for (const ConnectionInfo &c : connections) {
        if (!c.active)
            continue;
        auto specs = schedules.specs(c.id);
        auto lastRuns = schedules.lastRuns(c.id);
        if (!specs.ok()) {
            qCWarning(lcUi) << "cannot read the schedules of connection" << c.id << specs.errorMessage();
            continue;
        }
        scheduler->setConnectionSchedule(c.id, specs.value(), lastRuns.ok() ? lastRuns.value()
                                                                             : QHash<ScheduledJob, QDateTime>());
        keep << c.id;
    }
    for (qint64 id : scheduler->connectionIds()) {
        if (!keep.contains(id))
            scheduler->removeConnection(id);
    }
}

void AppSession::loadSecret(qint64 connectionId)
{
    auto c = ConnectionRepository(*m_db).get(connectionId);
    if (!c.ok())
        return;
    lookUpSecret(m_ctx, c->secretKey(), this, [this, connectionId](const QString &secret, bool) {
        if (!secret.isEmpty())
            m_ctx.sync->setSecret(connectionId, secret);
        Q_EMIT secretLoaded(connectionId, !secret.isEmpty());
    });
}

void AppSession::onDue(qint64 connectionId, ScheduledJob job)
{
    if (!m_ctx.sync->hasSecret(connectionId)) {
        qCInfo(lcUi) << "skipping" << scheduledJobName(job) << "of connection" << connectionId
                     << ": no secret in this session yet";
        return;
    }
    if (!m_ctx.sync->isRunnerFor(connectionId)) {
        qCInfo(lcUi) << "skipping" << scheduledJobName(job) << "of connection" << connectionId
                     << ": another desk runs it";
        return;
    }
    enqueue(connectionId, syncKindFor(job), QStringLiteral("schedule"));
}

void AppSession::enqueue(qint64 connectionId, SyncKind kind, const QString &trigger)
{
    const QueuedRun item{connectionId, kind, trigger};
    if (!m_queue.contains(item))
        m_queue.append(item);
    if (!m_ctx.sync->isRunning())
        startNextQueued();
}

void AppSession::onRunnerChanged(qint64 connectionId, bool runner, const QList<SyncKind> &interrupted)
{
    if (!runner) {
        m_queue.removeIf([connectionId](const QueuedRun &r) { return r.connectionId == connectionId; });
        return;
    }
    // Taking over: the runs the previous runner left unfinished run again (cursors moved only on
    // success, so nothing is lost or doubled), then the slots it missed, counted from the last
    // successful runs (this desk's scheduler skipped them while another desk ran them).
    for (SyncKind kind : interrupted)
        enqueue(connectionId, kind, QStringLiteral("takeover"));
    m_ctx.scheduler->removeConnection(connectionId);
    reloadSchedules();
}

void AppSession::startNextQueued()
{
    if (m_queue.isEmpty() || m_ctx.sync->isRunning())
        return;
    const QueuedRun run = m_queue.takeFirst();
    m_ctx.sync->start(run.connectionId, run.kind, run.trigger);
}

} // namespace pms
