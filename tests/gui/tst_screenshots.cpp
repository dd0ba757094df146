// Renders the screenshots in docs/screenshots from a live demo (simulator in-process, real sync).
// Runs as a test (every window renders, the demo syncs); writes the PNGs only when
// PMSBRIDGE_SCREENSHOTS_DIR names a folder, e.g.
//   PMSBRIDGE_SCREENSHOTS_DIR=docs/screenshots QT_QPA_PLATFORM=offscreen build/tests/gui_tst_screenshots

#include "DemoTestSimulator.h"
#include "support/MemorySecretStore.h"
#include "support/TestSupport.h"

#include "sync/SyncController.h"
#include "ui/common/AppContext.h"
#include "ui/dashboard/DashboardPage.h"
#include "models/SqlTableModel.h"
#include "csv/CsvImporter.h"
#include "models/OwnersModel.h"
#include "ui/common/MessageBox.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/owners/DirectoryEntryDialog.h"
#include "ui/owners/OwnersPage.h"
#include "ui/mapping/UnitMappingPage.h"
#include "ui/table/DataTableView.h"
#include "ui/table/TablePanel.h"
#include "ui/workorders/WorkOrderDetailPane.h"
#include "ui/workorders/WorkOrdersPage.h"
#include "ui/mainwindow/SyncStatusWidget.h"
#include "ui/settings/ConnectionTester.h"
#include "ui/settings/SettingsPage.h"
#include "ui/welcome/DemoLauncher.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QPushButton>
#include <QGroupBox>
#include <QLineEdit>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QLabel>
#include <QListWidget>
#include <QTest>
#include <QTranslator>

using namespace pms;

namespace {

/// A fresh cache, in-memory secret stores and a sync controller: what the app builds at start.
struct DemoApp
{
    test::TempCache cache;
    test::MemorySecretStore secrets;
    test::MemorySecretStore session;
    SyncController sync { cache.path() };
    AppContext ctx;
    std::unique_ptr<MainWindow> w;

    DemoApp()
    {
        session.setPersistent(false);
        ctx.dbPath = cache.path();
        ctx.db = &cache.db();
        ctx.sync = &sync;
        ctx.secrets = &secrets;
        ctx.sessionSecrets = &session;
    }
    ~DemoApp() { w.reset(); }
    /// The main window on it, set for the offline demo, shown at 1440×900.
    MainWindow *window()
    {
        w = std::make_unique<MainWindow>(ctx);
        DemoLauncher::Options options;
        options.live = false;
        w->setDemoOptions(options);
        w->resize(1440, 900);
        w->show();
        return w.get();
    }
};

/// Shows page @p id and waits until what it shows is in: tables settled, the dashboard loaded,
/// the mapping editor idle. A condition, not a fixed wait.
bool showSettled(MainWindow &w, const QString &id)
{
    if (!w.showPage(id))
        return false;
    QWidget *page = w.pageWidget(id);
    if (auto *dashboard = qobject_cast<DashboardPage *>(page)) {
        // Shown again after syncs: its figures are read afresh.
        QSignalSpy loaded(dashboard, &DashboardPage::loaded);
        dashboard->refresh();
        if (!loaded.wait(20000))
            return false;
    }
    const bool settled = QTest::qWaitFor(
        [page] {
            for (SqlTableModel *m : page->findChildren<SqlTableModel *>())
                if (!m->isSettled())
                    return false;
            if (auto *dashboard = qobject_cast<DashboardPage *>(page))
                return dashboard->cardValue(QStringLiteral("properties")) != QStringLiteral("–");
            if (auto *mapping = qobject_cast<UnitMappingPage *>(page))
                return !mapping->isBusy();
            // A selected work order: its details are in the pane.
            if (auto *workOrders = qobject_cast<WorkOrdersPage *>(page))
                return !workOrders->panel()->view()->currentIndex().isValid() || workOrders->detail()->workOrderId() > 0;
            return true;
        },
        20000);
    // The last answers changed texts (counts): lay them out before the picture is taken.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    return settled;
}

} // namespace

class TestScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void demoWindow();
    void spanishWindow();

private:
    void save(QWidget *widget, const QString &name);
    QString m_dir;
};

void TestScreenshots::initTestCase()
{
    test::installDemoSimulator();
    QStandardPaths::setTestModeEnabled(true);
    m_dir = qEnvironmentVariable("PMSBRIDGE_SCREENSHOTS_DIR");
}

void TestScreenshots::save(QWidget *widget, const QString &name)
{
    const QPixmap shot = widget->grab();
    QVERIFY(!shot.isNull());
    QVERIFY(shot.width() > 400 && shot.height() > 300);
    if (!m_dir.isEmpty()) {
        QDir().mkpath(m_dir);
        QVERIFY(shot.save(QDir(m_dir).filePath(name + QStringLiteral(".png"))));
    }
}

