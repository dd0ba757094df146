#include "csv/CsvExporter.h"
#include "csv/CsvImporter.h"
#include "storage/Database.h"
#include "storage/OwnerRepository.h"
#include "storage/PlatformUnitRepository.h"
#include "storage/VendorRepository.h"
#include "support/TestSupport.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QTest>

using namespace pms;

namespace {

QByteArray exportBytes(Database &db, ExportEntity entity, const QString &snapshot = QStringLiteral("latest"))
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvExporter::Options o;
    o.snapshot = snapshot;
    const auto r = CsvExporter::exportEntity(db, entity, buffer, o);
    if (!r.ok())
        qWarning("export failed: %s", qPrintable(r.errorMessage()));
    return buffer.data();
}

QList<QByteArray> lines(const QByteArray &csv)
{
    QList<QByteArray> out = csv.split('\n');
    if (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    for (QByteArray &l : out)
        if (l.endsWith('\r'))
            l.chop(1);
    return out;
}

void exec(Database &db, const char *sql)
{
    const Status s = db.execRaw(QString::fromUtf8(sql));
    if (!s.ok())
        qFatal("%s: %s", sql, qPrintable(s.errorMessage()));
}

ImportReport importBytes(Database &db, ImportEntity entity, const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return CsvImporter(entity).importFrom(db, buffer);
}

class CountingDevice : public QIODevice
{
public:
    CountingDevice() { open(WriteOnly); }
    qint64 total = 0;
    qint64 largestWrite = 0;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 len) override
    {
        total += len;
        largestWrite = qMax(largestWrite, len);
        return len;
    }
};

