#include "TeamLink.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "storage/CacheLocation.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace pms {

TeamLink::TeamLink(const QString &dbPath, QObject *parent)
    : QObject(parent)
    , m_dbPath(dbPath)
{
    qRegisterMetaType<pms::LiveRun>();
    qRegisterMetaType<QList<pms::SyncKind>>();
}

TeamLink::~TeamLink()
{
    shutdown();
}

bool TeamLink::isTeamCache(const QString &dbPath)
{
    auto loc = CacheLocation::parse(dbPath);
    return loc.ok() && loc->isPostgres();
}

int TeamLink::tickMs()
{
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("PMSBRIDGE_TEAM_TICK_MS", &ok);
    return ok && ms >= 50 ? ms : 2000;
}

void TeamLink::initialize()
{
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setInterval(tickMs());
        connect(m_timer, &QTimer::timeout, this, &TeamLink::tick);
        m_timer->start();
    }
    tick();
}

bool TeamLink::ensureOpen()
{
    if (m_db)
        return true;
    auto db = Database::open(m_dbPath, Database::Create::Never);
    if (!db.ok()) {
        qCWarning(lcSync) << "team link cannot open the cache:" << db.errorMessage();
        return false;
    }
    m_db = std::move(db).value();
    TeamRepository team(*m_db);
    if (Status s = team.joinTeam(); !s.ok()) {
        qCWarning(lcSync) << "team link:" << s.errorMessage();
        m_db.reset();
        return false;
    }
    m_syncChannel = team.syncChannel();
    m_changeChannel = team.changeChannel();
    QSqlDriver *driver = m_db->sql().driver();
    driver->subscribeToNotification(m_syncChannel);
    driver->subscribeToNotification(m_changeChannel);
    connect(driver, &QSqlDriver::notification, this, &TeamLink::onNotification);
    return true;
}

void TeamLink::drop(const QString &why)
{
    qCWarning(lcSync) << "team link lost its session:" << why;
    const QSet<qint64> held = std::exchange(m_held, {});
    m_db.reset(); // whatever the server still thinks, this desk runs nothing from now on
    for (qint64 id : held)
        Q_EMIT runnerChanged(id, false, {});
}

void TeamLink::want(qint64 connectionId)
{
    m_wanted.insert(connectionId);
    tick();
}

void TeamLink::tick()
{
    if (!ensureOpen()) {
        drop(QStringLiteral("cannot reach the cache"));
        return;
    }
    TeamRepository team(*m_db);
    const QDateTime now = Clock::instance()->nowUtc();

    // The runs other desks are running (one indexed query; also proves the session is alive).
    QSqlQuery q(m_db->sql());
    if (!q.exec(QStringLiteral("SELECT DISTINCT connection_id FROM sync_runs WHERE status = 'running'"))) {
        drop(q.lastError().text());
        return;
    }
    QSet<qint64> running;
    while (q.next())
        running.insert(q.value(0).toLongLong());
    q.finish();
    QSet<qint64> look = running;
    for (auto it = m_live.cbegin(); it != m_live.cend(); ++it)
        look.insert(it.key());
    for (qint64 id : std::as_const(look)) {
        LiveRun run;
        run.connectionId = id;
        if (running.contains(id) && !m_held.contains(id)) {
            auto r = team.liveRun(id);
            if (!r.ok())
                continue;
            run = r.value();
        }
        if (!(m_live.value(id) == run)) {
            if (run.runId == 0)
                m_live.remove(id);
            else
                m_live.insert(id, run);
            Q_EMIT liveRunChanged(run);
        }
    }

    for (qint64 id : std::as_const(m_wanted)) {
        if (m_held.contains(id))
            continue;
        auto got = team.tryRunnerLock(id);
        if (!got.ok()) {
            drop(got.errorMessage());
            return;
        }
        if (!got.value())
            continue;
        m_held.insert(id);
        // Whatever still says 'running' was left by a runner whose session died.
        auto interrupted = team.failInterruptedRuns(id, now);
        qCInfo(lcSync) << "this desk runs connection" << id << "now";
        Q_EMIT runnerChanged(id, true, interrupted.ok() ? interrupted.value() : QList<SyncKind>());
    }
    for (qint64 id : std::as_const(m_held))
        takeRequests(id); // the NOTIFY wakes us at once; this catches one sent while we were away

    const QStringList desks = team.desks();
    if (desks != m_desks) {
        m_desks = desks;
        Q_EMIT desksChanged(desks);
    }
}

void TeamLink::takeRequests(qint64 connectionId)
{
    if (!m_db)
        return;
    auto requests = TeamRepository(*m_db).takeRequests(connectionId, Clock::instance()->nowUtc());
    if (!requests.ok())
        return;
    QSet<SyncKind> kinds; // five presses of Sync now are one run
    for (const SyncRequest &r : requests.value()) {
        if (kinds.contains(r.kind))
            continue;
        kinds.insert(r.kind);
        qCInfo(lcSync) << "sync of connection" << connectionId << "requested by" << r.desk;
        Q_EMIT syncRequested(connectionId, r.kind);
    }
}

void TeamLink::requestSync(qint64 connectionId, SyncKind kind)
{
    if (!ensureOpen()) {
        Q_EMIT requestSent(connectionId, {}, tr("The shared cache cannot be reached; try again in a moment."));
        return;
    }
    TeamRepository team(*m_db);
    auto id = team.requestSync(connectionId, kind, Clock::instance()->nowUtc());
    if (!id.ok()) {
        Q_EMIT requestSent(connectionId, {}, id.errorMessage());
        return;
    }
    Q_EMIT requestSent(connectionId, team.runnerOf(connectionId), {});
}

void TeamLink::sendChange(int tables, qint64 workOrderId)
{
    if (!ensureOpen())
        return;
    QSqlQuery q(m_db->sql());
    q.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
    q.addBindValue(m_changeChannel);
    q.addBindValue(QStringLiteral("%1 %2").arg(tables).arg(workOrderId));
    if (!q.exec())
        qCWarning(lcSync) << "cannot tell the other desks about a change:" << q.lastError().text();
}

void TeamLink::onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload)
{
    if (name == m_syncChannel) {
        const qint64 id = payload.toString().toLongLong();
        if (m_held.contains(id))
            takeRequests(id);
    } else if (name == m_changeChannel && source == QSqlDriver::OtherSource) {
        const QStringList parts = payload.toString().split(QLatin1Char(' '));
        const int tables = parts.value(0).toInt();
        if (tables != 0)
            Q_EMIT remoteChange(tables, parts.value(1).toLongLong());
    }
}

void TeamLink::shutdown()
{
    if (m_timer)
        m_timer->stop();
    m_held.clear();
    m_db.reset(); // the session ends: the server releases this desk's locks
}

} // namespace pms
