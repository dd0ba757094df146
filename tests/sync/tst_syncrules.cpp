// The sync rules R1–R8 and R22, each against both in-process simulators (Propertyware and
// Buildium) over loopback: the same test code, a "pms" column chooses the connector.
#include "storage/ConnectionRepository.h"
#include "storage/SyncRunRepository.h"
#include "support/SyncFixture.h"

#include <QSqlQuery>
#include <QSignalSpy>
#include <QTest>

using namespace pms;
using namespace pms::test;
using sim::Entity;
using sim::SimStore;

namespace {

sim::SimOptions small(const QString &pms)
{
    sim::SimOptions o;
    o.scale = sim::Scale::Tiny;
    o.seed = 7;
    o.pms = pms == QLatin1String("buildium") ? sim::SimPms::Buildium : sim::SimPms::Propertyware;
    return o;
}

/// The data of every rule test: one row per connector.
void connectors()
{
    QTest::addColumn<QString>("pms");
    QTest::newRow("propertyware") << QStringLiteral("propertyware");
    QTest::newRow("buildium") << QStringLiteral("buildium");
}

int count(SyncFixture &f, const QString &sql, const QVariantList &binds = {})
{
    return f.scalar(sql, binds).toInt();
}

} // namespace

class TestSyncRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void R1_propertiesImportedAndOnlyIntegrationDataRefreshed_data() { connectors(); }
    void R1_propertiesImportedAndOnlyIntegrationDataRefreshed();
    void R2_residentsOnlyFromActiveLeases_data() { connectors(); }
    void R2_residentsOnlyFromActiveLeases();
    void R3_existingResidentOnlyPlacementAndDatesChange_data() { connectors(); }
    void R3_existingResidentOnlyPlacementAndDatesChange();
    void R4_incrementalWindowAndFailedRunKeepsCursor_data() { connectors(); }
    void R4_incrementalWindowAndFailedRunKeepsCursor();
    void R5_workOrdersOnlyManagedByIntegrationUser_data() { connectors(); }
    void R5_workOrdersOnlyManagedByIntegrationUser();
    void R5_workOrderSyncOffWhenEmailDiffers_data() { connectors(); }
    void R5_workOrderSyncOffWhenEmailDiffers();
    void R6_workOrdersLinkedOrFlaggedUnlinked_data() { connectors(); }
    void R6_workOrdersLinkedOrFlaggedUnlinked();
    void R7_existingWorkOrderNeverUpdated_data() { connectors(); }
    void R7_existingWorkOrderNeverUpdated();
    void R8_leasesOverwrittenNightly_data() { connectors(); }
    void R8_leasesOverwrittenNightly();
    void R22_twoConnectionsOneCache_data() { connectors(); }
    void R22_twoConnectionsOneCache();
    void wrongSecretChangesNothing_data() { connectors(); }
    void wrongSecretChangesNothing();
    void cancelLeavesCacheConsistent_data() { connectors(); }
    void cancelLeavesCacheConsistent();
    void runRecordedWithCounts_data() { connectors(); }
    void runRecordedWithCounts();
};

void TestSyncRules::R1_propertiesImportedAndOnlyIntegrationDataRefreshed()
{
    QFETCH(QString, pms);
    SyncFixture f(small(pms));
    const SyncOutcome o = f.run(SyncKind::Initial);
    QCOMPARE(o.status, QStringLiteral("succeeded"));
    const int buildings = f.sim().read([](const SimStore &s) {
        return int(std::count_if(s.buildings.begin(), s.buildings.end(), [](const auto &b) { return b.active; }));
    });
    QVERIFY(buildings > 0);
    QCOMPARE(count(f, QStringLiteral("SELECT count(*) FROM properties")), buildings);
    const int units = f.sim().read([](const SimStore &s) {
        return int(std::count_if(s.units.begin(), s.units.end(), [](const auto &u) { return u.active; }));
    });
    QCOMPARE(count(f, QStringLiteral("SELECT count(*) FROM units")), units);

    // The user edits a property locally; the PMS renames it; a later sync refreshes the PMS
    // name and the raw record but keeps the local edit.
    const qint64 pmsId = f.scalar(QStringLiteral("SELECT pms_id FROM properties ORDER BY pms_id LIMIT 1")).toLongLong();
    QSqlQuery q(f.db().sql());
    QVERIFY(q.exec(QStringLiteral("UPDATE properties SET local_name='Our name for it', local_notes='gate code 1234' "
                                  "WHERE pms_id=%1").arg(pmsId)));
    f.clock().advanceSecs(3600);
    QVERIFY(f.sim().renameRecord(Entity::Buildings, pmsId, QStringLiteral("Renamed Towers")));
    const SyncOutcome inc = f.run(SyncKind::PropertiesResidents);
    QCOMPARE(inc.status, QStringLiteral("succeeded"));
    QCOMPARE(inc.counts.value(QStringLiteral("properties")).updated, 1);
    QCOMPARE(inc.counts.value(QStringLiteral("properties")).created, 0);
    QCOMPARE(f.scalar(QStringLiteral("SELECT name FROM properties WHERE pms_id=?"), {pmsId}).toString(),
             QStringLiteral("Renamed Towers"));
    QVERIFY(f.scalar(QStringLiteral("SELECT raw_json FROM properties WHERE pms_id=?"), {pmsId}).toString().contains(
        QLatin1String("Renamed Towers")));
    QCOMPARE(f.scalar(QStringLiteral("SELECT local_name FROM properties WHERE pms_id=?"), {pmsId}).toString(),
             QStringLiteral("Our name for it"));
    QCOMPARE(f.scalar(QStringLiteral("SELECT local_notes FROM properties WHERE pms_id=?"), {pmsId}).toString(),
             QStringLiteral("gate code 1234"));
}