void seedPortfolio(Database &db)
{
    exec(db, "INSERT INTO connections (id, name, base_url, system_id, client_id, created_at) "
             "VALUES (1, 'Main', 'http://127.0.0.1:1/pw/api/rest/v1', '1', 'c', '2024-01-01T00:00:00Z')");
    exec(db, "INSERT INTO properties (id, connection_id, pms_id, pms_portfolio_id, name, address, city, state, postal_code, "
             "manager_user_id, manager_name, manager_email, active, local_name, synced_at) VALUES "
             "(1, 1, 500, 9, 'Oak Court', '1 Oak St', 'Austin', 'TX', '78701', 77, 'Pat Lee', 'pat@example.com', 1, NULL, 'x'),"
             "(2, 1, 501, 9, 'Elm PMS name', '2 Elm St', 'Austin', 'TX', '78702', NULL, '', '', 0, 'Elm Gardens', 'x')");
    exec(db, "INSERT INTO units (id, connection_id, pms_id, pms_property_id, property_id, name, address, active, "
             "deactivated_at, deactivated_by, local_name, synced_at) VALUES "
             "(10, 1, 9000, 500, 1, '101', '1 Oak St #101', 1, NULL, NULL, NULL, 'x'),"
             "(11, 1, 9001, 501, 2, '201', '2 Elm St #201', 0, '2024-03-27T10:00:00Z', 'reconciliation:2', 'Garden 201', 'x'),"
             "(12, 1, 9002, 501, NULL, '202', '', 1, NULL, NULL, NULL, 'x')");
    exec(db, "INSERT INTO leases (connection_id, pms_id, pms_unit_id, status, start_date, end_date, move_in, move_out, "
             "base_rent, synced_at) VALUES (1, 300, 9000, 'Active', '2024-01-01', '2024-12-31', '2024-01-02', NULL, 1250, 'x'),"
             "(1, 301, 9001, 'Ended', '2023-01-01', NULL, NULL, NULL, -12.5, 'x')");
    exec(db, "INSERT INTO platform_units (id, name, building, floor, external_ref, created_at, updated_at) VALUES "
             "(1, 'A-101', 'Tower A', '1', 'PU-1', 'x', 'x')");
    exec(db, "INSERT INTO residents (connection_id, pms_contact_id, first_name, last_name, email, phone, pms_property_id, "
             "pms_unit_id, move_in, move_out, platform_unit_id, created_at, synced_at) VALUES "
             "(1, 4000, 'Ana', 'Diaz', 'ana@example.com', '+1 555 010 7000', 500, 9000, '2024-01-02', NULL, 1, 'x', 'x')");
    exec(db, "INSERT INTO unit_mappings (unit_id, platform_unit_id, method, mapped_at) VALUES (10, 1, 'manual', '2024-02-01T08:00:00Z')");
    exec(db, "INSERT INTO work_orders (id, connection_id, pms_id, number, origin, pms_property_id, pms_unit_id, "
             "resident_pms_contact_id, manager_user_id, managed_by, status, priority, description, linked, sync_state, "
             "sync_error, created_at, updated_at) VALUES "
             "(1, 1, 800, 17, 'pms', 500, 9000, 4000, 77, 'integration', 'Open', 'HIGH', '=leak under sink', 1, 'synced', NULL, 'x', 'x'),"
             "(2, 1, NULL, NULL, 'app', 999, NULL, NULL, NULL, '', 'Open', 'LOW', 'Gate, \"squeaks\"', 0, 'failed', 'HTTP 500', 'x', 'x')");
    exec(db, "INSERT INTO reconciliation_snapshots (id, connection_id, started_at, finished_at, trigger, status, units_checked, "
             "units_deactivated) VALUES (1, 1, '2024-02-27T11:00:00Z', '2024-02-27T11:01:00Z', 'schedule', 'completed', 3, 1),"
             "(2, 1, '2024-03-27T10:00:00Z', '2024-03-27T10:01:00Z', 'schedule', 'completed', 3, 1),"
             "(3, 1, '2024-04-27T10:00:00Z', NULL, 'manual', 'needs_confirmation', 3, 0)");
    exec(db, "INSERT INTO reconciliation_items (snapshot_id, unit_id, action, pms_unit_id, pms_property_id, property_name, "
             "unit_name, address, at) VALUES "
             "(1, 12, 'deactivated', 9002, 501, 'Elm Gardens', '202', '', '2024-02-27T11:00:30Z'),"
             "(2, 11, 'deactivated', 9001, 501, 'Elm Gardens', '201', '2 Elm St #201', '2024-03-27T10:00:30Z'),"
             "(2, 10, 'would_deactivate', 9000, 500, 'Oak Court', '101', '', '2024-03-27T10:00:30Z'),"
             "(3, 10, 'would_deactivate', 9000, 500, 'Oak Court', '101', '', '2024-04-27T10:00:30Z')");
    exec(db, "INSERT INTO sync_runs (id, connection_id, kind, started_at, finished_at, status, error) VALUES "
             "(1, 1, 'initial', '2024-01-01T00:00:00Z', '2024-01-01T00:05:00Z', 'succeeded', NULL),"
             "(2, 1, 'incremental', '2024-01-01T01:00:00Z', NULL, 'failed', 'HTTP 401: check the client secret')");
    exec(db, "INSERT INTO sync_run_counts (run_id, entity, created, updated, unchanged, skipped, failed) VALUES "
             "(1, 'properties', 2, 0, 0, 0, 0), (1, 'units', 3, 1, 0, 2, 1), (1, 'residents', 1, 0, 5, 0, 0)");
}

} // namespace

class TestCsvExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void headers_data();
    void headers();
    void entityNames();
    void rowsInContractFormat_data();
    void rowsInContractFormat();
    void deactivatedSnapshots();
    void roundTripOwners();
    void roundTripVendors();
    void roundTripPlatformUnits();
    void streams50kRowsQuickly();
    void cancels();
};

