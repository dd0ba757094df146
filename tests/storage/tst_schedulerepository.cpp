#include "common/Clock.h"
#include "storage/ConnectionRepository.h"
#include "storage/Database.h"
#include "storage/ScheduleRepository.h"
#include "support/TestSupport.h"
#include "sync/Scheduler.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace pms;

namespace {

qint64 addConnection(Database &db, const QString &systemId)
{
    ConnectionInfo c;
    c.baseUrl = QUrl(QStringLiteral("https://api.propertyware.com/pw/api/rest/v1"));
    c.systemId = systemId;
    c.clientId = QStringLiteral("cid");
    const auto id = ConnectionRepository(db).insert(c);
    if (!id.ok())
        qFatal("insert connection: %s", qPrintable(id.errorMessage()));
    return id.value();
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

QString storedSpec(Database &db, qint64 connectionId, const QString &job)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT spec FROM schedules WHERE connection_id=? AND job=?"));
    q.addBindValue(connectionId);
    q.addBindValue(job);
    if (!q.exec() || !q.next())
        return QStringLiteral("<no row>");
    return q.value(0).toString();
}

} // namespace

class TestScheduleRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultsWhenNothingStored();
    void saveAndLoad();
    void defaultStoredAsEmptyText();
    void unreadableSpecFallsBackToDefault();
    void seedsDifferBetweenConnectionsButNotBetweenLoads();
    void unknownConnectionIsAnError();
    void lastRunsFromCursorsAndSnapshots();
    void startupFromTheCache();
};

void TestScheduleRepository::defaultsWhenNothingStored()
{
    test::TempCache cache;
    const qint64 id = addConnection(cache.db(), QStringLiteral("100"));
    const auto specs = ScheduleRepository(cache.db()).specs(id);
    QVERIFY2(specs.ok(), qPrintable(specs.errorMessage()));
    QCOMPARE(specs.value().size(), 4);
    for (ScheduledJob job : allScheduledJobs()) {
        QVERIFY(specs.value().value(job).sameTimesAs(ScheduleSpec::defaultFor(job)));
        QVERIFY(specs.value().value(job).enabled);
    }
}

void TestScheduleRepository::saveAndLoad()
{
    test::TempCache cache;
    const qint64 id = addConnection(cache.db(), QStringLiteral("100"));
    ScheduleRepository repo(cache.db());
    ScheduleSpec leases = ScheduleSpec::parse(QStringLiteral("daily:06:00@America/Chicago")).value();
    ScheduleSpec recon = ScheduleSpec::defaultFor(ScheduledJob::Reconciliation);
    recon.enabled = false;
    QVERIFY(repo.saveAll(id, {{ScheduledJob::Leases, leases}, {ScheduledJob::Reconciliation, recon}}).ok());

    const auto specs = repo.specs(id);
    QVERIFY(specs.ok());
    QCOMPARE(specs.value().value(ScheduledJob::Leases).toString(), QStringLiteral("daily:06:00@America/Chicago"));
    QVERIFY(specs.value().value(ScheduledJob::Leases).enabled);
    QVERIFY(!specs.value().value(ScheduledJob::Reconciliation).enabled);
    QVERIFY(specs.value().value(ScheduledJob::Incremental).enabled);
    QCOMPARE(storedSpec(cache.db(), id, QStringLiteral("leases")), QStringLiteral("daily:06:00@America/Chicago"));

    // Saving again updates the row, no duplicate.
    leases.enabled = false;
    QVERIFY(repo.save(id, ScheduledJob::Leases, leases).ok());
    QVERIFY(!repo.specs(id).value().value(ScheduledJob::Leases).enabled);
}

void TestScheduleRepository::defaultStoredAsEmptyText()
{
    test::TempCache cache;
    const qint64 id = addConnection(cache.db(), QStringLiteral("100"));
    ScheduleRepository repo(cache.db());
    ScheduleSpec incremental = ScheduleSpec::defaultFor(ScheduledJob::Incremental, 77);
    incremental.enabled = false;
    QVERIFY(repo.save(id, ScheduledJob::Incremental, incremental).ok());
    QCOMPARE(storedSpec(cache.db(), id, QStringLiteral("incremental")), QString(""));
    QVERIFY(!repo.specs(id).value().value(ScheduledJob::Incremental).enabled);
}

void TestScheduleRepository::unreadableSpecFallsBackToDefault()
{
    test::TempCache cache;
    const qint64 id = addConnection(cache.db(), QStringLiteral("100"));
    QVERIFY(cache.db().execRaw(QStringLiteral("INSERT INTO schedules (connection_id, job, enabled, spec) VALUES (%1, "
                                              "'leases', 1, 'daily:99:99@Nowhere')").arg(id)).ok());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("unreadable schedule, using the default")));
    const auto specs = ScheduleRepository(cache.db()).specs(id);
    QVERIFY(specs.ok());
    QCOMPARE(specs.value().value(ScheduledJob::Leases).toString(), QStringLiteral("daily:23:30@UTC"));
}

