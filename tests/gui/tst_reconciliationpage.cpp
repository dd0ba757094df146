// The Reconciliation screen: snapshots and their units, filters, Run now with its preview dialog,
// Restore, the review list, CSV export (byte-exact) and the monthly chart; plus its screenshot.
#include "common/Clock.h"
#include "common/Json.h"
#include "reconcile/ReconcilePlan.h"
#include "reconcile/Reconciler.h"
#include "storage/ReconciliationRepository.h"
#include "support/SyncFixture.h"
#include "support/TestSupport.h"
#include "sync/SyncController.h"
#include "ui/common/AppContext.h"
#include "ui/common/MessageBox.h"
#include "ui/reconciliation/DeactivationChartView.h"
#include "models/reconciliation/ReconcileItemsModel.h"
#include "ui/reconciliation/ReconcilePreviewDialog.h"
#include "models/reconciliation/ReconcileReviewModel.h"
#include "models/reconciliation/ReconcileSnapshotsModel.h"
#include "ui/reconciliation/ReconciliationPage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace pms;

namespace {

void exec(Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.sql());
    if (!q.prepare(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
}

QVariant scalar(Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.sql());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

/// The CSV fixture's portfolio (see tests/data/reconcile/deactivated_expected.csv): snapshot 1, a
/// scheduled run on 2026-11-27 03:00 Los Angeles time, deactivated five units with awkward names.
void seedFixture(Database &db, const ManualClock &clock)
{
    const QString synced = QStringLiteral("2026-11-20T10:00:00Z");
    exec(db,
        QStringLiteral(
            "INSERT INTO connections (id, name, base_url, system_id, client_id, created_at) "
            "VALUES (1, 'Downtown', 'https://api.propertyware.com/pw/api/rest/v1', '1001', 'c', ?)"),
        { synced });
    const QList<QPair<int, QString>> properties = { { 501, QStringLiteral("=SUM(A1)") },
        { 502, QStringLiteral("Zo\u00eb M\u00fcller Residences") }, { 503, QStringLiteral("Plain Court") } };
    for (const auto &[pmsId, name] : properties)
        exec(db,
            QStringLiteral(
                "INSERT INTO properties (id, connection_id, pms_id, name, synced_at) VALUES (?, 1, ?, ?, ?)"),
            { pmsId, pmsId, name, synced });
    struct Unit
    {
        int pmsId, property;
        QString name, address;
    };
    const QList<Unit> units = {
        { 5001, 501, QStringLiteral("O\"Brien, \"Apt 3\""), QStringLiteral("12 Main St\nRear entrance") },
        { 5002, 501, QStringLiteral("Zo\u00eb M\u00fcller"),
            QStringLiteral("K\u00f6nigstra\u00dfe 5, Berlin") },
        { 5003, 502, QStringLiteral("+1 (555) 0100"), QStringLiteral("@home, \"the loft\"") },
        { 5004, 502, QStringLiteral("-5"), QStringLiteral("") },
        { 5005, 503, QStringLiteral("Unit 7"), QStringLiteral("\t tab-led") },
        { 5006, 503, QStringLiteral("Still listed"), QStringLiteral("1 Side St") },
    };
    for (const Unit &u : units)
        exec(db,
            QStringLiteral(
                "INSERT INTO units (connection_id, pms_id, pms_property_id, property_id, name, address, "
                "synced_at) VALUES (1, ?, ?, ?, ?, ?, ?)"),
            { u.pmsId, u.property, u.property, u.name, u.address, synced });
    ReconciliationRepository repo(db);
    auto active = repo.activeUnits(1);
    ReconcileGuard permissive;
    permissive.maxShare = 1.0;
    const ReconcilePlan plan = ReconcilePlan::compute(active.value(), { 5006 }, {}, permissive);
    auto snapshot = repo.startSnapshot(1, QStringLiteral("schedule"), json::formatDateTime(clock.nowUtc()));
    auto o = Reconciler::record(db, 1, snapshot.value(), plan, ReconcileMode::Apply, clock.nowUtc());
    if (!o.ok() || o->unitsDeactivated != 5)
        qFatal("fixture seed failed");
}

/// Earlier monthly runs (for the chart) and one unit back in the PMS that waits for review.
void seedHistory(Database &db)
{
    struct Run
    {
        int id;
        const char *at;
        int checked;
        QList<QPair<const char *, const char *>> units;
    };
    const QList<Run> runs = {
        { 2, "2026-06-27T10:00:00Z", 412,
            { { "Unit 14B", "88 Harbor View Rd" }, { "Unit 2", "88 Harbor View Rd" } } },
        { 3, "2026-08-27T10:00:00Z", 418, { { "Garden 1", "3 Elm Court" } } },
        { 4, "2026-09-27T10:00:00Z", 421,
            { { "Loft 301", "17 Mill Street" }, { "Loft 302", "17 Mill Street" },
                { "Loft 303", "17 Mill Street" }, { "Studio A", "5 Pier Lane" } } },
        { 5, "2026-10-27T10:00:00Z", 419,
            { { "Apt 9", "240 Lakeshore Dr" }, { "Apt 10", "240 Lakeshore Dr" },
                { "Apt 11", "240 Lakeshore Dr" } } },
    };
    exec(db,
        QStringLiteral("INSERT INTO properties (id, connection_id, pms_id, name, synced_at) VALUES "
                       "(600, 1, 600, 'Harbor View Apartments', '2026-05-01T00:00:00Z')"));
    int pmsUnit = 6000;
    for (const Run &r : runs) {
        exec(db,
            QStringLiteral(
                "INSERT INTO reconciliation_snapshots (id, connection_id, started_at, finished_at, trigger, "
                "status, units_checked, units_deactivated) VALUES (?, 1, ?, ?, 'schedule', 'completed', ?, "
                "?)"),
            { r.id, QString::fromLatin1(r.at), QString::fromLatin1(r.at), r.checked, int(r.units.size()) });
        for (const auto &[name, address] : r.units) {
            ++pmsUnit;
            exec(db,
                QStringLiteral(
                    "INSERT INTO units (id, connection_id, pms_id, pms_property_id, property_id, name, "
                    "address, active, deactivated_at, deactivated_by, synced_at) "
                    "VALUES (?, 1, ?, 600, 600, ?, ?, 0, ?, ?, '2026-05-01T00:00:00Z')"),
                { pmsUnit, pmsUnit, QString::fromLatin1(name), QString::fromLatin1(address),
                    QString::fromLatin1(r.at), QStringLiteral("reconciliation:%1").arg(r.id) });
            exec(db,
                QStringLiteral("INSERT INTO reconciliation_items (snapshot_id, unit_id, action, pms_unit_id, "
                               "pms_property_id, property_name, unit_name, address, at) "
                               "VALUES (?, ?, 'deactivated', ?, 600, 'Harbor View Apartments', ?, ?, ?)"),
                { r.id, pmsUnit, pmsUnit, QString::fromLatin1(name), QString::fromLatin1(address),
                    QString::fromLatin1(r.at) });
        }
    }
    // Deactivated in October, listed in the PMS again since.
    exec(db, QStringLiteral("UPDATE units SET needs_review = 1 WHERE name = 'Apt 10'"));
}

bool waitLoaded(ReconciliationPage &page)
{
    QSignalSpy spy(&page, &ReconciliationPage::loaded);
    if (!page.isLoading())
        page.refresh();
    QElapsedTimer timer;
    timer.start();
    while (page.isLoading() && timer.elapsed() < 10000)
        spy.wait(50);
    return !page.isLoading();
}

void selectRows(QTableView *view, const QList<int> &rows)
{
    view->clearSelection();
    for (int r : rows)
        view->selectionModel()->select(
            view->model()->index(r, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

int rowOfUnit(ReconcileItemsModel *m, const QString &name)
{
    for (int i = 0; i < m->rowCount(); ++i)
        if (m->rows().at(i).unitName == name)
            return i;
    return -1;
}

} // namespace

class TestReconciliationPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void showsSnapshotsUnitsFiltersAndChart();
    void exportIsByteExactAndOffTheGuiThread();
    void restoreSelectedIsLogged();
    void reviewListRestoreAndKeep();
    void runNowPreviewConfirmAgainstTheSimulator();
    void guardNeedsAnExtraTick();
    void stoppedScheduledRunIsConfirmedFromTheBanner();
    void screenshot();

private:
    ManualClock m_clock { QDateTime(QDate(2026, 11, 27), QTime(11, 0), Qt::UTC) };
};

void TestReconciliationPage::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    qputenv("TZ", "America/Los_Angeles");
}

void TestReconciliationPage::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    Clock::setInstance(nullptr);
}

void TestReconciliationPage::showsSnapshotsUnitsFiltersAndChart()
{
    Clock::setInstance(&m_clock);
    test::TempCache cache;
    seedFixture(cache.db(), m_clock);
    seedHistory(cache.db());
    AppContext ctx;
    ctx.dbPath = cache.path();
    ctx.db = &cache.db();
    ctx.connectionId = 1;
    ReconciliationPage page(ctx);
    // The page's three models keep Qt's model rules through the loads, filters and selections below.
    QAbstractItemModelTester snapshotsRules(page.snapshotsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester itemsRules(page.itemsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester reviewRules(page.reviewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(waitLoaded(page));

    QCOMPARE(page.snapshotsModel()->rowCount(), 5);
    QCOMPARE(page.selectedSnapshotId(), 1); // the newest
    const QModelIndex newest = page.snapshotsModel()->index(0, ReconcileSnapshotsModel::Status);
    QCOMPARE(newest.data().toString(), QStringLiteral("Completed"));
    QCOMPARE(page.snapshotsModel()->index(0, ReconcileSnapshotsModel::Trigger).data().toString(),
        QStringLiteral("Scheduled"));
    QCOMPARE(page.snapshotsModel()->index(0, ReconcileSnapshotsModel::Deactivated).data().toString(),
        QStringLiteral("5"));
    QCOMPARE(page.itemsModel()->rowCount(), 5);
    const int obrien = rowOfUnit(page.itemsModel(), QStringLiteral("O\"Brien, \"Apt 3\""));
    QVERIFY(obrien >= 0);
    auto *items = page.itemsModel();
    QCOMPARE(
        items->index(obrien, ReconcileItemsModel::Property).data().toString(), QStringLiteral("=SUM(A1)"));
    QCOMPARE(items->index(obrien, ReconcileItemsModel::Address).data().toString(),
        QStringLiteral("12 Main St, Rear entrance")); // one line in the table
    QCOMPARE(
        items->index(obrien, ReconcileItemsModel::Action).data().toString(), QStringLiteral("Deactivated"));
    QCOMPARE(items->index(obrien, ReconcileItemsModel::Now).data().toString(), QStringLiteral("Inactive"));
    QCOMPARE(items->index(obrien, ReconcileItemsModel::When).data().toString(),
        QLocale().toString(m_clock.nowUtc().toLocalTime(), QLocale::ShortFormat));

    // Filters run in SQL, off the GUI thread.
    QSignalSpy loaded(&page, &ReconciliationPage::loaded);
    page.setFilter(QStringLiteral("Zo\u00eb"));
    QVERIFY(loaded.wait(5000));
    QCOMPARE(page.itemsModel()->rowCount(), 3); // a unit named Zoë and the two units of Zoë Müller Residences
    page.setFilter(QStringLiteral("5005"));
    QVERIFY(loaded.wait(5000));
    QCOMPARE(page.itemsModel()->rowCount(), 1);
    page.setFilter(QString(), QStringLiteral("restored"));
    QVERIFY(loaded.wait(5000));
    QCOMPARE(page.itemsModel()->rowCount(), 0);
    page.setFilter(QString());
    QVERIFY(loaded.wait(5000));

    // Another snapshot.
    page.selectSnapshot(4);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(page.itemsModel()->rowCount(), 4);

    // Deactivations per month, December 2025 to November 2026.
    const QList<int> months = page.chartView()->values();
    QCOMPARE(months.size(), 12);
    QCOMPARE(months, (QList<int> { 0, 0, 0, 0, 0, 0, 2, 0, 1, 4, 3, 5 }));
    QCOMPARE(page.reviewModel()->rowCount(), 1);

    // Run now needs the sync engine (none in this window).
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("runNowButton"))->isEnabled());
}

void TestReconciliationPage::exportIsByteExactAndOffTheGuiThread()
{
    Clock::setInstance(&m_clock);
    test::TempCache cache;
    seedFixture(cache.db(), m_clock);
    AppContext ctx;
    ctx.dbPath = cache.path();
    ctx.db = &cache.db();
    ctx.connectionId = 1;
    ReconciliationPage page(ctx);
    QVERIFY(waitLoaded(page));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    QSignalSpy done(&page, &ReconciliationPage::exportFinished);
    page.exportTo(path);
    QVERIFY(page.isExporting() || !done.isEmpty());
    QVERIFY(done.wait(10000) || !done.isEmpty());
    QCOMPARE(done.first().at(0).toBool(), true);
    QVERIFY2(page.bannerText().contains(QLatin1String("5 units exported")), qPrintable(page.bannerText()));
    QFile out(path), expected(qEnvironmentVariable("PMSBRIDGE_TEST_DATA") + QStringLiteral("/reconcile/deactivated_expected.csv"));
    QVERIFY(out.open(QIODevice::ReadOnly) && expected.open(QIODevice::ReadOnly));
    QCOMPARE(out.readAll(), expected.readAll());
    // No temporary file left behind (QSaveFile).
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { QStringLiteral("out.csv") });

    // A folder that cannot be written is reported, and nothing is left half-written.
    done.clear();
    page.exportTo(dir.filePath(QStringLiteral("missing/folder/out.csv")));
    QVERIFY(done.wait(10000) || !done.isEmpty());
    QCOMPARE(done.first().at(0).toBool(), false);
    QVERIFY(page.bannerText().contains(QLatin1String("export failed")));
}

void TestReconciliationPage::restoreSelectedIsLogged()
{
    Clock::setInstance(&m_clock);
    test::TempCache cache;
    seedFixture(cache.db(), m_clock);
    AppContext ctx;
    ctx.dbPath = cache.path();
    ctx.db = &cache.db();
    ctx.connectionId = 1;
    ReconciliationPage page(ctx);
    QVERIFY(waitLoaded(page));
    auto *restore = page.findChild<QPushButton *>(QStringLiteral("restoreButton"));
    QVERIFY(!restore->isEnabled());
    const int row = rowOfUnit(page.itemsModel(), QStringLiteral("Unit 7"));
    selectRows(page.itemsView(), { row });
    QVERIFY(restore->isEnabled());

    // The user answers No: nothing changes.
    MessageBox::setNextAnswer(QMessageBox::No);
    restore->click();
    QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT active FROM units WHERE pms_id = 5005")).toInt(), 0);

    QSignalSpy loaded(&page, &ReconciliationPage::loaded);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    restore->click();
    QVERIFY(MessageBox::lastText().contains(QLatin1String("1 unit")));
    QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT active FROM units WHERE pms_id = 5005")).toInt(), 1);
    QCOMPARE(scalar(cache.db(),
                 QStringLiteral("SELECT count(*) FROM property_log WHERE kind = 'restored' AND "
                                "property_id = 503"))
                 .toInt(),
        1);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(page.itemsModel()->rowCount(), 6); // the deactivation stays; a 'Restored' row joins it
    const int restoredRow = rowOfUnit(page.itemsModel(), QStringLiteral("Unit 7"));
    QCOMPARE(page.itemsModel()->index(restoredRow, ReconcileItemsModel::Now).data().toString(),
        QStringLiteral("Active"));
    QVERIFY2(page.bannerText().contains(QLatin1String("1 unit restored")), qPrintable(page.bannerText()));
}

void TestReconciliationPage::reviewListRestoreAndKeep()
{
    Clock::setInstance(&m_clock);
    test::TempCache cache;
    seedFixture(cache.db(), m_clock);
    seedHistory(cache.db());
    exec(cache.db(), QStringLiteral("UPDATE units SET needs_review = 1 WHERE name = 'Loft 301'"));
    AppContext ctx;
    ctx.dbPath = cache.path();
    ctx.db = &cache.db();
    ctx.connectionId = 1;
    ReconciliationPage page(ctx);
    QVERIFY(waitLoaded(page));
    QCOMPARE(page.reviewModel()->rowCount(), 2);
    QSignalSpy loaded(&page, &ReconciliationPage::loaded);
    const int loft = page.reviewModel()->rows().at(0).unitName == QLatin1String("Loft 301") ? 0 : 1;
    selectRows(page.reviewView(), { loft });
    page.findChild<QPushButton *>(QStringLiteral("reviewRestoreButton"))->click();
    QVERIFY(loaded.wait(5000));
    QCOMPARE(
        scalar(cache.db(), QStringLiteral("SELECT active FROM units WHERE name = 'Loft 301'")).toInt(), 1);
    QCOMPARE(page.reviewModel()->rowCount(), 1);
    selectRows(page.reviewView(), { 0 });
    page.findChild<QPushButton *>(QStringLiteral("reviewKeepButton"))->click();
    QVERIFY(loaded.wait(5000));
    QCOMPARE(page.reviewModel()->rowCount(), 0);
    QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT active FROM units WHERE name = 'Apt 10'")).toInt(), 0);
}

void TestReconciliationPage::runNowPreviewConfirmAgainstTheSimulator()
{
    sim::SimOptions o;
    o.seed = 21;
    test::SyncFixture f(o);
    QCOMPARE(f.run(SyncKind::Initial).status, QStringLiteral("succeeded"));
    const int before = scalar(f.db(), QStringLiteral("SELECT count(*) FROM units WHERE active = 1")).toInt();
    // Two units of two different buildings leave the PMS.
    QList<qint64> gone;
    QSqlQuery q(f.db().sql());
    q.exec(QStringLiteral(
        "SELECT min(pms_id) FROM units WHERE active = 1 GROUP BY pms_property_id ORDER BY 1 LIMIT 2"));
    while (q.next())
        gone << q.value(0).toLongLong();
    q.finish();
    QCOMPARE(gone.size(), 2);
    f.sim().deleteUnitIds(gone);
    f.clock().advanceSecs(600);

    SyncController controller(f.db().path());
    controller.setSecret(f.connection().id, f.secret);
    AppContext ctx;
    ctx.dbPath = f.db().path();
    ctx.db = &f.db();
    ctx.sync = &controller;
    ctx.connectionId = f.connection().id;
    ReconciliationPage page(ctx);
    QVERIFY(waitLoaded(page));
    QCOMPARE(page.snapshotsModel()->rowCount(), 0);

    QSignalSpy finished(&page, &ReconciliationPage::runFinished);
    auto *runNow = page.findChild<QPushButton *>(QStringLiteral("runNowButton"));
    QVERIFY(runNow->isEnabled());
    runNow->click();
    QVERIFY(!runNow->isEnabled());
    QVERIFY(finished.wait(30000));
    ReconcilePreviewDialog *dialog = page.previewDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->unitsToDeactivate(), 2);
    QVERIFY(!dialog->guardTripped());
    QCOMPARE(dialog->tree()->topLevelItemCount(), 2); // per property, with counts
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(dialog->tree()->topLevelItem(i)->text(2), QStringLiteral("1"));
        QVERIFY(dialog->tree()->topLevelItem(i)->text(1).toInt() >= 1);
        QCOMPARE(dialog->tree()->topLevelItem(i)->childCount(), 1);
    }
    QCOMPARE(dialog->confirmButton()->text(), QStringLiteral("Deactivate 2 units"));
    // Nothing changed yet.
    QCOMPARE(scalar(f.db(), QStringLiteral("SELECT count(*) FROM units WHERE active = 1")).toInt(), before);

    finished.clear();
    dialog->confirmButton()->click();
    QVERIFY(finished.wait(30000));
    const auto outcome = finished.first().at(0).value<ReconcileOutcome>();
    QCOMPARE(outcome.status, QStringLiteral("completed"));
    QCOMPARE(
        scalar(f.db(), QStringLiteral("SELECT count(*) FROM units WHERE active = 1")).toInt(), before - 2);
    QTRY_COMPARE_WITH_TIMEOUT(
        page.snapshotsModel()->index(0, ReconcileSnapshotsModel::Status).data().toString(),
        QStringLiteral("Completed"), 5000);
    QCOMPARE(page.snapshotsModel()->rowCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(page.itemsModel()->rowCount(), 2, 5000);
    QCOMPARE(page.itemsModel()->index(0, ReconcileItemsModel::Action).data().toString(),
        QStringLiteral("Deactivated"));
    QCOMPARE(page.snapshotsModel()->index(0, ReconcileSnapshotsModel::Trigger).data().toString(),
        QStringLiteral("Run now"));
    QVERIFY2(page.bannerText().contains(QLatin1String("2 units deactivated")), qPrintable(page.bannerText()));

    // Cancel keeps every unit as it is and records no run: the preview did nothing.
    const QString runsSql = QStringLiteral("SELECT count(*) FROM sync_runs WHERE kind = 'reconciliation'");
    const int runsBefore = scalar(f.db(), runsSql).toInt();
    f.sim().deleteUnitIds(
        { scalar(f.db(), QStringLiteral("SELECT max(pms_id) FROM units WHERE active = 1")).toLongLong() });
    finished.clear();
    QTRY_VERIFY(runNow->isEnabled());
    runNow->click();
    QVERIFY(finished.wait(30000));
    QVERIFY(page.previewDialog());
    QCOMPARE(scalar(f.db(), runsSql).toInt(), runsBefore + 1); // while the preview is open
    QTRY_COMPARE(page.snapshotsModel()->rowCount(), 2);
    page.previewDialog()->reject();
    QCOMPARE(
        scalar(f.db(), QStringLiteral("SELECT count(*) FROM units WHERE active = 1")).toInt(), before - 2);
    QCOMPARE(page.bannerText(), QStringLiteral("Nothing was deactivated."));
    QCOMPARE(scalar(f.db(), runsSql).toInt(), runsBefore);
    QCOMPARE(scalar(f.db(), QStringLiteral("SELECT count(*) FROM reconciliation_snapshots WHERE status = 'dry_run'"))
                 .toInt(),
        0);
    // The list of runs drops it at once and shows the last real run again.
    QTRY_COMPARE(page.snapshotsModel()->rowCount(), 1);
    QTRY_COMPARE(page.itemsModel()->rowCount(), 2);
    QTRY_COMPARE(page.itemsModel()->index(0, ReconcileItemsModel::Action).data().toString(),
        QStringLiteral("Deactivated"));

    // Issue 16: a real run made elsewhere (the scheduler) replaces the preview in the pane at once.
    QSignalSpy real(&controller, &SyncController::reconciliationFinished);
    controller.reconcile(f.connection().id, ReconcileMode::Apply, QStringLiteral("schedule"));
    QVERIFY(real.wait(30000));
    QCOMPARE(real.first().at(0).value<ReconcileOutcome>().status, QStringLiteral("completed"));
    QTRY_COMPARE(page.itemsModel()->rowCount(), 1);
    QTRY_COMPARE(page.itemsModel()->index(0, ReconcileItemsModel::Action).data().toString(),
        QStringLiteral("Deactivated"));
    QCOMPARE(page.snapshotsModel()->rowCount(), 2);
}

