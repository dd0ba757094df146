#include "ExportQueries.h"

#include "Database.h"

#include <QObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace pms {

namespace {

QList<ExportQueries::Column> cols(std::initializer_list<const char *> names, std::initializer_list<const char *> numeric)
{
    QList<ExportQueries::Column> out;
    for (const char *n : names) {
        bool isNumber = false;
        for (const char *m : numeric)
            if (qstrcmp(n, m) == 0)
                isNumber = true;
        out.append({QString::fromLatin1(n), isNumber});
    }
    return out;
}

QString boolText(const char *column)
{
    return QStringLiteral("CASE WHEN %1 <> 0 THEN 'true' ELSE 'false' END").arg(QLatin1String(column));
}

QString dateText(const char *column)
{
    return QStringLiteral("substr(%1, 1, 10)").arg(QLatin1String(column));
}

QString sqlFor(ExportEntity e, const SqlDialect &dialect)
{
    switch (e) {
    case ExportEntity::Properties:
        return QStringLiteral("SELECT pms_id, pms_portfolio_id, COALESCE(local_name, name), address, city, state, "
                              "postal_code, manager_user_id, manager_name, manager_email, ")
            + boolText("active") + QStringLiteral(" FROM properties ORDER BY connection_id, pms_id");
    case ExportEntity::Units:
        // A unit whose property row link is missing still finds its property by PMS id.
        return QStringLiteral("SELECT u.pms_id, u.pms_property_id, "
                              "COALESCE(p1.local_name, p1.name, p2.local_name, p2.name, ''), "
                              "COALESCE(u.local_name, u.name), u.address, ")
            + boolText("u.active")
            + QStringLiteral(", u.deactivated_at, u.deactivated_by FROM units u "
                             "LEFT JOIN properties p1 ON p1.id = u.property_id "
                             "LEFT JOIN properties p2 ON u.property_id IS NULL AND p2.connection_id = u.connection_id "
                             "AND p2.pms_id = u.pms_property_id "
                             "ORDER BY u.connection_id, u.pms_id");
    case ExportEntity::Residents:
        return QStringLiteral("SELECT pms_contact_id, first_name, last_name, email, phone, pms_property_id, pms_unit_id, ")
            + dateText("move_in") + QStringLiteral(", ") + dateText("move_out")
            + QStringLiteral(", platform_unit_id FROM residents ORDER BY connection_id, pms_contact_id");
    case ExportEntity::Leases:
        return QStringLiteral("SELECT pms_id, pms_unit_id, status, ") + dateText("start_date") + QStringLiteral(", ")
            + dateText("end_date") + QStringLiteral(", ") + dateText("move_in") + QStringLiteral(", ")
            + dateText("move_out")
            + QStringLiteral(", ") + dialect.twoDecimals(QStringLiteral("base_rent"))
            + QStringLiteral(" FROM leases ORDER BY connection_id, pms_id");
    case ExportEntity::WorkOrders:
        return QStringLiteral("SELECT id, pms_id, number, pms_property_id, pms_unit_id, resident_pms_contact_id, "
                              "manager_user_id, managed_by, status, priority, description, sync_state, sync_error, ")
            + boolText("linked") + QStringLiteral(" FROM work_orders ORDER BY id");
    case ExportEntity::Owners:
        return QStringLiteral("SELECT id, name, email, phone, address, city, state, postal_code, notes, external_ref, "
                              "imported_at FROM owners ORDER BY id");
    case ExportEntity::Vendors:
        return QStringLiteral("SELECT id, name, trade, email, phone, address, city, state, postal_code, ")
            + dateText("insurance_expires")
            + QStringLiteral(", notes, external_ref, imported_at FROM vendors ORDER BY id");
    case ExportEntity::PlatformUnits:
        return QStringLiteral("SELECT id, name, building, floor, external_ref FROM platform_units ORDER BY id");
    case ExportEntity::Mappings:
        return QStringLiteral("SELECT u.pms_id, m.platform_unit_id, pu.name, m.method, m.mapped_at "
                              "FROM unit_mappings m JOIN units u ON u.id = m.unit_id "
                              "JOIN platform_units pu ON pu.id = m.platform_unit_id "
                              "ORDER BY u.connection_id, u.pms_id");
    case ExportEntity::Deactivated:
        return QStringLiteral("SELECT i.snapshot_id, s.started_at, i.pms_property_id, i.property_name, i.pms_unit_id, "
                              "i.unit_name, i.address FROM reconciliation_items i "
                              "JOIN reconciliation_snapshots s ON s.id = i.snapshot_id "
                              "WHERE i.snapshot_id = ? AND i.action = 'deactivated' "
                              "ORDER BY i.pms_property_id, i.pms_unit_id, i.id");
    case ExportEntity::SyncRuns:
        return QStringLiteral("SELECT r.id, r.kind, r.started_at, r.finished_at, r.status, "
                              "COALESCE(SUM(c.created), 0), COALESCE(SUM(c.updated), 0), "
                              "COALESCE(SUM(c.skipped), 0), COALESCE(SUM(c.failed), 0), r.error "
                              "FROM sync_runs r LEFT JOIN sync_run_counts c ON c.run_id = r.id "
                              "GROUP BY r.id ORDER BY r.id");
    }
    return {};
}

} // namespace

