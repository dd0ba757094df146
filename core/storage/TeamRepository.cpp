#include "TeamRepository.h"

#include "Database.h"
#include "common/DeskIdentity.h"
#include "common/Json.h"

#include <QSqlQuery>
#include <QVariant>

namespace pms {

namespace {
// Advisory-lock keys are per database; a cache is a schema. The first key names the schema's
// team (positive, so it reads back the same through pg_locks.classid), the second the
// connection; 0 is the shared "desk on this cache" lock every desk's team session holds.
const QLatin1String kTeamKey("(hashtext('pmsbridge-team:' || current_schema()) & 2147483647)");

QVariant ts(const QDateTime &dt)
{
    return dt.isValid() ? QVariant(json::formatDateTime(dt)) : QVariant();
}

// Holders of the team lock (kind @p objid) with their application_name.
QString holdersSql()
{
    return QStringLiteral("SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                          "WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2 "
                          "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
                          "AND l.classid = %1::oid AND l.objid = ?::oid ORDER BY a.backend_start")
        .arg(kTeamKey);
}
} // namespace

Status TeamRepository::joinTeam()
{
    if (!m_db.isPostgres())
        return {};
    QSqlQuery &name = m_db.prepare(QStringLiteral("SELECT set_config('application_name', ?, false)"));
    name.addBindValue(desk::applicationName());
    if (Status s = Database::exec(name, "name the desk's session"); !s.ok())
        return s;
    name.finish();
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT pg_try_advisory_lock_shared(%1, 0)").arg(kTeamKey));
    Status s = Database::exec(q, "join the desks of the cache");
    q.finish();
    return s;
}

Result<bool> TeamRepository::tryRunnerLock(qint64 connectionId)
{
    if (!m_db.isPostgres())
        return true;
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT pg_try_advisory_lock(%1, ?::int)").arg(kTeamKey));
    q.addBindValue(connectionId);
    if (Status s = Database::exec(q, "take the runner lock"); !s.ok())
        return s.error();
    const bool got = q.next() && q.value(0).toBool();
    q.finish();
    return got;
}

Status TeamRepository::releaseRunnerLock(qint64 connectionId)
{
    if (!m_db.isPostgres())
        return {};
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT pg_advisory_unlock(%1, ?::int)").arg(kTeamKey));
    q.addBindValue(connectionId);
    Status s = Database::exec(q, "release the runner lock");
    q.finish();
    return s;
}

QString TeamRepository::runnerOf(qint64 connectionId)
{
    if (!m_db.isPostgres())
        return {};
    QSqlQuery &q = m_db.prepare(holdersSql());
    q.addBindValue(connectionId);
    QString label;
    if (Database::exec(q).ok() && q.next()) {
        QString desk, person;
        if (desk::parseApplicationName(q.value(0).toString(), &desk, &person))
            label = desk::label(desk, person);
        else
            label = q.value(0).toString(); // `pmsbridge sync` from a command line
    }
    q.finish();
    return label;
}

Status TeamRepository::setRunProgress(qint64 runId, int percent, const QDateTime &at)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("UPDATE sync_runs SET progress = ?, progress_at = ? WHERE id = ?"));
    q.addBindValue(percent);
    q.addBindValue(ts(at));
    q.addBindValue(runId);
    return Database::exec(q, "write the run's progress");
}

Result<LiveRun> TeamRepository::liveRun(qint64 connectionId)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT id, kind, desk, person, started_at, progress FROM sync_runs "
        "WHERE connection_id = ? AND status = 'running' ORDER BY id DESC LIMIT 1"));
    q.addBindValue(connectionId);
    if (Status s = Database::exec(q, "read the running run"); !s.ok())
        return s.error();
    LiveRun r;
    r.connectionId = connectionId;
    if (q.next()) {
        r.runId = q.value(0).toLongLong();
        r.kind = syncKindFromName(q.value(1).toString()).value_or(SyncKind::Incremental);
        r.desk = q.value(2).toString();
        r.person = q.value(3).toString();
        r.startedAt = json::parseDateTime(q.value(4).toString());
        r.percent = q.value(5).isNull() ? -1 : q.value(5).toInt();
    }
    q.finish();
    return r;
}