void TestCsvExport::headers_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QByteArray>("header");
    QTest::newRow("properties") << QStringLiteral("properties")
                                << QByteArray("pms_property_id,pms_portfolio_id,name,address,city,state,postal_code,"
                                              "manager_user_id,manager_name,manager_email,active");
    QTest::newRow("units") << QStringLiteral("units")
                           << QByteArray("pms_unit_id,pms_property_id,property_name,unit_name,address,active,"
                                         "deactivated_at,deactivated_by");
    QTest::newRow("residents") << QStringLiteral("residents")
                               << QByteArray("pms_contact_id,first_name,last_name,email,phone,pms_property_id,"
                                             "pms_unit_id,move_in,move_out,platform_unit_id");
    QTest::newRow("leases") << QStringLiteral("leases")
                            << QByteArray("pms_lease_id,pms_unit_id,status,start_date,end_date,move_in,move_out,base_rent");
    QTest::newRow("workorders") << QStringLiteral("workorders")
                                << QByteArray("id,pms_work_order_id,number,pms_property_id,pms_unit_id,"
                                              "resident_pms_contact_id,manager_user_id,managed_by,status,priority,"
                                              "description,sync_state,sync_error,linked");
    QTest::newRow("deactivated") << QStringLiteral("deactivated")
                                 << QByteArray("snapshot_id,snapshot_at,pms_property_id,property_name,pms_unit_id,"
                                               "unit_name,address");
    QTest::newRow("platform-units") << QStringLiteral("platform-units") << QByteArray("id,name,building,floor,external_ref");
    QTest::newRow("mappings") << QStringLiteral("mappings")
                              << QByteArray("pms_unit_id,platform_unit_id,platform_unit_name,method,mapped_at");
    QTest::newRow("sync-runs") << QStringLiteral("sync-runs")
                               << QByteArray("id,kind,started_at,finished_at,status,created,updated,skipped,failed,error");
    QTest::newRow("owners") << QStringLiteral("owners")
                            << QByteArray("id,name,email,phone,address,city,state,postal_code,notes,external_ref,imported_at");
    QTest::newRow("vendors") << QStringLiteral("vendors")
                             << QByteArray("id,name,trade,email,phone,address,city,state,postal_code,insurance_expires,"
                                           "notes,external_ref,imported_at");
}

void TestCsvExport::headers()
{
    QFETCH(QString, entity);
    QFETCH(QByteArray, header);
    test::TempCache cache;
    const auto e = CsvExporter::entityFromName(entity);
    QVERIFY(e);
    const QByteArray csv = exportBytes(cache.db(), *e);
    QCOMPARE(csv, header + "\r\n"); // an empty cache: the header row alone, CRLF-terminated
}

void TestCsvExport::entityNames()
{
    QCOMPARE(CsvExporter::entityNames().join(QLatin1Char(' ')),
             QStringLiteral("properties units residents leases workorders owners vendors platform-units mappings "
                            "deactivated sync-runs"));
    QVERIFY(!CsvExporter::entityFromName(QStringLiteral("work-orders")));
}

