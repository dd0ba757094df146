// Crash safety as a test (issue 17): a real `pmsbridge` child is killed with SIGKILL at points this
// test chooses (PMSBRIDGE_CRASH_AT): after the N-th sync page is committed, between the PMS's answer
// to a POST and our record of it, and in the middle of a large import. After each kill the cache
// passes PRAGMA integrity_check (PostgreSQL: the trigger-kept counts still agree), the next run converges to the exports of an uninterrupted run,
// the import is all or nothing, and the work order exists exactly once in the PMS. Small scale (a
// tiny simulator), so it runs in the test command; tests/bench/bench_crash is the randomised version.
#include "support/CrashRig.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pms;
using namespace pms::test;

class TestCrashSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void killedSyncConverges_data();
    void killedSyncConverges();
    void killedImportIsAllOrNothing();
    void killedPushCreatesExactlyOnce();

private:
    std::unique_ptr<CrashRig> m_rig;
    QTemporaryDir m_dir;
    QString m_reference; // exports of an uninterrupted initial sync
    int m_cacheNo = 0;
    std::vector<std::unique_ptr<TempPgDatabase>> m_pg; // the "@pg" run: each cache a schema on the test server
    QString freshCache();
};

void TestCrashSafety::initTestCase()
{
    const QString binary = qEnvironmentVariable("PMSBRIDGE_BINARY");
    if (binary.isEmpty())
        QSKIP("PMSBRIDGE_BINARY is not set (ctest sets it)");
    sim::SimOptions o;
    o.scale = sim::Scale::Tiny;
    o.seed = 17;
    m_rig = std::make_unique<CrashRig>(binary, o);
    QVERIFY(m_rig->ok());
    const QString ref = freshCache();
    const CliRun sync = m_rig->run(ref, {QStringLiteral("sync"), QStringLiteral("--initial")});
    QVERIFY2(sync.code == 0, qPrintable(sync.err));
    m_reference = m_rig->exports(ref);
    QVERIFY(m_reference.count(QLatin1Char('\n')) > 20); // something to compare
}

QString TestCrashSafety::freshCache()
{
    QString path = m_dir.filePath(QStringLiteral("cache%1.sqlite").arg(++m_cacheNo));
    if (onPostgres()) {
        m_pg.push_back(std::make_unique<TempPgDatabase>());
        path = m_pg.back()->url();
    }
    if (!m_rig->makeCache(path))
        qFatal("cannot make a cache at %s", qPrintable(path));
    return path;
}

void TestCrashSafety::killedSyncConverges_data()
{
    QTest::addColumn<QByteArray>("crashAt");
    // Pages of the initial sync, in order: portfolios, buildings, units, leases, work orders.
    for (int n = 1; n <= 5; ++n)
        QTest::newRow(qPrintable(QStringLiteral("after page %1").arg(n))) << QByteArray("after-page:" + QByteArray::number(n));
}

void TestCrashSafety::killedSyncConverges()
{
    QFETCH(QByteArray, crashAt);
    const QString db = freshCache();
    const CliRun killed = m_rig->run(db, {QStringLiteral("sync"), QStringLiteral("--initial")}, crashAt);
    QVERIFY2(killed.killed, qPrintable(QStringLiteral("not killed: exit %1 %2").arg(killed.code).arg(killed.err)));
    QCOMPARE(CrashRig::integrity(db), QStringLiteral("ok"));
    // It died inside a run: the run is still marked running, and no cursor moved.
    QCOMPARE(CrashRig::scalar(db, QStringLiteral("SELECT count(*) FROM sync_runs WHERE status='running'")).toInt(), 1);
    QCOMPARE(CrashRig::scalar(db, QStringLiteral("SELECT count(*) FROM sync_cursors")).toInt(), 0);

    const CliRun again = m_rig->run(db, {QStringLiteral("sync")});
    QVERIFY2(again.code == 0, qPrintable(again.err));
    QCOMPARE(CrashRig::integrity(db), QStringLiteral("ok"));
    QCOMPARE(m_rig->exports(db), m_reference);
}

