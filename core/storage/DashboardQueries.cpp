#include "DashboardQueries.h"

#include "Database.h"
#include "common/Json.h"

#include <QSqlQuery>
#include <QVariant>

namespace pms {

namespace {

QString where(const QString &column, const QString &extra, qint64 connectionId)
{
    QStringList parts;
    if (connectionId > 0)
        parts << column + QStringLiteral(" = ?");
    if (!extra.isEmpty())
        parts << extra;
    return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

} // namespace

JobRunInfo DashboardData::lastRun(const QString &kind) const
{
    for (const JobRunInfo &r : lastRuns) {
        if (r.kind == kind)
            return r;
    }
    return {};
}

QStringList DashboardQueries::syncStates()
{
    return {QStringLiteral("synced"), QStringLiteral("pending"), QStringLiteral("failed"), QStringLiteral("not_synced")};
}

Result<qint64> DashboardQueries::count(const QString &sqlWithoutWhere, const QString &extraCondition,
                                       qint64 connectionId, const QString &connectionColumn)
{
    QSqlQuery &q = m_db.prepare(sqlWithoutWhere + where(connectionColumn, extraCondition, connectionId));
    if (connectionId > 0)
        q.addBindValue(connectionId);
    if (Status s = Database::exec(q, "dashboard count"); !s.ok())
        return s.error();
    const qint64 n = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return n;
}

Result<DashboardData> DashboardQueries::load(qint64 connectionId, int recentRuns)
{
    DashboardData d;
    struct Counter
    {
        qint64 *target;
        QString sql;
        QString condition;
        QString column;
    };
    const QString cid = QStringLiteral("connection_id");
    const QList<Counter> counters = {
        {&d.properties, QStringLiteral("SELECT COUNT(*) FROM properties"), {}, cid},
        {&d.unitsActive, QStringLiteral("SELECT COUNT(*) FROM units"), QStringLiteral("active = 1"), cid},
        {&d.unitsInactive, QStringLiteral("SELECT COUNT(*) FROM units"), QStringLiteral("active = 0"), cid},
        {&d.mappedActiveUnits,
         QStringLiteral("SELECT COUNT(*) FROM unit_mappings m JOIN units u ON u.id = m.unit_id"),
         QStringLiteral("u.active = 1"), QStringLiteral("u.connection_id")},
        {&d.residents, QStringLiteral("SELECT COUNT(*) FROM residents"), {}, cid},
        {&d.residentsActive, QStringLiteral("SELECT COUNT(*) FROM residents"), QStringLiteral("active = 1"), cid},
        {&d.leasesActive, QStringLiteral("SELECT COUNT(*) FROM leases"), QStringLiteral("active = 1"), cid},
        {&d.workOrdersUnlinked, QStringLiteral("SELECT COALESCE(SUM(n), 0) FROM work_order_counts"),
         QStringLiteral("linked = 0"), cid},
    };
    for (const Counter &c : counters) {
        Result<qint64> n = count(c.sql, c.condition, connectionId, c.column);
        if (!n.ok())
            return n.error();
        *c.target = n.value();
    }

    for (const QString &state : syncStates())
        d.workOrdersByState.insert(state, 0);
    {
        // work_order_counts is kept by triggers (migration 002): a handful of rows, not a scan.
        QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT sync_state, SUM(n) FROM work_order_counts")
                                    + where(cid, {}, connectionId) + QStringLiteral(" GROUP BY sync_state"));
        if (connectionId > 0)
            q.addBindValue(connectionId);
        if (Status s = Database::exec(q, "count work orders by state"); !s.ok())
            return s.error();
        while (q.next()) {
            const qint64 n = q.value(1).toLongLong();
            d.workOrdersByState[q.value(0).toString()] += n;
            d.workOrders += n;
        }
        q.finish();
    }