void TestCsvExport::rowsInContractFormat_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QList<QByteArray>>("rows");
    QTest::newRow("properties: local name wins, booleans") << QStringLiteral("properties") << QList<QByteArray>{
        "500,9,Oak Court,1 Oak St,Austin,TX,78701,77,Pat Lee,pat@example.com,true",
        "501,9,Elm Gardens,2 Elm St,Austin,TX,78702,,,,false"};
    QTest::newRow("units: property and unit local names, unlinked unit finds its property")
        << QStringLiteral("units") << QList<QByteArray>{
               "9000,500,Oak Court,101,1 Oak St #101,true,,",
               "9001,501,Elm Gardens,Garden 201,2 Elm St #201,false,2024-03-27T10:00:00Z,reconciliation:2",
               "9002,501,Elm Gardens,202,,true,,"};
    QTest::newRow("residents") << QStringLiteral("residents") << QList<QByteArray>{
        "4000,Ana,Diaz,ana@example.com,'+1 555 010 7000,500,9000,2024-01-02,,1"};
    QTest::newRow("leases: money with two decimals, negative not neutralised") << QStringLiteral("leases")
        << QList<QByteArray>{"300,9000,Active,2024-01-01,2024-12-31,2024-01-02,,1250.00",
                             "301,9001,Ended,2023-01-01,,,,-12.50"};
    QTest::newRow("workorders: formula text neutralised, quotes") << QStringLiteral("workorders") << QList<QByteArray>{
        "1,800,17,500,9000,4000,77,integration,Open,HIGH,'=leak under sink,synced,,true",
        "2,,,999,,,,,Open,LOW,\"Gate, \"\"squeaks\"\"\",failed,HTTP 500,false"};
    QTest::newRow("mappings") << QStringLiteral("mappings") << QList<QByteArray>{"9000,1,A-101,manual,2024-02-01T08:00:00Z"};
    QTest::newRow("sync-runs: counts summed per run") << QStringLiteral("sync-runs") << QList<QByteArray>{
        "1,initial,2024-01-01T00:00:00Z,2024-01-01T00:05:00Z,succeeded,6,1,2,1,",
        "2,incremental,2024-01-01T01:00:00Z,,failed,0,0,0,0,HTTP 401: check the client secret"};
    QTest::newRow("deactivated: latest completed snapshot") << QStringLiteral("deactivated") << QList<QByteArray>{
        "2,2024-03-27T10:00:00Z,501,Elm Gardens,9001,201,2 Elm St #201"};
}

void TestCsvExport::rowsInContractFormat()
{
    QFETCH(QString, entity);
    QFETCH(QList<QByteArray>, rows);
    test::TempCache cache;
    seedPortfolio(cache.db());
    const QList<QByteArray> got = lines(exportBytes(cache.db(), *CsvExporter::entityFromName(entity)));
    QCOMPARE(got.mid(1), rows);
}

void TestCsvExport::deactivatedSnapshots()
{
    test::TempCache cache;
    QCOMPARE(lines(exportBytes(cache.db(), ExportEntity::Deactivated)).size(), 1); // no snapshot yet: header only
    seedPortfolio(cache.db());
    QCOMPARE(lines(exportBytes(cache.db(), ExportEntity::Deactivated, QStringLiteral("1"))).mid(1),
             QList<QByteArray>{"1,2024-02-27T11:00:00Z,501,Elm Gardens,9002,202,"});
    // A snapshot that only proposed deactivations has no deactivated units.
    QCOMPARE(lines(exportBytes(cache.db(), ExportEntity::Deactivated, QStringLiteral("3"))).size(), 1);

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvExporter::Options o;
    o.snapshot = QStringLiteral("42");
    auto missing = CsvExporter::exportEntity(cache.db(), ExportEntity::Deactivated, buffer, o);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.errorMessage(), QStringLiteral("There is no reconciliation snapshot with id 42."));
    o.snapshot = QStringLiteral("newest");
    auto bad = CsvExporter::exportEntity(cache.db(), ExportEntity::Deactivated, buffer, o);
    QCOMPARE(bad.error().code, QStringLiteral("usage"));
}