Result<QList<SyncKind>> TeamRepository::failInterruptedRuns(qint64 connectionId, const QDateTime &now)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "UPDATE sync_runs SET status = 'failed', finished_at = ?, error = ? "
        "WHERE connection_id = ? AND status = 'running' RETURNING kind"));
    q.addBindValue(ts(now));
    q.addBindValue(QObject::tr("The desk running it stopped before it ended; %1 took over.")
                       .arg(desk::label(desk::name(), desk::person())));
    q.addBindValue(connectionId);
    if (Status s = Database::exec(q, "fail interrupted runs"); !s.ok())
        return s.error();
    QList<SyncKind> kinds;
    while (q.next())
        if (auto k = syncKindFromName(q.value(0).toString()); k && !kinds.contains(*k))
            kinds << *k;
    q.finish();
    return kinds;
}

Result<qint64> TeamRepository::requestSync(qint64 connectionId, SyncKind kind, const QDateTime &at)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "INSERT INTO sync_requests (connection_id, kind, desk, person, requested_at) VALUES (?,?,?,?,?) RETURNING id"));
    q.addBindValue(connectionId);
    q.addBindValue(syncKindName(kind));
    q.addBindValue(desk::name());
    q.addBindValue(nn(desk::person()));
    q.addBindValue(ts(at));
    if (Status s = Database::exec(q, "request a sync"); !s.ok())
        return s.error();
    const qint64 id = Database::returnedId(q);
    if (m_db.isPostgres()) {
        QSqlQuery &n = m_db.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
        n.addBindValue(syncChannel());
        n.addBindValue(QString::number(connectionId));
        if (Status s = Database::exec(n, "wake the runner"); !s.ok())
            return s.error();
        n.finish();
    }
    return id;
}

Result<QList<SyncRequest>> TeamRepository::takeRequests(qint64 connectionId, const QDateTime &at)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "UPDATE sync_requests SET taken_at = ?, taken_by = ? WHERE connection_id = ? AND taken_at IS NULL "
        "RETURNING id, kind, desk, person"));
    q.addBindValue(ts(at));
    q.addBindValue(desk::name());
    q.addBindValue(connectionId);
    if (Status s = Database::exec(q, "take sync requests"); !s.ok())
        return s.error();
    QList<SyncRequest> out;
    while (q.next()) {
        SyncRequest r;
        r.id = q.value(0).toLongLong();
        r.connectionId = connectionId;
        r.kind = syncKindFromName(q.value(1).toString()).value_or(SyncKind::Incremental);
        r.desk = q.value(2).toString();
        r.person = q.value(3).toString();
        out << r;
    }
    q.finish();
    return out;
}

QStringList TeamRepository::desks()
{
    if (!m_db.isPostgres())
        return {desk::label(desk::name(), desk::person())};
    QSqlQuery &q = m_db.prepare(holdersSql());
    q.addBindValue(0);
    QStringList out;
    if (Database::exec(q).ok()) {
        while (q.next()) {
            QString d, p;
            if (desk::parseApplicationName(q.value(0).toString(), &d, &p))
                out << desk::label(d, p);
        }
    }
    q.finish();
    return out;
}

QString TeamRepository::channel(const char *what)
{
    QString schema = QStringLiteral("public");
    if (m_db.isPostgres()) {
        QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT current_schema()"));
        if (Database::exec(q).ok() && q.next())
            schema = q.value(0).toString();
        q.finish();
    }
    // No dots: Qt's driver quotes each dotted part of a LISTEN name separately.
    return QStringLiteral("pmsbridge_%1_%2").arg(QLatin1String(what), schema).replace(QLatin1Char('.'), QLatin1Char('_'));
}

QString TeamRepository::syncChannel()
{
    return channel("sync");
}

QString TeamRepository::changeChannel()
{
    return channel("change");
}

} // namespace pms