void TestScreenshots::demoWindow()
{
    DemoApp app;
    SyncController &sync = app.sync;

    MainWindow &w = *app.window();
    save(&w, QStringLiteral("welcome"));

    // The main window mid-sync: the progress in the status bar.
    bool grabbedProgress = false;
    connect(&sync, &SyncController::progress, this, [&](const SyncProgress &p) {
        if (!grabbedProgress && p.pagesTotal > 1 && p.pagesDone >= 1 && w.currentPageId() == QLatin1String("dashboard")) {
            grabbedProgress = true;
            save(&w, QStringLiteral("mainwindow"));
        }
    });
    QSignalSpy finished(&sync, &SyncController::finished);
    w.startDemo();
    QVERIFY(finished.wait(180000));
    QCOMPARE(finished.first().first().value<SyncOutcome>().status, QStringLiteral("succeeded"));
    // Two more runs, so the charts have a history.
    for (SyncKind kind : {SyncKind::Incremental, SyncKind::Leases}) {
        // Runs start on different seconds: wait for the next one, not for a fixed time.
        const qint64 second = QDateTime::currentSecsSinceEpoch();
        QTRY_VERIFY(QDateTime::currentSecsSinceEpoch() > second);
        w.startSync(kind);
        QVERIFY(finished.wait(180000));
    }

    auto *dashboard = qobject_cast<DashboardPage *>(w.pageWidget(QStringLiteral("dashboard")));
    QVERIFY(dashboard);
    QSignalSpy loaded(dashboard, &DashboardPage::loaded);
    dashboard->refresh();
    QVERIFY(loaded.wait(20000));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    save(&w, QStringLiteral("dashboard"));

    // A data screen, when the tree has one, shows the main window with data.
    for (const QString &id : {QStringLiteral("properties"), QStringLiteral("workorders")}) {
        if (showSettled(w, id)) {
            // Select the first row, so the detail part shows data too.
            for (QAbstractItemView *view : w.pageWidget(id)->findChildren<QAbstractItemView *>()) {
                if (view->isVisible() && view->model() && view->model()->rowCount() > 0) {
                    view->setCurrentIndex(view->model()->index(qMin(5, view->model()->rowCount() - 1), 0));
                    break;
                }
            }
            QVERIFY(showSettled(w, id));
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            save(&w, QStringLiteral("mainwindow"));
            break;
        }
    }

    QVERIFY(w.showPage(QStringLiteral("settings")));
    auto *settings = qobject_cast<SettingsPage *>(w.pageWidget(QStringLiteral("settings")));
    QSignalSpy tested(settings->tester(), &ConnectionTester::finished);
    QTRY_VERIFY(settings->findChild<QPushButton *>(QStringLiteral("testConnectionButton"))->isEnabled());
    // The secret arrives from the session store.
    QTRY_VERIFY(settings->findChild<QLabel *>(QStringLiteral("secretNote"))->text().startsWith(QStringLiteral("A secret is")));
    settings->testConnection();
    QVERIFY(tested.wait(20000));
    QVERIFY(settings->testResult().startsWith(QStringLiteral("Connected")));
    save(&w, QStringLiteral("settings"));

    // Settings → Cache on a laptop screen: which cache this desk is on, and another to open.
    w.resize(1366, 768);
    auto *cacheBox = settings->findChild<QGroupBox *>(QStringLiteral("cacheSettings"));
    QVERIFY(cacheBox);
    auto *scroll = settings->findChild<QScrollArea *>();
    QVERIFY(scroll);
    cacheBox->findChild<QLineEdit *>(QStringLiteral("cacheLocationEdit"))
        ->setText(QStringLiteral("postgresql://ana@db.office.lan:5432/pmsbridge?sslmode=verify-full"));
    QTRY_VERIFY(w.width() == 1366);
    scroll->ensureWidgetVisible(cacheBox);
    QTRY_VERIFY(cacheBox->visibleRegion().boundingRect().height() == cacheBox->height());
    save(&w, QStringLiteral("settings-cache"));
    cacheBox->findChild<QLineEdit *>(QStringLiteral("cacheLocationEdit"))->clear();

    // Issue 19: a new connection asks for the PMS first, then shows that PMS's fields (Buildium: no
    // system ID, a vendor for new work orders).
    settings->findChild<QPushButton *>(QStringLiteral("addConnectionButton"))->click();
    auto *pmsCombo = settings->findChild<QComboBox *>(QStringLiteral("pmsCombo"));
    QVERIFY(pmsCombo && pmsCombo->isEnabled());
    pmsCombo->setCurrentIndex(pmsCombo->findData(QStringLiteral("buildium")));
    QCOMPARE(pmsCombo->currentData().toString(), QStringLiteral("buildium"));
    settings->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Lakeside (Buildium)"));
    scroll->ensureVisible(0, 0);
    QTRY_VERIFY(pmsCombo->visibleRegion().boundingRect().height() == pmsCombo->height());
    save(&w, QStringLiteral("settings-buildium"));
    settings->findChild<QPushButton *>(QStringLiteral("revertConnectionButton"))->click();

    // Issue 16: the screens on a laptop (1366×768) and at 1600×900, after syncs.
    for (const QSize size : {QSize(1366, 768), QSize(1600, 900)}) {
        w.resize(size);
        QTRY_COMPARE(w.size(), size);
        for (const QString &id : {QStringLiteral("dashboard"), QStringLiteral("workorders"), QStringLiteral("residents"),
                                  QStringLiteral("mapping"), QStringLiteral("reconciliation")}) {
            QVERIFY2(showSettled(w, id), qPrintable(id));
            save(&w, QStringLiteral("%1-%2x%3").arg(id).arg(size.width()).arg(size.height()));
        }
    }

    // Owners & Service Providers on a laptop, with a few owners and the edit dialog refusing a
    // half-typed email.
    w.resize(1366, 768);
    QTRY_COMPARE(w.size(), QSize(1366, 768));
    QBuffer owners;
    owners.setData(QByteArrayLiteral(
        "name,email,phone,address,city,state,postal_code,external_ref\n"
        "Alvarez Family Trust,maria.alvarez@example.com,(503) 555-0142,18 Alder St,Portland,OR,97205,OWN-1001\n"
        "Bennett Holdings LLC,office@bennett-holdings.example,(503) 555-0178,400 Pine Ave,Portland,OR,97209,OWN-1002\n"
        "Chen Wei,wei.chen@example.com,(360) 555-0110,72 Cedar Ct,Vancouver,WA,98660,OWN-1003\n"
        "Dubois Properties,contact@dubois.example,(503) 555-0190,9 Birch Rd,Beaverton,OR,97005,OWN-1004\n"
        "Evergreen Realty Partners,info@evergreen.example,(971) 555-0133,1200 Market St,Portland,OR,97201,OWN-1005\n"));
    QVERIFY(owners.open(QIODevice::ReadOnly));
    QVERIFY(CsvImporter(ImportEntity::Owners).importFrom(app.cache.db(), owners).ok());
    QVERIFY(showSettled(w, QStringLiteral("owners")));
    auto *ownersPage = qobject_cast<OwnersPage *>(w.pageWidget(QStringLiteral("owners")));
    QVERIFY(ownersPage);
    QTRY_COMPARE(ownersPage->ownersModel()->rowCount(), 5);
    QVERIFY(showSettled(w, QStringLiteral("owners")));
    ownersPage->ownersPanel()->view()->selectRow(2);
    save(&w, QStringLiteral("owners-1366x768"));
    ownersPage->editSelected();
    DirectoryEntryDialog *dialog = ownersPage->entryDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    qobject_cast<QLineEdit *>(dialog->field(QStringLiteral("email")))->setText(QStringLiteral("wei.chen@"));
    dialog->save();
    QVERIFY(!dialog->errorText().isEmpty());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    save(dialog, QStringLiteral("owners-edit-dialog"));
    MessageBox::setNextAnswer(QMessageBox::Discard);
    dialog->reject();
    QTRY_VERIFY(!ownersPage->entryDialog());
}

