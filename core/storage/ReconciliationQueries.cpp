#include "ReconciliationQueries.h"

#include "Database.h"
#include "common/Json.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace pms {

namespace {

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

Result<QList<ReconcileSnapshotRow>> ReconciliationQueries::recentSnapshots(qint64 connectionId, int limit)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT s.id, s.connection_id, s.started_at, s.finished_at, s.trigger, s.status, s.units_checked, "
        "s.units_deactivated, coalesce(s.error, ''), "
        "(SELECT count(*) FROM reconciliation_items i WHERE i.snapshot_id = s.id AND i.action = "
        "'would_deactivate') "
        "FROM reconciliation_snapshots s WHERE s.connection_id = ? ORDER BY s.started_at DESC, s.id DESC "
        "LIMIT ?"));
    q.addBindValue(connectionId);
    q.addBindValue(limit);
    if (Status s = Database::exec(q, "read reconciliation snapshots"); !s.ok())
        return s.error();
    QList<ReconcileSnapshotRow> out;
    while (q.next()) {
        ReconcileSnapshotRow r;
        r.id = q.value(0).toLongLong();
        r.connectionId = q.value(1).toLongLong();
        r.startedAt = json::parseDateTime(q.value(2).toString());
        r.finishedAt = json::parseDateTime(q.value(3).toString());
        r.trigger = q.value(4).toString();
        r.status = q.value(5).toString();
        r.unitsChecked = q.value(6).toInt();
        r.unitsDeactivated = q.value(7).toInt();
        r.error = q.value(8).toString();
        r.unitsPending = q.value(9).toInt();
        out.append(r);
    }
    q.finish();
    return out;
}

Result<QList<ReconcileItemRow>> ReconciliationQueries::items(
    qint64 snapshotId, const QString &action, const QString &text, int limit)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT i.id, i.snapshot_id, coalesce(i.unit_id, 0), i.action, coalesce(i.pms_unit_id, 0), "
        "coalesce(i.pms_property_id, 0), i.property_name, i.unit_name, i.address, i.at, coalesce(u.active, "
        "0) "
        "FROM reconciliation_items i LEFT JOIN units u ON u.id = i.unit_id "
        "WHERE i.snapshot_id = ? AND (? = '' OR i.action = ?) "
        "AND (? = '' OR i.property_name %1 ? ESCAPE '\\' OR i.unit_name %1 ? ESCAPE '\\' "
        "OR i.address %1 ? ESCAPE '\\' OR CAST(i.pms_unit_id AS TEXT) %1 ? ESCAPE '\\') "
        "ORDER BY i.property_name, i.pms_property_id, i.unit_name, i.pms_unit_id, i.id LIMIT ?").arg(m_db.dialect().likeOperator()));
    q.setForwardOnly(true);
    const QString t = text.trimmed();
    const QString pattern = likePattern(t);
    q.addBindValue(snapshotId);
    q.addBindValue(nn(action));
    q.addBindValue(nn(action));
    q.addBindValue(nn(t));
    for (int i = 0; i < 4; ++i)
        q.addBindValue(pattern);
    q.addBindValue(limit > 0 ? limit : -1);
    if (Status s = Database::exec(q, "read reconciliation items"); !s.ok())
        return s.error();
    QList<ReconcileItemRow> out;
    while (q.next()) {
        ReconcileItemRow r;
        r.id = q.value(0).toLongLong();
        r.snapshotId = q.value(1).toLongLong();
        r.unitId = q.value(2).toLongLong();
        r.action = q.value(3).toString();
        r.pmsUnitId = q.value(4).toLongLong();
        r.pmsPropertyId = q.value(5).toLongLong();
        r.propertyName = q.value(6).toString();
        r.unitName = q.value(7).toString();
        r.address = q.value(8).toString();
        r.at = json::parseDateTime(q.value(9).toString());
        r.unitActive = q.value(10).toBool();
        out.append(r);
    }
    q.finish();
    return out;
}

Result<QList<ReconciliationQueries::ReviewRow>> ReconciliationQueries::needsReview(qint64 connectionId)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT u.id, u.pms_id, coalesce(u.pms_property_id, 0), coalesce(p.local_name, p.name, ''), "
        "coalesce(u.local_name, u.name, ''), u.address, coalesce(u.deactivated_at, ''), "
        "coalesce(u.deactivated_by, '') "
        "FROM units u LEFT JOIN properties p ON p.id = u.property_id "
        "WHERE u.connection_id = ? AND u.needs_review = 1 AND u.active = 0 AND u.disabled_by_user = 0 "
        "ORDER BY 4, 5, u.pms_id"));
    q.addBindValue(connectionId);
    if (Status s = Database::exec(q, "read the units to review"); !s.ok())
        return s.error();
    QList<ReviewRow> out;
    while (q.next()) {
        ReviewRow r;
        r.unitId = q.value(0).toLongLong();
        r.pmsUnitId = q.value(1).toLongLong();
        r.pmsPropertyId = q.value(2).toLongLong();
        r.propertyName = q.value(3).toString();
        r.unitName = q.value(4).toString();
        r.address = q.value(5).toString();
        r.deactivatedAt = json::parseDateTime(q.value(6).toString());
        const QString by = q.value(7).toString();
        if (by.startsWith(QLatin1String("reconciliation:")))
            r.snapshotId = by.mid(15).toLongLong();
        out.append(r);
    }
    q.finish();
    return out;
}

Result<QList<ReconciliationQueries::MonthCount>> ReconciliationQueries::deactivationsPerMonth(
    qint64 connectionId, const QDate &lastMonth, int months)
{
    const QDate last(lastMonth.year(), lastMonth.month(), 1);
    const QDate first = last.addMonths(-(months - 1));
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("SELECT substr(i.at, 1, 7), count(*) FROM reconciliation_items i "
                       "JOIN reconciliation_snapshots s ON s.id = i.snapshot_id "
                       "WHERE s.connection_id = ? AND i.action = 'deactivated' AND i.at >= ? AND i.at < ? "
                       "GROUP BY substr(i.at, 1, 7)"));
    q.addBindValue(connectionId);
    q.addBindValue(first.toString(Qt::ISODate));
    q.addBindValue(last.addMonths(1).toString(Qt::ISODate));
    if (Status s = Database::exec(q, "count deactivations per month"); !s.ok())
        return s.error();
    QHash<QString, int> counts;
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toInt());
    q.finish();
    QList<MonthCount> out;
    for (QDate m = first; m <= last; m = m.addMonths(1))
        out.append({ m, counts.value(m.toString(QStringLiteral("yyyy-MM"))) });
    return out;
}

} // namespace pms
