// `cache copy`: a desk's SQLite cache to the office's PostgreSQL database and back, all or
// nothing. On the "@pg" run the target is PostgreSQL; on the SQLite run a second file.

#include "csv/CsvExporter.h"
#include "storage/CacheCopier.h"
#include "storage/Database.h"
#include "support/TestDataSeeder.h"
#include "support/TestSupport.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pms;

class TestCacheCopy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void copiesEverythingAndBack();
    void refusesANonEmptyTargetUnlessReplace();
    void failureLeavesTargetEmpty();
    void commandLine();

private:
    QTemporaryDir m_dir;
    QString m_source; // a seeded SQLite cache
};

namespace {

QByteArray exportOf(Database &db, CsvExporter::Entity entity)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto rows = CsvExporter::exportEntity(db, entity, buffer);
    if (!rows.ok())
        qFatal("export failed: %s", qPrintable(rows.errorMessage()));
    return buffer.data();
}

qint64 rowsIn(Database &db)
{
    const auto counts = CacheCopier::counts(db);
    if (!counts.ok())
        qFatal("cannot count: %s", qPrintable(counts.errorMessage()));
    qint64 n = 0;
    for (const auto &c : counts.value())
        n += c.source;
    return n;
}

} // namespace

void TestCacheCopy::initTestCase()
{
    m_source = m_dir.filePath(QStringLiteral("desk.sqlite"));
    auto db = Database::open(m_source);
    QVERIFY(db.ok());
    SeedOptions seed;
    seed.properties = 6;
    seed.unitsPerProperty = 8;
    seed.workOrders = 300;
    seed.syncRuns = 12;
    QVERIFY(TestDataSeeder::seed(*db.value(), seed).ok());
}

void TestCacheCopy::copiesEverythingAndBack()
{
    auto source = Database::open(m_source);
    QVERIFY(source.ok());
    test::TempCache target;
    auto copied = CacheCopier::copy(*source.value(), target.db(), false);
    QVERIFY2(copied.ok(), qPrintable(copied.errorMessage()));
    QCOMPARE(copied->size(), CacheCopier::tables().size());
    qint64 total = 0;
    for (const auto &c : std::as_const(copied.value())) {
        QCOMPARE(c.target, c.source);
        total += c.target;
    }
    QCOMPARE(total, rowsIn(*source.value()));
    QVERIFY(total > 1000);
    for (auto entity : {CsvExporter::Entity::Properties, CsvExporter::Entity::Units, CsvExporter::Entity::Residents,
                        CsvExporter::Entity::Leases, CsvExporter::Entity::WorkOrders, CsvExporter::Entity::Mappings,
                        CsvExporter::Entity::SyncRuns})
        QCOMPARE(exportOf(target.db(), entity), exportOf(*source.value(), entity));

    // New rows after the copy get new ids, after the copied ones.
    QSqlQuery q(target.db().sql());
    QVERIFY(q.exec(QStringLiteral("SELECT max(id) FROM work_orders")) && q.next());
    const qint64 maxId = q.value(0).toLongLong();
    QVERIFY(TestDataSeeder::addWorkOrders(target.db(), 1, 3, 7).ok());
    QVERIFY(q.exec(QStringLiteral("SELECT min(id) FROM work_orders WHERE id > %1").arg(maxId)) && q.next());
    QCOMPARE(q.value(0).toLongLong(), maxId + 1);

    // And back into a new file: the same exports again.
    const QString back = m_dir.filePath(QStringLiteral("back-%1.sqlite").arg(QTest::currentTestFunction()));
    auto returned = Database::open(back);
    QVERIFY(returned.ok());
    auto copiedBack = CacheCopier::copy(target.db(), *returned.value(), false);
    QVERIFY2(copiedBack.ok(), qPrintable(copiedBack.errorMessage()));
    QCOMPARE(exportOf(*returned.value(), CsvExporter::Entity::WorkOrders), exportOf(target.db(), CsvExporter::Entity::WorkOrders));
    QCOMPARE(exportOf(*returned.value(), CsvExporter::Entity::Units), exportOf(*source.value(), CsvExporter::Entity::Units));
}

void TestCacheCopy::refusesANonEmptyTargetUnlessReplace()
{
    auto source = Database::open(m_source);
    QVERIFY(source.ok());
    test::TempCache target;
    QVERIFY(TestDataSeeder::seed(target.db(), SeedOptions{2, 2, 5, 1, 99, {}}).ok());
    const QByteArray before = exportOf(target.db(), CsvExporter::Entity::Units);
    auto refused = CacheCopier::copy(*source.value(), target.db(), false);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("not_empty"));
    QVERIFY2(refused.errorMessage().contains(QLatin1String("--replace")), qPrintable(refused.errorMessage()));
    QCOMPARE(exportOf(target.db(), CsvExporter::Entity::Units), before);

    auto replaced = CacheCopier::copy(*source.value(), target.db(), true);
    QVERIFY2(replaced.ok(), qPrintable(replaced.errorMessage()));
    QCOMPARE(exportOf(target.db(), CsvExporter::Entity::Units), exportOf(*source.value(), CsvExporter::Entity::Units));
    QCOMPARE(rowsIn(target.db()), rowsIn(*source.value()));
}

