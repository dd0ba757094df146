#include "GuiSeed.h"
#include "support/TestSupport.h"

#include "common/Clock.h"
#include "storage/DashboardQueries.h"
#include "sync/Scheduler.h"
#include "ui/common/AppContext.h"
#include "ui/dashboard/DashboardPage.h"

#include <QApplication>
#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace pms;

class TestDashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void queriesCountTheSeededCache();
    void pageShowsTheCounts();
    void pageShowsRunsAndNextRuns();
    void pageShowsNextRunsFromTheScheduler();
    void emptyCacheShowsZeros();
    void integrationEmailMismatchIsExplained();
    void staleLoadIsDropped();

private:
    ManualClock m_clock;
};

void TestDashboard::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestDashboard::cleanup()
{
    Clock::setInstance(nullptr);
}

void TestDashboard::queriesCountTheSeededCache()
{
    test::TempCache cache;
    const test::SmallPortfolio p = test::seedSmallPortfolio(cache.db());
    auto r = DashboardQueries(cache.db()).load(p.connectionId);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    const DashboardData &d = r.value();
    QCOMPARE(d.properties, p.properties);
    QCOMPARE(d.unitsActive, p.unitsActive);
    QCOMPARE(d.unitsInactive, p.unitsInactive);
    QCOMPARE(d.mappedActiveUnits, p.mappedActive);
    QCOMPARE(d.residents, p.residents);
    QCOMPARE(d.residentsActive, p.residentsActive);
    QCOMPARE(d.leasesActive, p.leasesActive);
    QCOMPARE(d.workOrders, 5);
    QCOMPARE(d.workOrdersByState.value(QStringLiteral("synced")), p.woSynced);
    QCOMPARE(d.workOrdersByState.value(QStringLiteral("pending")), p.woPending);
    QCOMPARE(d.workOrdersByState.value(QStringLiteral("failed")), p.woFailed);
    QCOMPARE(d.workOrdersByState.value(QStringLiteral("not_synced")), p.woNotSynced);
    QCOMPARE(d.workOrdersUnlinked, p.woUnlinked);
    QCOMPARE(d.recentRuns.size(), p.runs);
    QCOMPARE(d.recentRuns.first().kind, QStringLiteral("initial")); // oldest first
    QCOMPARE(d.recentRuns.first().created, 14);
    QCOMPARE(d.recentRuns.first().skipped, 1);
    QCOMPARE(d.recentRuns.at(1).unchanged, 5);
    QCOMPARE(d.lastRun(QStringLiteral("leases")).status, QStringLiteral("failed"));
    QVERIFY(d.lastRun(QStringLiteral("leases")).lastSuccessAt.isNull());
    QCOMPARE(d.lastRun(QStringLiteral("incremental")).lastSuccessAt,
             QDateTime(QDate(2026, 11, 20), QTime(10, 0, 40), QTimeZone::utc()));

    // Another connection's rows never leak into this one's counts; 0 means all connections.
    auto other = DashboardQueries(cache.db()).load(2);
    QVERIFY(other.ok());
    QCOMPARE(other->properties, 0);
    QCOMPARE(other->workOrders, 0);
    auto all = DashboardQueries(cache.db()).load(0);
    QCOMPARE(all->properties, p.properties);

    auto last = DashboardQueries(cache.db()).lastSync(p.connectionId);
    QVERIFY(last.ok());
    QCOMPARE(last->status, QStringLiteral("failed"));
    QCOMPARE(last->lastSuccessAt, QDateTime(QDate(2026, 11, 20), QTime(10, 2), QTimeZone::utc()));
    QVERIFY(!DashboardQueries(cache.db()).isCacheEmpty().value());
}

