#include "storage/ConnectionRepository.h"
#include "storage/Database.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pms;

class TestDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void migratesEmptyCacheToLatest();
    void reopensWithoutReapplying();
    void walAndForeignKeys();
    void foreignKeysEnforced();
    void refusesNewerSchema();
    void refusesNonDatabaseFile();
    void splitScript_data();
    void splitScript();
    void connectionRoundTrip();
    void duplicateConnectionIsClearError();
    void transactionRollsBack();
    void everyTableExists_data();
    void everyTableExists();
};

void TestDatabase::migratesEmptyCacheToLatest()
{
    test::TempCache cache;
    QVERIFY(Database::latestSchemaVersion() >= 1);
    QCOMPARE(cache.db().schemaVersion(), Database::latestSchemaVersion());
}

void TestDatabase::reopensWithoutReapplying()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.sqlite"));
    {
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        ConnectionRepository repo(*db.value());
        ConnectionInfo c;
        c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1/pw/api/rest/v1"));
        c.systemId = QStringLiteral("1");
        c.clientId = QStringLiteral("cid");
        QVERIFY(repo.insert(c).ok());
    }
    auto again = Database::open(path);
    QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
    QCOMPARE(again.value()->schemaVersion(), Database::latestSchemaVersion());
    ConnectionRepository repo(*again.value());
    QCOMPARE(repo.all().size(), 1); // data survived, migrations not re-run
}

void TestDatabase::walAndForeignKeys()
{
    test::TempCache cache;
    QSqlQuery q(cache.db().sql());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestDatabase::foreignKeysEnforced()
{
    test::TempCache cache;
    QSqlQuery q(cache.db().sql());
    // a unit that names a property that does not exist
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO units(connection_id, pms_id, property_id, synced_at) "
                                   "VALUES (999, 1, 12345, '2026-01-01T00:00:00Z')")));
    // a mapping to a missing platform unit
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO unit_mappings(unit_id, platform_unit_id, mapped_at) VALUES (1, 1, 'x')")));
}

void TestDatabase::refusesNewerSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.sqlite"));
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QVERIFY(db.value()->execRaw(QStringLiteral("PRAGMA user_version = 999")).ok());
    }
    auto again = Database::open(path);
    QVERIFY(!again.ok());
    QVERIFY2(again.errorMessage().contains(QLatin1String("newer")), qPrintable(again.errorMessage()));
}

void TestDatabase::refusesNonDatabaseFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    auto db = Database::open(path);
    QVERIFY(!db.ok());
    QVERIFY2(db.errorMessage().contains(QLatin1String("--db")) || db.errorMessage().contains(QLatin1String("not")),
             qPrintable(db.errorMessage()));
}

void TestDatabase::splitScript_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("count");
    QTest::newRow("two") << QStringLiteral("CREATE TABLE a(x);\nCREATE TABLE b(y);") << 2;
    QTest::newRow("semicolon in string") << QStringLiteral("INSERT INTO a VALUES ('x;y'); SELECT 1;") << 2;
    QTest::newRow("comment") << QStringLiteral("-- a; comment\nSELECT 1; /* b; */ SELECT 2") << 2;
    QTest::newRow("trigger") << QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE a SET x=1; END; SELECT 1;") << 2;
}

void TestDatabase::splitScript()
{
    QFETCH(QString, script);
    QFETCH(int, count);
    QCOMPARE(splitSqlScript(script).size(), count);
}

void TestDatabase::connectionRoundTrip()
{
    test::TempCache cache;
    ConnectionRepository repo(cache.db());
    ConnectionInfo c;
    c.name = QStringLiteral("Seattle");
    c.baseUrl = QUrl(QStringLiteral("https://api.propertyware.com/pw/api/rest/v1"));
    c.systemId = QStringLiteral("10101");
    c.clientId = QStringLiteral("client");
    c.integrationUser = QStringLiteral("PMS Bridge");
    c.integrationEmail = QStringLiteral("bridge@example.com");
    c.lookbackHours = 96;
    auto id = repo.insert(c);
    QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
    auto back = repo.get(id.value());
    QVERIFY(back.ok());
    QCOMPARE(back->name, c.name);
    QCOMPARE(back->baseUrl, c.baseUrl);
    QCOMPARE(back->integrationEmail, c.integrationEmail);
    QCOMPARE(back->lookbackHours, 96);
    QVERIFY(back->createdAt.isValid());
    QVERIFY(!repo.get(id.value() + 100).ok());
}

void TestDatabase::duplicateConnectionIsClearError()
{
    test::TempCache cache;
    ConnectionRepository repo(cache.db());
    ConnectionInfo c;
    c.baseUrl = QUrl(QStringLiteral("https://x.example/pw/api/rest/v1"));
    c.systemId = QStringLiteral("1");
    c.clientId = QStringLiteral("c");
    QVERIFY(repo.insert(c).ok());
    auto again = repo.insert(c);
    QVERIFY(!again.ok());
    QVERIFY2(again.errorMessage().contains(QLatin1String("exists already")), qPrintable(again.errorMessage()));
}

void TestDatabase::transactionRollsBack()
{
    test::TempCache cache;
    {
        Transaction tx(cache.db());
        QVERIFY(tx.ok());
        QVERIFY(cache.db().execRaw(QStringLiteral("INSERT INTO app_settings VALUES ('k','v')")).ok());
        // no commit: destructor rolls back
    }
    AppSettingsRepository settings(cache.db());
    QCOMPARE(settings.value(QStringLiteral("k"), QStringLiteral("none")), QStringLiteral("none"));
    {
        Transaction tx(cache.db());
        QVERIFY(settings.setValue(QStringLiteral("k"), QStringLiteral("v")).ok());
        QVERIFY(tx.commit().ok());
    }
    QCOMPARE(settings.value(QStringLiteral("k")), QStringLiteral("v"));
}

void TestDatabase::everyTableExists_data()
{
    QTest::addColumn<QString>("table");
    for (const char *t : {"connections", "schedules", "portfolios", "properties", "units", "residents", "leases",
                          "work_orders", "work_order_attachments", "work_order_events", "outbox", "owners", "vendors",
                          "platform_units", "unit_mappings", "reconciliation_snapshots", "reconciliation_items",
                          "property_log", "sync_runs", "sync_run_counts", "sync_cursors", "sync_exclusions"})
        QTest::newRow(t) << QString::fromLatin1(t);
}

void TestDatabase::everyTableExists()
{
    QFETCH(QString, table);
    test::TempCache cache;
    QSqlQuery q(cache.db().sql());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='%1'").arg(table)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
