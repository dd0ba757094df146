// Team mode, item 1 (issue 15): one runner per connection on a shared PostgreSQL cache. Runs on
// both engines (the "@pg" copy is the real one): on SQLite the one desk runs everything and
// nothing else changes; on PostgreSQL the database elects one desk per connection, a "Sync now"
// elsewhere becomes a request the runner takes, and when the runner process is killed with
// SIGKILL in the middle of a sync another desk process takes over within a minute and ends with
// the same cache as a clean run.
#include "common/CacheEvents.h"
#include "common/DeskIdentity.h"
#include "storage/ConnectionRepository.h"
#include "storage/Database.h"
#include "storage/SyncRunRepository.h"
#include "storage/TeamRepository.h"
#include "support/CrashRig.h"
#include "support/TestSupport.h"
#include "sync/SyncController.h"
#include "sync/TeamLink.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTest>

using namespace pms;
using namespace pms::test;

class TestTeamRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runsSayWhichDeskRunsThemAndHowFar();
    void syncRequestsAreTakenOnce();
    void oneSessionHoldsTheRunnerLock();
    void controllerOnSqliteRunsEverything();
    void killedRunnerProcessIsReplaced();
    void changesReachTheOtherDesks();
};

namespace {

qint64 addConnection(Database &db)
{
    ConnectionInfo c;
    c.name = QStringLiteral("Team");
    c.baseUrl = QUrl(QStringLiteral("https://api.propertyware.com/pw/api/rest/v1"));
    static int n = 0;
    c.systemId = QStringLiteral("team%1").arg(++n);
    c.clientId = QStringLiteral("cid");
    const auto id = ConnectionRepository(db).insert(c);
    if (!id.ok())
        qFatal("insert connection: %s", qPrintable(id.errorMessage()));
    return id.value();
}

QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

} // namespace

void TestTeamRunner::runsSayWhichDeskRunsThemAndHowFar()
{
    qputenv("PMSBRIDGE_DESK", "Front desk");
    qputenv("PMSBRIDGE_PERSON", "Ana");
    TempCache cache;
    const qint64 conn = addConnection(cache.db());
    TeamRepository team(cache.db());
    auto none = team.liveRun(conn);
    QVERIFY(none.ok());
    QCOMPARE(none->runId, 0);

    const QDateTime started = QDateTime(QDate(2026, 12, 5), QTime(12, 4), Qt::UTC);
    auto run = SyncRunRepository(cache.db()).startRun(conn, SyncKind::Incremental, QStringLiteral("schedule"), started);
    QVERIFY(run.ok());
    auto live = team.liveRun(conn);
    QVERIFY(live.ok());
    QCOMPARE(live->runId, run.value());
    QCOMPARE(live->desk, QStringLiteral("Front desk"));
    QCOMPARE(live->person, QStringLiteral("Ana"));
    QCOMPARE(live->startedAt, started);
    QCOMPARE(live->percent, -1);
    QVERIFY(team.setRunProgress(run.value(), 40, started.addSecs(30)).ok());
    QCOMPARE(team.liveRun(conn)->percent, 40);

    // A runner that took over ends what the dead one left, and learns what to run again.
    auto interrupted = team.failInterruptedRuns(conn, started.addSecs(90));
    QVERIFY(interrupted.ok());
    QCOMPARE(interrupted.value(), QList<SyncKind>{SyncKind::Incremental});
    QCOMPARE(team.liveRun(conn)->runId, 0);
    auto row = SyncRunRepository(cache.db()).run(run.value());
    QCOMPARE(row->status, QStringLiteral("failed"));
    QVERIFY2(row->error.contains(QLatin1String("took over")), qPrintable(row->error));
    QVERIFY(team.failInterruptedRuns(conn, started.addSecs(91))->isEmpty());
    qunsetenv("PMSBRIDGE_DESK");
    qunsetenv("PMSBRIDGE_PERSON");
}

