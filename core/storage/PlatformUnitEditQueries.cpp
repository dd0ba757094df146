#include "PlatformUnitEditQueries.h"

#include "Database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace pms {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pms::PlatformUnitEditQueries", text);
}

} // namespace

Result<PlatformUnitUsage> PlatformUnitEditQueries::usage(qint64 platformUnitId)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT COALESCE(m.unit_id, 0), COALESCE(u.pms_id, 0), COALESCE(NULLIF(u.local_name,''), u.name, ''), "
        "COALESCE(NULLIF(p.local_name,''), p.name, ''), "
        "(SELECT count(*) FROM residents r WHERE r.platform_unit_id = pu.id) "
        "FROM platform_units pu LEFT JOIN unit_mappings m ON m.platform_unit_id = pu.id "
        "LEFT JOIN units u ON u.id = m.unit_id LEFT JOIN properties p ON p.id = u.property_id WHERE pu.id = ?"));
    q.addBindValue(platformUnitId);
    if (Status s = Database::exec(q, "platform unit usage"); !s.ok())
        return s.error();
    if (!q.next())
        return Error(tr("There is no platform unit with id %1.").arg(platformUnitId), QStringLiteral("not-found"));
    PlatformUnitUsage u;
    u.mappedUnitId = q.value(0).toLongLong();
    u.pmsUnitId = q.value(1).toLongLong();
    u.unitName = q.value(2).toString();
    u.propertyName = q.value(3).toString();
    u.assignedResidents = q.value(4).toLongLong();
    q.finish();
    return u;
}

Status PlatformUnitEditQueries::validate(const PlatformUnit &unit)
{
    if (unit.name.trimmed().isEmpty())
        return Error(tr("A platform unit needs a name."), QStringLiteral("validation"));
    if (!unit.externalRef.trimmed().isEmpty()) {
        QSqlQuery &q = m_db.prepare(
            QStringLiteral("SELECT name FROM platform_units WHERE external_ref = ? AND id <> ? LIMIT 1"));
        q.addBindValue(unit.externalRef.trimmed());
        q.addBindValue(unit.id);
        if (Status s = Database::exec(q, "check external_ref"); !s.ok())
            return s;
        if (q.next()) {
            const QString other = q.value(0).toString();
            q.finish();
            return Error(tr("The external reference '%1' is already used by platform unit '%2'.")
                             .arg(unit.externalRef.trimmed(), other),
                         QStringLiteral("validation"));
        }
    }
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT id FROM platform_units WHERE lower(trim(name)) = lower(?) AND lower(trim(building)) = lower(?) "
        "AND id <> ? LIMIT 1"));
    q.addBindValue(unit.name.trimmed());
    q.addBindValue(nn(unit.building.trimmed()));
    q.addBindValue(unit.id);
    if (Status s = Database::exec(q, "check duplicate platform unit"); !s.ok())
        return s;
    if (q.next()) {
        q.finish();
        return unit.building.trimmed().isEmpty()
            ? Error(tr("There is already a platform unit '%1' without a building.").arg(unit.name.trimmed()),
                    QStringLiteral("validation"))
            : Error(tr("There is already a platform unit '%1' in %2.").arg(unit.name.trimmed(), unit.building.trimmed()),
                    QStringLiteral("validation"));
    }
    return {};
}

Status PlatformUnitEditQueries::remove(qint64 platformUnitId)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status();
    // Explicit rather than relying on the cascade alone: a connection opened without foreign keys
    // must not leave a mapping to nothing behind.
    QSqlQuery &unassign = m_db.prepare(QStringLiteral("UPDATE residents SET platform_unit_id = NULL WHERE platform_unit_id = ?"));
    unassign.addBindValue(platformUnitId);
    if (Status s = Database::exec(unassign, "unassign residents"); !s.ok())
        return s;
    QSqlQuery &unmap = m_db.prepare(QStringLiteral("DELETE FROM unit_mappings WHERE platform_unit_id = ?"));
    unmap.addBindValue(platformUnitId);
    if (Status s = Database::exec(unmap, "remove mapping of platform unit"); !s.ok())
        return s;
    if (Status s = PlatformUnitRepository(m_db).remove(platformUnitId); !s.ok())
        return s;
    return tx.commit();
}

} // namespace pms