void TestSyncRules::R2_residentsOnlyFromActiveLeases()
{
    QFETCH(QString, pms);
    SyncFixture f(small(pms));
    QCOMPARE(f.run(SyncKind::Initial).status, QStringLiteral("succeeded"));
    // Expected: every contact of an active lease whose unit is active in the PMS.
    const auto expected = f.sim().read([](const SimStore &s) {
        QSet<qint64> ids;
        for (const auto &l : s.leases) {
            const auto *u = sim::findById(s.units, l.unitId);
            if (!l.active || !u || !u->active)
                continue;
            for (const auto &c : l.contacts)
                if (c.contactId)
                    ids.insert(c.contactId);
        }
        return ids;
    });
    QVERIFY(!expected.isEmpty());
    QSet<qint64> actual;
    QSqlQuery q(f.db().sql());
    QVERIFY(q.exec(QStringLiteral("SELECT pms_contact_id FROM residents")));
    while (q.next())
        actual.insert(q.value(0).toLongLong());
    QCOMPARE(actual, expected);

    // A tenant of an inactive lease is left out, with the reason kept.
    const qint64 inactiveContact = f.sim().read([&](const SimStore &s) -> qint64 {
        for (const auto &l : s.leases)
            if (!l.active)
                for (const auto &c : l.contacts)
                    if (c.contactId && !expected.contains(c.contactId))
                        return c.contactId;
        return 0;
    });
    QVERIFY(inactiveContact > 0);
    const QString reason = SyncRunRepository(f.db()).exclusionReason(f.connection().id, QStringLiteral("residents"),
                                                                     inactiveContact);
    QVERIFY2(reason.contains(QLatin1String("inactive")), qPrintable(reason));
}

