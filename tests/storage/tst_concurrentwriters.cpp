// Several writers on one cache at once: what SQLite's single writer gave for free must hold on
// PostgreSQL too (this test runs on both engines; see tests/CMakeLists.txt's "@pg" copies).
// Each writer is a thread with a connection of its own, as each desk is a process with one.

#include "mapping/MappingService.h"
#include "storage/ConnectionRepository.h"
#include "storage/Database.h"
#include "storage/OutboxRepository.h"
#include "support/TestDataSeeder.h"
#include "support/TestSupport.h"

#include <QJsonObject>
#include <QMutex>
#include <QSemaphore>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <functional>

using namespace pms;

class TestConcurrentWriters : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oneOfManyDesksMapsAPlatformUnit();
    void outboxOfOneWorkOrderKeepsCommitOrder();
    void transactRetriesLostUpdates();
};

namespace {

/// Runs @p work on @p n threads, each with its own connection to @p location, started together.
void onThreads(int n, const QString &location, const std::function<void(int, Database &)> &work)
{
    QSemaphore ready, go;
    QList<QThread *> threads;
    for (int i = 0; i < n; ++i) {
        threads << QThread::create([&, i] {
            auto db = Database::open(location);
            ready.release();
            go.acquire();
            if (!db.ok())
                qFatal("cannot open the cache in a writer: %s", qPrintable(db.errorMessage()));
            work(i, *db.value());
        });
        threads.last()->start();
    }
    QVERIFY(ready.tryAcquire(n, 60000));
    go.release(n);
    for (QThread *t : threads) {
        QVERIFY(t->wait(120000));
        delete t;
    }
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    if (!q.exec(sql) || !q.next())
        qFatal("query failed: %s", qPrintable(sql));
    return q.value(0).toLongLong();
}

} // namespace

void TestConcurrentWriters::oneOfManyDesksMapsAPlatformUnit()
{
    test::TempCache cache;
    SeedOptions seed;
    seed.properties = 3;
    seed.unitsPerProperty = 6;
    seed.workOrders = 5;
    seed.syncRuns = 2;
    QVERIFY(TestDataSeeder::seed(cache.db(), seed).ok());
    QVERIFY(cache.db().execRaw(QStringLiteral("DELETE FROM unit_mappings")).ok());
    const qint64 platformUnit = scalar(cache.db(), QStringLiteral("SELECT min(id) FROM platform_units"));
    QList<qint64> units;
    QSqlQuery q(cache.db().sql());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM units ORDER BY id LIMIT 10")));
    while (q.next())
        units << q.value(0).toLongLong();
    QCOMPARE(units.size(), 10);

    // Ten desks map ten different units to the same platform unit at the same moment.
    QMutex mutex;
    int mapped = 0;
    QStringList refusals, other;
    onThreads(int(units.size()), cache.path(), [&](int i, Database &db) {
        auto r = MappingService(db).map(units.at(i), platformUnit);
        QMutexLocker lock(&mutex);
        if (r.ok())
            ++mapped;
        else if (r.error().code == QLatin1String("conflict"))
            refusals << r.errorMessage();
        else
            other << r.error().code + QLatin1Char(' ') + r.errorMessage();
    });
    QVERIFY2(other.isEmpty(), qPrintable(other.join(QLatin1Char('\n'))));
    QCOMPARE(mapped, 1);
    QCOMPARE(refusals.size(), 9);
    for (const QString &m : std::as_const(refusals))
        QVERIFY2(m.contains(QLatin1String("is already mapped to PMS unit")), qPrintable(m));
    // R18 held: one mapping of that platform unit, and the desk that won sees it.
    QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM unit_mappings WHERE platform_unit_id = %1").arg(platformUnit)),
             qint64(1));
}