void TestReconciliationPage::guardNeedsAnExtraTick()
{
    ReconcileOutcome o;
    o.snapshotId = 7;
    o.unitsChecked = 10;
    o.unitsToDeactivate = 4;
    o.pmsUnits = 6;
    o.guardReason
        = QStringLiteral("4 of 10 active units (40 %) would be deactivated, more than the 20 % allowed.");
    ReconcilePropertySummary p;
    p.pmsPropertyId = 1;
    p.propertyName = QStringLiteral("Maple Court");
    p.activeUnits = 4;
    for (int i = 1; i <= 4; ++i) {
        ReconcileUnit u;
        u.pmsId = i;
        u.unitName = QStringLiteral("Apt %1").arg(i);
        p.missing << u;
    }
    o.properties << p;
    ReconcilePreviewDialog dialog(o);
    QVERIFY(dialog.guardTripped());
    QVERIFY(dialog.overrideBox());
    QVERIFY(!dialog.confirmButton()->isEnabled());
    dialog.overrideBox()->setChecked(true);
    QVERIFY(dialog.confirmButton()->isEnabled());
    QCOMPARE(dialog.tree()->topLevelItem(0)->text(2), QStringLiteral("4"));
}

void TestReconciliationPage::stoppedScheduledRunIsConfirmedFromTheBanner()
{
    // The monthly run found 3 of 5 units gone and stopped (R16): the screen says so and offers the
    // preview; confirming applies exactly it.
    Clock::setInstance(&m_clock);
    test::TempCache cache;
    seedFixture(cache.db(), m_clock); // snapshot 1: 5 of 6 deactivated; unit 5006 still active
    exec(cache.db(),
        QStringLiteral("INSERT INTO units (connection_id, pms_id, pms_property_id, property_id, name, "
                       "synced_at) VALUES (1, 5007, 503, 503, 'Unit 8', '2026-11-20T10:00:00Z'), "
                       "(1, 5008, 503, 503, 'Unit 9', '2026-11-20T10:00:00Z')"));
    m_clock.advanceSecs(86400);
    ReconciliationRepository repo(cache.db());
    const ReconcilePlan plan
        = ReconcilePlan::compute(repo.activeUnits(1).value(), { 5006 }, {}, ReconcileGuard());
    QVERIFY(plan.guardTripped());
    auto sid = repo.startSnapshot(1, QStringLiteral("schedule"), json::formatDateTime(m_clock.nowUtc()));
    auto stopped
        = Reconciler::record(cache.db(), 1, sid.value(), plan, ReconcileMode::Apply, m_clock.nowUtc());
    QVERIFY(stopped.ok());
    QCOMPARE(stopped->status, QStringLiteral("needs_confirmation"));

    SyncController controller(cache.path());
    AppContext ctx;
    ctx.dbPath = cache.path();
    ctx.db = &cache.db();
    ctx.sync = &controller;
    ctx.connectionId = 1;
    ReconciliationPage page(ctx);
    QVERIFY(waitLoaded(page));
    QVERIFY2(page.bannerText().contains(QLatin1String("stopped before deactivating anything")),
        qPrintable(page.bannerText()));
    QVERIFY(page.bannerText().contains(plan.guardReason()));
    auto *review = page.findChild<QPushButton *>(QStringLiteral("reviewPendingButton"));
    QVERIFY(review->isVisibleTo(&page));
    QCOMPARE(page.snapshotsModel()->index(0, ReconcileSnapshotsModel::Status).data().toString(),
        QStringLiteral("Needs confirmation"));
    QCOMPARE(page.snapshotsModel()->index(0, ReconcileSnapshotsModel::Deactivated).data().toString(),
        QStringLiteral("(2)"));
    review->click();
    ReconcilePreviewDialog *dialog = page.previewDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->guardTripped());
    QCOMPARE(dialog->unitsToDeactivate(), 2);
    QVERIFY(!dialog->confirmButton()->isEnabled());
    dialog->overrideBox()->setChecked(true);
    QSignalSpy finished(&page, &ReconciliationPage::runFinished);
    dialog->confirmButton()->click();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).value<ReconcileOutcome>().unitsDeactivated, 2);
    QCOMPARE(scalar(cache.db(), QStringLiteral("SELECT count(*) FROM units WHERE active = 1")).toInt(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!review->isVisibleTo(&page), 5000);
}

void TestReconciliationPage::screenshot()
{
    Clock::setInstance(&m_clock);
    test::TempCache cache;
    seedFixture(cache.db(), m_clock);
    seedHistory(cache.db());
    SyncController controller(cache.path()); // Run now enabled, as in the window
    AppContext ctx;
    ctx.dbPath = cache.path();
    ctx.db = &cache.db();
    ctx.sync = &controller;
    ctx.connectionId = 1;
    ReconciliationPage page(ctx);
    page.resize(1280, 800);
    page.show();
    QVERIFY(waitLoaded(page));
    selectRows(page.itemsView(), { 1 });
    QTRY_COMPARE(page.itemsView()->selectionModel()->selectedRows().size(), 1);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QImage image = page.grab().toImage();
    QVERIFY(!image.isNull());
    const QString dir = qEnvironmentVariable("PMSBRIDGE_SCREENSHOTS_DIR", QDir::tempPath());
    QVERIFY(image.save(QDir(dir).filePath(QStringLiteral("reconciliation.png"))));
}

QTEST_MAIN(TestReconciliationPage)
#include "tst_reconciliationpage.moc"