void TestSyncRules::R3_existingResidentOnlyPlacementAndDatesChange()
{
    QFETCH(QString, pms);
    SyncFixture f(small(pms));
    QCOMPARE(f.run(SyncKind::Initial).status, QStringLiteral("succeeded"));
    const auto [leaseId, contactId] = f.sim().read([](const SimStore &s) {
        for (const auto &l : s.leases)
            if (l.active && !l.contacts.empty() && l.contacts.front().contactId)
                return std::pair<qint64, qint64>(l.id, l.contacts.front().contactId);
        return std::pair<qint64, qint64>(0, 0);
    });
    QVERIFY(leaseId > 0);
    const QString oldLast = f.scalar(QStringLiteral("SELECT last_name FROM residents WHERE pms_contact_id=?"), {contactId}).toString();
    const QString oldEmail = f.scalar(QStringLiteral("SELECT email FROM residents WHERE pms_contact_id=?"), {contactId}).toString();
    const qint64 oldUnit = f.scalar(QStringLiteral("SELECT pms_unit_id FROM residents WHERE pms_contact_id=?"), {contactId}).toLongLong();

    // In the PMS: the tenant's name changes and the lease moves to another (vacant) unit with new dates.
    f.clock().advanceSecs(3600);
    QVERIFY(f.sim().renameRecord(Entity::Contacts, contactId, QStringLiteral("Changedname")));
    const qint64 newUnit = f.sim().read([&](const SimStore &s) -> qint64 {
        for (const auto &u : s.units)
            if (u.active && u.leaseId == 0 && u.id != oldUnit)
                return u.id;
        return 0;
    });
    QVERIFY(newUnit > 0);
    QVERIFY(f.sim().moveLease(leaseId, newUnit));
    f.sim().change([&](SimStore &s, qint64 now) {
        auto *l = sim::findById(s.leases, leaseId);
        l->moveInDate = QDate(2026, 12, 1);
        l->stamp.modifiedAt = now;
        return 0;
    });
    const SyncOutcome o = f.run(SyncKind::Incremental);
    QCOMPARE(o.status, QStringLiteral("succeeded"));
    QCOMPARE(f.scalar(QStringLiteral("SELECT pms_unit_id FROM residents WHERE pms_contact_id=?"), {contactId}).toLongLong(), newUnit);
    QCOMPARE(f.scalar(QStringLiteral("SELECT move_in FROM residents WHERE pms_contact_id=?"), {contactId}).toString(),
             QStringLiteral("2026-12-01"));
    QCOMPARE(f.scalar(QStringLiteral("SELECT last_name FROM residents WHERE pms_contact_id=?"), {contactId}).toString(), oldLast);
    QCOMPARE(f.scalar(QStringLiteral("SELECT email FROM residents WHERE pms_contact_id=?"), {contactId}).toString(), oldEmail);
    QVERIFY(o.counts.value(QStringLiteral("residents")).updated >= 1);
}