void TestConcurrentWriters::outboxOfOneWorkOrderKeepsCommitOrder()
{
    test::TempCache cache;
    SeedOptions seed;
    seed.properties = 2;
    seed.unitsPerProperty = 3;
    seed.workOrders = 3;
    seed.syncRuns = 1;
    QVERIFY(TestDataSeeder::seed(cache.db(), seed).ok());
    const qint64 workOrder = scalar(cache.db(), QStringLiteral("SELECT min(id) FROM work_orders"));

    // Desk A adds an entry and holds its transaction open; desk B adds one to the same work
    // order meanwhile. B must wait for A: were B's entry committed first, a pusher would send
    // it before A's (entries of one work order go strictly in order).
    QSemaphore aAdded, aMayCommit, bDone;
    QString aError, bError;
    QThread *a = QThread::create([&] {
        auto db = Database::open(cache.path());
        Transaction tx(*db.value());
        auto id = OutboxRepository(*db.value()).enqueue(workOrder, QStringLiteral("comment"), {{QStringLiteral("n"), 1}});
        aError = id.ok() ? QString() : id.errorMessage();
        aAdded.release();
        aMayCommit.acquire();
        if (Status s = tx.commit(); !s.ok())
            aError = s.errorMessage();
    });
    QThread *b = QThread::create([&] {
        auto db = Database::open(cache.path());
        aAdded.acquire();
        aAdded.release();
        Transaction tx(*db.value());
        auto id = OutboxRepository(*db.value()).enqueue(workOrder, QStringLiteral("comment"), {{QStringLiteral("n"), 2}});
        Status s = id.ok() ? tx.commit() : Status(id.error());
        bError = s.ok() ? QString() : s.errorMessage();
        bDone.release();
    });
    a->start();
    b->start();
    QVERIFY(aAdded.tryAcquire(1, 30000));
    aAdded.release();
    // While A is open, B's entry does not land.
    QVERIFY(!bDone.tryAcquire(1, 1500));
    QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM outbox WHERE work_order_id = %1").arg(workOrder)), qint64(0));
    aMayCommit.release();
    QVERIFY(bDone.tryAcquire(1, 30000));
    QVERIFY(a->wait(30000));
    QVERIFY(b->wait(30000));
    delete a;
    delete b;
    QVERIFY2(aError.isEmpty(), qPrintable(aError));
    QVERIFY2(bError.isEmpty(), qPrintable(bError));

    auto entries = OutboxRepository(cache.db()).entries(workOrder);
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 2);
    QCOMPARE(entries->at(0).payload.value(QStringLiteral("n")).toInt(), 1);
    QCOMPARE(entries->at(1).payload.value(QStringLiteral("n")).toInt(), 2);
    QVERIFY(entries->at(0).id < entries->at(1).id);
}

void TestConcurrentWriters::transactRetriesLostUpdates()
{
    test::TempCache cache;
    QVERIFY(AppSettingsRepository(cache.db()).setValue(QStringLiteral("counter"), QStringLiteral("0")).ok());
    constexpr int writers = 2, increments = 25;
    QMutex mutex;
    QStringList errors;
    onThreads(writers, cache.path(), [&](int, Database &db) {
        for (int i = 0; i < increments; ++i) {
            // Read, then write what was read plus one: a lost update unless the engine refuses
            // the second writer and transact() runs it again.
            Status s = db.transact(
                [&db]() -> Status {
                    AppSettingsRepository settings(db);
                    const int n = settings.value(QStringLiteral("counter")).toInt();
                    return settings.setValue(QStringLiteral("counter"), QString::number(n + 1));
                },
                200, Database::Isolation::Snapshot);
            if (!s.ok()) {
                QMutexLocker lock(&mutex);
                errors << s.errorMessage();
            }
        }
    });
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(AppSettingsRepository(cache.db()).value(QStringLiteral("counter")).toInt(), writers * increments);
}

QTEST_GUILESS_MAIN(TestConcurrentWriters)
#include "tst_concurrentwriters.moc"
