#include "PmsCacheRepository.h"

#include "Database.h"

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

Result<qint64> PmsCacheRepository::insertPortfolio(qint64 connectionId, const PortfolioRecord &r, const QString &now)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "INSERT INTO portfolios (connection_id, pms_id, name, abbreviation, pms_active, raw_json, pms_modified_at, "
        "synced_at) VALUES (?,?,?,?,?,?,?,?) RETURNING id"));
    q.addBindValue(connectionId);
    q.addBindValue(r.pmsId);
    q.addBindValue(nn(r.name));
    q.addBindValue(nn(r.abbreviation));
    q.addBindValue(r.active);
    q.addBindValue(nn(r.rawJson));
    q.addBindValue(textOrNull(r.modifiedAt));
    q.addBindValue(now);
    if (Status s = Database::exec(q, "insert portfolio"); !s.ok())
        return s.error();
    return Database::returnedId(q);
}

Status PmsCacheRepository::updatePortfolio(qint64 id, const PortfolioRecord &r, const QString &now)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "UPDATE portfolios SET name=?, abbreviation=?, pms_active=?, raw_json=?, pms_modified_at=?, synced_at=? WHERE id=?"));
    q.addBindValue(nn(r.name));
    q.addBindValue(nn(r.abbreviation));
    q.addBindValue(r.active);
    q.addBindValue(nn(r.rawJson));
    q.addBindValue(textOrNull(r.modifiedAt));
    q.addBindValue(now);
    q.addBindValue(id);
    return Database::exec(q, "update portfolio");
}

Result<qint64> PmsCacheRepository::insertProperty(qint64 connectionId, const PropertyRecord &r,
                                                  std::optional<qint64> portfolioId, const QString &now)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "INSERT INTO properties (connection_id, pms_id, pms_portfolio_id, portfolio_id, name, abbreviation, address, "
        "city, state, postal_code, manager_user_id, manager_name, manager_email, pms_active, active, raw_json, "
        "pms_modified_at, synced_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id"));
    q.addBindValue(connectionId);
    q.addBindValue(r.pmsId);
    q.addBindValue(opt(r.pmsPortfolioId));
    q.addBindValue(opt(portfolioId));
    q.addBindValue(nn(r.name));
    q.addBindValue(nn(r.abbreviation));
    q.addBindValue(nn(r.address));
    q.addBindValue(nn(r.city));
    q.addBindValue(nn(r.state));
    q.addBindValue(nn(r.postalCode));
    q.addBindValue(opt(r.managerUserId));
    q.addBindValue(nn(r.managerName));
    q.addBindValue(nn(r.managerEmail));
    q.addBindValue(r.active);
    q.addBindValue(r.active);
    q.addBindValue(nn(r.rawJson));
    q.addBindValue(textOrNull(r.modifiedAt));
    q.addBindValue(now);
    if (Status s = Database::exec(q, "insert property"); !s.ok())
        return s.error();
    return Database::returnedId(q);
}

Status PmsCacheRepository::updateProperty(qint64 id, const PropertyRecord &r, std::optional<qint64> portfolioId,
                                          const QString &now)
{
    // R1/R15: PMS-owned columns only. 'active' follows the PMS unless the property was disabled
    // by hand or deactivated by reconciliation; local_* columns are never touched.
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "UPDATE properties SET pms_portfolio_id=?, portfolio_id=?, name=?, abbreviation=?, address=?, city=?, state=?, "
        "postal_code=?, manager_user_id=?, manager_name=?, manager_email=?, pms_active=?, "
        "active=CASE WHEN disabled_by_user=1 OR deactivated_at IS NOT NULL THEN active ELSE ? END, "
        "raw_json=?, pms_modified_at=?, synced_at=? WHERE id=?"));
    q.addBindValue(opt(r.pmsPortfolioId));
    q.addBindValue(opt(portfolioId));
    q.addBindValue(nn(r.name));
    q.addBindValue(nn(r.abbreviation));
    q.addBindValue(nn(r.address));
    q.addBindValue(nn(r.city));
    q.addBindValue(nn(r.state));
    q.addBindValue(nn(r.postalCode));
    q.addBindValue(opt(r.managerUserId));
    q.addBindValue(nn(r.managerName));
    q.addBindValue(nn(r.managerEmail));
    q.addBindValue(r.active);
    q.addBindValue(r.active);
    q.addBindValue(nn(r.rawJson));
    q.addBindValue(textOrNull(r.modifiedAt));
    q.addBindValue(now);
    q.addBindValue(id);
    return Database::exec(q, "update property");
}