void TestDashboard::pageShowsTheCounts()
{
    test::TempCache cache;
    const test::SmallPortfolio p = test::seedSmallPortfolio(cache.db());
    AppContext ctx;
    ctx.dbPath = cache.path();
    ctx.db = &cache.db();
    ctx.connectionId = p.connectionId;
    DashboardPage page(ctx);
    QSignalSpy loaded(&page, &DashboardPage::loaded);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(page.cardValue(QStringLiteral("properties")), QStringLiteral("3"));
    QCOMPARE(page.cardValue(QStringLiteral("units")), QStringLiteral("5"));
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("detail_units"))->text(), QStringLiteral("2 inactive"));
    QCOMPARE(page.cardValue(QStringLiteral("residents")), QStringLiteral("4"));
    QCOMPARE(page.cardValue(QStringLiteral("leases")), QStringLiteral("3"));
    QCOMPARE(page.cardValue(QStringLiteral("workorders")), QStringLiteral("5"));
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("detail_workorders"))->text(), QStringLiteral("1 pending, 1 failed"));
    QCOMPARE(page.cardValue(QStringLiteral("unlinked")), QStringLiteral("1"));
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("coverageLabel"))->text(),
             QStringLiteral("2 of 5 active PMS units are mapped to a platform unit; 3 are not."));
    QCOMPARE(page.findChild<QProgressBar *>(QStringLiteral("coverageBar"))->value(), 400);

    auto *runsChart = page.findChild<QChartView *>(QStringLiteral("recordsPerRunChart"));
    QCOMPARE(runsChart->chart()->series().size(), 1);
    // One bar per run, even when runs start in the same minute.
    auto *bars = qobject_cast<QAbstractBarSeries *>(runsChart->chart()->series().first());
    QVERIFY(bars);
    QCOMPARE(bars->barSets().first()->count(), p.runs);
    auto *axis = qobject_cast<QBarCategoryAxis *>(runsChart->chart()->axes(Qt::Horizontal).first());
    QVERIFY(axis);
    QCOMPARE(axis->count(), p.runs);
    auto *statesChart = page.findChild<QChartView *>(QStringLiteral("workOrderStatesChart"));
    QCOMPARE(statesChart->chart()->series().size(), 1);
}

void TestDashboard::pageShowsRunsAndNextRuns()
{
    // Tuesday 24 November 2026, 10:17 UTC: next incremental at 11:00 UTC (the minute inside the
    // first five is seeded), leases at 23:30 UTC today, reconciliation on the 27th at 03:00 in Los
    // Angeles = 11:00 UTC (PST).
    m_clock.setNow(QDateTime(QDate(2026, 11, 24), QTime(10, 17), QTimeZone::utc()));
    Clock::setInstance(&m_clock);
    test::TempCache cache;
    const test::SmallPortfolio p = test::seedSmallPortfolio(cache.db());
    AppContext ctx;
    ctx.dbPath = cache.path();
    ctx.db = &cache.db();
    ctx.connectionId = p.connectionId;
    DashboardPage page(ctx);
    QSignalSpy loaded(&page, &DashboardPage::loaded);
    QVERIFY(loaded.wait(10000));
    auto *table = page.findChild<QTableWidget *>(QStringLiteral("runsTable"));
    QVERIFY(table);
    auto rowOf = [table](const QString &title) {
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 0)->text() == title)
                return r;
        return -1;
    };
    const int leases = rowOf(syncKindTitle(SyncKind::Leases));
    QVERIFY(leases >= 0);
    QCOMPARE(table->item(leases, 2)->text(), QStringLiteral("Failed"));
    QCOMPARE(table->item(leases, 2)->toolTip(), QStringLiteral("Cannot reach api.example.com: connection refused."));
    QCOMPARE(table->item(leases, 1)->text(),
             runTimeText(QDateTime(QDate(2026, 11, 20), QTime(23, 30), QTimeZone::utc())).combined);
    QCOMPARE(table->item(leases, 3)->text(),
             runTimeText(QDateTime(QDate(2026, 11, 24), QTime(23, 30), QTimeZone::utc())).combined);
    // Local time and UTC both appear: 6:30 PM in New York, 11:30 PM UTC.
    QVERIFY2(table->item(leases, 3)->text().contains(QStringLiteral("6:30")), qPrintable(table->item(leases, 3)->text()));
    QVERIFY(table->item(leases, 3)->text().contains(QStringLiteral("11:30 PM UTC")));

    const int reconciliation = rowOf(syncKindTitle(SyncKind::Reconciliation));
    QCOMPARE(table->item(reconciliation, 1)->text(), QStringLiteral("Never"));
    QCOMPARE(table->item(reconciliation, 3)->text(),
             runTimeText(QDateTime(QDate(2026, 11, 27), QTime(11, 0), QTimeZone::utc())).combined);

    // Properties & residents never ran on its own; the initial sync (cursor) covered it.
    const int propertiesResidents = rowOf(syncKindTitle(SyncKind::PropertiesResidents));
    QCOMPARE(table->item(propertiesResidents, 1)->text(), QStringLiteral("Never"));
    test::sqlOrFail(cache.db(), QStringLiteral("INSERT INTO sync_cursors(connection_id, job, last_success_started_at, "
                                               "last_run_id) VALUES (1, 'properties_residents', '2026-11-20T10:00:00Z', 1)"));
    page.refresh();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(table->item(propertiesResidents, 2)->text(), QStringLiteral("Covered"));
    QCOMPARE(table->item(propertiesResidents, 1)->text(),
             runTimeText(QDateTime(QDate(2026, 11, 20), QTime(10, 0), QTimeZone::utc())).combined);

    const int incremental = rowOf(syncKindTitle(SyncKind::Incremental));
    const QString next = table->item(incremental, 3)->text();
    QVERIFY2(next.contains(QStringLiteral("11:0")) && next.contains(QStringLiteral("UTC")), qPrintable(next));
    QCOMPARE(table->item(incremental, 2)->text(), QStringLiteral("Succeeded"));
}