void TestScheduleRepository::seedsDifferBetweenConnectionsButNotBetweenLoads()
{
    test::TempCache cache;
    QSet<int> minutes;
    for (int i = 0; i < 12; ++i) {
        const qint64 id = addConnection(cache.db(), QString::number(1000 + i));
        const ScheduleSpec a = ScheduleRepository(cache.db()).specs(id).value().value(ScheduledJob::Incremental);
        const ScheduleSpec b = ScheduleRepository(cache.db()).specs(id).value().value(ScheduledJob::Incremental);
        QCOMPARE(a.offsetSeconds(), b.offsetSeconds());
        QVERIFY(a.offsetSeconds() < 5 * 60);
        minutes.insert(a.offsetSeconds() / 60);
    }
    QVERIFY2(minutes.size() >= 3, "twelve connections should not all start at the same minute");
    // The same account gives the same minute on every machine.
    QCOMPARE(ScheduleRepository::seedFor(QStringLiteral("https://x"), QStringLiteral("1"), ScheduledJob::Incremental),
             scheduleSeed(QStringLiteral("https://x|1|incremental")));
    QCOMPARE(scheduleSeed(QStringLiteral("a")), 0xe40c292cu); // FNV-1a reference value
}

void TestScheduleRepository::unknownConnectionIsAnError()
{
    test::TempCache cache;
    const auto specs = ScheduleRepository(cache.db()).specs(42);
    QVERIFY(!specs.ok());
    QCOMPARE(specs.error().code, QStringLiteral("not-found"));
}

void TestScheduleRepository::lastRunsFromCursorsAndSnapshots()
{
    test::TempCache cache;
    const qint64 id = addConnection(cache.db(), QStringLiteral("100"));
    const qint64 other = addConnection(cache.db(), QStringLiteral("200"));
    Database &db = cache.db();
    const QString cursor = QStringLiteral("INSERT INTO sync_cursors (connection_id, job, last_success_started_at) VALUES (%1, '%2', '%3')");
    QVERIFY(db.execRaw(cursor.arg(id).arg(QStringLiteral("incremental"), QStringLiteral("2026-11-25T11:02:00Z"))).ok());
    QVERIFY(db.execRaw(cursor.arg(id).arg(QStringLiteral("leases"), QStringLiteral("2026-11-24T23:30:01Z"))).ok());
    QVERIFY(db.execRaw(cursor.arg(id).arg(QStringLiteral("initial"), QStringLiteral("2026-11-01T00:00:00Z"))).ok());
    QVERIFY(db.execRaw(cursor.arg(other).arg(QStringLiteral("properties_residents"), QStringLiteral("2026-11-25T10:00:00Z"))).ok());
    const QString snap = QStringLiteral("INSERT INTO reconciliation_snapshots (connection_id, started_at, trigger, status) "
                                        "VALUES (%1, '%2', 'schedule', '%3')");
    QVERIFY(db.execRaw(snap.arg(id).arg(QStringLiteral("2026-10-27T10:00:00Z"), QStringLiteral("completed"))).ok());
    QVERIFY(db.execRaw(snap.arg(id).arg(QStringLiteral("2026-09-27T10:00:00Z"), QStringLiteral("completed"))).ok());
    QVERIFY(db.execRaw(snap.arg(id).arg(QStringLiteral("2026-11-27T11:00:00Z"), QStringLiteral("aborted"))).ok());

    const auto runs = ScheduleRepository(db).lastRuns(id);
    QVERIFY2(runs.ok(), qPrintable(runs.errorMessage()));
    QCOMPARE(runs.value().size(), 3);
    QCOMPARE(runs.value().value(ScheduledJob::Incremental), utc("2026-11-25T11:02:00Z"));
    QCOMPARE(runs.value().value(ScheduledJob::Leases), utc("2026-11-24T23:30:01Z"));
    QCOMPARE(runs.value().value(ScheduledJob::Reconciliation), utc("2026-10-27T10:00:00Z")); // aborted runs don't count
    QVERIFY(!runs.value().contains(ScheduledJob::PropertiesResidents)); // the other connection's
}

void TestScheduleRepository::startupFromTheCache()
{
    // What the window does at start-up: specs and last runs from the cache into the Scheduler.
    test::TempCache cache;
    const qint64 id = addConnection(cache.db(), QStringLiteral("100"));
    const QString cursor = QStringLiteral("INSERT INTO sync_cursors (connection_id, job, last_success_started_at) VALUES (%1, '%2', '%3')");
    for (const char *job : {"incremental", "properties_residents", "leases"})
        QVERIFY(cache.db().execRaw(cursor.arg(id).arg(QString::fromLatin1(job), QStringLiteral("2026-11-25T12:00:00Z"))).ok());
    ScheduleRepository repo(cache.db());
    ScheduleSpec recon = ScheduleSpec::defaultFor(ScheduledJob::Reconciliation);
    recon.enabled = false;
    QVERIFY(repo.save(id, ScheduledJob::Reconciliation, recon).ok());

    ManualClock clock(utc("2026-11-28T12:00:30Z"));
    Clock::setInstance(&clock);
    Scheduler scheduler;
    QSignalSpy due(&scheduler, &Scheduler::due);
    scheduler.setConnectionSchedule(id, repo.specs(id).value(), repo.lastRuns(id).value());
    scheduler.check();
    Clock::setInstance(nullptr);
    QCOMPARE(due.size(), 3);
    QVERIFY(!scheduler.nextRunUtc(id, ScheduledJob::Reconciliation).isValid());
}

QTEST_GUILESS_MAIN(TestScheduleRepository)
#include "tst_schedulerepository.moc"
