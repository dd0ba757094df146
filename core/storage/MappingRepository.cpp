#include "MappingRepository.h"

#include "Database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace pms {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pms::MappingRepository", text);
}

QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

const QString kUnitRef = QStringLiteral(
    "SELECT u.id, u.pms_id, u.connection_id, COALESCE(NULLIF(u.local_name,''), u.name), "
    "COALESCE(NULLIF(p.local_name,''), p.name, ''), (c.user_sync <> 0 AND c.unit_sync <> 0) "
    "FROM units u JOIN connections c ON c.id = u.connection_id LEFT JOIN properties p ON p.id = u.property_id ");

MappingUnitRef unitRefFrom(const QSqlQuery &q)
{
    MappingUnitRef r;
    r.unitId = q.value(0).toLongLong();
    r.pmsId = q.value(1).toLongLong();
    r.connectionId = q.value(2).toLongLong();
    r.unitName = q.value(3).toString();
    r.propertyName = q.value(4).toString();
    r.assignResidents = q.value(5).toBool();
    return r;
}

const QString kPlatformRef = QStringLiteral(
    "SELECT pu.id, pu.name, pu.building, COALESCE(m.unit_id, 0) FROM platform_units pu "
    "LEFT JOIN unit_mappings m ON m.platform_unit_id = pu.id ");

MappingPlatformRef platformRefFrom(const QSqlQuery &q)
{
    MappingPlatformRef r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.building = q.value(2).toString();
    r.mappedUnitId = q.value(3).toLongLong();
    return r;
}

} // namespace

Result<std::vector<PmsUnitRow>> MappingRepository::units(qint64 connectionId, bool includeInactive)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT u.id, u.pms_id, u.connection_id, COALESCE(u.property_id, 0), "
        "COALESCE(NULLIF(p.local_name,''), p.name, ''), COALESCE(p.address, ''), "
        "COALESCE(NULLIF(u.local_name,''), u.name), u.address, u.floor, u.active, "
        "COALESCE(m.platform_unit_id, 0), COALESCE(pu.name, ''), COALESCE(m.method, ''), m.confidence "
        "FROM units u LEFT JOIN properties p ON p.id = u.property_id "
        "LEFT JOIN unit_mappings m ON m.unit_id = u.id "
        "LEFT JOIN platform_units pu ON pu.id = m.platform_unit_id "
        "WHERE (? = 0 OR u.connection_id = ?) AND (? <> 0 OR u.active <> 0) "
        "ORDER BY u.id"));
    q.addBindValue(connectionId);
    q.addBindValue(connectionId);
    q.addBindValue(includeInactive ? 1 : 0);
    if (Status s = Database::exec(q, "list units for mapping"); !s.ok())
        return s.error();
    std::vector<PmsUnitRow> out;
    while (q.next()) {
        PmsUnitRow r;
        r.unitId = q.value(0).toLongLong();
        r.pmsId = q.value(1).toLongLong();
        r.connectionId = q.value(2).toLongLong();
        r.propertyId = q.value(3).toLongLong();
        r.propertyName = q.value(4).toString();
        r.propertyAddress = q.value(5).toString();
        r.unitName = q.value(6).toString();
        r.address = q.value(7).toString();
        if (!q.value(8).isNull())
            r.floor = q.value(8).toInt();
        r.active = q.value(9).toBool();
        r.platformUnitId = q.value(10).toLongLong();
        r.platformUnitName = q.value(11).toString();
        r.method = q.value(12).toString();
        if (!q.value(13).isNull())
            r.confidence = q.value(13).toDouble();
        out.push_back(std::move(r));
    }
    q.finish();
    return out;
}

