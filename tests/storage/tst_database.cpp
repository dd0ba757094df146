#include "storage/ConnectionRepository.h"
#include "storage/Database.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QMutex>
#include <QSqlDatabase>
#include <QThread>
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
    void refusesForeignDatabaseUntouched();
    void marksOlderCacheAsOurs();
    void location_data();
    void location();
    void unreachableServerIsOneSentence();
    void concurrentOpenMigratesOnce();
    void carriesOnAfterTheServerDropsTheSession();
};

namespace {

/// A second, independent cache location of the run's engine (for tests that reopen).
struct Place
{
    QTemporaryDir dir;
    std::unique_ptr<test::TempPgDatabase> pg;
    Place()
    {
        if (test::onPostgres())
            pg = std::make_unique<test::TempPgDatabase>();
    }
    QString location() const { return pg ? pg->url() : dir.filePath(QStringLiteral("c.sqlite")); }
};

/// A plain Qt connection to @p loc, past Database (as another program would open it).
QSqlDatabase directConnection(const CacheLocation &loc, const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(loc.isPostgres() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
    if (loc.isPostgres()) {
        db.setHostName(loc.host);
        db.setPort(loc.port);
        db.setUserName(loc.user);
        db.setDatabaseName(loc.database);
    } else {
        db.setDatabaseName(loc.path);
    }
    return db;
}

/// The cache's tables, without the schema PostgreSQL names them with.
QStringList tablesOf(Database &db)
{
    QStringList out;
    for (const QString &t : db.sql().tables())
        out << t.section(QLatin1Char('.'), -1);
    return out;
}

} // namespace

void TestDatabase::migratesEmptyCacheToLatest()
{
    test::TempCache cache;
    QVERIFY(Database::latestSchemaVersion() >= 1);
    QCOMPARE(cache.db().schemaVersion(), Database::latestSchemaVersion());
}

void TestDatabase::reopensWithoutReapplying()
{
    Place place;
    const QString path = place.location();
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
    if (cache.db().isPostgres()) {
        // PostgreSQL always enforces foreign keys; the session has the deadlines we set.
        QVERIFY(q.exec(QStringLiteral("SHOW lock_timeout")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("30s"));
        QVERIFY(q.exec(QStringLiteral("SHOW client_encoding")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("UTF8"));
        return;
    }
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
    Place place;
    const QString path = place.location();
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
        if (db.value()->isPostgres())
            QVERIFY(db.value()->execRaw(QStringLiteral("INSERT INTO pmsbridge_schema VALUES (999, '0.3.0', '2027-01-01T00:00:00Z')")).ok());
        else
            QVERIFY(db.value()->execRaw(QStringLiteral("PRAGMA user_version = 999")).ok());
        QVERIFY(db.value()->execRaw(QStringLiteral("INSERT INTO app_settings VALUES ('marker', 'before')")).ok());
    }
    auto again = Database::open(path);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, QStringLiteral("schema"));
    QVERIFY2(again.errorMessage().contains(QLatin1String("Install that version")), qPrintable(again.errorMessage()));
    if (test::onPostgres()) // the version that upgraded it is named
        QVERIFY2(again.errorMessage().contains(QLatin1String("PMS Bridge 0.3.0")), qPrintable(again.errorMessage()));
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
    QTest::newRow("plpgsql body") << QStringLiteral("CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n"
                                                    "  UPDATE a SET x = 1; RETURN NULL;\nEND;\n$$;\nSELECT 1;")
                                  << 2;
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
    QVERIFY2(tablesOf(cache.db()).contains(table), qPrintable(tablesOf(cache.db()).join(QLatin1Char(' '))));
}

void TestDatabase::refusesForeignDatabaseUntouched()
{
    Place place;
    const QString path = place.location();
    QStringList before;
    {
        // Someone else's database: one table of theirs.
        auto loc = CacheLocation::parse(path);
        QVERIFY(loc.ok());
        QSqlDatabase other = directConnection(loc.value(), QStringLiteral("foreign"));
        QVERIFY(other.open());
        QSqlQuery q(other);
        if (loc->isPostgres()) {
            QVERIFY(q.exec(QStringLiteral("CREATE SCHEMA %1").arg(loc->schema)));
            QVERIFY(q.exec(QStringLiteral("SET search_path TO %1").arg(loc->schema)));
        }
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO invoices VALUES (1, 9.5)")));
        before = other.tables();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    auto db = Database::open(path);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, QStringLiteral("foreign"));
    QVERIFY2(db.errorMessage().contains(QLatin1String("not a PMS Bridge cache")) && db.errorMessage().contains(QLatin1String("untouched")),
             qPrintable(db.errorMessage()));
    {
        auto loc = CacheLocation::parse(path);
        QSqlDatabase other = directConnection(loc.value(), QStringLiteral("foreign2"));
        QVERIFY(other.open());
        if (loc->isPostgres())
            QVERIFY(QSqlQuery(other).exec(QStringLiteral("SET search_path TO %1").arg(loc->schema)));
        QCOMPARE(other.tables(), before); // not one table added
        if (!loc->isPostgres()) {
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign2"));
}

void TestDatabase::marksOlderCacheAsOurs()
{
    test::TempCache cache;
    if (cache.db().isPostgres()) {
        QVERIFY(tablesOf(cache.db()).contains(QStringLiteral("pmsbridge_schema")));
        return;
    }
    QSqlQuery q(cache.db().sql());
    QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
    QCOMPARE(q.value(0).toInt(), kSqliteApplicationId);
    // A cache of 0.1 (no application id yet) is still ours and gets the id on open.
    QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = 0")));
    auto again = cache.openAnother();
    QSqlQuery r(again->sql());
    QVERIFY(r.exec(QStringLiteral("PRAGMA application_id")) && r.next());
    QCOMPARE(r.value(0).toInt(), kSqliteApplicationId);
}

void TestDatabase::location_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("words"); // in the error, or in describe() when ok
    QTest::newRow("file") << QStringLiteral("/home/ana/cache.sqlite") << true << QStringLiteral("/home/ana/cache.sqlite");
    QTest::newRow("loopback") << QStringLiteral("postgresql://ana@127.0.0.1:5433/office") << true
                              << QStringLiteral("PostgreSQL database office on 127.0.0.1:5433 as ana");
    QTest::newRow("socket") << QStringLiteral("postgresql://ana@/office?host=/var/run/postgresql") << true
                            << QStringLiteral("on this machine");
    QTest::newRow("remote with TLS") << QStringLiteral("postgres://ana@db.office.lan/office?sslmode=verify-full") << true
                                     << QStringLiteral("db.office.lan:5432");
    QTest::newRow("remote without TLS") << QStringLiteral("postgresql://ana@db.office.lan/office") << false
                                        << QStringLiteral("sslmode=verify-full");
    QTest::newRow("remote prefer") << QStringLiteral("postgresql://ana@10.0.0.5/office?sslmode=prefer") << false
                                   << QStringLiteral("must be encrypted");
    QTest::newRow("password") << QStringLiteral("postgresql://ana:secret@127.0.0.1/office") << false
                              << QStringLiteral("PGPASSWORD");
    QTest::newRow("no database") << QStringLiteral("postgresql://ana@127.0.0.1:5432/") << false
                                 << QStringLiteral("names no database");
    QTest::newRow("unknown option") << QStringLiteral("postgresql://ana@127.0.0.1/office?sslmod=require") << false
                                    << QStringLiteral("does not know: sslmod");
    QTest::newRow("bad sslmode") << QStringLiteral("postgresql://ana@127.0.0.1/office?sslmode=yes") << false
                                 << QStringLiteral("not a PostgreSQL SSL mode");
    QTest::newRow("other scheme") << QStringLiteral("mysql://ana@127.0.0.1/office") << false
                                  << QStringLiteral("postgresql:// URL");
}

void TestDatabase::location()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, words);
    auto loc = CacheLocation::parse(text);
    QCOMPARE(loc.ok(), ok);
    if (ok) {
        QVERIFY2(loc->describe().contains(words), qPrintable(loc->describe()));
        QVERIFY(!loc->describe().contains(QLatin1String("secret")));
    } else {
        QVERIFY2(loc.errorMessage().contains(words), qPrintable(loc.errorMessage()));
        QVERIFY(!loc.errorMessage().contains(QLatin1String("secret")));
        // Database::open refuses it the same way, before any connection is tried.
        auto db = Database::open(text);
        QVERIFY(!db.ok());
        QCOMPARE(db.errorMessage(), loc.errorMessage());
    }
}

