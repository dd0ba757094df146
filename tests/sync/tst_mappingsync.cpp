// R19 and R20 against a real sync: residents are assigned to platform units through the mapping
// at once when mappings change and again on every sync; Unit Sync off means no assignment.
#include "mapping/MappingService.h"
#include "mapping/MappingSnapshotLoader.h"
#include "storage/ConnectionRepository.h"
#include "storage/PlatformUnitRepository.h"
#include "support/SyncFixture.h"

#include <QSqlQuery>
#include <QTest>

using namespace pms;
using namespace pms::test;

namespace {

sim::SimOptions tiny()
{
    sim::SimOptions o;
    o.scale = sim::Scale::Tiny;
    o.seed = 11;
    return o;
}

int count(SyncFixture &f, const QString &sql)
{
    return f.scalar(sql).toInt();
}

// Residents whose platform unit is not the one their unit is mapped to (should be none).
const QString kMisassigned = QStringLiteral(
    "SELECT count(*) FROM residents r LEFT JOIN unit_mappings m ON m.unit_id = r.unit_id "
    "WHERE r.platform_unit_id IS NOT m.platform_unit_id");

// After an initial sync: a platform unit for every unit with residents, written the platform's
// way ("Unit <name>" in a building named like the property), mapped through the suggestions.
int mapOccupiedUnits(SyncFixture &f)
{
    QSqlQuery q(f.db().sql());
    if (!q.exec(QStringLiteral("SELECT DISTINCT u.name, p.name FROM units u JOIN properties p ON p.id = u.property_id "
                               "JOIN residents r ON r.unit_id = u.id")))
        return -1;
    QList<PlatformUnit> units;
    while (q.next()) {
        PlatformUnit u;
        u.name = QStringLiteral("Unit ") + q.value(0).toString().trimmed();
        u.building = q.value(1).toString();
        units.append(u);
    }
    if (!PlatformUnitRepository(f.db()).insertAll(units).ok())
        return -1;
    MappingSnapshotLoader::Request request;
    request.connectionId = f.connection().id;
    auto snap = MappingSnapshotLoader::load(f.db(), request);
    if (!snap.ok())
        return -1;
    const auto suggestions = MappingSnapshotLoader::suggest(snap->units, snap->platformUnits);
    QList<Suggestion> sure;
    for (const Suggestion &s : suggestions)
        if (s.confidence >= 0.9)
            sure.append(s);
    auto changes = MappingService(f.db()).acceptSuggestions(sure);
    return changes.ok() ? int(changes->size()) : -1;
}

} // namespace

class TestMappingSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void R19_residentsFollowMappingsAtOnceAndOnEverySync();
    void R20_unitSyncOffAssignsNobody();
};

void TestMappingSync::R19_residentsFollowMappingsAtOnceAndOnEverySync()
{
    SyncFixture f(tiny());
    QCOMPARE(f.run(SyncKind::Initial).status, QStringLiteral("succeeded"));
    const int occupied = count(f, QStringLiteral("SELECT count(DISTINCT unit_id) FROM residents WHERE unit_id IS NOT NULL"));
    QVERIFY(occupied > 5);
    QCOMPARE(count(f, QStringLiteral("SELECT count(*) FROM residents WHERE platform_unit_id IS NOT NULL")), 0);

    // Mapping assigns at once (same transaction): every resident of a mapped unit, nobody else.
    const int mapped = mapOccupiedUnits(f);
    QVERIFY2(mapped >= occupied * 9 / 10, qPrintable(QStringLiteral("%1 of %2").arg(mapped).arg(occupied)));
    const int inMapped = count(f, QStringLiteral("SELECT count(*) FROM residents r JOIN unit_mappings m ON m.unit_id = r.unit_id"));
    QVERIFY(inMapped > 0);
    QCOMPARE(count(f, QStringLiteral("SELECT count(*) FROM residents WHERE platform_unit_id IS NOT NULL")), inMapped);
    QCOMPARE(count(f, kMisassigned), 0);

    // Whatever drifted is put right by the next sync, and a sync never touches the mappings.
    QSqlQuery q(f.db().sql());
    QVERIFY(q.exec(QStringLiteral("UPDATE residents SET platform_unit_id = NULL")));
    f.clock().advanceSecs(3600);
    QCOMPARE(f.run(SyncKind::Incremental).status, QStringLiteral("succeeded"));
    QCOMPARE(count(f, QStringLiteral("SELECT count(*) FROM unit_mappings")), mapped);
    QCOMPARE(count(f, kMisassigned), 0);
    QCOMPARE(count(f, QStringLiteral("SELECT count(*) FROM residents WHERE platform_unit_id IS NOT NULL")), inMapped);

    // Unmapping one unit takes its residents off the platform unit at once.
    const qint64 unitId = f.scalar(QStringLiteral("SELECT m.unit_id FROM unit_mappings m JOIN residents r ON r.unit_id = m.unit_id LIMIT 1")).toLongLong();
    QVERIFY(MappingService(f.db()).unmap(unitId).ok());
    QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM residents WHERE unit_id = ? AND platform_unit_id IS NOT NULL"), {unitId}).toInt(), 0);
    QCOMPARE(count(f, kMisassigned), 0);
}