Result<qint64> PmsCacheRepository::insertUnit(qint64 connectionId, const UnitRecord &r, std::optional<qint64> propertyId,
                                              const QString &now)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "INSERT INTO units (connection_id, pms_id, pms_property_id, property_id, name, address, city, state, postal_code, "
        "floor, pms_active, active, raw_json, pms_modified_at, synced_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id"));
    q.addBindValue(connectionId);
    q.addBindValue(r.pmsId);
    q.addBindValue(opt(r.pmsPropertyId));
    q.addBindValue(opt(propertyId));
    q.addBindValue(nn(r.name));
    q.addBindValue(nn(r.address));
    q.addBindValue(nn(r.city));
    q.addBindValue(nn(r.state));
    q.addBindValue(nn(r.postalCode));
    q.addBindValue(r.floor ? QVariant(*r.floor) : QVariant());
    q.addBindValue(r.active);
    q.addBindValue(r.active);
    q.addBindValue(nn(r.rawJson));
    q.addBindValue(textOrNull(r.modifiedAt));
    q.addBindValue(now);
    if (Status s = Database::exec(q, "insert unit"); !s.ok())
        return s.error();
    return Database::returnedId(q);
}

Status PmsCacheRepository::updateUnit(qint64 id, const UnitRecord &r, std::optional<qint64> propertyId, bool active,
                                      bool needsReview, const QString &now)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "UPDATE units SET pms_property_id=?, property_id=?, name=?, address=?, city=?, state=?, postal_code=?, floor=?, "
        "pms_active=?, active=?, needs_review=CASE WHEN ? <> 0 THEN 1 ELSE needs_review END, raw_json=?, pms_modified_at=?, "
        "synced_at=? WHERE id=?"));
    q.addBindValue(opt(r.pmsPropertyId));
    q.addBindValue(opt(propertyId));
    q.addBindValue(nn(r.name));
    q.addBindValue(nn(r.address));
    q.addBindValue(nn(r.city));
    q.addBindValue(nn(r.state));
    q.addBindValue(nn(r.postalCode));
    q.addBindValue(r.floor ? QVariant(*r.floor) : QVariant());
    q.addBindValue(r.active);
    q.addBindValue(active);
    q.addBindValue(needsReview);
    q.addBindValue(nn(r.rawJson));
    q.addBindValue(textOrNull(r.modifiedAt));
    q.addBindValue(now);
    q.addBindValue(id);
    return Database::exec(q, "update unit");
}

Result<qint64> PmsCacheRepository::insertLease(qint64 connectionId, const LeaseRecord &r, std::optional<qint64> unitId,
                                               std::optional<qint64> propertyId, const QString &now)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "INSERT INTO leases (connection_id, pms_id, pms_unit_id, pms_property_id, unit_id, property_id, name, status, "
        "active, start_date, end_date, move_in, move_out, base_rent, raw_json, pms_modified_at, synced_at) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id"));
    q.addBindValue(connectionId);
    q.addBindValue(r.pmsId);
    q.addBindValue(opt(r.pmsUnitId));
    q.addBindValue(opt(r.pmsPropertyId));
    q.addBindValue(opt(unitId));
    q.addBindValue(opt(propertyId));
    q.addBindValue(nn(r.name));
    q.addBindValue(nn(r.status));
    q.addBindValue(r.active);
    q.addBindValue(textOrNull(r.startDate));
    q.addBindValue(textOrNull(r.endDate));
    q.addBindValue(textOrNull(r.moveIn));
    q.addBindValue(textOrNull(r.moveOut));
    q.addBindValue(optDouble(r.baseRent));
    q.addBindValue(nn(r.rawJson));
    q.addBindValue(textOrNull(r.modifiedAt));
    q.addBindValue(now);
    if (Status s = Database::exec(q, "insert lease"); !s.ok())
        return s.error();
    return Database::returnedId(q);
}

Status PmsCacheRepository::updateLease(qint64 connectionId, const LeaseRecord &r, std::optional<qint64> unitId,
                                       std::optional<qint64> propertyId, const QString &now)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "UPDATE leases SET pms_unit_id=?, pms_property_id=?, unit_id=?, property_id=?, name=?, status=?, active=?, "
        "start_date=?, end_date=?, move_in=?, move_out=?, base_rent=?, raw_json=?, pms_modified_at=?, synced_at=? "
        "WHERE connection_id=? AND pms_id=?"));
    q.addBindValue(opt(r.pmsUnitId));
    q.addBindValue(opt(r.pmsPropertyId));
    q.addBindValue(opt(unitId));
    q.addBindValue(opt(propertyId));
    q.addBindValue(nn(r.name));
    q.addBindValue(nn(r.status));
    q.addBindValue(r.active);
    q.addBindValue(textOrNull(r.startDate));
    q.addBindValue(textOrNull(r.endDate));
    q.addBindValue(textOrNull(r.moveIn));
    q.addBindValue(textOrNull(r.moveOut));
    q.addBindValue(optDouble(r.baseRent));
    q.addBindValue(nn(r.rawJson));
    q.addBindValue(textOrNull(r.modifiedAt));
    q.addBindValue(now);
    q.addBindValue(connectionId);
    q.addBindValue(r.pmsId);
    return Database::exec(q, "update lease");
}