void TestCsvExport::roundTripOwners()
{
    test::TempCache first;
    OwnerRepository repo(first.db());
    const QList<Owner> originals = {
        {0, QStringLiteral("OWN-1"), QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("a@example.com"),
         QStringLiteral("+1 555 010 1000"), QStringLiteral("1 Main St, Apt 2"), QStringLiteral("Springfield"),
         QStringLiteral("IL"), QStringLiteral("-0701"), QStringLiteral("line 1\r\nline 2 \"quoted\""), {}},
        {0, {}, QString::fromUtf8("Zoë 山田"), QStringLiteral("zoe@example.jp"), {}, {}, QString::fromUtf8("東京"), {}, {},
         QStringLiteral("'=already quoted"), {}},
        {0, {}, QStringLiteral("@Sam"), {}, QStringLiteral("555-010-2000 x7"), {}, {}, {}, QStringLiteral("02139"),
         QStringLiteral("-indented\tnote"), {}},
    };
    for (const Owner &o : originals)
        QVERIFY(repo.insert(o).ok());
    const QByteArray csv = exportBytes(first.db(), ExportEntity::Owners);

    test::TempCache second;
    const ImportReport r = importBytes(second.db(), ImportEntity::Owners, csv);
    QVERIFY2(r.ok(), r.errors.isEmpty() ? "cancelled" : qPrintable(r.errors.first().format(QStringLiteral("export"))));
    QCOMPARE(r.warnings.size(), 0); // id and imported_at are ours: ignored silently
    const QList<Owner> back = OwnerRepository(second.db()).all();
    QCOMPARE(back.size(), originals.size());
    for (int i = 0; i < back.size(); ++i) {
        const Owner &a = originals.at(i), &b = back.at(i);
        QCOMPARE(b.externalRef, a.externalRef);
        QCOMPARE(b.name, a.name);
        QCOMPARE(b.email, a.email);
        QCOMPARE(b.phone, a.phone);
        QCOMPARE(b.address, a.address);
        QCOMPARE(b.city, a.city);
        QCOMPARE(b.state, a.state);
        QCOMPARE(b.postalCode, a.postalCode);
        QCOMPARE(b.notes, a.notes);
    }
    // And the second export is the first one but for the ids and import times.
    const auto strip = [](const QByteArray &bytes) {
        QList<QByteArray> out;
        for (const QByteArray &l : lines(bytes))
            out << l.mid(l.indexOf(',')).left(l.lastIndexOf(',') - l.indexOf(','));
        return out;
    };
    QCOMPARE(strip(exportBytes(second.db(), ExportEntity::Owners)), strip(csv));
}

void TestCsvExport::roundTripVendors()
{
    test::TempCache first;
    VendorRepository repo(first.db());
    Vendor a;
    a.name = QStringLiteral("Acme, Plumbing & Sons");
    a.trade = QStringLiteral("Plumbing");
    a.email = QStringLiteral("ops@acme.example");
    a.phone = QStringLiteral("+44 20 7946 0958");
    a.insuranceExpires = QStringLiteral("2026-01-31");
    a.notes = QStringLiteral("-call first-");
    a.externalRef = QStringLiteral("=VEN-1");
    Vendor b;
    b.name = QString::fromUtf8("Électricité Martin");
    b.city = QStringLiteral("Lyon");
    QVERIFY(repo.insert(a).ok());
    QVERIFY(repo.insert(b).ok());
    const QByteArray csv = exportBytes(first.db(), ExportEntity::Vendors);

    test::TempCache second;
    const ImportReport r = importBytes(second.db(), ImportEntity::Vendors, csv);
    QVERIFY2(r.ok(), r.errors.isEmpty() ? "cancelled" : qPrintable(r.errors.first().format(QStringLiteral("export"))));
    const QList<Vendor> before = VendorRepository(first.db()).all();
    const QList<Vendor> after = VendorRepository(second.db()).all();
    QCOMPARE(after.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(after.at(i).name, before.at(i).name);
        QCOMPARE(after.at(i).trade, before.at(i).trade);
        QCOMPARE(after.at(i).email, before.at(i).email);
        QCOMPARE(after.at(i).phone, before.at(i).phone);
        QCOMPARE(after.at(i).address, before.at(i).address);
        QCOMPARE(after.at(i).city, before.at(i).city);
        QCOMPARE(after.at(i).state, before.at(i).state);
        QCOMPARE(after.at(i).postalCode, before.at(i).postalCode);
        QCOMPARE(after.at(i).insuranceExpires, before.at(i).insuranceExpires);
        QCOMPARE(after.at(i).notes, before.at(i).notes);
        QCOMPARE(after.at(i).externalRef, before.at(i).externalRef);
    }
}