void TestMappingSync::R20_unitSyncOffAssignsNobody()
{
    SyncFixture f(tiny());
    QCOMPARE(f.run(SyncKind::Initial).status, QStringLiteral("succeeded"));
    QVERIFY(mapOccupiedUnits(f) > 0);
    const int assigned = count(f, QStringLiteral("SELECT count(*) FROM residents WHERE platform_unit_id IS NOT NULL"));
    QVERIFY(assigned > 0);

    // Settings: Unit Sync off. Existing assignments are cleared; mappings stay.
    ConnectionInfo c = ConnectionRepository(f.db()).get(f.connection().id).value();
    c.unitSync = false;
    QVERIFY(ConnectionRepository(f.db()).update(c).ok());
    f.connection().unitSync = false;
    MappingService service(f.db());
    QVERIFY(service.syncResidentAssignments(c.id).ok());
    QCOMPARE(count(f, QStringLiteral("SELECT count(*) FROM residents WHERE platform_unit_id IS NOT NULL")), 0);
    const int mappings = count(f, QStringLiteral("SELECT count(*) FROM unit_mappings"));
    QVERIFY(mappings > 0);

    // Neither a sync nor a mapping edit assigns anybody while it is off.
    f.clock().advanceSecs(3600);
    QCOMPARE(f.run(SyncKind::Incremental).status, QStringLiteral("succeeded"));
    QCOMPARE(count(f, QStringLiteral("SELECT count(*) FROM residents WHERE platform_unit_id IS NOT NULL")), 0);
    const qint64 unitId = f.scalar(QStringLiteral("SELECT unit_id FROM unit_mappings LIMIT 1")).toLongLong();
    auto change = service.unmap(unitId);
    QVERIFY(change.ok());
    QVERIFY(service.revert({change.value()}).ok());
    QCOMPARE(count(f, QStringLiteral("SELECT count(*) FROM residents WHERE platform_unit_id IS NOT NULL")), 0);

    // On again: the assignments come back at once, and stay after a sync.
    c.unitSync = true;
    QVERIFY(ConnectionRepository(f.db()).update(c).ok());
    f.connection().unitSync = true;
    QVERIFY(service.syncResidentAssignments(c.id).ok());
    QCOMPARE(count(f, QStringLiteral("SELECT count(*) FROM residents WHERE platform_unit_id IS NOT NULL")), assigned);
    f.clock().advanceSecs(3600);
    QCOMPARE(f.run(SyncKind::Incremental).status, QStringLiteral("succeeded"));
    QCOMPARE(count(f, kMisassigned), 0);
    QCOMPARE(count(f, QStringLiteral("SELECT count(*) FROM residents WHERE platform_unit_id IS NOT NULL")), assigned);
}

QTEST_GUILESS_MAIN(TestMappingSync)
#include "tst_mappingsync.moc"
