// Team mode's part of the status bar (issue 15): what another desk is syncing, that Sync now went
// to the runner, how many desks are on the shared cache. The signals come from SyncController's
// TeamLink on a PostgreSQL cache (tests/sync/tst_teamrunner checks them there); here they are
// emitted by hand on a controller of a file cache.
#include "support/TestSupport.h"
#include "sync/SyncController.h"
#include "ui/common/AppContext.h"
#include "ui/mainwindow/TeamStatusWidget.h"

#include <QDir>
#include <QLabel>
#include <QTest>

using namespace pms;

class TestTeamStatus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void liveRunSaysWhoWhenAndHowFar();
    void widgetFollowsTheTeam();
};

void TestTeamStatus::liveRunSaysWhoWhenAndHowFar()
{
    LiveRun run;
    run.runId = 7;
    run.connectionId = 1;
    run.desk = QStringLiteral("FRONT");
    run.person = QStringLiteral("Ana");
    run.startedAt = QDateTime(QDate::currentDate(), QTime(12, 4)); // local time
    run.percent = 40;
    const QLocale c(QLocale::English, QLocale::UnitedKingdom); // 24-hour HH:mm
    QCOMPARE(TeamStatusWidget::liveRunText(run, c), QStringLiteral("Syncing on FRONT (Ana), started 12:04 — 40 %"));
    run.percent = -1;
    run.kind = SyncKind::Reconciliation;
    QCOMPARE(TeamStatusWidget::liveRunText(run, c), QStringLiteral("Reconciling on FRONT (Ana), started 12:04"));
}

void TestTeamStatus::widgetFollowsTheTeam()
{
    test::TempCache cache;
    SyncController sync(cache.path());
    AppContext ctx;
    ctx.db = &cache.db();
    ctx.sync = &sync;
    ctx.connectionId = 1;
    TeamStatusWidget w(ctx);
    w.resize(700, 24);
    w.show();

    Q_EMIT sync.desksChanged({QStringLiteral("FRONT (Ana)"), QStringLiteral("BACK (Ben)"), QStringLiteral("OFFICE (Cy)")});
    QCOMPARE(w.desksText(), QStringLiteral("3 desks on the cache"));
    QVERIFY(w.runText().isEmpty());

    Q_EMIT sync.syncRequestSent(1, QStringLiteral("FRONT (Ana)"), QString());
    QCOMPARE(w.runText(), QStringLiteral("Asked FRONT (Ana) to sync now"));

    LiveRun run;
    run.runId = 9;
    run.connectionId = 1;
    run.desk = QStringLiteral("FRONT");
    run.person = QStringLiteral("Ana");
    run.startedAt = QDateTime::currentDateTime();
    run.percent = 40;
    Q_EMIT sync.liveRunChanged(run);
    QVERIFY2(w.runText().startsWith(QLatin1String("Syncing on FRONT (Ana), started ")), qPrintable(w.runText()));
    QVERIFY(w.runText().endsWith(QStringLiteral("— 40 %")));
    if (const QString dir = qEnvironmentVariable("PMSBRIDGE_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(w.grab().save(QDir(dir).filePath(QStringLiteral("team-status.png"))));

    // Another connection's run does not show; the end of this one clears the text.
    run.connectionId = 2;
    run.runId = 10;
    Q_EMIT sync.liveRunChanged(run);
    QVERIFY(w.runText().startsWith(QLatin1String("Syncing on FRONT")));
    LiveRun ended;
    ended.connectionId = 1;
    Q_EMIT sync.liveRunChanged(ended);
    QVERIFY(w.runText().isEmpty());
}

QTEST_MAIN(TestTeamStatus)
#include "tst_teamstatus.moc"