void TestTeamRunner::syncRequestsAreTakenOnce()
{
    TempCache cache;
    const qint64 conn = addConnection(cache.db());
    const QDateTime now = QDateTime::currentDateTimeUtc();

    std::unique_ptr<Database> runner = cache.openAnother();
    QSignalSpy heard(runner->sql().driver(), &QSqlDriver::notification);
    const QString channel = TeamRepository(*runner).syncChannel();
    if (cache.db().isPostgres())
        QVERIFY(runner->sql().driver()->subscribeToNotification(channel));

    TeamRepository asking(cache.db());
    QVERIFY(asking.requestSync(conn, SyncKind::Incremental, now).ok());
    QVERIFY(asking.requestSync(conn, SyncKind::Incremental, now).ok());
    if (cache.db().isPostgres()) {
        // The runner's session is woken, with the connection in the payload.
        QTRY_VERIFY_WITH_TIMEOUT(!heard.isEmpty(), 5000);
        QCOMPARE(heard.first().at(0).toString(), channel);
        QCOMPARE(heard.first().at(2).toString(), QString::number(conn));
    }
    auto taken = TeamRepository(*runner).takeRequests(conn, now);
    QVERIFY(taken.ok());
    QCOMPARE(taken->size(), 2);
    QCOMPARE(taken->first().kind, SyncKind::Incremental);
    QCOMPARE(taken->first().desk, desk::name());
    QVERIFY(TeamRepository(cache.db()).takeRequests(conn, now)->isEmpty()); // each once
}

void TestTeamRunner::oneSessionHoldsTheRunnerLock()
{
    TempCache cache;
    const qint64 conn = addConnection(cache.db());
    const qint64 other = addConnection(cache.db());
    if (!cache.db().isPostgres()) {
        // One desk on a file: it is always the runner, and the only desk.
        QCOMPARE(TeamRepository(cache.db()).tryRunnerLock(conn).value(), true);
        QCOMPARE(TeamRepository(cache.db()).desks().size(), 1);
        QVERIFY(TeamRepository(cache.db()).runnerOf(conn).isEmpty());
        return;
    }
    auto a = cache.openAnother();
    auto b = cache.openAnother();
    QVERIFY(TeamRepository(*a).joinTeam().ok());
    QVERIFY(TeamRepository(*b).joinTeam().ok());
    QCOMPARE(TeamRepository(cache.db()).desks().size(), 2);

    QCOMPARE(TeamRepository(*a).tryRunnerLock(conn).value(), true);
    QCOMPARE(TeamRepository(*a).tryRunnerLock(conn).value(), true); // already its
    QCOMPARE(TeamRepository(*b).tryRunnerLock(conn).value(), false);
    QCOMPARE(TeamRepository(*b).tryRunnerLock(other).value(), true); // locks are per connection
    QCOMPARE(TeamRepository(cache.db()).runnerOf(conn), desk::label(desk::name(), desk::person()));

    // Its session ends (the desk quits or dies): the server hands the lock on.
    a.reset();
    bool got = false; // (QTRY_VERIFY evaluates its expression once more; each success stacks a lock)
    QTRY_VERIFY_WITH_TIMEOUT(got || (got = TeamRepository(*b).tryRunnerLock(conn).value()), 10000);
    QCOMPARE(TeamRepository(cache.db()).desks().size(), 1);
    QVERIFY(TeamRepository(*b).releaseRunnerLock(conn).ok());
    QVERIFY(TeamRepository(cache.db()).runnerOf(conn).isEmpty());
}

void TestTeamRunner::controllerOnSqliteRunsEverything()
{
    TempCache cache;
    const qint64 conn = addConnection(cache.db());
    SyncController sync(cache.path());
    QCOMPARE(sync.teamMode(), cache.db().isPostgres());
    if (!cache.db().isPostgres()) {
        QVERIFY(sync.isRunnerFor(conn));
        return;
    }
    // On PostgreSQL a desk competes only once it has the secret, and then is elected.
    QVERIFY(!sync.isRunnerFor(conn));
    QSignalSpy runner(&sync, &SyncController::runnerChanged);
    QSignalSpy desks(&sync, &SyncController::desksChanged);
    sync.setSecret(conn, QStringLiteral("secret"));
    QTRY_VERIFY_WITH_TIMEOUT(sync.isRunnerFor(conn), 10000);
    QCOMPARE(runner.first().at(0).toLongLong(), conn);
    QCOMPARE(runner.first().at(1).toBool(), true);
    QTRY_VERIFY_WITH_TIMEOUT(!desks.isEmpty(), 10000);
    QCOMPARE(desks.last().at(0).toStringList().size(), 1);

    // A second desk (controller) on the same cache is not elected, and its Sync now becomes a
    // request that names the runner.
    SyncController second(cache.path());
    QSignalSpy sent(&second, &SyncController::syncRequestSent);
    second.setSecret(conn, QStringLiteral("secret"));
    QTRY_VERIFY_WITH_TIMEOUT(!desks.isEmpty() && desks.last().at(0).toStringList().size() == 2, 10000);
    QVERIFY(!second.isRunnerFor(conn));
    QSignalSpy requested(&sync, &SyncController::syncRequested);
    second.start(conn, SyncKind::Incremental);
    QTRY_VERIFY_WITH_TIMEOUT(!sent.isEmpty(), 10000);
    QCOMPARE(sent.first().at(1).toString(), desk::label(desk::name(), desk::person()));
    QTRY_VERIFY_WITH_TIMEOUT(!requested.isEmpty(), 10000);
    QCOMPARE(requested.first().at(0).toLongLong(), conn);
    QCOMPARE(requested.first().at(1).value<SyncKind>(), SyncKind::Incremental);
    // A scheduled start on the non-runner does nothing: no second request.
    second.start(conn, SyncKind::Incremental, QStringLiteral("schedule"));
    QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM sync_requests")).toInt(), 1);
}

