#include "support/TestSupport.h"
#include "mapping/MappingService.h"
#include "storage/ConnectionRepository.h"
#include "storage/MappingRepository.h"
#include "storage/PlatformUnitEditQueries.h"
#include "storage/PlatformUnitRepository.h"
#include "storage/PmsCacheRepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace pms;

/// Unit mappings: the 1:1 rule (R18), undo/redo, residents following mapping changes (R19) and
/// the Unit Sync switch (R20).
class TestMapping : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void mapAssignsResidentsAtOnce();
    void unmapClearsAssignments();
    void remapMovesResidents();
    void oneToOneIsEnforced();
    void oneToOneInTheSchema();
    void undoRedoOfASequence();
    void acceptSuggestionsIsAllOrNothing();
    void acceptSuggestionsUndoIsOneStep();
    void unknownUnitsAreErrors();
    void unitSyncOffAssignsNothingAndClears();
    void unitSyncSwitchBackOn();
    void syncStyleAssignmentFollowsMappings();
    void deletingAMappedPlatformUnit();

private:
    void exec(const QString &sql);
    QVariant scalar(const QString &sql);
    qint64 platformOfResident(qint64 residentId);
    qint64 addPlatformUnit(const QString &name, const QString &building);

    std::unique_ptr<test::TempCache> m_cache;
    qint64 m_p1 = 0, m_p2 = 0, m_p3 = 0;
};

void TestMapping::exec(const QString &sql)
{
    QSqlQuery q(m_cache->db().sql());
    QVERIFY2(q.exec(sql), qPrintable(sql));
}