void TestSyncRules::R4_incrementalWindowAndFailedRunKeepsCursor()
{
    QFETCH(QString, pms);
    SyncFixture f(small(pms));
    const QDateTime t0 = f.clock().nowUtc();
    QCOMPARE(f.run(SyncKind::Initial).status, QStringLiteral("succeeded"));
    SyncRunRepository runs(f.db());
    QCOMPARE(runs.lastSuccess(f.connection().id, QStringLiteral("incremental")), t0);

    // A failing incremental run does not move the cursor.
    f.clock().advanceSecs(3600);
    QVERIFY(f.server().faults().setSpec(QStringLiteral("units:500")));
    const SyncOutcome failed = f.run(SyncKind::Incremental);
    QCOMPARE(failed.status, QStringLiteral("failed"));
    QVERIFY2(failed.error.contains(QLatin1String("units")), qPrintable(failed.error));
    QCOMPARE(runs.lastSuccess(f.connection().id, QStringLiteral("incremental")), t0);

    // The next run asks for everything modified since the last success minus 72 h.
    f.server().faults().clear();
    f.clock().advanceSecs(3600);
    const QDateTime t2 = f.clock().nowUtc();
    const SyncOutcome ok = f.run(SyncKind::Incremental);
    QCOMPARE(ok.status, QStringLiteral("succeeded"));
    const QString window = f.scalar(QStringLiteral("SELECT window_start FROM sync_runs WHERE id=?"), {ok.runId}).toString();
    QCOMPARE(window, t0.addSecs(-72 * 3600).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z'));
    QCOMPARE(runs.lastSuccess(f.connection().id, QStringLiteral("incremental")), t2);

    // Only records modified in the window come: untouched data is not re-read once old enough.
    f.clock().advanceSecs(10 * 24 * 3600);
    QCOMPARE(f.run(SyncKind::Incremental).status, QStringLiteral("succeeded"));
    f.clock().advanceSecs(3600);
    f.sim().touch(Entity::Units, 3);
    const SyncOutcome small3 = f.run(SyncKind::Incremental);
    QCOMPARE(small3.counts.value(QStringLiteral("units")).total(), 3);
}

void TestSyncRules::R5_workOrdersOnlyManagedByIntegrationUser()
{
    QFETCH(QString, pms);
    SyncFixture f(small(pms));
    QCOMPARE(f.run(SyncKind::Initial).status, QStringLiteral("succeeded"));
    const auto [ours, theirs] = f.sim().read([](const SimStore &s) {
        int a = 0, b = 0;
        for (const auto &w : s.workOrders)
            (w.managedBy.compare(QLatin1String("PMS Bridge"), Qt::CaseInsensitive) == 0 ? a : b)++;
        return std::pair<int, int>(a, b);
    });
    QVERIFY(ours > 0);
    QVERIFY(theirs > 0);
    QCOMPARE(count(f, QStringLiteral("SELECT count(*) FROM work_orders")), ours);
    QCOMPARE(count(f, QStringLiteral("SELECT count(*) FROM work_orders WHERE managed_by <> 'PMS Bridge'")), 0);
    QCOMPARE(SyncRunRepository(f.db()).exclusionCount(f.connection().id, QStringLiteral("workorders")), theirs);
    const qint64 other = f.sim().read([](const SimStore &s) -> qint64 {
        for (const auto &w : s.workOrders)
            if (!w.managedBy.isEmpty() && w.managedBy != QLatin1String("PMS Bridge"))
                return w.id;
        return 0;
    });
    const QString reason = SyncRunRepository(f.db()).exclusionReason(f.connection().id, QStringLiteral("workorders"), other);
    QVERIFY2(reason.startsWith(QLatin1String("Managed By is '")) && reason.contains(QLatin1String("not the integration user")),
             qPrintable(reason));
}

void TestSyncRules::R5_workOrderSyncOffWhenEmailDiffers()
{
    QFETCH(QString, pms);
    SyncFixture f(small(pms));
    f.connection().integrationEmail = QStringLiteral("someone.else@example.com");
    const SyncOutcome o = f.run(SyncKind::Initial);
    QCOMPARE(o.status, QStringLiteral("succeeded"));
    QCOMPARE(count(f, QStringLiteral("SELECT count(*) FROM work_orders")), 0);
    QVERIFY2(o.error.contains(QLatin1String("Work-order sync is off")), qPrintable(o.error));
    QVERIFY(o.error.contains(QLatin1String("bridge@pmsbridge.example")));
    QVERIFY(count(f, QStringLiteral("SELECT count(*) FROM properties")) > 0); // the rest still synced
    QCOMPARE(ConnectionRepository(f.db()).get(f.connection().id)->pmsUserEmail, QStringLiteral("bridge@pmsbridge.example"));
}

void TestSyncRules::R6_workOrdersLinkedOrFlaggedUnlinked()
{
    QFETCH(QString, pms);
    SyncFixture f(small(pms));
    QCOMPARE(f.run(SyncKind::Initial).status, QStringLiteral("succeeded"));
    // Linked ones point at the cached property and unit and carry the property's manager.
    QSqlQuery q(f.db().sql());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT w.pms_id, w.linked, w.property_id, w.unit_id, w.manager_user_id, p.manager_user_id, w.pms_unit_id "
        "FROM work_orders w LEFT JOIN properties p ON p.id = w.property_id")));
    int linked = 0;
    while (q.next()) {
        if (q.value(1).toBool()) {
            ++linked;
            QVERIFY(!q.value(2).isNull());
            QCOMPARE(q.value(4), q.value(5));
            if (!q.value(6).isNull())
                QVERIFY(!q.value(3).isNull());
        }
    }
    QVERIFY(linked > 0);
    // A new work order for a unit the cache does not have is kept and flagged "unlinked".
    f.clock().advanceSecs(3600);
    const QList<qint64> added = f.sim().addWorkOrders(1, QStringLiteral("PMS Bridge"));
    QCOMPARE(added.size(), 1);
    f.sim().change([&](SimStore &s, qint64 now) {
        auto *w = sim::findById(s.workOrders, added.first());
        w->unitId = 987654321;
        w->stamp.modifiedAt = now;
        return 0;
    });
    QCOMPARE(f.run(SyncKind::Incremental).status, QStringLiteral("succeeded"));
    QCOMPARE(f.scalar(QStringLiteral("SELECT linked FROM work_orders WHERE pms_id=?"), {added.first()}).toInt(), 0);
    // A requester who is a resident of the unit is linked to that resident.
    QVERIFY(count(f, QStringLiteral("SELECT count(*) FROM work_orders w JOIN residents r ON r.id = w.resident_id "
                                    "WHERE w.unit_id = r.unit_id")) >= 0);
}

void TestSyncRules::R7_existingWorkOrderNeverUpdated()
{
    QFETCH(QString, pms);
    SyncFixture f(small(pms));
    QCOMPARE(f.run(SyncKind::Initial).status, QStringLiteral("succeeded"));
    const qint64 id = f.scalar(QStringLiteral("SELECT pms_id FROM work_orders ORDER BY pms_id LIMIT 1")).toLongLong();
    QVERIFY(id > 0);
    const QString before = f.scalar(QStringLiteral("SELECT description FROM work_orders WHERE pms_id=?"), {id}).toString();
    f.clock().advanceSecs(3600);
    QVERIFY(f.sim().renameRecord(Entity::WorkOrders, id, QStringLiteral("Changed in the PMS")));
    const SyncOutcome o = f.run(SyncKind::Incremental);
    QCOMPARE(o.status, QStringLiteral("succeeded"));
    QCOMPARE(f.scalar(QStringLiteral("SELECT description FROM work_orders WHERE pms_id=?"), {id}).toString(), before);
    QVERIFY(o.counts.value(QStringLiteral("workorders")).unchanged >= 1);
    QCOMPARE(o.counts.value(QStringLiteral("workorders")).updated, 0);
}