QList<ExportQueries::Column> ExportQueries::columns(ExportEntity e)
{
    switch (e) {
    case ExportEntity::Properties:
        return cols({"pms_property_id", "pms_portfolio_id", "name", "address", "city", "state", "postal_code",
                     "manager_user_id", "manager_name", "manager_email", "active"},
                    {"pms_property_id", "pms_portfolio_id", "manager_user_id"});
    case ExportEntity::Units:
        return cols({"pms_unit_id", "pms_property_id", "property_name", "unit_name", "address", "active",
                     "deactivated_at", "deactivated_by"},
                    {"pms_unit_id", "pms_property_id"});
    case ExportEntity::Residents:
        return cols({"pms_contact_id", "first_name", "last_name", "email", "phone", "pms_property_id", "pms_unit_id",
                     "move_in", "move_out", "platform_unit_id"},
                    {"pms_contact_id", "pms_property_id", "pms_unit_id", "platform_unit_id"});
    case ExportEntity::Leases:
        return cols({"pms_lease_id", "pms_unit_id", "status", "start_date", "end_date", "move_in", "move_out",
                     "base_rent"},
                    {"pms_lease_id", "pms_unit_id", "base_rent"});
    case ExportEntity::WorkOrders:
        return cols({"id", "pms_work_order_id", "number", "pms_property_id", "pms_unit_id", "resident_pms_contact_id",
                     "manager_user_id", "managed_by", "status", "priority", "description", "sync_state", "sync_error",
                     "linked"},
                    {"id", "pms_work_order_id", "number", "pms_property_id", "pms_unit_id", "resident_pms_contact_id",
                     "manager_user_id"});
    case ExportEntity::Owners:
        return cols({"id", "name", "email", "phone", "address", "city", "state", "postal_code", "notes",
                     "external_ref", "imported_at"},
                    {"id"});
    case ExportEntity::Vendors:
        return cols({"id", "name", "trade", "email", "phone", "address", "city", "state", "postal_code",
                     "insurance_expires", "notes", "external_ref", "imported_at"},
                    {"id"});
    case ExportEntity::PlatformUnits:
        return cols({"id", "name", "building", "floor", "external_ref"}, {"id"});
    case ExportEntity::Mappings:
        return cols({"pms_unit_id", "platform_unit_id", "platform_unit_name", "method", "mapped_at"},
                    {"pms_unit_id", "platform_unit_id"});
    case ExportEntity::Deactivated:
        return cols({"snapshot_id", "snapshot_at", "pms_property_id", "property_name", "pms_unit_id", "unit_name",
                     "address"},
                    {"snapshot_id", "pms_property_id", "pms_unit_id"});
    case ExportEntity::SyncRuns:
        return cols({"id", "kind", "started_at", "finished_at", "status", "created", "updated", "skipped", "failed",
                     "error"},
                    {"id", "created", "updated", "skipped", "failed"});
    }
    return {};
}

Result<qint64> ExportQueries::resolveSnapshot(const QString &spec)
{
    const QString s = spec.trimmed();
    if (s.isEmpty() || s == QLatin1String("latest")) {
        QSqlQuery &q = m_db.prepare(QStringLiteral(
            "SELECT id FROM reconciliation_snapshots WHERE status = 'completed' ORDER BY started_at DESC, id DESC LIMIT 1"));
        if (Status st = Database::exec(q, "find latest snapshot"); !st.ok())
            return st.error();
        const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
        q.finish();
        return id;
    }
    bool ok = false;
    const qint64 id = s.toLongLong(&ok);
    if (!ok || id <= 0)
        return Error(QObject::tr("--snapshot takes 'latest' or a snapshot id (a positive number), not '%1'").arg(spec),
                     QStringLiteral("usage"));
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT 1 FROM reconciliation_snapshots WHERE id = ?"));
    q.addBindValue(id);
    if (Status st = Database::exec(q, "find snapshot"); !st.ok())
        return st.error();
    const bool found = q.next();
    q.finish();
    if (!found)
        return Error(QObject::tr("There is no reconciliation snapshot with id %1.").arg(id), QStringLiteral("not-found"));
    return id;
}

Result<qint64> ExportQueries::forEachRow(ExportEntity entity, qint64 snapshotId, const RowFn &fn)
{
    if (entity == ExportEntity::Deactivated && snapshotId <= 0)
        return qint64(0);
    // A query of its own (not the prepared-statement cache): it stays open while rows stream out.
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.prepare(sqlFor(entity, m_db.dialect())))
        return Error(QObject::tr("Cannot prepare the export: %1").arg(q.lastError().text()), QStringLiteral("db"));
    if (entity == ExportEntity::Deactivated)
        q.addBindValue(snapshotId);
    if (!q.exec())
        return Error(QObject::tr("Cannot read the cache for the export: %1").arg(q.lastError().text()),
                     QStringLiteral("db"));
    const int n = int(columns(entity).size());
    QStringList row;
    row.reserve(n);
    qint64 count = 0;
    while (q.next()) {
        row.clear();
        for (int i = 0; i < n; ++i)
            row.append(q.isNull(i) ? QString() : q.value(i).toString());
        ++count;
        if (!fn(row))
            return Error(QObject::tr("The export was cancelled."), QStringLiteral("cancelled"));
    }
    if (q.lastError().isValid())
        return Error(QObject::tr("Cannot read the cache for the export: %1").arg(q.lastError().text()),
                     QStringLiteral("db"));
    return count;
}

} // namespace pms
