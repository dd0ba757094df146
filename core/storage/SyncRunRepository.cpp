#include "SyncRunRepository.h"

#include <QHash>
#include <QStringList>

#include "Database.h"
#include "MultiRowStatement.h"
#include "common/DeskIdentity.h"
#include "common/Json.h"

#include <QSqlQuery>
#include <QVariant>

namespace pms {

namespace {
QVariant ts(const QDateTime &dt)
{
    return dt.isValid() ? QVariant(json::formatDateTime(dt)) : QVariant();
}
} // namespace

Result<qint64> SyncRunRepository::startRun(qint64 connectionId, SyncKind kind, const QString &trigger,
                                           const QDateTime &startedAt, const QDateTime &windowStart,
                                           const QDateTime &windowEnd)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "INSERT INTO sync_runs (connection_id, kind, trigger, started_at, status, window_start, window_end, desk, person) "
        "VALUES (?,?,?,?,'running',?,?,?,?) RETURNING id"));
    q.addBindValue(connectionId);
    q.addBindValue(syncKindName(kind));
    q.addBindValue(nn(trigger));
    q.addBindValue(ts(startedAt));
    q.addBindValue(ts(windowStart));
    q.addBindValue(ts(windowEnd));
    q.addBindValue(desk::name()); // who runs it, for the other desks of an office (team mode)
    q.addBindValue(nn(desk::person()));
    if (Status s = Database::exec(q, "start run"); !s.ok())
        return s.error();
    return Database::returnedId(q);
}

Status SyncRunRepository::finishRun(qint64 runId, const QString &status, const QString &error, const QDateTime &finishedAt)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("UPDATE sync_runs SET status=?, error=?, finished_at=? WHERE id=?"));
    q.addBindValue(status);
    q.addBindValue(error.isEmpty() ? QVariant() : QVariant(error));
    q.addBindValue(ts(finishedAt));
    q.addBindValue(runId);
    return Database::exec(q, "finish run");
}

Status SyncRunRepository::saveCounts(qint64 runId, const QHash<QString, EntityCounts> &counts)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "INSERT INTO sync_run_counts (run_id, entity, created, updated, unchanged, skipped, failed) VALUES (?,?,?,?,?,?,?) "
        "ON CONFLICT(run_id, entity) DO UPDATE SET created=excluded.created, updated=excluded.updated, "
        "unchanged=excluded.unchanged, skipped=excluded.skipped, failed=excluded.failed"));
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        q.addBindValue(runId);
        q.addBindValue(it.key());
        q.addBindValue(it->created);
        q.addBindValue(it->updated);
        q.addBindValue(it->unchanged);
        q.addBindValue(it->skipped);
        q.addBindValue(it->failed);
        if (Status s = Database::exec(q, "save counts"); !s.ok())
            return s;
    }
    return {};
}

QDateTime SyncRunRepository::lastSuccess(qint64 connectionId, const QString &job)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT last_success_started_at FROM sync_cursors WHERE connection_id=? AND job=?"));
    q.addBindValue(connectionId);
    q.addBindValue(job);
    if (!Database::exec(q).ok() || !q.next())
        return {};
    const QDateTime dt = json::parseDateTime(q.value(0).toString());
    q.finish();
    return dt;
}

Status SyncRunRepository::setLastSuccess(qint64 connectionId, const QString &job, const QDateTime &startedAt, qint64 runId)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "INSERT INTO sync_cursors (connection_id, job, last_success_started_at, last_run_id) VALUES (?,?,?,?) "
        "ON CONFLICT(connection_id, job) DO UPDATE SET last_success_started_at=excluded.last_success_started_at, "
        "last_run_id=excluded.last_run_id"));
    q.addBindValue(connectionId);
    q.addBindValue(job);
    q.addBindValue(ts(startedAt));
    q.addBindValue(runId > 0 ? QVariant(runId) : QVariant());
    return Database::exec(q, "save cursor");
}

Status SyncRunRepository::recordExclusion(qint64 connectionId, qint64 runId, const QString &entity, qint64 pmsId,
                                          const QString &reason, const QDateTime &at)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "INSERT INTO sync_exclusions (connection_id, run_id, entity, pms_id, reason, at) VALUES (?,?,?,?,?,?) "
        "ON CONFLICT(connection_id, entity, pms_id) DO UPDATE SET run_id=excluded.run_id, reason=excluded.reason, "
        "at=excluded.at"));
    q.addBindValue(connectionId);
    q.addBindValue(runId > 0 ? QVariant(runId) : QVariant());
    q.addBindValue(entity);
    q.addBindValue(pmsId);
    q.addBindValue(nn(reason));
    q.addBindValue(ts(at));
    return Database::exec(q, "record exclusion");
}