void TestSyncRules::R8_leasesOverwrittenNightly()
{
    QFETCH(QString, pms);
    SyncFixture f(small(pms));
    QCOMPARE(f.run(SyncKind::Initial).status, QStringLiteral("succeeded"));
    const qint64 leaseId = f.scalar(QStringLiteral("SELECT pms_id FROM leases ORDER BY pms_id LIMIT 1")).toLongLong();
    f.clock().advanceSecs(3600);
    f.sim().change([&](SimStore &s, qint64 now) {
        auto *l = sim::findById(s.leases, leaseId);
        l->baseRent = 4321.5;
        l->status = QStringLiteral("Closed");
        l->active = false;
        l->endDate = QDate(2027, 1, 31);
        l->leaseName = QStringLiteral("Renamed lease");
        l->stamp.modifiedAt = now;
        return 0;
    });
    // The hourly run does not touch lease rows (R8: once a day) ...
    QCOMPARE(f.run(SyncKind::Incremental).status, QStringLiteral("succeeded"));
    QVERIFY(f.scalar(QStringLiteral("SELECT base_rent FROM leases WHERE pms_id=?"), {leaseId}).toDouble() != 4321.5);
    // ... the nightly leases run overwrites every field.
    const SyncOutcome o = f.run(SyncKind::Leases);
    QCOMPARE(o.status, QStringLiteral("succeeded"));
    QCOMPARE(f.scalar(QStringLiteral("SELECT base_rent FROM leases WHERE pms_id=?"), {leaseId}).toDouble(), 4321.5);
    // Buildium's word for a lease that ended is "Past" (LeaseStatus: Active, Past, Future).
    QCOMPARE(f.scalar(QStringLiteral("SELECT status FROM leases WHERE pms_id=?"), {leaseId}).toString(),
             pms == QLatin1String("buildium") ? QStringLiteral("Past") : QStringLiteral("Closed"));
    QCOMPARE(f.scalar(QStringLiteral("SELECT active FROM leases WHERE pms_id=?"), {leaseId}).toInt(), 0);
    QCOMPARE(f.scalar(QStringLiteral("SELECT end_date FROM leases WHERE pms_id=?"), {leaseId}).toString(), QStringLiteral("2027-01-31"));
    if (pms == QLatin1String("buildium")) // a Buildium lease has no name of its own: it is its tenants' names
        QVERIFY(!f.scalar(QStringLiteral("SELECT name FROM leases WHERE pms_id=?"), {leaseId}).toString().isEmpty());
    else
        QCOMPARE(f.scalar(QStringLiteral("SELECT name FROM leases WHERE pms_id=?"), {leaseId}).toString(), QStringLiteral("Renamed lease"));
    QCOMPARE(o.counts.value(QStringLiteral("leases")).updated, 1);
}

void TestSyncRules::R22_twoConnectionsOneCache()
{
    QFETCH(QString, pms);
    SyncFixture f(small(pms));
    sim::SimOptions second = small(pms);
    second.seed = 99;
    second.systemId = QStringLiteral("2002");
    sim::SimServer other(second);
    other.data().setClock(&f.clock());
    QVERIFY(other.listen(0) > 0);
    ConnectionInfo c2 = f.connection();
    c2.name = QStringLiteral("Second location");
    c2.baseUrl = other.baseUrl();
    c2.systemId = second.systemId;
    auto id2 = ConnectionRepository(f.db()).insert(c2);
    QVERIFY(id2.ok());
    c2.id = id2.value();

    QCOMPARE(f.run(SyncKind::Initial).status, QStringLiteral("succeeded"));
    QSignalSpy spy(&f.engine(), &SyncEngine::finished);
    f.engine().start(c2, f.secret, SyncKind::Initial);
    QVERIFY(spy.wait(60000));
    QCOMPARE(spy.first().at(0).value<SyncOutcome>().status, QStringLiteral("succeeded"));

    const int a = count(f, QStringLiteral("SELECT count(*) FROM units WHERE connection_id=?"), {f.connection().id});
    const int b = count(f, QStringLiteral("SELECT count(*) FROM units WHERE connection_id=?"), {c2.id});
    QVERIFY(a > 0 && b > 0);
    // Same PMS ids in two accounts do not collide: each connection has its own partition and cursors.
    SyncRunRepository runs(f.db());
    QVERIFY(runs.lastSuccess(f.connection().id, QStringLiteral("incremental")).isValid());
    QVERIFY(runs.lastSuccess(c2.id, QStringLiteral("incremental")).isValid());
    QCOMPARE(count(f, QStringLiteral("SELECT count(*) FROM sync_cursors")), 8); // 4 jobs x 2 connections
}