QVariant TestMapping::scalar(const QString &sql)
{
    // A second connection sees only what was committed.
    auto other = m_cache->openAnother();
    QSqlQuery q(other->sql());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

qint64 TestMapping::platformOfResident(qint64 residentId)
{
    return scalar(QStringLiteral("SELECT COALESCE(platform_unit_id, 0) FROM residents WHERE id = %1").arg(residentId))
        .toLongLong();
}

qint64 TestMapping::addPlatformUnit(const QString &name, const QString &building)
{
    PlatformUnit u;
    u.name = name;
    u.building = building;
    auto id = PlatformUnitRepository(m_cache->db()).insert(u);
    return id.ok() ? id.value() : 0;
}

// One connection, two properties, three units (12-03 and 12-04 in Maple Court, 12-03 in Harbor
// Point), residents 1 and 2 in unit 1, resident 3 in unit 2.
void TestMapping::init()
{
    m_cache = std::make_unique<test::TempCache>();
    exec(QStringLiteral("INSERT INTO connections (id, name, base_url, system_id, client_id, created_at) "
                        "VALUES (1, 'Test', 'https://pw.example', 'S1', 'C1', '2024-01-01T00:00:00Z')"));
    exec(QStringLiteral("INSERT INTO properties (id, connection_id, pms_id, name, address, synced_at) VALUES "
                        "(1, 1, 201, 'Maple Court', '123 Oak St', 'x'), (2, 1, 202, 'Harbor Point', '9 Bay Rd', 'x')"));
    exec(QStringLiteral("INSERT INTO units (id, connection_id, pms_id, pms_property_id, property_id, name, synced_at) VALUES "
                        "(1, 1, 1001, 201, 1, '12-03', 'x'), (2, 1, 1002, 201, 1, '12-04', 'x'), "
                        "(3, 1, 1003, 202, 2, '12-03', 'x')"));
    exec(QStringLiteral("INSERT INTO residents (id, connection_id, pms_contact_id, first_name, last_name, unit_id, "
                        "property_id, created_at, synced_at) VALUES "
                        "(1, 1, 5001, 'Ana', 'Ruiz', 1, 1, 'x', 'x'), (2, 1, 5002, 'Ben', 'Ruiz', 1, 1, 'x', 'x'), "
                        "(3, 1, 5003, 'Cleo', 'Ng', 2, 1, 'x', 'x')"));
    m_p1 = addPlatformUnit(QStringLiteral("A-1203"), QStringLiteral("Maple Court"));
    m_p2 = addPlatformUnit(QStringLiteral("A-1204"), QStringLiteral("Maple Court"));
    m_p3 = addPlatformUnit(QStringLiteral("B-1203"), QStringLiteral("Harbor Point"));
    QVERIFY(m_p1 && m_p2 && m_p3);
}

void TestMapping::cleanup()
{
    m_cache.reset();
}

void TestMapping::mapAssignsResidentsAtOnce()
{
    MappingService service(m_cache->db());
    auto change = service.map(1, m_p1);
    QVERIFY2(change.ok(), qPrintable(change.errorMessage()));
    QCOMPARE(change->before.platformUnitId, qint64(0));
    QCOMPARE(change->after.platformUnitId, m_p1);
    // R19: committed together with the mapping.
    QCOMPARE(scalar(QStringLiteral("SELECT platform_unit_id FROM unit_mappings WHERE unit_id = 1")).toLongLong(), m_p1);
    QCOMPARE(platformOfResident(1), m_p1);
    QCOMPARE(platformOfResident(2), m_p1);
    QCOMPARE(platformOfResident(3), qint64(0));
    QCOMPARE(scalar(QStringLiteral("SELECT method FROM unit_mappings WHERE unit_id = 1")).toString(), QStringLiteral("manual"));
}

void TestMapping::unmapClearsAssignments()
{
    MappingService service(m_cache->db());
    QVERIFY(service.map(1, m_p1).ok());
    auto change = service.unmap(1);
    QVERIFY(change.ok());
    QCOMPARE(change->before.platformUnitId, m_p1);
    QVERIFY(!change->after.mapped());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM unit_mappings")).toInt(), 0);
    QCOMPARE(platformOfResident(1), qint64(0));
    QCOMPARE(platformOfResident(2), qint64(0));
    // Unmapping an unmapped unit is not an error, and changes nothing.
    auto again = service.unmap(1);
    QVERIFY(again.ok());
    QVERIFY(!again->before.mapped() && !again->after.mapped());
}

void TestMapping::remapMovesResidents()
{
    MappingService service(m_cache->db());
    QVERIFY(service.map(1, m_p1).ok());
    auto change = service.map(1, m_p2);
    QVERIFY(change.ok());
    QCOMPARE(change->before.platformUnitId, m_p1);
    QCOMPARE(platformOfResident(1), m_p2);
    // The old platform unit is free again.
    QVERIFY(service.map(2, m_p1).ok());
    QCOMPARE(platformOfResident(3), m_p1);
}

void TestMapping::oneToOneIsEnforced()
{
    MappingService service(m_cache->db());
    QVERIFY(service.map(1, m_p1).ok());
    auto clash = service.map(3, m_p1);
    QVERIFY(!clash.ok());
    QCOMPARE(clash.error().code, QStringLiteral("conflict"));
    QCOMPARE(clash.errorMessage(),
             QStringLiteral("Platform unit 'A-1203' is already mapped to PMS unit 12-03 in Maple Court. "
                            "Remove that mapping first, or choose another."));
    // Nothing changed.
    QCOMPARE(scalar(QStringLiteral("SELECT unit_id FROM unit_mappings WHERE platform_unit_id = %1").arg(m_p1)).toLongLong(),
             qint64(1));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM unit_mappings WHERE unit_id = 3")).toInt(), 0);
    // Mapping the same pair again is fine.
    auto same = service.map(1, m_p1);
    QVERIFY(same.ok());
    QCOMPARE(same->before.platformUnitId, same->after.platformUnitId);
}

void TestMapping::oneToOneInTheSchema()
{
    exec(QStringLiteral("INSERT INTO unit_mappings (unit_id, platform_unit_id, mapped_at) VALUES (1, %1, 'x')").arg(m_p1));
    QSqlQuery q(m_cache->db().sql());
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO unit_mappings (unit_id, platform_unit_id, mapped_at) VALUES (2, %1, 'x')")
                        .arg(m_p1)));
    MappingRepository repo(m_cache->db());
    const Status s = repo.setMapping(2, MappingState{m_p1, QStringLiteral("manual"), std::nullopt}, QStringLiteral("x"));
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, QStringLiteral("constraint"));
}

