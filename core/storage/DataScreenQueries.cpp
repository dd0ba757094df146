#include "DataScreenQueries.h"

#include "common/Json.h"
#include "storage/Database.h"

#include <QSqlQuery>

namespace pms {

namespace {

// 0 means every connection.
QSqlQuery &prepared(Database &db, const QString &sql, qint64 connectionId)
{
    QSqlQuery &q = db.prepare(sql);
    q.addBindValue(connectionId);
    q.addBindValue(connectionId);
    return q;
}

QStringList strings(QSqlQuery &q)
{
    QStringList out;
    if (!Database::exec(q, "distinct values").ok())
        return out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace

QList<DataScreenQueries::Choice> DataScreenQueries::properties(Database &db, qint64 connectionId)
{
    QSqlQuery &q = prepared(db, QStringLiteral(
        "SELECT id, n FROM (SELECT id, coalesce(nullif(local_name, ''), name) AS n FROM properties "
        "WHERE (? = 0 OR connection_id = ?)) c ORDER BY ") + db.dialect().caseInsensitive(QStringLiteral("n")), connectionId);
    QList<Choice> out;
    if (!Database::exec(q, "property choices").ok())
        return out;
    while (q.next())
        out << Choice{q.value(0).toLongLong(), q.value(1).toString()};
    return out;
}

QStringList DataScreenQueries::workOrderStatuses(Database &db, qint64 connectionId)
{
    // Statuses are a vocabulary shared by the connections: reading them from the
    // work_orders_status index alone walks distinct keys, not a million rows.
    Q_UNUSED(connectionId)
    QSqlQuery &q = db.prepare(QStringLiteral("SELECT DISTINCT status FROM work_orders WHERE status <> '' ORDER BY status"));
    return strings(q);
}

QStringList DataScreenQueries::leaseStatuses(Database &db, qint64 connectionId)
{
    return strings(prepared(db, QStringLiteral(
        "SELECT DISTINCT status FROM leases WHERE status <> '' AND (? = 0 OR connection_id = ?) ORDER BY status"),
        connectionId));
}

QList<DataScreenQueries::RunPoint> DataScreenQueries::runHistory(Database &db, qint64 connectionId, int limit)
{
    QSqlQuery &q = db.prepare(QStringLiteral(
        "SELECT id, kind, status, started_at, ") + db.dialect().secondsBetween(QStringLiteral("started_at"), QStringLiteral("finished_at")) + QStringLiteral(", "
        "(SELECT coalesce(sum(created + updated + unchanged + skipped + failed), 0) FROM sync_run_counts c WHERE c.run_id = s.id) "
        "FROM sync_runs s WHERE finished_at IS NOT NULL AND (? = 0 OR connection_id = ?) "
        "ORDER BY started_at DESC, id DESC LIMIT ?"));
    q.addBindValue(connectionId);
    q.addBindValue(connectionId);
    q.addBindValue(limit);
    QList<RunPoint> out;
    if (!Database::exec(q, "run history").ok())
        return out;
    while (q.next())
        out.prepend(RunPoint{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                             json::parseDateTime(q.value(3).toString()), q.value(4).toDouble(), q.value(5).toLongLong()});
    return out;
}

QList<DataScreenQueries::EntityCount> DataScreenQueries::runCounts(Database &db, qint64 runId)
{
    QSqlQuery &q = db.prepare(QStringLiteral(
        "SELECT entity, created, updated, unchanged, skipped, failed FROM sync_run_counts WHERE run_id = ? "
        "ORDER BY CASE entity WHEN 'portfolios' THEN 1 WHEN 'properties' THEN 2 WHEN 'units' THEN 3 WHEN 'leases' THEN 4 "
        "WHEN 'residents' THEN 5 WHEN 'workorders' THEN 6 ELSE 7 END, entity"));
    q.addBindValue(runId);
    QList<EntityCount> out;
    if (!Database::exec(q, "run counts").ok())
        return out;
    while (q.next())
        out << EntityCount{q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toInt(),
                           q.value(4).toInt(), q.value(5).toInt()};
    return out;
}

QList<DataScreenQueries::Event> DataScreenQueries::workOrderEvents(Database &db, qint64 workOrderId, int limit)
{
    QSqlQuery &q = db.prepare(QStringLiteral(
        "SELECT at, kind, message FROM work_order_events WHERE work_order_id = ? ORDER BY at DESC, id DESC LIMIT ?"));
    q.addBindValue(workOrderId);
    q.addBindValue(limit);
    QList<Event> out;
    if (!Database::exec(q, "work order events").ok())
        return out;
    while (q.next())
        out << Event{json::parseDateTime(q.value(0).toString()), q.value(1).toString(), q.value(2).toString()};
    return out;
}

DataScreenQueries::WorkOrderGate DataScreenQueries::workOrderGate(Database &db, qint64 connectionId)
{
    WorkOrderGate gate;
    if (connectionId <= 0)
        return gate;
    QSqlQuery &q = db.prepare(QStringLiteral("SELECT integration_email, pms_user_email FROM connections WHERE id = ?"));
    q.addBindValue(connectionId);
    if (Database::exec(q, "work order gate").ok() && q.next()) {
        gate.known = true;
        gate.integrationEmail = q.value(0).toString();
        gate.pmsUserEmail = q.value(1).toString();
    }
    return gate;
}

} // namespace pms