Result<std::vector<PlatformUnitRow>> MappingRepository::platformUnits()
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT pu.id, pu.name, pu.building, pu.floor, COALESCE(pu.external_ref, ''), COALESCE(m.unit_id, 0), "
        "COALESCE(u.pms_id, 0), COALESCE(NULLIF(u.local_name,''), u.name, ''), "
        "COALESCE(NULLIF(p.local_name,''), p.name, '') "
        "FROM platform_units pu LEFT JOIN unit_mappings m ON m.platform_unit_id = pu.id "
        "LEFT JOIN units u ON u.id = m.unit_id LEFT JOIN properties p ON p.id = u.property_id ORDER BY pu.id"));
    if (Status s = Database::exec(q, "list platform units for mapping"); !s.ok())
        return s.error();
    std::vector<PlatformUnitRow> out;
    while (q.next()) {
        PlatformUnitRow r;
        r.id = q.value(0).toLongLong();
        r.name = q.value(1).toString();
        r.building = q.value(2).toString();
        r.floor = q.value(3).toString();
        r.externalRef = q.value(4).toString();
        r.mappedUnitId = q.value(5).toLongLong();
        r.mappedPmsUnitId = q.value(6).toLongLong();
        r.mappedUnitName = q.value(7).toString();
        r.mappedPropertyName = q.value(8).toString();
        out.push_back(std::move(r));
    }
    q.finish();
    return out;
}

Result<MappingUnitRef> MappingRepository::unit(qint64 unitId)
{
    QSqlQuery &q = m_db.prepare(kUnitRef + QStringLiteral("WHERE u.id = ?"));
    q.addBindValue(unitId);
    if (Status s = Database::exec(q, "get unit"); !s.ok())
        return s.error();
    if (!q.next())
        return Error(tr("There is no PMS unit with id %1 in the cache.").arg(unitId), QStringLiteral("not-found"));
    MappingUnitRef r = unitRefFrom(q);
    q.finish();
    return r;
}

Result<MappingUnitRef> MappingRepository::unitByPmsId(qint64 connectionId, qint64 pmsId)
{
    QSqlQuery &q = m_db.prepare(kUnitRef + QStringLiteral("WHERE u.connection_id = ? AND u.pms_id = ?"));
    q.addBindValue(connectionId);
    q.addBindValue(pmsId);
    if (Status s = Database::exec(q, "get unit by PMS id"); !s.ok())
        return s.error();
    if (!q.next())
        return Error(tr("unknown PMS unit %1 (no unit with that PMS id in connection %2)").arg(pmsId).arg(connectionId),
                     QStringLiteral("not-found"));
    MappingUnitRef r = unitRefFrom(q);
    q.finish();
    return r;
}

Result<MappingPlatformRef> MappingRepository::platformUnit(qint64 id)
{
    QSqlQuery &q = m_db.prepare(kPlatformRef + QStringLiteral("WHERE pu.id = ?"));
    q.addBindValue(id);
    if (Status s = Database::exec(q, "get platform unit"); !s.ok())
        return s.error();
    if (!q.next())
        return Error(tr("unknown platform unit %1").arg(id), QStringLiteral("not-found"));
    MappingPlatformRef r = platformRefFrom(q);
    q.finish();
    return r;
}

Result<MappingPlatformRef> MappingRepository::platformUnitByExternalRef(const QString &externalRef)
{
    QSqlQuery &q = m_db.prepare(kPlatformRef + QStringLiteral("WHERE pu.external_ref = ?"));
    q.addBindValue(externalRef);
    if (Status s = Database::exec(q, "get platform unit by external_ref"); !s.ok())
        return s.error();
    if (!q.next())
        return Error(tr("unknown platform unit '%1'").arg(externalRef), QStringLiteral("not-found"));
    MappingPlatformRef r = platformRefFrom(q);
    q.finish();
    return r;
}

Result<MappingState> MappingRepository::mappingOf(qint64 unitId)
{
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("SELECT platform_unit_id, method, confidence FROM unit_mappings WHERE unit_id = ?"));
    q.addBindValue(unitId);
    if (Status s = Database::exec(q, "get mapping"); !s.ok())
        return s.error();
    MappingState state;
    if (q.next()) {
        state.platformUnitId = q.value(0).toLongLong();
        state.method = q.value(1).toString();
        if (!q.value(2).isNull())
            state.confidence = q.value(2).toDouble();
    }
    q.finish();
    return state;
}