void TestSyncRules::wrongSecretChangesNothing()
{
    QFETCH(QString, pms);
    SyncFixture f(small(pms));
    f.secret = QStringLiteral("not-the-secret");
    QSignalSpy auth(&f.engine(), &SyncEngine::authenticationFailed);
    const SyncOutcome o = f.run(SyncKind::Initial);
    QCOMPARE(o.status, QStringLiteral("failed"));
    QCOMPARE(o.errorCode, QStringLiteral("auth"));
    // One sentence that says which key field to fix.
    QVERIFY2(o.error.contains(QLatin1String("secret")), qPrintable(o.error));
    QCOMPARE(auth.size(), 1);
    for (const char *table : {"sync_runs", "properties", "units", "sync_cursors", "sync_exclusions"})
        QCOMPARE(count(f, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))), 0);
}

void TestSyncRules::cancelLeavesCacheConsistent()
{
    QFETCH(QString, pms);
    sim::SimOptions o = small(pms);
    o.scale = sim::Scale::Small;
    SyncFixture f(o);
    QVERIFY(f.server().faults().setSpec(QStringLiteral("all:slow=30")));
    QSignalSpy done(&f.engine(), &SyncEngine::finished);
    bool cancelled = false;
    connect(&f.engine(), &SyncEngine::pageApplied, this, [&] {
        if (!cancelled && f.scalar(QStringLiteral("SELECT count(*) FROM units")).toInt() > 0) {
            cancelled = true;
            f.engine().cancel();
        }
    });
    f.engine().start(f.connection(), f.secret, SyncKind::Initial);
    QVERIFY(done.wait(60000));
    const SyncOutcome out = done.first().at(0).value<SyncOutcome>();
    QCOMPARE(out.status, QStringLiteral("cancelled"));
    QCOMPARE(f.scalar(QStringLiteral("SELECT status FROM sync_runs WHERE id=?"), {out.runId}).toString(), QStringLiteral("cancelled"));
    // No cursor moved; no open transaction left behind; what was applied is whole pages.
    QVERIFY(!SyncRunRepository(f.db()).lastSuccess(f.connection().id, QStringLiteral("initial")).isValid());
    QCOMPARE(count(f, QStringLiteral("SELECT count(*) FROM units WHERE property_id IS NULL")), 0);
    // A clean run afterwards converges.
    f.server().faults().clear();
    QCOMPARE(f.run(SyncKind::Initial).status, QStringLiteral("succeeded"));
    const int units = f.sim().read([](const SimStore &s) {
        return int(std::count_if(s.units.begin(), s.units.end(), [](const auto &u) { return u.active; }));
    });
    QCOMPARE(count(f, QStringLiteral("SELECT count(*) FROM units")), units);
}

void TestSyncRules::runRecordedWithCounts()
{
    QFETCH(QString, pms);
    SyncFixture f(small(pms));
    const SyncOutcome o = f.run(SyncKind::Initial);
    QCOMPARE(o.status, QStringLiteral("succeeded"));
    auto run = SyncRunRepository(f.db()).run(o.runId);
    QVERIFY(run.ok());
    QCOMPARE(run->kind, QStringLiteral("initial"));
    QCOMPARE(run->status, QStringLiteral("succeeded"));
    QVERIFY(run->finishedAt >= run->startedAt);
    for (const char *e : {"portfolios", "properties", "units", "leases", "residents", "workorders"})
        QVERIFY2(run->counts.contains(QLatin1String(e)), e);
    QCOMPARE(run->counts.value(QStringLiteral("units")).created,
             count(f, QStringLiteral("SELECT count(*) FROM units")));
}

QTEST_GUILESS_MAIN(TestSyncRules)
#include "tst_syncrules.moc"