void TestDatabase::unreachableServerIsOneSentence()
{
    // Nothing listens on port 1 of this machine: refused at once, with what to check.
    auto db = Database::open(QStringLiteral("postgresql://ana@127.0.0.1:1/office"));
    QVERIFY(!db.ok());
    QVERIFY2(db.errorMessage().contains(QLatin1String("Cannot reach the PostgreSQL server 127.0.0.1:1")),
             qPrintable(db.errorMessage()));
    QVERIFY(!db.errorMessage().contains(QLatin1Char('\n')));
    if (test::onPostgres()) {
        // A database that does not exist on a server that does.
        const QString url = qEnvironmentVariable("PMSBRIDGE_TEST_PG");
        const QString missing = url.left(url.lastIndexOf(QLatin1Char('/')) + 1) + QStringLiteral("no_such_cache");
        QVERIFY(!missing.contains(QLatin1Char('?')));
        auto none = Database::open(missing);
        QVERIFY(!none.ok());
        QVERIFY2(none.errorMessage().contains(QLatin1String("There is no database no_such_cache")),
                 qPrintable(none.errorMessage()));
    }
}

void TestDatabase::concurrentOpenMigratesOnce()
{
    // Several desks opening a new cache at once: one migrates, the others wait and see it.
    Place place;
    const QString path = place.location();
    if (!test::onPostgres()) {
        auto first = Database::open(path);
        QVERIFY(first.ok());
    }
    QList<QString> errors;
    QMutex mutex;
    QList<QThread *> threads;
    for (int i = 0; i < 4; ++i) {
        threads << QThread::create([&] {
            auto db = Database::open(path);
            QMutexLocker lock(&mutex);
            if (!db.ok())
                errors << db.errorMessage();
            else if (db.value()->schemaVersion() != Database::latestSchemaVersion())
                errors << QStringLiteral("schema %1").arg(db.value()->schemaVersion());
        });
    }
    for (QThread *t : threads)
        t->start();
    for (QThread *t : threads) {
        QVERIFY(t->wait(60000));
        delete t;
    }
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
}