Status MappingRepository::setMapping(qint64 unitId, const MappingState &state, const QString &now)
{
    QSqlQuery &del = m_db.prepare(QStringLiteral("DELETE FROM unit_mappings WHERE unit_id = ?"));
    del.addBindValue(unitId);
    if (Status s = Database::exec(del, "remove mapping"); !s.ok() || !state.mapped())
        return s;
    QSqlQuery &ins = m_db.prepare(QStringLiteral(
        "INSERT INTO unit_mappings (unit_id, platform_unit_id, method, confidence, mapped_at) VALUES (?,?,?,?,?)"));
    ins.addBindValue(unitId);
    ins.addBindValue(state.platformUnitId);
    ins.addBindValue(state.method.isEmpty() ? QStringLiteral("manual") : state.method);
    ins.addBindValue(state.confidence ? QVariant(*state.confidence) : QVariant(QMetaType(QMetaType::Double)));
    ins.addBindValue(now);
    return Database::exec(ins, "map unit");
}

Status MappingRepository::assignResidents(qint64 unitId, qint64 platformUnitId)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "UPDATE residents SET platform_unit_id = ? WHERE unit_id = ? AND platform_unit_id IS DISTINCT FROM ?"));
    q.addBindValue(idOrNull(platformUnitId));
    q.addBindValue(unitId);
    q.addBindValue(idOrNull(platformUnitId));
    return Database::exec(q, "assign residents of unit");
}

Result<qint64> MappingRepository::assignedResidentCount(qint64 unitId)
{
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("SELECT count(*) FROM residents WHERE unit_id = ? AND platform_unit_id IS NOT NULL"));
    q.addBindValue(unitId);
    if (Status s = Database::exec(q, "count assigned residents"); !s.ok())
        return s.error();
    const qint64 n = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return n;
}

Status MappingRepository::stage(const QList<QPair<qint64, MappingState>> &targets)
{
    if (Status s = m_db.execRaw(QStringLiteral(
            "CREATE TEMP TABLE IF NOT EXISTS mapping_stage (unit_id BIGINT PRIMARY KEY, platform_unit_id BIGINT, "
            "method TEXT, confidence DOUBLE PRECISION)"));
        !s.ok())
        return s;
    if (Status s = clearStage(); !s.ok())
        return s;
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "INSERT INTO mapping_stage (unit_id, platform_unit_id, method, confidence) VALUES (?,?,?,?) "
        "ON CONFLICT (unit_id) DO UPDATE SET platform_unit_id = excluded.platform_unit_id, method = excluded.method, "
        "confidence = excluded.confidence"));
    for (const auto &[unitId, state] : targets) {
        q.addBindValue(unitId);
        q.addBindValue(idOrNull(state.platformUnitId));
        q.addBindValue(state.method.isEmpty() ? QStringLiteral("manual") : state.method);
        q.addBindValue(state.confidence ? QVariant(*state.confidence) : QVariant(QMetaType(QMetaType::Double)));
        if (Status s = Database::exec(q, "stage mapping"); !s.ok())
            return s;
    }
    return {};
}

Result<QHash<qint64, MappingState>> MappingRepository::stagedCurrentMappings()
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT m.unit_id, m.platform_unit_id, m.method, m.confidence FROM mapping_stage s "
        "JOIN unit_mappings m ON m.unit_id = s.unit_id"));
    if (Status s = Database::exec(q, "current mappings"); !s.ok())
        return s.error();
    QHash<qint64, MappingState> out;
    while (q.next()) {
        MappingState state;
        state.platformUnitId = q.value(1).toLongLong();
        state.method = q.value(2).toString();
        if (!q.value(3).isNull())
            state.confidence = q.value(3).toDouble();
        out.insert(q.value(0).toLongLong(), state);
    }
    q.finish();
    return out;
}

namespace {
Result<qint64> firstId(QSqlQuery &q, const char *what)
{
    if (Status s = Database::exec(q, what); !s.ok())
        return s.error();
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}
} // namespace

