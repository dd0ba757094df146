#include "PmsCacheRepository.h"

#include "Database.h"
#include "MultiRowStatement.h"

#include <QSqlQuery>
#include <QVariant>

namespace pms {

namespace {

QVariant opt(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant();
}

QVariant optDouble(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

/// Flags are the integers 0/1 on both engines.
QVariant flag(bool b)
{
    return b ? 1 : 0;
}

/// Each key once, with the values it was last listed with (in the order keys first appeared).
template<typename T, typename KeyOf>
QList<const T *> lastPerKey(const QList<T> &rows, KeyOf keyOf)
{
    QList<const T *> out;
    out.reserve(rows.size());
    QHash<qint64, qsizetype> at;
    at.reserve(rows.size());
    for (const T &row : rows) {
        const qint64 key = keyOf(row);
        const auto it = at.constFind(key);
        if (it == at.cend()) {
            at.insert(key, out.size());
            out.append(&row);
        } else {
            out[*it] = &row;
        }
    }
    return out;
}

/// Runs a statement that returns (key, id) rows.
Result<PmsCacheRepository::RowIds> runForIds(MultiRowStatement &st)
{
    PmsCacheRepository::RowIds ids;
    ids.reserve(st.rows());
    if (Status s = st.run([&ids](const QSqlQuery &q) { ids.insert(q.value(0).toLongLong(), q.value(1).toLongLong()); });
        !s.ok())
        return s.error();
    return ids;
}

QString nameKey(qint64 unitId, const QString &first, const QString &last)
{
    return QString::number(unitId) + QLatin1Char('|') + (first.trimmed() + QLatin1Char(' ') + last.trimmed()).toLower();
}

} // namespace

Result<PmsCacheRepository::Index> PmsCacheRepository::loadIndex(qint64 connectionId)
{
    Index idx;
    {
        QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT pms_id, id, pms_modified_at FROM portfolios WHERE connection_id=?"));
        q.addBindValue(connectionId);
        if (Status s = Database::exec(q, "load portfolios"); !s.ok())
            return s.error();
        while (q.next()) {
            idx.portfolios.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
            idx.portfolioModified.insert(q.value(0).toLongLong(), q.value(2).toString());
        }
        q.finish();
    }
    {
        QSqlQuery &q = m_db.prepare(QStringLiteral(
            "SELECT pms_id, id, manager_user_id, pms_modified_at FROM properties WHERE connection_id=?"));
        q.addBindValue(connectionId);
        if (Status s = Database::exec(q, "load properties"); !s.ok())
            return s.error();
        while (q.next()) {
            PropertyRow r;
            r.id = q.value(1).toLongLong();
            if (!q.value(2).isNull())
                r.managerUserId = q.value(2).toLongLong();
            r.modifiedAt = q.value(3).toString();
            idx.properties.insert(q.value(0).toLongLong(), r);
        }
        q.finish();
    }
    {
        QSqlQuery &q = m_db.prepare(QStringLiteral(
            "SELECT pms_id, id, property_id, pms_modified_at, active, disabled_by_user, "
            "CASE WHEN deactivated_by LIKE 'reconciliation%' THEN 1 ELSE 0 END FROM units WHERE connection_id=?"));
        q.addBindValue(connectionId);
        if (Status s = Database::exec(q, "load units"); !s.ok())
            return s.error();
        while (q.next()) {
            UnitRow r;
            r.id = q.value(1).toLongLong();
            r.propertyId = q.value(2).toLongLong();
            r.modifiedAt = q.value(3).toString();
            r.active = q.value(4).toBool();
            r.disabledByUser = q.value(5).toBool();
            r.deactivatedByReconciliation = q.value(6).toBool();
            idx.units.insert(q.value(0).toLongLong(), r);
        }
        q.finish();
    }
    {
        QSqlQuery &q = m_db.prepare(QStringLiteral(
            "SELECT pms_contact_id, id, coalesce(unit_id, 0), coalesce(move_in,''), coalesce(move_out,''), first_name, "
            "last_name, coalesce(pms_lease_id, 0) FROM residents WHERE connection_id=?"));
        q.addBindValue(connectionId);
        if (Status s = Database::exec(q, "load residents"); !s.ok())
            return s.error();
        while (q.next()) {
            ResidentRow r;
            r.id = q.value(1).toLongLong();
            r.unitId = q.value(2).toLongLong();
            r.moveIn = q.value(3).toString();
            r.moveOut = q.value(4).toString();
            r.leaseId = q.value(7).toLongLong();
            idx.residents.insert(q.value(0).toLongLong(), r);
            idx.residentsByName.insert(nameKey(r.unitId, q.value(5).toString(), q.value(6).toString()), r.id);
        }
        q.finish();
    }
    {
        QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT pms_id, pms_modified_at FROM leases WHERE connection_id=?"));
        q.addBindValue(connectionId);
        if (Status s = Database::exec(q, "load leases"); !s.ok())
            return s.error();
        while (q.next())
            idx.leaseModified.insert(q.value(0).toLongLong(), q.value(1).toString());
        q.finish();
    }
    {
        QSqlQuery &q = m_db.prepare(QStringLiteral(
            "SELECT pms_id FROM work_orders WHERE connection_id=? AND pms_id IS NOT NULL"));
        q.addBindValue(connectionId);
        if (Status s = Database::exec(q, "load work orders"); !s.ok())
            return s.error();
        while (q.next())
            idx.workOrders.insert(q.value(0).toLongLong());
        q.finish();
    }
    return idx;
}

Result<PmsCacheRepository::RowIds> PmsCacheRepository::writePortfolios(qint64 connectionId,
                                                                        const QList<PortfolioRecord> &rows,
                                                                        const QString &now)
{
    MultiRowStatement st(m_db,
                         QStringLiteral("INSERT INTO portfolios (connection_id, pms_id, name, abbreviation, pms_active, "
                                        "raw_json, pms_modified_at, synced_at) VALUES "),
                         MultiRowStatement::placeholders(8),
                         QStringLiteral(" ON CONFLICT (connection_id, pms_id) DO UPDATE SET name=excluded.name, "
                                        "abbreviation=excluded.abbreviation, pms_active=excluded.pms_active, "
                                        "raw_json=excluded.raw_json, pms_modified_at=excluded.pms_modified_at, "
                                        "synced_at=excluded.synced_at RETURNING pms_id, id"),
                         "write portfolios");
    for (const PortfolioRecord *r : lastPerKey(rows, [](const PortfolioRecord &w) { return w.pmsId; }))
        st.add({connectionId, r->pmsId, nn(r->name), nn(r->abbreviation), flag(r->active), nn(r->rawJson),
                textOrNull(r->modifiedAt), now});
    return runForIds(st);
}

Result<PmsCacheRepository::RowIds> PmsCacheRepository::writeProperties(qint64 connectionId,
                                                                       const QList<PropertyWrite> &rows,
                                                                       const QString &now)
{
    MultiRowStatement st(
        m_db,
        QStringLiteral("INSERT INTO properties (connection_id, pms_id, pms_portfolio_id, portfolio_id, name, abbreviation, "
                       "address, city, state, postal_code, manager_user_id, manager_name, manager_email, pms_active, "
                       "active, raw_json, pms_modified_at, synced_at) VALUES "),
        MultiRowStatement::placeholders(18),
        QStringLiteral(" ON CONFLICT (connection_id, pms_id) DO UPDATE SET pms_portfolio_id=excluded.pms_portfolio_id, "
                       "portfolio_id=excluded.portfolio_id, name=excluded.name, abbreviation=excluded.abbreviation, "
                       "address=excluded.address, city=excluded.city, state=excluded.state, "
                       "postal_code=excluded.postal_code, manager_user_id=excluded.manager_user_id, "
                       "manager_name=excluded.manager_name, manager_email=excluded.manager_email, "
                       "pms_active=excluded.pms_active, "
                       "active=CASE WHEN properties.disabled_by_user=1 OR properties.deactivated_at IS NOT NULL "
                       "THEN properties.active ELSE excluded.active END, "
                       "raw_json=excluded.raw_json, pms_modified_at=excluded.pms_modified_at, "
                       "synced_at=excluded.synced_at RETURNING pms_id, id"),
        "write properties");
    for (const PropertyWrite *w : lastPerKey(rows, [](const PropertyWrite &w) { return w.record.pmsId; })) {
        const PropertyRecord &r = w->record;
        st.add({connectionId, r.pmsId, opt(r.pmsPortfolioId), opt(w->portfolioId), nn(r.name), nn(r.abbreviation),
                nn(r.address), nn(r.city), nn(r.state), nn(r.postalCode), opt(r.managerUserId), nn(r.managerName),
                nn(r.managerEmail), flag(r.active), flag(r.active), nn(r.rawJson), textOrNull(r.modifiedAt), now});
    }
    return runForIds(st);
}

Result<PmsCacheRepository::RowIds> PmsCacheRepository::writeUnits(qint64 connectionId, const QList<UnitWrite> &rows,
                                                                  const QString &now)
{
    MultiRowStatement st(
        m_db,
        QStringLiteral("INSERT INTO units (connection_id, pms_id, pms_property_id, property_id, name, address, city, "
                       "state, postal_code, floor, pms_active, active, needs_review, raw_json, pms_modified_at, "
                       "synced_at) VALUES "),
        MultiRowStatement::placeholders(16),
        QStringLiteral(" ON CONFLICT (connection_id, pms_id) DO UPDATE SET pms_property_id=excluded.pms_property_id, "
                       "property_id=excluded.property_id, name=excluded.name, address=excluded.address, "
                       "city=excluded.city, state=excluded.state, postal_code=excluded.postal_code, "
                       "floor=excluded.floor, pms_active=excluded.pms_active, active=excluded.active, "
                       "needs_review=CASE WHEN excluded.needs_review <> 0 THEN 1 ELSE units.needs_review END, "
                       "raw_json=excluded.raw_json, pms_modified_at=excluded.pms_modified_at, "
                       "synced_at=excluded.synced_at RETURNING pms_id, id"),
        "write units");
    for (const UnitWrite *w : lastPerKey(rows, [](const UnitWrite &w) { return w.record.pmsId; })) {
        const UnitRecord &r = w->record;
        st.add({connectionId, r.pmsId, opt(r.pmsPropertyId), opt(w->propertyId), nn(r.name), nn(r.address),
                nn(r.city), nn(r.state), nn(r.postalCode), r.floor ? QVariant(*r.floor) : QVariant(), flag(r.active),
                flag(w->active), flag(w->needsReview), nn(r.rawJson), textOrNull(r.modifiedAt), now});
    }
    return runForIds(st);
}

Status PmsCacheRepository::writeLeases(qint64 connectionId, const QList<LeaseWrite> &rows, const QString &now)
{
    MultiRowStatement st(
        m_db,
        QStringLiteral("INSERT INTO leases (connection_id, pms_id, pms_unit_id, pms_property_id, unit_id, property_id, "
                       "name, status, active, start_date, end_date, move_in, move_out, base_rent, raw_json, "
                       "pms_modified_at, synced_at) VALUES "),
        MultiRowStatement::placeholders(17),
        QStringLiteral(" ON CONFLICT (connection_id, pms_id) DO UPDATE SET pms_unit_id=excluded.pms_unit_id, "
                       "pms_property_id=excluded.pms_property_id, unit_id=excluded.unit_id, "
                       "property_id=excluded.property_id, name=excluded.name, status=excluded.status, "
                       "active=excluded.active, start_date=excluded.start_date, end_date=excluded.end_date, "
                       "move_in=excluded.move_in, move_out=excluded.move_out, base_rent=excluded.base_rent, "
                       "raw_json=excluded.raw_json, pms_modified_at=excluded.pms_modified_at, "
                       "synced_at=excluded.synced_at"),
        "write leases");
    for (const LeaseWrite *w : lastPerKey(rows, [](const LeaseWrite &w) { return w.record.pmsId; })) {
        const LeaseRecord &r = w->record;
        st.add({connectionId, r.pmsId, opt(r.pmsUnitId), opt(r.pmsPropertyId), opt(w->unitId), opt(w->propertyId),
                nn(r.name), nn(r.status), flag(r.active), textOrNull(r.startDate), textOrNull(r.endDate),
                textOrNull(r.moveIn), textOrNull(r.moveOut), optDouble(r.baseRent), nn(r.rawJson),
                textOrNull(r.modifiedAt), now});
    }
    return st.run();
}

Result<PmsCacheRepository::RowIds> PmsCacheRepository::writeResidents(qint64 connectionId,
                                                                     const QList<ResidentWrite> &rows,
                                                                     const QString &now)
{
    MultiRowStatement st(
        m_db,
        QStringLiteral("INSERT INTO residents (connection_id, pms_contact_id, first_name, last_name, email, phone, "
                       "active, pms_lease_id, pms_property_id, pms_unit_id, property_id, unit_id, move_in, move_out, "
                       "raw_json, created_at, synced_at) VALUES "),
        MultiRowStatement::placeholders(17),
        QStringLiteral(" ON CONFLICT (connection_id, pms_contact_id) DO UPDATE SET pms_lease_id=excluded.pms_lease_id, "
                       "pms_property_id=excluded.pms_property_id, pms_unit_id=excluded.pms_unit_id, "
                       "property_id=excluded.property_id, unit_id=excluded.unit_id, move_in=excluded.move_in, "
                       "move_out=excluded.move_out, synced_at=excluded.synced_at RETURNING pms_contact_id, id"),
        "write residents");
    for (const ResidentWrite *w : lastPerKey(rows, [](const ResidentWrite &w) { return w.contact.pmsId; })) {
        const LeaseContactRecord &c = w->contact;
        const LeaseRecord &lease = w->lease;
        st.add({connectionId, c.pmsId, nn(c.firstName), nn(c.lastName), nn(c.email), nn(c.phone), 1, lease.pmsId,
                opt(lease.pmsPropertyId), opt(lease.pmsUnitId), opt(w->propertyId), opt(w->unitId),
                textOrNull(lease.moveIn), textOrNull(lease.moveOut), nn(c.rawJson), now, now});
    }
    return runForIds(st);
}

Result<bool> PmsCacheRepository::linkAppWorkOrder(qint64 connectionId, const QString &clientRef, qint64 pmsId,
                                                 std::optional<qint64> number)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "UPDATE work_orders SET pms_id=?, number=COALESCE(number, ?) WHERE connection_id=? AND client_ref=? AND pms_id IS NULL"));
    q.addBindValue(pmsId);
    q.addBindValue(opt(number));
    q.addBindValue(connectionId);
    q.addBindValue(clientRef);
    if (Status s = Database::exec(q, "link app work order"); !s.ok())
        return s.error();
    if (q.numRowsAffected() > 0)
        return true;
    QSqlQuery &e = m_db.prepare(QStringLiteral("SELECT 1 FROM work_orders WHERE connection_id=? AND client_ref=?"));
    e.addBindValue(connectionId);
    e.addBindValue(clientRef);
    if (Status s = Database::exec(e, "find app work order"); !s.ok())
        return s.error();
    const bool found = e.next();
    e.finish();
    return found;
}

