// R14's export: the units a snapshot deactivated, as CSV, byte-exact against a fixture with quotes,
// commas, newlines, non-ASCII text and formula-looking cells.
#include "common/Clock.h"
#include "common/Json.h"
#include "csv/CsvExporter.h"
#include "reconcile/ReconcilePlan.h"
#include "reconcile/Reconciler.h"
#include "storage/ReconciliationRepository.h"
#include "support/TestSupport.h"

#include <QBuffer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace pms;

class TestReconciliationCsv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void deactivatedExportIsByteExact();
};

namespace {

void exec(Database &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db.sql());
    QVERIFY2(q.prepare(sql), qPrintable(q.lastError().text()));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

} // namespace

void TestReconciliationCsv::deactivatedExportIsByteExact()
{
    ManualClock clock(QDateTime(QDate(2026, 11, 27), QTime(11, 0), Qt::UTC)); // 03:00 in Los Angeles
    Clock::setInstance(&clock);
    test::TempCache cache;
    Database &db = cache.db();
    const QString synced = QStringLiteral("2026-11-20T10:00:00Z");
    exec(db,
        QStringLiteral("INSERT INTO connections (id, name, base_url, system_id, client_id, created_at) "
                       "VALUES (1, 'Test', 'http://127.0.0.1:1/pw/api/rest/v1', '1001', 'c', ?)"),
        { synced });
    const QList<QPair<int, QString>> properties = { { 501, QStringLiteral("=SUM(A1)") },
        { 502, QStringLiteral("Zo\u00eb M\u00fcller Residences") }, { 503, QStringLiteral("Plain Court") } };
    for (const auto &[pmsId, name] : properties)
        exec(db,
            QStringLiteral(
                "INSERT INTO properties (id, connection_id, pms_id, name, synced_at) VALUES (?, 1, ?, ?, ?)"),
            { pmsId, pmsId, name, synced });
    struct Unit
    {
        int pmsId, property;
        QString name, address;
    };
    const QList<Unit> units = {
        { 5001, 501, QStringLiteral("O\"Brien, \"Apt 3\""), QStringLiteral("12 Main St\nRear entrance") },
        { 5002, 501, QStringLiteral("Zo\u00eb M\u00fcller"),
            QStringLiteral("K\u00f6nigstra\u00dfe 5, Berlin") },
        { 5003, 502, QStringLiteral("+1 (555) 0100"), QStringLiteral("@home, \"the loft\"") },
        { 5004, 502, QStringLiteral("-5"), QString() },
        { 5005, 503, QStringLiteral("Unit 7"), QStringLiteral("\t tab-led") },
        { 5006, 503, QStringLiteral("Still listed"), QStringLiteral("1 Side St") },
    };
    for (const Unit &u : units)
        exec(db,
            QStringLiteral(
                "INSERT INTO units (connection_id, pms_id, pms_property_id, property_id, name, address, "
                "synced_at) VALUES (1, ?, ?, ?, ?, ?, ?)"),
            { u.pmsId, u.property, u.property, u.name, u.address.isNull() ? QStringLiteral("") : u.address,
                synced });

    // The PMS lists only 5006: the five others are deactivated by a scheduled run.
    ReconciliationRepository repo(db);
    auto active = repo.activeUnits(1);
    QVERIFY(active.ok());
    QCOMPARE(active->size(), 6);
    ReconcileGuard permissive;
    permissive.maxShare = 1.0;
    const ReconcilePlan plan = ReconcilePlan::compute(active.value(), { 5006 }, {}, permissive);
    auto snapshot = repo.startSnapshot(1, QStringLiteral("schedule"), json::formatDateTime(clock.nowUtc()));
    QVERIFY(snapshot.ok());
    auto o = Reconciler::record(db, 1, snapshot.value(), plan, ReconcileMode::Apply, clock.nowUtc());
    QVERIFY2(o.ok(), qPrintable(o.errorMessage()));
    QCOMPARE(o->unitsDeactivated, 5);

    for (const QString &which : { QStringLiteral("latest"), QString::number(snapshot.value()) }) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvExporter::Options options;
        options.snapshot = which;
        auto rows = CsvExporter::exportEntity(db, ExportEntity::Deactivated, buffer, options);
        QVERIFY2(rows.ok(), qPrintable(rows.errorMessage()));
        QCOMPARE(rows.value(), qint64(5));
        QFile expected(qEnvironmentVariable("PMSBRIDGE_TEST_DATA") + QStringLiteral("/reconcile/deactivated_expected.csv"));
        QVERIFY(expected.open(QIODevice::ReadOnly));
        QCOMPARE(buffer.data(), expected.readAll());
    }
    Clock::setInstance(nullptr);
}

QTEST_GUILESS_MAIN(TestReconciliationCsv)
#include "tst_reconciliationcsv.moc"