void TestMapping::undoRedoOfASequence()
{
    MappingService service(m_cache->db());
    QList<MappingChange> stack;
    auto push = [&](const Result<MappingChange> &c) {
        QVERIFY2(c.ok(), qPrintable(c.errorMessage()));
        stack.append(c.value());
    };
    push(service.map(1, m_p1));
    push(service.unmap(1));
    push(service.map(3, m_p1));
    push(service.map(1, m_p2));
    QCOMPARE(platformOfResident(1), m_p2);

    // Undo everything, newest first: back to no mappings at all.
    for (qsizetype i = stack.size() - 1; i >= 0; --i)
        QVERIFY(service.revert({stack.at(i)}).ok());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM unit_mappings")).toInt(), 0);
    QCOMPARE(platformOfResident(1), qint64(0));

    // Redo the first three: unit 3 has A-1203, unit 1 nothing.
    for (int i = 0; i < 3; ++i)
        QVERIFY(service.apply({stack.at(i)}).ok());
    QCOMPARE(scalar(QStringLiteral("SELECT unit_id FROM unit_mappings WHERE platform_unit_id = %1").arg(m_p1)).toLongLong(),
             qint64(3));
    QCOMPARE(platformOfResident(1), qint64(0));

    // Undo "map 3 -> A-1203", redo "map 1 -> A-1203" out of order would break 1:1 only if both held.
    QVERIFY(service.revert({stack.at(2)}).ok());
    QVERIFY(service.apply({stack.at(0)}).ok());
    QCOMPARE(platformOfResident(1), m_p1);
    // Now redoing "map 3 -> A-1203" is refused with the 1:1 message and changes nothing.
    const Status clash = service.apply({stack.at(2)});
    QVERIFY(!clash.ok());
    QCOMPARE(clash.error().code, QStringLiteral("conflict"));
    QCOMPARE(platformOfResident(1), m_p1);
}