    const QStringList kinds = {QStringLiteral("initial"), QStringLiteral("incremental"),
                               QStringLiteral("properties_residents"), QStringLiteral("leases"),
                               QStringLiteral("push"), QStringLiteral("reconciliation")};
    for (const QString &kind : kinds) {
        JobRunInfo info;
        info.kind = kind;
        {
            QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT id, started_at, finished_at, status, error FROM sync_runs")
                                        + where(cid, QStringLiteral("kind = ?"), connectionId)
                                        + QStringLiteral(" ORDER BY started_at DESC, id DESC LIMIT 1"));
            if (connectionId > 0)
                q.addBindValue(connectionId);
            q.addBindValue(kind);
            if (Status s = Database::exec(q, "last run"); !s.ok())
                return s.error();
            if (!q.next())
                continue;
            info.runId = q.value(0).toLongLong();
            info.startedAt = json::parseDateTime(q.value(1).toString());
            info.finishedAt = json::parseDateTime(q.value(2).toString());
            info.status = q.value(3).toString();
            info.error = q.value(4).toString();
            q.finish();
        }
        {
            QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT started_at FROM sync_runs")
                                        + where(cid, QStringLiteral("kind = ? AND status = 'succeeded'"), connectionId)
                                        + QStringLiteral(" ORDER BY started_at DESC LIMIT 1"));
            if (connectionId > 0)
                q.addBindValue(connectionId);
            q.addBindValue(kind);
            if (Status s = Database::exec(q, "last successful run"); !s.ok())
                return s.error();
            if (q.next())
                info.lastSuccessAt = json::parseDateTime(q.value(0).toString());
            q.finish();
        }
        d.lastRuns.append(info);
    }

    {
        QSqlQuery &q = m_db.prepare(
            QStringLiteral("SELECT r.id, r.kind, r.started_at, r.status, COALESCE(SUM(c.created), 0), "
                           "COALESCE(SUM(c.updated), 0), COALESCE(SUM(c.unchanged), 0), COALESCE(SUM(c.skipped), 0), "
                           "COALESCE(SUM(c.failed), 0) FROM (SELECT id, kind, started_at, status FROM sync_runs")
            + where(cid, {}, connectionId)
            + QStringLiteral(" ORDER BY started_at DESC, id DESC LIMIT ?) r "
                             "LEFT JOIN sync_run_counts c ON c.run_id = r.id "
                             "GROUP BY r.id, r.kind, r.started_at, r.status ORDER BY r.started_at, r.id"));
        if (connectionId > 0)
            q.addBindValue(connectionId);
        q.addBindValue(recentRuns);
        if (Status s = Database::exec(q, "recent runs"); !s.ok())
            return s.error();
        while (q.next()) {
            RunRecordCounts r;
            r.runId = q.value(0).toLongLong();
            r.kind = q.value(1).toString();
            r.startedAt = json::parseDateTime(q.value(2).toString());
            r.status = q.value(3).toString();
            r.created = q.value(4).toLongLong();
            r.updated = q.value(5).toLongLong();
            r.unchanged = q.value(6).toLongLong();
            r.skipped = q.value(7).toLongLong();
            r.failed = q.value(8).toLongLong();
            d.recentRuns.append(r);
        }
        q.finish();
    }
    return d;
}

Result<bool> DashboardQueries::isCacheEmpty()
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT EXISTS(SELECT 1 FROM connections) OR EXISTS(SELECT 1 FROM platform_units) "
        "OR EXISTS(SELECT 1 FROM owners) OR EXISTS(SELECT 1 FROM vendors)"));
    if (Status s = Database::exec(q, "is the cache empty"); !s.ok())
        return s.error();
    const bool any = q.next() && q.value(0).toBool();
    q.finish();
    return !any;
}

Result<LastSyncInfo> DashboardQueries::lastSync(qint64 connectionId)
{
    LastSyncInfo info;
    const QString cid = QStringLiteral("connection_id");
    {
        QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT id, kind, finished_at, status, error FROM sync_runs")
                                    + where(cid, QStringLiteral("finished_at IS NOT NULL"), connectionId)
                                    + QStringLiteral(" ORDER BY finished_at DESC, id DESC LIMIT 1"));
        if (connectionId > 0)
            q.addBindValue(connectionId);
        if (Status s = Database::exec(q, "last finished run"); !s.ok())
            return s.error();
        if (q.next()) {
            info.runId = q.value(0).toLongLong();
            info.kind = q.value(1).toString();
            info.finishedAt = json::parseDateTime(q.value(2).toString());
            info.status = q.value(3).toString();
            info.error = q.value(4).toString();
        }
        q.finish();
    }
    {
        QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT MAX(finished_at) FROM sync_runs")
                                    + where(cid, QStringLiteral("status = 'succeeded'"), connectionId));
        if (connectionId > 0)
            q.addBindValue(connectionId);
        if (Status s = Database::exec(q, "last successful run"); !s.ok())
            return s.error();
        if (q.next())
            info.lastSuccessAt = json::parseDateTime(q.value(0).toString());
        q.finish();
    }
    return info;
}

} // namespace pms