Status PmsCacheRepository::insertWorkOrders(qint64 connectionId, const QList<WorkOrderWrite> &rows, const QString &now)
{
    MultiRowStatement st(
        m_db,
        QStringLiteral("INSERT INTO work_orders (connection_id, pms_id, number, origin, pms_property_id, pms_unit_id, "
                       "property_id, unit_id, resident_id, resident_pms_contact_id, manager_user_id, managed_by, "
                       "requested_by, status, priority, category, description, authorize_enter, linked, sync_state, "
                       "created_at, updated_at, raw_json) VALUES "),
        QStringLiteral("(?,?,?,'pms',?,?,?,?,?,(SELECT pms_contact_id FROM residents WHERE id=?),?,?,?,?,?,?,?,?,?,"
                       "'synced',?,?,?)"),
        QString(), "insert work orders");
    for (const WorkOrderWrite *w : lastPerKey(rows, [](const WorkOrderWrite &w) { return w.record.pmsId; })) {
        const WorkOrderRecord &r = w->record;
        st.add({connectionId, r.pmsId, opt(r.number), opt(r.pmsPropertyId), opt(r.pmsUnitId), opt(w->propertyId),
                opt(w->unitId), opt(w->residentId), opt(w->residentId), opt(w->managerUserId), nn(r.managedBy),
                nn(r.requestedBy), r.status.isEmpty() ? QStringLiteral("Open") : r.status, nn(r.priority),
                nn(r.category), nn(r.description), r.authorizeEnter.isEmpty() ? QStringLiteral("NO") : r.authorizeEnter,
                flag(w->linked), r.createdAt.isEmpty() ? now : r.createdAt, now, nn(r.rawJson)});
    }
    return st.run();
}

Status PmsCacheRepository::assignResidentsThroughMappings(qint64 connectionId)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "UPDATE residents SET platform_unit_id = (SELECT m.platform_unit_id FROM unit_mappings m WHERE m.unit_id = residents.unit_id) "
        "WHERE connection_id=? AND platform_unit_id IS DISTINCT FROM (SELECT m.platform_unit_id FROM unit_mappings m WHERE m.unit_id = residents.unit_id)"));
    q.addBindValue(connectionId);
    return Database::exec(q, "assign residents");
}

Status PmsCacheRepository::clearResidentAssignments(qint64 connectionId)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "UPDATE residents SET platform_unit_id=NULL WHERE connection_id=? AND platform_unit_id IS NOT NULL"));
    q.addBindValue(connectionId);
    return Database::exec(q, "clear assignments");
}

} // namespace pms