void TestMapping::acceptSuggestionsIsAllOrNothing()
{
    MappingService service(m_cache->db());
    QVERIFY(service.map(3, m_p3).ok());
    QList<Suggestion> batch = {{1, m_p1, 0.9, NameMatch::Exact, BuildingMatch::Same},
                               {2, m_p3, 0.8, NameMatch::Exact, BuildingMatch::Same}}; // m_p3 is taken
    auto result = service.acceptSuggestions(batch);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("conflict"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM unit_mappings")).toInt(), 1);
    QCOMPARE(platformOfResident(1), qint64(0));
}

void TestMapping::acceptSuggestionsUndoIsOneStep()
{
    MappingService service(m_cache->db());
    QList<Suggestion> batch = {{1, m_p1, 0.9, NameMatch::Exact, BuildingMatch::Same},
                               {2, m_p2, 0.85, NameMatch::Exact, BuildingMatch::Same},
                               {3, m_p3, 0.8, NameMatch::Exact, BuildingMatch::Same}};
    auto result = service.acceptSuggestions(batch);
    QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    QCOMPARE(result->size(), 3);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM unit_mappings WHERE method = 'suggestion'")).toInt(), 3);
    QCOMPARE(scalar(QStringLiteral("SELECT confidence FROM unit_mappings WHERE unit_id = 2")).toDouble(), 0.85);
    QCOMPARE(platformOfResident(3), m_p2);

    QVERIFY(service.revert(result.value()).ok());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM unit_mappings")).toInt(), 0);
    QCOMPARE(platformOfResident(1), qint64(0));
    QCOMPARE(platformOfResident(3), qint64(0));

    QVERIFY(service.apply(result.value()).ok());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM unit_mappings")).toInt(), 3);
    QCOMPARE(platformOfResident(1), m_p1);
}

void TestMapping::unknownUnitsAreErrors()
{
    MappingService service(m_cache->db());
    auto noUnit = service.map(99, m_p1);
    QVERIFY(!noUnit.ok());
    QCOMPARE(noUnit.error().code, QStringLiteral("not-found"));
    auto noPlatform = service.map(1, 9999);
    QVERIFY(!noPlatform.ok());
    QCOMPARE(noPlatform.error().code, QStringLiteral("not-found"));
    QCOMPARE(noPlatform.errorMessage(), QStringLiteral("unknown platform unit 9999"));
    MappingRepository repo(m_cache->db());
    auto byPms = repo.unitByPmsId(1, 424242);
    QVERIFY(!byPms.ok());
    QVERIFY(byPms.errorMessage().contains(QLatin1String("424242")));
    QCOMPARE(repo.unitByPmsId(1, 1003)->unitId, qint64(3));
}

void TestMapping::unitSyncOffAssignsNothingAndClears()
{
    MappingService service(m_cache->db());
    QVERIFY(service.map(2, m_p2).ok());
    QCOMPARE(platformOfResident(3), m_p2);

    // R20: the user switches Unit Sync off in Settings.
    ConnectionRepository connections(m_cache->db());
    ConnectionInfo c = connections.get(1).value();
    c.unitSync = false;
    QVERIFY(connections.update(c).ok());

    // A mapping edit maps, but assigns nobody, and the existing assignment goes.
    QVERIFY(service.map(1, m_p1).ok());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM unit_mappings")).toInt(), 2);
    QCOMPARE(platformOfResident(1), qint64(0));
    QCOMPARE(platformOfResident(3), qint64(0));

    // The switch alone (Settings calls syncResidentAssignments) clears them too.
    exec(QStringLiteral("UPDATE residents SET platform_unit_id = %1 WHERE id = 3").arg(m_p2));
    QVERIFY(service.syncResidentAssignments(1).ok());
    QCOMPARE(platformOfResident(3), qint64(0));

    // User Sync off counts as Unit Sync off (the FAQ: Unit Sync comes with User Sync).
    c.unitSync = true;
    c.userSync = false;
    QVERIFY(connections.update(c).ok());
    QVERIFY(service.unmap(1).ok());
    QVERIFY(service.map(1, m_p1).ok());
    QCOMPARE(platformOfResident(1), qint64(0));
}

void TestMapping::unitSyncSwitchBackOn()
{
    ConnectionRepository connections(m_cache->db());
    ConnectionInfo c = connections.get(1).value();
    c.unitSync = false;
    QVERIFY(connections.update(c).ok());
    MappingService service(m_cache->db());
    QVERIFY(service.map(1, m_p1).ok());
    QCOMPARE(platformOfResident(1), qint64(0));

    c.unitSync = true;
    QVERIFY(connections.update(c).ok());
    QVERIFY(service.syncResidentAssignments(1).ok());
    QCOMPARE(platformOfResident(1), m_p1);
    QCOMPARE(platformOfResident(2), m_p1);
    QCOMPARE(platformOfResident(3), qint64(0));
}

void TestMapping::syncStyleAssignmentFollowsMappings()
{
    // What the sync engine does at the end of a run (R19 "on every sync"): a resident who moved
    // into a mapped unit gets its platform unit.
    MappingService service(m_cache->db());
    QVERIFY(service.map(2, m_p2).ok());
    exec(QStringLiteral("UPDATE residents SET unit_id = 2 WHERE id = 1")); // moved (R3)
    QVERIFY(PmsCacheRepository(m_cache->db()).assignResidentsThroughMappings(1).ok());
    QCOMPARE(platformOfResident(1), m_p2);
    QCOMPARE(platformOfResident(2), qint64(0));
}

void TestMapping::deletingAMappedPlatformUnit()
{
    MappingService service(m_cache->db());
    QVERIFY(service.map(1, m_p1).ok());
    PlatformUnitEditQueries edits(m_cache->db());
    auto usage = edits.usage(m_p1);
    QVERIFY(usage.ok());
    QVERIFY(usage->mapped());
    QCOMPARE(usage->unitName, QStringLiteral("12-03"));
    QCOMPARE(usage->propertyName, QStringLiteral("Maple Court"));
    QCOMPARE(usage->assignedResidents, qint64(2));

    QVERIFY(edits.remove(m_p1).ok());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM unit_mappings")).toInt(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM platform_units WHERE id = %1").arg(m_p1)).toInt(), 0);
    QCOMPARE(platformOfResident(1), qint64(0));

    // Validation for the create/edit dialog.
    PlatformUnit dup;
    dup.name = QStringLiteral(" a-1204 ");
    dup.building = QStringLiteral("maple court");
    const Status s = edits.validate(dup);
    QVERIFY(!s.ok());
    QCOMPARE(s.errorMessage(), QStringLiteral("There is already a platform unit 'a-1204' in maple court."));
    dup.building = QStringLiteral("Elsewhere");
    QVERIFY(edits.validate(dup).ok());
    dup.name.clear();
    QVERIFY(!edits.validate(dup).ok());
}

QTEST_GUILESS_MAIN(TestMapping)
#include "tst_mapping.moc"