void TestDatabase::carriesOnAfterTheServerDropsTheSession()
{
    test::TempCache cache;
    AppSettingsRepository settings(cache.db());
    QVERIFY(settings.setValue(QStringLiteral("before"), QStringLiteral("1")).ok());
    if (cache.db().isPostgres()) {
        // The server ends this desk's session (a restart, a network drop, an admin).
        QSqlQuery q(cache.db().sql());
        QVERIFY(q.exec(QStringLiteral("SELECT pg_backend_pid()")) && q.next());
        const qint64 pid = q.value(0).toLongLong();
        q.finish();
        QString error;
        QVERIFY2(test::TempPgDatabase::admin(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid), &error),
                 qPrintable(error));
        // A statement outside a transaction fails with words, not a raw driver message ...
        QSqlQuery &dead = cache.db().prepare(QStringLiteral("SELECT value FROM app_settings WHERE key = ?"));
        dead.addBindValue(QStringLiteral("before"));
        const Status lost = Database::exec(dead, "read");
        QVERIFY(!lost.ok());
        QCOMPARE(lost.error().code, QStringLiteral("connection"));
        QVERIFY2(lost.errorMessage().startsWith(QLatin1String("Lost the connection")), qPrintable(lost.errorMessage()));
    }
    // ... and the next transaction runs on a new session.
    {
        Transaction tx(cache.db());
        QVERIFY2(tx.ok(), qPrintable(tx.status().errorMessage()));
        QVERIFY(settings.setValue(QStringLiteral("after"), QStringLiteral("2")).ok());
        QVERIFY(tx.commit().ok());
    }
    QCOMPARE(settings.value(QStringLiteral("before")), QStringLiteral("1"));
    QCOMPARE(settings.value(QStringLiteral("after")), QStringLiteral("2"));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