void TestCacheCopy::failureLeavesTargetEmpty()
{
    auto source = Database::open(m_source);
    QVERIFY(source.ok());
    test::TempCache target;
    // The target refuses the last table: nothing of the earlier ones may stay.
    if (target.db().isPostgres()) {
        QVERIFY(target.db().execRaw(QStringLiteral(
            "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused'; END; $$")).ok());
        QVERIFY(target.db().execRaw(QStringLiteral(
            "CREATE TRIGGER refuse BEFORE INSERT ON sync_exclusions FOR EACH ROW EXECUTE FUNCTION refuse()")).ok());
    } else {
        QVERIFY(target.db().execRaw(QStringLiteral(
            "CREATE TRIGGER refuse BEFORE INSERT ON sync_exclusions BEGIN SELECT RAISE(ABORT, 'refused'); END")).ok());
    }
    auto failed = CacheCopier::copy(*source.value(), target.db(), false);
    QVERIFY(!failed.ok());
    QVERIFY2(failed.errorMessage().contains(QLatin1String("sync_exclusions")), qPrintable(failed.errorMessage()));
    QCOMPARE(rowsIn(target.db()), qint64(0));
}

void TestCacheCopy::commandLine()
{
    const QString binary = qEnvironmentVariable("PMSBRIDGE_BINARY");
    QVERIFY2(QFileInfo(binary).isExecutable(), qPrintable(binary));
    auto run = [&](const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr) {
        QProcess p;
        p.start(binary, args);
        if (!p.waitForFinished(120000)) {
            p.kill();
            return -1;
        }
        if (out)
            *out = p.readAllStandardOutput();
        if (err)
            *err = p.readAllStandardError();
        return p.exitCode();
    };
    test::TempCache target;
    const QString targetPath = target.path();
    QByteArray out, err;

    // Someone else's SQLite file: refused with exit 6 and not one byte changed.
    const QString foreign = m_dir.filePath(QStringLiteral("invoices.sqlite"));
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("invoices"));
        other.setDatabaseName(foreign);
        QVERIFY(other.open());
        QVERIFY(QSqlQuery(other).exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("invoices"));
    QFile before(foreign);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray bytes = before.readAll();
    before.close();
    QCOMPARE(run({QStringLiteral("--db"), foreign, QStringLiteral("export"), QStringLiteral("units")}, &out, &err), 6);
    QVERIFY2(err.contains("not a PMS Bridge cache"), err.constData());
    QVERIFY(before.open(QIODevice::ReadOnly));
    QCOMPARE(before.readAll(), bytes);
    // A URL with a password is a usage error, and the password is not repeated.
    QCOMPARE(run({QStringLiteral("--db"), QStringLiteral("postgresql://ana:hunter2@127.0.0.1/x"), QStringLiteral("export"),
                  QStringLiteral("units")},
                 &out, &err),
             2);
    QVERIFY(!err.contains("hunter2"));
    QCOMPARE(run({QStringLiteral("--db"), m_source, QStringLiteral("cache"), QStringLiteral("copy")}, &out, &err), 2);
    QVERIFY2(err.contains("exactly one of --to"), err.constData());
    QCOMPARE(run({QStringLiteral("--db"), m_source, QStringLiteral("cache"), QStringLiteral("copy"), QStringLiteral("--to"),
                  QStringLiteral("postgresql://ana:pw@127.0.0.1/x")},
                 &out, &err),
             2);
    QVERIFY2(err.contains("PGPASSWORD"), err.constData());
    QVERIFY(!err.contains("pw@"));
    QCOMPARE(run({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("missing.sqlite")), QStringLiteral("cache"),
                  QStringLiteral("copy"), QStringLiteral("--to"), targetPath},
                 &out, &err),
             3); // not found
    QVERIFY2(err.contains("There is no cache at"), err.constData());
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("missing.sqlite"))));

    QCOMPARE(run({QStringLiteral("--db"), m_source, QStringLiteral("cache"), QStringLiteral("copy"), QStringLiteral("--to"), targetPath},
                 &out, &err),
             0);
    QVERIFY2(out.contains("Copied and verified"), out.constData());
    QVERIFY2(out.contains("work_orders"), out.constData());
    // Again: the target holds a cache now (stopped by a rule, nothing changed).
    QCOMPARE(run({QStringLiteral("--db"), m_source, QStringLiteral("cache"), QStringLiteral("copy"), QStringLiteral("--to"), targetPath},
                 &out, &err),
             4);
    QVERIFY2(err.contains("--replace"), err.constData());
    QCOMPARE(run({QStringLiteral("--db"), m_source, QStringLiteral("cache"), QStringLiteral("copy"), QStringLiteral("--to"), targetPath,
                  QStringLiteral("--replace")},
                 &out, &err),
             0);
    QCOMPARE(run({QStringLiteral("--db"), targetPath, QStringLiteral("cache"), QStringLiteral("info")}, &out, &err), 0);
    QVERIFY2(out.contains(target.db().dialect().displayName().toUtf8()), out.constData());
    QCOMPARE(exportOf(target.db(), CsvExporter::Entity::WorkOrders),
             exportOf(*Database::open(m_source).value(), CsvExporter::Entity::WorkOrders));
}

QTEST_GUILESS_MAIN(TestCacheCopy)
#include "tst_cachecopy.moc"