void TestDashboard::pageShowsNextRunsFromTheScheduler()
{
    m_clock.setNow(QDateTime(QDate(2026, 11, 24), QTime(10, 17), QTimeZone::utc()));
    Clock::setInstance(&m_clock);
    test::TempCache cache;
    const test::SmallPortfolio p = test::seedSmallPortfolio(cache.db());
    Scheduler scheduler;
    ScheduleSpec leases = ScheduleSpec::defaultFor(ScheduledJob::Leases);
    leases.enabled = false;
    scheduler.setConnectionSchedule(p.connectionId, {{ScheduledJob::Leases, leases},
                                                     {ScheduledJob::Reconciliation,
                                                      ScheduleSpec::defaultFor(ScheduledJob::Reconciliation)}});
    AppContext ctx;
    ctx.dbPath = cache.path();
    ctx.db = &cache.db();
    ctx.connectionId = p.connectionId;
    ctx.scheduler = &scheduler;
    DashboardPage page(ctx);
    QSignalSpy loaded(&page, &DashboardPage::loaded);
    QVERIFY(loaded.wait(10000));
    auto *table = page.findChild<QTableWidget *>(QStringLiteral("runsTable"));
    int checked = 0;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0)->text() == syncKindTitle(SyncKind::Reconciliation)) {
            QCOMPARE(table->item(r, 3)->text(),
                     runTimeText(scheduler.nextRunUtc(p.connectionId, ScheduledJob::Reconciliation)).combined);
            ++checked;
        }
    }
    QCOMPARE(checked, 1);
}

void TestDashboard::emptyCacheShowsZeros()
{
    test::TempCache cache;
    AppContext ctx;
    ctx.dbPath = cache.path();
    ctx.db = &cache.db();
    DashboardPage page(ctx);
    QSignalSpy loaded(&page, &DashboardPage::loaded);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(page.cardValue(QStringLiteral("properties")), QStringLiteral("0"));
    QCOMPARE(page.cardValue(QStringLiteral("workorders")), QStringLiteral("0"));
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("coverageLabel"))->text(),
             QStringLiteral("Units appear here after the first sync."));
    QVERIFY(page.findChild<QChartView *>(QStringLiteral("recordsPerRunChart"))->chart()->series().isEmpty());
    QVERIFY(DashboardQueries(cache.db()).isCacheEmpty().value());
}

void TestDashboard::integrationEmailMismatchIsExplained()
{
    test::TempCache cache;
    const test::SmallPortfolio p = test::seedSmallPortfolio(cache.db());
    test::sqlOrFail(cache.db(), QStringLiteral("UPDATE connections SET pms_user_email='ops@example.com'"));
    AppContext ctx;
    ctx.dbPath = cache.path();
    ctx.db = &cache.db();
    ctx.connectionId = p.connectionId;
    DashboardPage page(ctx);
    page.show();
    QSignalSpy loaded(&page, &DashboardPage::loaded);
    QVERIFY(loaded.wait(10000));
    auto *banner = page.findChild<QLabel *>(QStringLiteral("dashboardBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("Work-order sync is off")));
    QVERIFY(banner->text().contains(QStringLiteral("ops@example.com")));
    QVERIFY(banner->text().contains(QStringLiteral("bridge@pmsbridge.example")));
}

void TestDashboard::staleLoadIsDropped()
{
    test::TempCache cache;
    const test::SmallPortfolio p = test::seedSmallPortfolio(cache.db());
    AppContext ctx;
    ctx.dbPath = cache.path();
    ctx.db = &cache.db();
    ctx.connectionId = p.connectionId;
    DashboardPage page(ctx);
    // The first load is running; the connection changes: what it read must not be shown.
    ctx.connectionId = 2;
    page.refresh();
    QSignalSpy loaded(&page, &DashboardPage::loaded);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(page.snapshot().connectionId, 2);
    QCOMPARE(page.cardValue(QStringLiteral("properties")), QStringLiteral("0"));
}

int main(int argc, char *argv[])
{
    // Local time is New York, so "local and UTC" differ in a known way.
    qputenv("TZ", "America/New_York");
    QApplication app(argc, argv);
    TestDashboard test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_dashboard.moc"