void TestCsvExport::roundTripPlatformUnits()
{
    test::TempCache first;
    PlatformUnitRepository repo(first.db());
    const QList<PlatformUnit> originals = {
        {0, QStringLiteral("101"), QStringLiteral("Tower A"), QStringLiteral("1"), QStringLiteral("PU-101"), {}, {}},
        {0, QStringLiteral("101"), QStringLiteral("Tower B"), QStringLiteral("-1"), {}, {}, {}},
        {0, QStringLiteral("Penthouse, \"North\""), QString::fromUtf8("Tour Été"), QStringLiteral("PH"), {}, {}, {}},
        {0, QStringLiteral("+Annex"), {}, {}, QStringLiteral("@ref"), {}, {}},
    };
    for (const PlatformUnit &u : originals)
        QVERIFY(repo.insert(u).ok());
    const QByteArray csv = exportBytes(first.db(), ExportEntity::PlatformUnits);
    QVERIFY(csv.contains("\r\n2,101,Tower B,'-1,\r\n")); // floor is text: neutralised

    test::TempCache second;
    const ImportReport r = importBytes(second.db(), ImportEntity::PlatformUnits, csv);
    QVERIFY2(r.ok(), r.errors.isEmpty() ? "cancelled" : qPrintable(r.errors.first().format(QStringLiteral("export"))));
    const QList<PlatformUnit> back = PlatformUnitRepository(second.db()).all();
    QCOMPARE(back.size(), originals.size());
    for (int i = 0; i < back.size(); ++i) {
        QCOMPARE(back.at(i).name, originals.at(i).name);
        QCOMPARE(back.at(i).building, originals.at(i).building);
        QCOMPARE(back.at(i).floor, originals.at(i).floor);
        QCOMPARE(back.at(i).externalRef, originals.at(i).externalRef);
    }
    // Byte for byte the same file from the copy (ids are 1..4 in both).
    QCOMPARE(exportBytes(second.db(), ExportEntity::PlatformUnits), csv);
}

void TestCsvExport::streams50kRowsQuickly()
{
    test::TempCache cache;
    exec(cache.db(), "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000) "
                     "INSERT INTO platform_units (name, building, floor, external_ref, created_at, updated_at) "
                     "SELECT 'Unit ' || i, 'Building ' || (i % 40), CAST(i % 12 AS TEXT), 'REF-' || i, "
                     "'2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z' FROM n");
    CountingDevice device;
    QElapsedTimer timer;
    timer.start();
    const auto rows = CsvExporter::exportEntity(cache.db(), ExportEntity::PlatformUnits, device);
    const qint64 ms = timer.elapsed();
    QVERIFY(rows.ok());
    QCOMPARE(rows.value(), qint64(50000));
    qInfo("exported 50,000 platform units (%lld bytes) in %lld ms", device.total, ms);
    // Streamed: the device never gets more than one ~64 KB chunk at a time.
    QVERIFY2(device.largestWrite < 70 * 1024, qPrintable(QString::number(device.largestWrite)));
    QVERIFY(device.total > 1500000);
    // "Well under 1 s" on a quiet machine; the bound leaves room for a busy 2-core CI box.
    QVERIFY2(ms < 3000, qPrintable(QStringLiteral("%1 ms").arg(ms)));
}

void TestCsvExport::cancels()
{
    test::TempCache cache;
    exec(cache.db(), "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) "
                     "INSERT INTO platform_units (name, created_at, updated_at) SELECT 'U' || i, 'x', 'x' FROM n");
    std::atomic_bool stop{false};
    qint64 progressRows = 0;
    CsvExporter::Options o;
    o.cancel = &stop;
    o.progress = [&](qint64 n) {
        progressRows = n;
        if (n >= 2000)
            stop = true;
    };
    CountingDevice device;
    const auto r = CsvExporter::exportEntity(cache.db(), ExportEntity::PlatformUnits, device, o);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("cancelled"));
    QCOMPARE(progressRows, qint64(2000));
}

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