Status SyncRunRepository::applyExclusions(qint64 connectionId, qint64 runId, const QList<ExclusionChange> &changes,
                                          const QDateTime &at)
{
    QHash<QString, QList<qint64>> clears;
    QList<const ExclusionChange *> records;
    for (const ExclusionChange &c : changes) {
        if (c.reason.isEmpty())
            clears[c.entity].append(c.pmsId);
        else
            records.append(&c);
    }
    for (auto it = clears.cbegin(); it != clears.cend(); ++it) {
        QSqlQuery &q = m_db.prepare(QStringLiteral("DELETE FROM sync_exclusions WHERE connection_id=? AND entity=? AND ")
                                    + m_db.dialect().idIn(QStringLiteral("pms_id")));
        q.addBindValue(connectionId);
        q.addBindValue(it.key());
        q.addBindValue(m_db.dialect().idListBinding(it.value()));
        if (Status s = Database::exec(q, "clear exclusions"); !s.ok())
            return s;
    }
    // Many rows per statement; a key appears once in @p changes, so no statement touches a row twice.
    MultiRowStatement st(m_db,
                         QStringLiteral("INSERT INTO sync_exclusions (connection_id, run_id, entity, pms_id, reason, at) VALUES "),
                         MultiRowStatement::placeholders(6),
                         QStringLiteral(" ON CONFLICT(connection_id, entity, pms_id) DO UPDATE SET run_id=excluded.run_id, "
                                        "reason=excluded.reason, at=excluded.at"),
                         "record exclusions");
    const QVariant run = runId > 0 ? QVariant(runId) : QVariant();
    const QVariant when = ts(at);
    for (const ExclusionChange *c : std::as_const(records))
        st.add({connectionId, run, c->entity, c->pmsId, c->reason, when});
    return st.run();
}

Status SyncRunRepository::clearExclusion(qint64 connectionId, const QString &entity, qint64 pmsId)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "DELETE FROM sync_exclusions WHERE connection_id=? AND entity=? AND pms_id=?"));
    q.addBindValue(connectionId);
    q.addBindValue(entity);
    q.addBindValue(pmsId);
    return Database::exec(q, "clear exclusion");
}

Result<QHash<QString, QSet<qint64>>> SyncRunRepository::excludedKeys(qint64 connectionId)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT entity, pms_id FROM sync_exclusions WHERE connection_id=?"));
    q.addBindValue(connectionId);
    if (Status s = Database::exec(q, "read exclusions"); !s.ok())
        return s.error();
    QHash<QString, QSet<qint64>> keys;
    while (q.next())
        keys[q.value(0).toString()].insert(q.value(1).toLongLong());
    q.finish();
    return keys;
}

QString SyncRunRepository::exclusionReason(qint64 connectionId, const QString &entity, qint64 pmsId)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT reason FROM sync_exclusions WHERE connection_id=? AND entity=? AND pms_id=?"));
    q.addBindValue(connectionId);
    q.addBindValue(entity);
    q.addBindValue(pmsId);
    if (!Database::exec(q).ok() || !q.next())
        return {};
    const QString r = q.value(0).toString();
    q.finish();
    return r;
}

int SyncRunRepository::exclusionCount(qint64 connectionId, const QString &entity)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT count(*) FROM sync_exclusions WHERE connection_id=? AND (?='' OR entity=?)"));
    q.addBindValue(connectionId);
    q.addBindValue(nn(entity));
    q.addBindValue(nn(entity));
    if (!Database::exec(q).ok() || !q.next())
        return 0;
    const int n = q.value(0).toInt();
    q.finish();
    return n;
}

Status SyncRunRepository::failDanglingRuns(const QDateTime &now)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "UPDATE sync_runs SET status='failed', finished_at=?, error=? WHERE status='running'"));
    q.addBindValue(ts(now));
    q.addBindValue(QObject::tr("The app stopped while this run was in progress."));
    return Database::exec(q, "fail dangling runs");
}

Result<SyncRunRepository::RunRow> SyncRunRepository::run(qint64 runId)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT id, kind, trigger, status, error, started_at, finished_at FROM sync_runs WHERE id=?"));
    q.addBindValue(runId);
    if (Status s = Database::exec(q); !s.ok())
        return s.error();
    if (!q.next())
        return Error(QObject::tr("There is no sync run %1.").arg(runId), QStringLiteral("not-found"));
    RunRow r;
    r.id = q.value(0).toLongLong();
    r.kind = q.value(1).toString();
    r.trigger = q.value(2).toString();
    r.status = q.value(3).toString();
    r.error = q.value(4).toString();
    r.startedAt = json::parseDateTime(q.value(5).toString());
    r.finishedAt = json::parseDateTime(q.value(6).toString());
    q.finish();
    QSqlQuery &c = m_db.prepare(QStringLiteral(
        "SELECT entity, created, updated, unchanged, skipped, failed FROM sync_run_counts WHERE run_id=?"));
    c.addBindValue(runId);
    if (Database::exec(c).ok()) {
        while (c.next()) {
            EntityCounts e;
            e.created = c.value(1).toInt();
            e.updated = c.value(2).toInt();
            e.unchanged = c.value(3).toInt();
            e.skipped = c.value(4).toInt();
            e.failed = c.value(5).toInt();
            r.counts.insert(c.value(0).toString(), e);
        }
        c.finish();
    }
    return r;
}

QList<SyncRunRepository::RunRow> SyncRunRepository::recentRuns(qint64 connectionId, int limit)
{
    QList<qint64> ids;
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT id FROM sync_runs WHERE connection_id=? ORDER BY started_at DESC, id DESC LIMIT ?"));
    q.addBindValue(connectionId);
    q.addBindValue(limit);
    if (Database::exec(q).ok()) {
        while (q.next())
            ids.append(q.value(0).toLongLong());
        q.finish();
    }
    QList<RunRow> out;
    for (qint64 id : ids)
        if (auto r = run(id); r.ok())
            out.append(r.value());
    return out;
}

} // namespace pms
