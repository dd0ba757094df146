#include "TableSpecs.h"

namespace pms {

namespace {

using T = ColumnType;
using V = ColumnVisibility;

ColumnSpec col(const char *key, const char *sql, T type = T::Text, bool searchable = false, V vis = V::Shown)
{
    ColumnSpec c;
    c.key = QString::fromLatin1(key);
    c.sql = QString::fromLatin1(sql);
    c.type = type;
    c.searchable = searchable;
    c.visibility = vis;
    return c;
}

ColumnSpec sortedBy(ColumnSpec c, const char *sortSql)
{
    c.sortSql = QString::fromLatin1(sortSql);
    return c;
}

} // namespace

TableSpec TableSpecs::workOrders()
{
    TableSpec s;
    s.name = QStringLiteral("work_orders");
    s.table = QStringLiteral("work_orders w");
    s.joins = {
        {QStringLiteral("p"), QStringLiteral("LEFT JOIN properties p ON p.id = w.property_id")},
        {QStringLiteral("u"), QStringLiteral("LEFT JOIN units u ON u.id = w.unit_id")},
        {QStringLiteral("r"), QStringLiteral("LEFT JOIN residents r ON r.id = w.resident_id")},
    };
    s.idSql = QStringLiteral("w.id");
    s.connectionSql = QStringLiteral("w.connection_id");
    s.fullTextTable = QStringLiteral("work_orders_fts"); // migration 004
    // Searchable columns are the work order's own text: a join per row would double the cost
    // of a search on a million rows. Property and unit are filters instead.
    s.columns = {
        // The work order's number, in the window and on the command line (`workorder show N`):
        // the cache's id, which every work order has from the start. Propertyware's own number
        // comes once the PMS has it.
        col("id", "w.id", T::Id, true),
        col("number", "w.number", T::Id, true),
        col("sync_state", "w.sync_state", T::Enum),
        col("status", "w.status", T::Enum),
        col("priority", "w.priority", T::Enum),
        col("description", "w.description", T::Text, true),
        col("property_name", "coalesce(nullif(p.local_name, ''), p.name)", T::Text),
        col("unit_name", "coalesce(nullif(u.local_name, ''), u.name)", T::Text),
        col("requested_by", "w.requested_by", T::Text, true),
        col("category", "w.category", T::Text, true),
        col("linked", "w.linked", T::Bool),
        col("created_at", "w.created_at", T::DateTime),
        col("updated_at", "w.updated_at", T::DateTime, false, V::Hidden),
        col("completed_at", "w.completed_at", T::DateTime, false, V::Hidden),
        col("pms_work_order_id", "w.pms_id", T::Id, false, V::Hidden),
        col("pms_property_id", "w.pms_property_id", T::Id, false, V::Hidden),
        col("pms_unit_id", "w.pms_unit_id", T::Id, false, V::Hidden),
        col("resident_name", "trim(r.first_name || ' ' || r.last_name)", T::Text, false, V::Hidden),
        col("resident_pms_contact_id", "w.resident_pms_contact_id", T::Id, false, V::Hidden),
        col("manager_user_id", "w.manager_user_id", T::Id, false, V::Hidden),
        col("managed_by", "w.managed_by", T::Text, false, V::Hidden),
        col("origin", "w.origin", T::Enum, false, V::Hidden),
        col("authorize_enter", "w.authorize_enter", T::Enum, false, V::Hidden),
        col("sync_error", "w.sync_error", T::Text, false, V::Hidden),
        col("property_id", "w.property_id", T::Id, false, V::Internal),
    };
    for (ColumnSpec &c : s.columns)
        c.inFullText = c.key == QLatin1String("description") || c.key == QLatin1String("requested_by")
            || c.key == QLatin1String("category");
    s.defaultSortColumn = 0;
    s.defaultSortDescending = true;
    return s;
}

TableSpec TableSpecs::properties()
{
    TableSpec s;
    s.name = QStringLiteral("properties");
    s.table = QStringLiteral("properties p");
    s.joins = {
        {QStringLiteral("pf"), QStringLiteral("LEFT JOIN portfolios pf ON pf.id = p.portfolio_id")},
    };
    s.idSql = QStringLiteral("p.id");
    s.connectionSql = QStringLiteral("p.connection_id");
    s.columns = {
        sortedBy(col("name", "coalesce(nullif(p.local_name, ''), p.name)", T::Text, true), "p.name"),
        col("pms_property_id", "p.pms_id", T::Id, true),
        col("abbreviation", "p.abbreviation", T::Text, true, V::Hidden),
        col("portfolio_name", "pf.name", T::Text),
        col("address", "p.address", T::Text, true),
        col("city", "p.city", T::Text, true),
        col("state", "p.state", T::Text),
        col("postal_code", "p.postal_code", T::Text, true),
        col("unit_count", "(SELECT count(*) FROM units cu WHERE cu.property_id = p.id)", T::Integer),
        col("manager_name", "p.manager_name", T::Text, true),
        col("manager_email", "p.manager_email", T::Text, false, V::Hidden),
        col("manager_user_id", "p.manager_user_id", T::Id, false, V::Hidden),
        col("active", "p.active", T::Bool),
        col("disabled_by_user", "p.disabled_by_user", T::Bool, false, V::Hidden),
        col("deactivated_at", "p.deactivated_at", T::DateTime, false, V::Hidden),
        col("pms_portfolio_id", "p.pms_portfolio_id", T::Id, false, V::Hidden),
        col("synced_at", "p.synced_at", T::DateTime, false, V::Hidden),
        col("local_notes", "p.local_notes", T::Text, false, V::Internal),
    };
    s.defaultSortColumn = 0;
    return s;
}

TableSpec TableSpecs::units()
{
    TableSpec s;
    s.name = QStringLiteral("units");
    s.table = QStringLiteral("units u");
    s.joins = {
        {QStringLiteral("p"), QStringLiteral("LEFT JOIN properties p ON p.id = u.property_id")},
        {QStringLiteral("m"), QStringLiteral("LEFT JOIN unit_mappings m ON m.unit_id = u.id")},
        {QStringLiteral("pu"), QStringLiteral("LEFT JOIN platform_units pu ON pu.id = m.platform_unit_id")},
    };
    s.idSql = QStringLiteral("u.id");
    s.connectionSql = QStringLiteral("u.connection_id");
    s.columns = {
        sortedBy(col("unit_name", "coalesce(nullif(u.local_name, ''), u.name)", T::Text, true), "u.name"),
        col("pms_unit_id", "u.pms_id", T::Id, true),
        col("address", "u.address", T::Text, true),
        col("floor", "u.floor", T::Integer),
        col("platform_unit_name", "pu.name", T::Text),
        col("resident_count", "(SELECT count(*) FROM residents cr WHERE cr.unit_id = u.id AND cr.active = 1)", T::Integer),
        col("active", "u.active", T::Bool),
        col("deactivated_at", "u.deactivated_at", T::DateTime),
        col("deactivated_by", "u.deactivated_by", T::Text, false, V::Hidden),
        col("needs_review", "u.needs_review", T::Bool, false, V::Hidden),
        col("property_name", "coalesce(nullif(p.local_name, ''), p.name)", T::Text, false, V::Hidden),
        col("pms_property_id", "u.pms_property_id", T::Id, false, V::Hidden),
        col("synced_at", "u.synced_at", T::DateTime, false, V::Hidden),
        col("property_id", "u.property_id", T::Id, false, V::Internal),
    };
    s.defaultSortColumn = 0;
    return s;
}

TableSpec TableSpecs::propertyLog()
{
    TableSpec s;
    s.name = QStringLiteral("property_log");
    s.table = QStringLiteral("property_log l");
    s.joins = {
        {QStringLiteral("u"), QStringLiteral("LEFT JOIN units u ON u.id = l.unit_id")},
    };
    s.idSql = QStringLiteral("l.id");
    s.columns = {
        col("at", "l.at", T::DateTime),
        col("kind", "l.kind", T::Enum, true),
        col("unit_name", "coalesce(nullif(u.local_name, ''), u.name)", T::Text),
        col("message", "l.message", T::Text, true),
        col("property_id", "l.property_id", T::Id, false, V::Internal),
    };
    s.defaultSortColumn = 0;
    s.defaultSortDescending = true;
    return s;
}

TableSpec TableSpecs::residents()
{
    TableSpec s;
    s.name = QStringLiteral("residents");
    s.table = QStringLiteral("residents r");
    s.joins = {
        {QStringLiteral("p"), QStringLiteral("LEFT JOIN properties p ON p.id = r.property_id")},
        {QStringLiteral("u"), QStringLiteral("LEFT JOIN units u ON u.id = r.unit_id")},
        {QStringLiteral("pu"), QStringLiteral("LEFT JOIN platform_units pu ON pu.id = r.platform_unit_id")},
    };
    s.idSql = QStringLiteral("r.id");
    s.connectionSql = QStringLiteral("r.connection_id");
    s.columns = {
        col("last_name", "r.last_name", T::Text, true),
        col("first_name", "r.first_name", T::Text, true),
        col("email", "r.email", T::Text, true),
        col("phone", "r.phone", T::Text, true),
        col("property_name", "coalesce(nullif(p.local_name, ''), p.name)", T::Text),
        col("unit_name", "coalesce(nullif(u.local_name, ''), u.name)", T::Text),
        col("platform_unit_name", "pu.name", T::Text),
        col("move_in", "r.move_in", T::Date),
        col("move_out", "r.move_out", T::Date),
        col("active", "r.active", T::Bool, false, V::Hidden),
        col("pms_contact_id", "r.pms_contact_id", T::Id, true, V::Hidden),
        col("pms_property_id", "r.pms_property_id", T::Id, false, V::Hidden),
        col("pms_unit_id", "r.pms_unit_id", T::Id, false, V::Hidden),
        col("platform_unit_id", "r.platform_unit_id", T::Id, false, V::Hidden),
        col("pms_lease_id", "r.pms_lease_id", T::Id, false, V::Hidden),
        col("synced_at", "r.synced_at", T::DateTime, false, V::Hidden),
        col("property_id", "r.property_id", T::Id, false, V::Internal),
    };
    s.defaultSortColumn = 0;
    return s;
}

TableSpec TableSpecs::leases()
{
    TableSpec s;
    s.name = QStringLiteral("leases");
    s.table = QStringLiteral("leases l");
    s.joins = {
        {QStringLiteral("p"), QStringLiteral("LEFT JOIN properties p ON p.id = l.property_id")},
        {QStringLiteral("u"), QStringLiteral("LEFT JOIN units u ON u.id = l.unit_id")},
    };
    s.idSql = QStringLiteral("l.id");
    s.connectionSql = QStringLiteral("l.connection_id");
    s.columns = {
        col("pms_lease_id", "l.pms_id", T::Id, true),
        col("name", "l.name", T::Text, true),
        col("status", "l.status", T::Enum, true),
        col("property_name", "coalesce(nullif(p.local_name, ''), p.name)", T::Text),
        col("unit_name", "coalesce(nullif(u.local_name, ''), u.name)", T::Text),
        col("start_date", "l.start_date", T::Date),
        col("end_date", "l.end_date", T::Date),
        col("move_in", "l.move_in", T::Date, false, V::Hidden),
        col("move_out", "l.move_out", T::Date, false, V::Hidden),
        col("base_rent", "l.base_rent", T::Real),
        col("active", "l.active", T::Bool),
        col("pms_unit_id", "l.pms_unit_id", T::Id, false, V::Hidden),
        col("pms_property_id", "l.pms_property_id", T::Id, false, V::Hidden),
        col("synced_at", "l.synced_at", T::DateTime, false, V::Hidden),
        col("property_id", "l.property_id", T::Id, false, V::Internal),
    };
    s.defaultSortColumn = 5;
    s.defaultSortDescending = true;
    return s;
}

TableSpec TableSpecs::syncRuns()
{
    TableSpec s;
    s.name = QStringLiteral("sync_runs");
    s.table = QStringLiteral("sync_runs s");
    s.idSql = QStringLiteral("s.id");
    s.connectionSql = QStringLiteral("s.connection_id");
    s.columns = {
        col("id", "s.id", T::Id),
        col("kind", "s.kind", T::Enum, true),
        col("started_at", "s.started_at", T::DateTime),
        col("duration_seconds", "SECONDS_BETWEEN(s.started_at, s.finished_at)", T::Real),
        col("status", "s.status", T::Enum, true),
        col("created", "(SELECT coalesce(sum(c.created), 0) FROM sync_run_counts c WHERE c.run_id = s.id)", T::Integer),
        col("updated", "(SELECT coalesce(sum(c.updated), 0) FROM sync_run_counts c WHERE c.run_id = s.id)", T::Integer),
        col("unchanged", "(SELECT coalesce(sum(c.unchanged), 0) FROM sync_run_counts c WHERE c.run_id = s.id)", T::Integer, false, V::Hidden),
        col("skipped", "(SELECT coalesce(sum(c.skipped), 0) FROM sync_run_counts c WHERE c.run_id = s.id)", T::Integer),
        col("failed", "(SELECT coalesce(sum(c.failed), 0) FROM sync_run_counts c WHERE c.run_id = s.id)", T::Integer),
        col("excluded", "(SELECT count(*) FROM sync_exclusions x WHERE x.run_id = s.id)", T::Integer),
        col("error", "s.error", T::Text, true),
        col("trigger", "s.trigger", T::Enum, true, V::Hidden),
        col("finished_at", "s.finished_at", T::DateTime, false, V::Hidden),
        col("window_start", "s.window_start", T::DateTime, false, V::Hidden),
        col("window_end", "s.window_end", T::DateTime, false, V::Hidden),
    };
    s.defaultSortColumn = 2;
    s.defaultSortDescending = true;
    return s;
}

TableSpec TableSpecs::syncExclusions()
{
    TableSpec s;
    s.name = QStringLiteral("sync_exclusions");
    s.table = QStringLiteral("sync_exclusions e");
    s.idSql = QStringLiteral("e.id");
    s.connectionSql = QStringLiteral("e.connection_id");
    s.columns = {
        col("at", "e.at", T::DateTime),
        col("entity", "e.entity", T::Enum, true),
        col("pms_id", "e.pms_id", T::Id, true),
        col("run_id", "e.run_id", T::Id),
        col("reason", "e.reason", T::Text, true),
    };
    s.defaultSortColumn = 0;
    s.defaultSortDescending = true;
    return s;
}

// Owners and vendors are imported from CSV and shared by every connection (no connectionSql).
// The column keys are those of `pmsbridge export owners|vendors`, so the screen's export and the
// command line agree and either imports back unchanged.
TableSpec TableSpecs::owners()
{
    TableSpec s;
    s.name = QStringLiteral("owners");
    s.table = QStringLiteral("owners o");
    s.idSql = QStringLiteral("o.id");
    s.columns = {
        sortedBy(col("name", "o.name", T::Text, true), "NOCASE(o.name)"),
        col("email", "o.email", T::Text, true),
        col("phone", "o.phone", T::Text, true),
        col("address", "o.address", T::Text, true),
        col("city", "o.city", T::Text, true),
        col("state", "o.state", T::Text),
        col("postal_code", "o.postal_code", T::Text, true),
        col("external_ref", "o.external_ref", T::Text, true),
        col("notes", "o.notes", T::Text, true, V::Hidden),
        col("imported_at", "o.imported_at", T::DateTime),
        col("id", "o.id", T::Id, false, V::Hidden),
    };
    s.defaultSortColumn = 0;
    return s;
}

TableSpec TableSpecs::vendors()
{
    TableSpec s;
    s.name = QStringLiteral("vendors");
    s.table = QStringLiteral("vendors v");
    s.idSql = QStringLiteral("v.id");
    s.columns = {
        sortedBy(col("name", "v.name", T::Text, true), "NOCASE(v.name)"),
        col("trade", "v.trade", T::Text, true),
        col("email", "v.email", T::Text, true),
        col("phone", "v.phone", T::Text, true),
        col("city", "v.city", T::Text, true),
        col("state", "v.state", T::Text),
        col("insurance_expires", "v.insurance_expires", T::Date),
        col("external_ref", "v.external_ref", T::Text, true),
        col("address", "v.address", T::Text, true, V::Hidden),
        col("postal_code", "v.postal_code", T::Text, true, V::Hidden),
        col("notes", "v.notes", T::Text, true, V::Hidden),
        col("imported_at", "v.imported_at", T::DateTime),
        col("id", "v.id", T::Id, false, V::Hidden),
    };
    s.defaultSortColumn = 0;
    return s;
}

} // namespace pms