Result<qint64> MappingRepository::firstMissingStagedUnit()
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT s.unit_id FROM mapping_stage s LEFT JOIN units u ON u.id = s.unit_id WHERE u.id IS NULL LIMIT 1"));
    return firstId(q, "check staged units");
}

Result<qint64> MappingRepository::firstMissingStagedPlatformUnit()
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT s.platform_unit_id FROM mapping_stage s LEFT JOIN platform_units p ON p.id = s.platform_unit_id "
        "WHERE s.platform_unit_id IS NOT NULL AND p.id IS NULL LIMIT 1"));
    return firstId(q, "check staged platform units");
}

Status MappingRepository::freeStaged()
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "DELETE FROM unit_mappings WHERE unit_id IN (SELECT s.unit_id FROM mapping_stage s "
        "WHERE s.unit_id = unit_mappings.unit_id AND s.platform_unit_id IS DISTINCT FROM unit_mappings.platform_unit_id)"));
    return Database::exec(q, "free staged mappings");
}

Result<QPair<qint64, qint64>> MappingRepository::firstStagedConflict()
{
    // Mapped to a unit outside the stage (or to another staged unit that keeps it) ...
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT s.platform_unit_id, m.unit_id FROM mapping_stage s "
        "JOIN unit_mappings m ON m.platform_unit_id = s.platform_unit_id AND m.unit_id <> s.unit_id LIMIT 1"));
    if (Status s = Database::exec(q, "check 1:1"); !s.ok())
        return s.error();
    if (q.next()) {
        const QPair<qint64, qint64> hit{q.value(0).toLongLong(), q.value(1).toLongLong()};
        q.finish();
        return hit;
    }
    q.finish();
    // ... or wanted by two staged units.
    QSqlQuery &d = m_db.prepare(QStringLiteral(
        "SELECT platform_unit_id, min(unit_id) FROM mapping_stage WHERE platform_unit_id IS NOT NULL "
        "GROUP BY platform_unit_id HAVING count(*) > 1 LIMIT 1"));
    if (Status s = Database::exec(d, "check 1:1 in batch"); !s.ok())
        return s.error();
    QPair<qint64, qint64> hit{0, 0};
    if (d.next())
        hit = {d.value(0).toLongLong(), d.value(1).toLongLong()};
    d.finish();
    return hit;
}

Status MappingRepository::insertStaged(const QString &now)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "INSERT INTO unit_mappings (unit_id, platform_unit_id, method, confidence, mapped_at) "
        "SELECT s.unit_id, s.platform_unit_id, s.method, s.confidence, ? FROM mapping_stage s "
        "WHERE s.platform_unit_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM unit_mappings m WHERE m.unit_id = s.unit_id)"));
    q.addBindValue(now);
    return Database::exec(q, "map staged units");
}

Status MappingRepository::assignStagedResidents()
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "UPDATE residents SET platform_unit_id = (SELECT s.platform_unit_id FROM mapping_stage s "
        "WHERE s.unit_id = residents.unit_id) "
        "WHERE unit_id IN (SELECT unit_id FROM mapping_stage) "
        "AND connection_id IN (SELECT id FROM connections WHERE user_sync <> 0 AND unit_sync <> 0)"));
    return Database::exec(q, "assign residents of staged units");
}

Result<QList<qint64>> MappingRepository::stagedConnectionsWithoutUnitSync()
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT DISTINCT c.id FROM mapping_stage s JOIN units u ON u.id = s.unit_id "
        "JOIN connections c ON c.id = u.connection_id WHERE c.user_sync = 0 OR c.unit_sync = 0"));
    if (Status s = Database::exec(q, "connections without unit sync"); !s.ok())
        return s.error();
    QList<qint64> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    q.finish();
    return out;
}

Status MappingRepository::clearStage()
{
    return m_db.execRaw(QStringLiteral("DELETE FROM mapping_stage"));
}

} // namespace pms
