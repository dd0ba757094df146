#include "OutboxRepository.h"

#include "Database.h"
#include "common/Clock.h"
#include "common/Json.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace pms {

namespace {

QVariant ts(const QDateTime &dt)
{
    return dt.isValid() ? QVariant(json::formatDateTime(dt)) : QVariant();
}

QString tagged(const QString &code, const QString &error)
{
    return QStringLiteral("[%1] %2").arg(code.isEmpty() ? QStringLiteral("error") : code, error);
}

OutboxEntry readEntry(const QSqlQuery &q)
{
    OutboxEntry e;
    e.id = q.value(0).toLongLong();
    e.workOrderId = q.value(1).toLongLong();
    e.op = q.value(2).toString();
    e.payload = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    e.state = q.value(4).toString();
    e.attempts = q.value(5).toInt();
    e.nextAttemptAt = json::parseDateTime(q.value(6).toString());
    e.lastError = q.value(7).toString();
    e.createdAt = json::parseDateTime(q.value(8).toString());
    return e;
}

const char *EntryColumns = "id, work_order_id, op, payload, state, attempts, next_attempt_at, last_error, created_at";

} // namespace

QString OutboxRepository::codeOf(const QString &lastError)
{
    if (!lastError.startsWith(QLatin1Char('[')))
        return {};
    const qsizetype end = lastError.indexOf(QLatin1Char(']'));
    return end > 0 ? lastError.mid(1, end - 1) : QString();
}

QString OutboxRepository::wordsOf(const QString &lastError)
{
    if (!lastError.startsWith(QLatin1Char('[')))
        return lastError;
    const qsizetype end = lastError.indexOf(QLatin1Char(']'));
    return end > 0 ? lastError.mid(end + 1).trimmed() : lastError;
}

Result<qint64> OutboxRepository::enqueue(qint64 workOrderId, const QString &op, const QJsonObject &payload)
{
    // The work order's row first: its lock (until commit) makes a second writer of the same
    // work order wait, so entry ids follow commit order and the queue keeps its order even
    // with two desks on one PostgreSQL cache.
    QSqlQuery &u = m_db.prepare(QStringLiteral(
        "UPDATE work_orders SET sync_state='pending', sync_error=NULL WHERE id=?"));
    u.addBindValue(workOrderId);
    if (Status s = Database::exec(u, "mark work order pending"); !s.ok())
        return s.error();
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "INSERT INTO outbox (work_order_id, op, payload, state, attempts, created_at) VALUES (?,?,?,'pending',0,?) RETURNING id"));
    q.addBindValue(workOrderId);
    q.addBindValue(op);
    q.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    q.addBindValue(ts(Clock::instance()->nowUtc()));
    if (Status s = Database::exec(q, "enqueue outbox entry"); !s.ok())
        return s.error();
    return Database::returnedId(q);
}

Result<int> OutboxRepository::recoverInFlight()
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("UPDATE outbox SET state='pending', next_attempt_at=NULL WHERE state='in_flight'"));
    if (Status s = Database::exec(q, "recover in-flight outbox entries"); !s.ok())
        return s.error();
    return q.numRowsAffected();
}

Result<QList<qint64>> OutboxRepository::workOrdersToPush(qint64 connectionId, const QDateTime &now, qint64 workOrderId)
{
    // Only the head of each work order's queue decides whether it is due: later entries wait.
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT o.work_order_id FROM outbox o JOIN work_orders w ON w.id = o.work_order_id "
        "WHERE w.connection_id = ? AND (? = 0 OR o.work_order_id = ?) AND o.id = ("
        "  SELECT MIN(id) FROM outbox x WHERE x.work_order_id = o.work_order_id AND x.state <> 'done') "
        "AND o.state = 'pending' AND (CAST(? AS TEXT) IS NULL OR o.next_attempt_at IS NULL OR o.next_attempt_at <= ?) "
        "ORDER BY o.id"));
    q.addBindValue(connectionId);
    q.addBindValue(workOrderId);
    q.addBindValue(workOrderId);
    q.addBindValue(ts(now));
    q.addBindValue(ts(now));
    if (Status s = Database::exec(q, "list work orders to push"); !s.ok())
        return s.error();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

Result<std::optional<OutboxEntry>> OutboxRepository::head(qint64 workOrderId)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE work_order_id=? AND state<>'done' ORDER BY id LIMIT 1")
                                    .arg(QLatin1String(EntryColumns)));
    q.addBindValue(workOrderId);
    if (Status s = Database::exec(q, "read outbox head"); !s.ok())
        return s.error();
    std::optional<OutboxEntry> e;
    if (q.next())
        e = readEntry(q);
    q.finish();
    return e;
}

