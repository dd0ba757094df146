// Reconciliation through SyncController (the app's path): in the sync thread, started by the
// scheduler's monthly job, and the Run now preview + confirm of the Reconciliation screen.
#include "common/Json.h"
#include "storage/ScheduleRepository.h"
#include "support/SyncFixture.h"
#include "domain/ScheduleSpec.h"
#include "sync/Scheduler.h"
#include "sync/SyncController.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace pms;
using namespace pms::test;

namespace {

sim::SimOptions tiny()
{
    sim::SimOptions o;
    o.scale = sim::Scale::Tiny;
    o.seed = 5;
    return o;
}

QList<qint64> activePmsIds(SyncFixture &f, int n, int skip)
{
    QList<qint64> ids;
    QSqlQuery q(f.db().sql());
    q.exec(QStringLiteral("SELECT pms_id FROM units WHERE active = 1 ORDER BY pms_id LIMIT %1 OFFSET %2")
               .arg(n)
               .arg(skip));
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

ReconcileOutcome waitOutcome(QSignalSpy &spy)
{
    if (spy.isEmpty() && !spy.wait(30000))
        return {};
    return spy.takeFirst().at(0).value<ReconcileOutcome>();
}

} // namespace

class TestReconciliationController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void monthlyJobRunsInTheSyncThread();
    void runNowPreviewThenConfirm();
    void rejectedSecretAbortsAndAsksAgain();
};

void TestReconciliationController::monthlyJobRunsInTheSyncThread()
{
    SyncFixture f(tiny());
    QCOMPARE(f.run(SyncKind::Initial).status, QStringLiteral("succeeded"));
    const int before = f.scalar(QStringLiteral("SELECT count(*) FROM units WHERE active = 1")).toInt();
    const QList<qint64> gone = activePmsIds(f, 2, 4);
    f.sim().deleteUnitIds(gone);

    // The product default: the 27th at 03:00 America/Los_Angeles (11:00 UTC in November).
    auto specs = ScheduleRepository(f.db()).specs(f.connection().id);
    QVERIFY(specs.ok());
    QHash<ScheduledJob, ScheduleSpec> monthly { { ScheduledJob::Reconciliation,
        specs->value(ScheduledJob::Reconciliation) } };
    Scheduler scheduler;
    scheduler.setConnectionSchedule(f.connection().id, monthly);
    const QDateTime slot(QDate(2026, 11, 27), QTime(11, 0), Qt::UTC);
    QCOMPARE(scheduler.nextRunUtc(f.connection().id, ScheduledJob::Reconciliation), slot);

    SyncController controller(f.db().path());
    controller.setSecret(f.connection().id, f.secret);
    // On PostgreSQL (team mode) only the connection's runner desk runs scheduled jobs: this one
    // is elected once it has the secret.
    QTRY_VERIFY_WITH_TIMEOUT(controller.isRunnerFor(f.connection().id), 10000);
    // As the main window wires it: due() starts the job's run kind.
    connect(&scheduler, &Scheduler::due, &controller, [&](qint64 id, ScheduledJob job) {
        controller.start(id, syncKindFor(job), QStringLiteral("schedule"));
    });
    QSignalSpy started(&controller, &SyncController::started);
    QSignalSpy finished(&controller, &SyncController::finished);
    QSignalSpy details(&controller, &SyncController::reconciliationFinished);
    QSignalSpy changed(&controller, &SyncController::cacheChanged);

    QSignalSpy due(&scheduler, &Scheduler::due);
    f.clock().setNow(slot.addSecs(-60));
    scheduler.check();
    QCOMPARE(due.count(), 0); // not yet: check() decides there and then, nothing to wait for
    QVERIFY(started.isEmpty());
    f.clock().setNow(slot);
    scheduler.check();
    QVERIFY(finished.wait(30000));
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.first().at(1).value<SyncKind>(), SyncKind::Reconciliation);
    const SyncOutcome run = finished.first().at(0).value<SyncOutcome>();
    QCOMPARE(run.kind, SyncKind::Reconciliation);
    QCOMPARE(run.status, QStringLiteral("succeeded"));
    QCOMPARE(run.counts.value(QStringLiteral("units")).updated, 2);
    QVERIFY(!controller.isRunning());
    const ReconcileOutcome o = waitOutcome(details);
    QCOMPARE(o.status, QStringLiteral("completed"));
    QCOMPARE(o.unitsDeactivated, 2);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(f.scalar(QStringLiteral("SELECT trigger FROM reconciliation_snapshots WHERE id = ?"),
                  { o.snapshotId })
                 .toString(),
        QStringLiteral("schedule"));
    QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM units WHERE active = 1")).toInt(), before - 2);
    // The next slot is next month's 27th, 03:00 in Los Angeles.
    QCOMPARE(scheduler.nextRunUtc(f.connection().id, ScheduledJob::Reconciliation),
        QDateTime(QDate(2026, 12, 27), QTime(11, 0), Qt::UTC));
    // The scheduler's record of the last run is the completed snapshot.
    auto last = ScheduleRepository(f.db()).lastRuns(f.connection().id);
    QVERIFY(last.ok());
    QCOMPARE(last->value(ScheduledJob::Reconciliation), slot);
}