// The window in Spanish (issue #9): the built catalogue, the Spanish locale, the Work Orders screen.
void TestScreenshots::spanishWindow()
{
    QTranslator translator;
    const QString qm = QStringLiteral(QT_TESTCASE_BUILDDIR "/../packaging/pmsbridge_es.qm");
    if (!QFileInfo::exists(qm))
        QSKIP("pmsbridge_es.qm is not built (packaging/ builds it with the app)");
    QVERIFY(translator.load(qm));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));

    DemoApp app;
    SyncController &sync = app.sync;
    {
        MainWindow &w = *app.window();
        QSignalSpy finished(&sync, &SyncController::finished);
        w.startDemo();
        QVERIFY(finished.wait(180000));
        QVERIFY(w.showPage(QStringLiteral("workorders")));
        auto *sidebar = w.findChild<QListWidget *>(QStringLiteral("sidebar"));
        QVERIFY(sidebar);
        QVERIFY(!sidebar->findItems(QStringLiteral("\u00d3rdenes de trabajo"), Qt::MatchStartsWith).isEmpty());
        QVERIFY(showSettled(w, QStringLiteral("workorders")));
        for (QAbstractItemView *view : w.pageWidget(QStringLiteral("workorders"))->findChildren<QAbstractItemView *>()) {
            if (view->isVisible() && view->model() && view->model()->rowCount() > 0) {
                view->setCurrentIndex(view->model()->index(qMin(3, view->model()->rowCount() - 1), 0));
                break;
            }
        }
        QVERIFY(showSettled(w, QStringLiteral("workorders")));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        save(&w, QStringLiteral("mainwindow-es"));
        // Issue 16: in Spanish on a laptop too.
        w.resize(1366, 768);
        QTRY_COMPARE(w.size(), QSize(1366, 768));
        for (const QString &id : {QStringLiteral("dashboard"), QStringLiteral("workorders"), QStringLiteral("mapping")}) {
            QVERIFY2(showSettled(w, id), qPrintable(id));
            save(&w, QStringLiteral("%1-es-1366x768").arg(id));
        }
    }
    QCoreApplication::removeTranslator(&translator);
    QLocale::setDefault(before);
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PMSBridgeTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_screenshots"));
    TestScreenshots test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_screenshots.moc"