Result<QList<OutboxEntry>> OutboxRepository::entries(qint64 workOrderId)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE work_order_id=? ORDER BY id")
                                    .arg(QLatin1String(EntryColumns)));
    q.addBindValue(workOrderId);
    if (Status s = Database::exec(q, "read outbox"); !s.ok())
        return s.error();
    QList<OutboxEntry> out;
    while (q.next())
        out.append(readEntry(q));
    return out;
}

Status OutboxRepository::markInFlight(qint64 entryId)
{
    // Only a pending entry is claimed: a second pusher on the same cache finds it taken.
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("UPDATE outbox SET state='in_flight', attempts=attempts+1 WHERE id=? AND state='pending'"));
    q.addBindValue(entryId);
    if (Status s = Database::exec(q, "mark outbox entry in flight"); !s.ok())
        return s;
    if (q.numRowsAffected() != 1)
        return Error(QStringLiteral("outbox entry %1 is no longer pending (pushed by another process)").arg(entryId),
                     QStringLiteral("claimed"));
    return {};
}

Status OutboxRepository::markDone(qint64 entryId, const QDateTime &at)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "UPDATE outbox SET state='done', done_at=?, last_error=NULL, next_attempt_at=NULL WHERE id=?"));
    q.addBindValue(ts(at));
    q.addBindValue(entryId);
    return Database::exec(q, "mark outbox entry done");
}

Status OutboxRepository::reschedule(qint64 entryId, const QDateTime &next, const QString &code, const QString &error)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("UPDATE outbox SET state='pending', next_attempt_at=?, last_error=? WHERE id=?"));
    q.addBindValue(ts(next));
    q.addBindValue(tagged(code, error));
    q.addBindValue(entryId);
    return Database::exec(q, "reschedule outbox entry");
}

Status OutboxRepository::markFailed(qint64 entryId, const QString &code, const QString &error)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("UPDATE outbox SET state='failed', next_attempt_at=NULL, last_error=? WHERE id=?"));
    q.addBindValue(tagged(code, error));
    q.addBindValue(entryId);
    return Database::exec(q, "mark outbox entry failed");
}

Status OutboxRepository::updatePayload(qint64 entryId, const QJsonObject &payload)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("UPDATE outbox SET payload=? WHERE id=?"));
    q.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    q.addBindValue(entryId);
    return Database::exec(q, "update outbox payload");
}

Result<int> OutboxRepository::retryFailed(qint64 connectionId, qint64 workOrderId, const QString &onlyCode)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "UPDATE outbox SET state='pending', next_attempt_at=NULL WHERE state='failed' "
        "AND (? = '' OR last_error LIKE ?) AND (? = 0 OR work_order_id = ?) "
        "AND work_order_id IN (SELECT id FROM work_orders WHERE connection_id=?)"));
    q.addBindValue(nn(onlyCode));
    q.addBindValue(QString(tagged(onlyCode, QString()).trimmed() + QLatin1Char('%')));
    q.addBindValue(workOrderId);
    q.addBindValue(workOrderId);
    q.addBindValue(connectionId);
    if (Status s = Database::exec(q, "retry failed outbox entries"); !s.ok())
        return s.error();
    return q.numRowsAffected();
}

Result<int> OutboxRepository::countInState(qint64 connectionId, const QString &state)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT COUNT(*) FROM outbox o JOIN work_orders w ON w.id=o.work_order_id WHERE w.connection_id=? AND o.state=?"));
    q.addBindValue(connectionId);
    q.addBindValue(state);
    if (Status s = Database::exec(q, "count outbox entries"); !s.ok())
        return s.error();
    const int n = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

Status OutboxRepository::refreshSyncState(qint64 workOrderId)
{
    auto all = entries(workOrderId);
    if (!all.ok())
        return all.error();
    QString state = QStringLiteral("synced");
    QString error;
    for (const OutboxEntry &e : all.value()) {
        if (e.state == QLatin1String("failed")) {
            state = QStringLiteral("failed");
            error = wordsOf(e.lastError);
            break;
        }
        if (e.state != QLatin1String("done")) {
            state = QStringLiteral("pending");
            if (error.isEmpty() && !e.lastError.isEmpty())
                error = wordsOf(e.lastError);
        }
    }
    if (all->isEmpty())
        return {}; // never changed in the app: its state is the importer's
    QSqlQuery &q = m_db.prepare(QStringLiteral("UPDATE work_orders SET sync_state=?, sync_error=? WHERE id=?"));
    q.addBindValue(state);
    q.addBindValue(error.isEmpty() ? QVariant() : QVariant(error));
    q.addBindValue(workOrderId);
    return Database::exec(q, "refresh work order sync state");
}

} // namespace pms