Result<qint64> PmsCacheRepository::insertResident(qint64 connectionId, const LeaseContactRecord &c, const LeaseRecord &lease,
                                                  std::optional<qint64> propertyId, std::optional<qint64> unitId,
                                                  const QString &now)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "INSERT INTO residents (connection_id, pms_contact_id, first_name, last_name, email, phone, active, pms_lease_id, "
        "pms_property_id, pms_unit_id, property_id, unit_id, move_in, move_out, raw_json, created_at, synced_at) "
        "VALUES (?,?,?,?,?,?,1,?,?,?,?,?,?,?,?,?,?) RETURNING id"));
    q.addBindValue(connectionId);
    q.addBindValue(c.pmsId);
    q.addBindValue(nn(c.firstName));
    q.addBindValue(nn(c.lastName));
    q.addBindValue(nn(c.email));
    q.addBindValue(nn(c.phone));
    q.addBindValue(lease.pmsId);
    q.addBindValue(opt(lease.pmsPropertyId));
    q.addBindValue(opt(lease.pmsUnitId));
    q.addBindValue(opt(propertyId));
    q.addBindValue(opt(unitId));
    q.addBindValue(textOrNull(lease.moveIn));
    q.addBindValue(textOrNull(lease.moveOut));
    q.addBindValue(nn(c.rawJson));
    q.addBindValue(now);
    q.addBindValue(now);
    if (Status s = Database::exec(q, "insert resident"); !s.ok())
        return s.error();
    return Database::returnedId(q);
}

Status PmsCacheRepository::updateResidentPlacement(qint64 id, const LeaseRecord &lease, std::optional<qint64> propertyId,
                                                   std::optional<qint64> unitId, const QString &now)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "UPDATE residents SET pms_lease_id=?, pms_property_id=?, pms_unit_id=?, property_id=?, unit_id=?, move_in=?, "
        "move_out=?, synced_at=? WHERE id=?"));
    q.addBindValue(lease.pmsId);
    q.addBindValue(opt(lease.pmsPropertyId));
    q.addBindValue(opt(lease.pmsUnitId));
    q.addBindValue(opt(propertyId));
    q.addBindValue(opt(unitId));
    q.addBindValue(textOrNull(lease.moveIn));
    q.addBindValue(textOrNull(lease.moveOut));
    q.addBindValue(now);
    q.addBindValue(id);
    return Database::exec(q, "update resident");
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

Result<qint64> PmsCacheRepository::insertWorkOrder(qint64 connectionId, const WorkOrderRecord &r,
                                                   std::optional<qint64> propertyId, std::optional<qint64> unitId,
                                                   std::optional<qint64> residentId, std::optional<qint64> managerUserId,
                                                   bool linked, const QString &now)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "INSERT INTO work_orders (connection_id, pms_id, number, origin, pms_property_id, pms_unit_id, property_id, "
        "unit_id, resident_id, resident_pms_contact_id, manager_user_id, managed_by, requested_by, status, priority, "
        "category, description, authorize_enter, linked, sync_state, created_at, updated_at, raw_json) "
        "VALUES (?,?,?,'pms',?,?,?,?,?,(SELECT pms_contact_id FROM residents WHERE id=?),?,?,?,?,?,?,?,?,?,'synced',?,?,?) RETURNING id"));
    q.addBindValue(connectionId);
    q.addBindValue(r.pmsId);
    q.addBindValue(opt(r.number));
    q.addBindValue(opt(r.pmsPropertyId));
    q.addBindValue(opt(r.pmsUnitId));
    q.addBindValue(opt(propertyId));
    q.addBindValue(opt(unitId));
    q.addBindValue(opt(residentId));
    q.addBindValue(opt(residentId));
    q.addBindValue(opt(managerUserId));
    q.addBindValue(nn(r.managedBy));
    q.addBindValue(nn(r.requestedBy));
    q.addBindValue(r.status.isEmpty() ? QStringLiteral("Open") : r.status);
    q.addBindValue(nn(r.priority));
    q.addBindValue(nn(r.category));
    q.addBindValue(nn(r.description));
    q.addBindValue(r.authorizeEnter.isEmpty() ? QStringLiteral("NO") : r.authorizeEnter);
    q.addBindValue(linked);
    q.addBindValue(r.createdAt.isEmpty() ? now : r.createdAt);
    q.addBindValue(now);
    q.addBindValue(nn(r.rawJson));
    if (Status s = Database::exec(q, "insert work order"); !s.ok())
        return s.error();
    return Database::returnedId(q);
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