void TestReconciliationController::runNowPreviewThenConfirm()
{
    SyncFixture f(tiny());
    QCOMPARE(f.run(SyncKind::Initial).status, QStringLiteral("succeeded"));
    const int before = f.scalar(QStringLiteral("SELECT count(*) FROM units WHERE active = 1")).toInt();
    f.sim().deleteUnitIds(activePmsIds(f, 1, 2));
    f.clock().advanceSecs(600);

    SyncController controller(f.db().path());
    controller.setSecret(f.connection().id, f.secret);
    QSignalSpy details(&controller, &SyncController::reconciliationFinished);
    controller.reconcile(f.connection().id, ReconcileMode::Preview);
    const ReconcileOutcome preview = waitOutcome(details);
    QCOMPARE(preview.status, QStringLiteral("dry_run"));
    QCOMPARE(preview.unitsToDeactivate, 1);
    QCOMPARE(preview.properties.size(), 1);
    QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM units WHERE active = 1")).toInt(), before);

    controller.confirmReconciliation(f.connection().id, preview.snapshotId);
    const ReconcileOutcome done = waitOutcome(details);
    QCOMPARE(done.status, QStringLiteral("completed"));
    QCOMPARE(done.snapshotId, preview.snapshotId);
    QCOMPARE(done.unitsDeactivated, 1);
    QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM units WHERE active = 1")).toInt(), before - 1);
}

void TestReconciliationController::rejectedSecretAbortsAndAsksAgain()
{
    SyncFixture f(tiny());
    QCOMPARE(f.run(SyncKind::Initial).status, QStringLiteral("succeeded"));
    const int before = f.scalar(QStringLiteral("SELECT count(*) FROM units WHERE active = 1")).toInt();
    f.sim().deleteUnitIds(activePmsIds(f, 1, 2));
    f.clock().advanceSecs(600);
    SyncController controller(f.db().path());
    controller.setSecret(f.connection().id, QStringLiteral("not-the-secret"));
    QSignalSpy details(&controller, &SyncController::reconciliationFinished);
    QSignalSpy auth(&controller, &SyncController::authenticationFailed);
    controller.reconcile(f.connection().id, ReconcileMode::Apply);
    const ReconcileOutcome o = waitOutcome(details);
    QCOMPARE(o.status, QStringLiteral("aborted"));
    QCOMPARE(o.errorCode, QStringLiteral("auth"));
    QCOMPARE(auth.size(), 1);
    QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM units WHERE active = 1")).toInt(), before);
}

QTEST_GUILESS_MAIN(TestReconciliationController)
#include "tst_reconciliationcontroller.moc"