void TestCrashSafety::killedImportIsAllOrNothing()
{
    const QString db = freshCache();
    const QString csv = m_dir.filePath(QStringLiteral("units.csv"));
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name,building,floor,external_ref\n");
        for (int i = 1; i <= 3000; ++i)
            f.write("Crash unit " + QByteArray::number(i) + ",B" + QByteArray::number(i % 7) + ",1,CR-"
                    + QByteArray::number(i) + "\n");
    }
    const CliRun killed = m_rig->run(db, {QStringLiteral("import"), QStringLiteral("platform-units"), csv},
                                     QByteArrayLiteral("import-row:1500"));
    QVERIFY2(killed.killed, qPrintable(killed.err));
    QCOMPARE(CrashRig::integrity(db), QStringLiteral("ok"));
    QCOMPARE(CrashRig::scalar(db, QStringLiteral("SELECT count(*) FROM platform_units")).toInt(), 0); // nothing

    const CliRun again = m_rig->run(db, {QStringLiteral("import"), QStringLiteral("platform-units"), csv});
    QVERIFY2(again.code == 0, qPrintable(again.err));
    QCOMPARE(CrashRig::scalar(db, QStringLiteral("SELECT count(*) FROM platform_units")).toInt(), 3000); // all
    QCOMPARE(CrashRig::integrity(db), QStringLiteral("ok"));
}

void TestCrashSafety::killedPushCreatesExactlyOnce()
{
    const QString db = freshCache();
    QVERIFY(m_rig->run(db, {QStringLiteral("sync"), QStringLiteral("--initial")}).code == 0);
    const QString property = CrashRig::scalar(db, QStringLiteral("SELECT pms_id FROM properties ORDER BY pms_id LIMIT 1")).toString();
    const CliRun created = m_rig->run(db, {QStringLiteral("workorder"), QStringLiteral("create"), QStringLiteral("--property"),
                                           property, QStringLiteral("--description"), QStringLiteral("Killed between answer and record")});
    QVERIFY2(created.code == 0, qPrintable(created.err));
    const QString id = created.out.trimmed();
    const int before = m_rig->server().data().count(sim::Entity::WorkOrders);

    // The PMS accepts the POST; we die before writing down its answer.
    const CliRun killed = m_rig->run(db, {QStringLiteral("push")}, QByteArrayLiteral("after-post:1"));
    QVERIFY2(killed.killed, qPrintable(killed.err));
    QCOMPARE(m_rig->server().data().count(sim::Entity::WorkOrders), before + 1);
    QCOMPARE(CrashRig::integrity(db), QStringLiteral("ok"));
    QVERIFY(CrashRig::scalar(db, QStringLiteral("SELECT pms_id FROM work_orders WHERE id=") + id).isNull());

    // The next push looks it up by its searchTag instead of creating it again.
    const CliRun again = m_rig->run(db, {QStringLiteral("push")});
    QVERIFY2(again.code == 0, qPrintable(again.err));
    QCOMPARE(m_rig->server().data().count(sim::Entity::WorkOrders), before + 1);
    QCOMPARE(CrashRig::scalar(db, QStringLiteral("SELECT sync_state FROM work_orders WHERE id=") + id).toString(),
             QStringLiteral("synced"));
    QVERIFY(CrashRig::scalar(db, QStringLiteral("SELECT pms_id FROM work_orders WHERE id=") + id).toLongLong() > 0);
    // And a sync afterwards links it rather than importing a second copy.
    QVERIFY(m_rig->run(db, {QStringLiteral("sync")}).code == 0);
    QCOMPARE(CrashRig::scalar(db, QStringLiteral("SELECT count(*) FROM work_orders WHERE description='Killed between answer and record'"))
                 .toInt(),
             1);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