void TestTeamRunner::killedRunnerProcessIsReplaced()
{
    if (!onPostgres())
        QSKIP("team mode needs a PostgreSQL cache; the SQLite run checks that one desk runs everything");
    const QString binary = qEnvironmentVariable("PMSBRIDGE_BINARY");
    if (binary.isEmpty())
        QSKIP("PMSBRIDGE_BINARY is not set (ctest sets it)");
    sim::SimOptions o;
    o.scale = sim::Scale::Tiny;
    o.seed = 15;
    CrashRig rig(binary, o);
    QVERIFY(rig.ok());

    // A clean run to compare with.
    TempPgDatabase reference;
    QVERIFY(rig.makeCache(reference.url()));
    const CliRun clean = rig.run(reference.url(), {QStringLiteral("sync"), QStringLiteral("--initial")});
    QVERIFY2(clean.code == 0, qPrintable(clean.err));
    const QString expected = rig.exports(reference.url());
    QVERIFY(expected.count(QLatin1Char('\n')) > 20);

    TempPgDatabase shared;
    QVERIFY(rig.makeCache(shared.url()));
    auto db = Database::open(shared.url());
    QVERIFY(db.ok());
    Database &cache = *db.value();
    const qint64 conn = ConnectionRepository(cache).all().first().id;

    auto startDesk = [&](QProcess &p, const char *deskName, const char *person, const QByteArray &crashAt) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PMSBRIDGE_CLIENT_SECRET"), o.clientSecret);
        env.insert(QStringLiteral("PMSBRIDGE_DESK"), QString::fromLatin1(deskName));
        env.insert(QStringLiteral("PMSBRIDGE_PERSON"), QString::fromLatin1(person));
        env.insert(QStringLiteral("PMSBRIDGE_TEAM_TICK_MS"), QStringLiteral("250"));
        env.remove(QStringLiteral("PMSBRIDGE_CRASH_AT"));
        if (!crashAt.isEmpty())
            env.insert(QStringLiteral("PMSBRIDGE_CRASH_AT"), QString::fromLatin1(crashAt));
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(binary, {QStringLiteral("--db"), shared.url(), QStringLiteral("team"), QStringLiteral("runner"),
                         QStringLiteral("--for"), QStringLiteral("180")});
        return p.waitForStarted(10000);
    };
    QString outA, outB;
    QProcess deskA, deskB;
    auto read = [&] {
        if (deskA.isOpen())
            outA += QString::fromUtf8(deskA.readAll());
        if (deskB.isOpen())
            outB += QString::fromUtf8(deskB.readAll());
    };
    auto cleanUp = qScopeGuard([&] {
        for (QProcess *p : {&deskA, &deskB}) {
            p->kill();
            p->waitForFinished(5000);
        }
    });

    // Desk A starts first and is elected; it dies (SIGKILL) after the third page of its sync.
    QVERIFY(startDesk(deskA, "DeskA", "Ana", "after-page:3"));
    QTRY_VERIFY2_WITH_TIMEOUT((read(), outA.contains(QLatin1String("runs connection"))), qPrintable(outA), 30000);
    QVERIFY(startDesk(deskB, "DeskB", "Ben", {}));
    QTRY_VERIFY2_WITH_TIMEOUT((read(), outB.contains(QLatin1String("waits to be elected"))), qPrintable(outB), 30000);
    QCOMPARE(TeamRepository(cache).runnerOf(conn), QStringLiteral("DeskA (Ana)"));
    QTRY_COMPARE_WITH_TIMEOUT(TeamRepository(cache).desks().size(), 2, 10000);
    QVERIFY2(!outB.contains(QLatin1String("runs connection")), qPrintable(outB));

    // "Sync now" on a third desk (this test's session): a request the runner takes.
    QVERIFY(TeamRepository(cache).requestSync(conn, SyncKind::Initial, QDateTime::currentDateTimeUtc()).ok());
    QVERIFY2(deskA.waitForFinished(90000), qPrintable(outA));
    QElapsedTimer sinceDeath;
    sinceDeath.start();
    read();
    QCOMPARE(deskA.exitStatus(), QProcess::CrashExit);
    QCOMPARE(scalar(cache, QStringLiteral("SELECT taken_by FROM sync_requests")).toString(), QStringLiteral("DeskA"));

    // Desk B takes over within a minute, ends A's run and runs it again to the end.
    QTRY_VERIFY2_WITH_TIMEOUT((read(), outB.contains(QLatin1String("runs connection"))), qPrintable(outB), 60000);
    const qint64 takeoverMs = sinceDeath.elapsed();
    QVERIFY2(takeoverMs < 60000, qPrintable(QString::number(takeoverMs)));
    qInfo("takeover after the runner's death: %lld ms", takeoverMs);
    QTRY_VERIFY2_WITH_TIMEOUT(
        scalar(cache, QStringLiteral("SELECT count(*) FROM sync_runs WHERE desk = 'DeskB' AND kind = 'initial' "
                                     "AND status = 'succeeded'"))
                .toInt()
            == 1,
        qPrintable((read(), outB)), 120000);
    QCOMPARE(scalar(cache, QStringLiteral("SELECT count(*) FROM sync_runs WHERE desk = 'DeskA' AND person = 'Ana' "
                                          "AND status = 'failed' AND error LIKE '%DeskB (Ben) took over%'"))
                 .toInt(),
             1);
    // Its progress was there for the other desks while it ran.
    QVERIFY(!scalar(cache, QStringLiteral("SELECT progress FROM sync_runs WHERE desk = 'DeskA'")).isNull());
    QTRY_COMPARE_WITH_TIMEOUT(scalar(cache, QStringLiteral("SELECT count(*) FROM sync_runs WHERE status = 'running'")).toInt(),
                              0, 60000);
    QCOMPARE(CrashRig::integrity(shared.url()), QStringLiteral("ok"));
    QCOMPARE(rig.exports(shared.url()), expected); // nothing lost, nothing twice
    QCOMPARE(TeamRepository(cache).runnerOf(conn), QStringLiteral("DeskB (Ben)"));
}

void TestTeamRunner::changesReachTheOtherDesks()
{
    if (!onPostgres())
        QSKIP("live screens across desks need a PostgreSQL cache (LISTEN/NOTIFY)");
    TempCache cache;
    SyncController first(cache.path());
    QSignalSpy firstDesks(&first, &SyncController::desksChanged);
    QTRY_VERIFY_WITH_TIMEOUT(!firstDesks.isEmpty(), 10000);
    SyncController second(cache.path()); // the desk that writes (its link sends this process's changes)
    QTRY_VERIFY_WITH_TIMEOUT(firstDesks.last().at(0).toStringList().size() == 2, 10000);

    QSignalSpy heard(&first, &SyncController::remoteCacheChange);
    QSignalSpy echoed(&second, &SyncController::remoteCacheChange);
    QSignalSpy screens(CacheEvents::instance(), &CacheEvents::remoteChanged);
    QElapsedTimer latency;
    latency.start();
    CacheEvents::notify(CacheEvents::Mappings | CacheEvents::Residents, 0);
    CacheEvents::notify(CacheEvents::WorkOrders, 42);
    QTRY_COMPARE_WITH_TIMEOUT(heard.size(), 2, 2000); // every other desk within 2 s
    qInfo("desk to desk: %lld ms", latency.elapsed());
    QCOMPARE(heard.at(0).at(0).toInt(), int(CacheEvents::Mappings | CacheEvents::Residents));
    QCOMPARE(heard.at(1).at(0).toInt(), int(CacheEvents::WorkOrders));
    QCOMPARE(heard.at(1).at(1).toLongLong(), 42);
    // The screens of the receiving desk hear them as CacheEvents; the sender does not hear itself.
    QTRY_COMPARE_WITH_TIMEOUT(screens.size(), 2, 2000);
    QCOMPARE(screens.at(1).at(0).value<CacheEvents::Tables>(), CacheEvents::Tables(CacheEvents::WorkOrders));
    QVERIFY(echoed.isEmpty());
}

QTEST_GUILESS_MAIN(TestTeamRunner)
#include "tst_teamrunner.moc"
