#include "DemoTestSimulator.h"
#include "GuiSeed.h"
#include "support/MemorySecretStore.h"
#include "support/TestSupport.h"

#include "common/Version.h"
#include "sim/SimServerThread.h"
#include "storage/ConnectionRepository.h"
#include "storage/PlatformUnitRepository.h"
#include "sync/SyncController.h"
#include "ui/common/AppContext.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/mainwindow/AboutDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/PageRegistry.h"
#include "ui/mainwindow/SyncStatusWidget.h"
#include "ui/settings/SettingsPage.h"
#include "ui/welcome/DemoLauncher.h"
#include "ui/welcome/WelcomePage.h"

#include "models/SqlTableModel.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QTableWidget>
#include <QLabel>
#include <QLineEdit>
#include <QLayout>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace pms;

namespace {

struct Fixture
{
    test::TempCache cache;
    test::MemorySecretStore secrets;
    test::MemorySecretStore session;
    AppContext ctx;
    explicit Fixture(bool populated)
    {
        session.setPersistent(false);
        if (populated)
            ctx.connectionId = test::seedSmallPortfolio(cache.db()).connectionId;
        ctx.dbPath = cache.path();
        ctx.db = &cache.db();
        ctx.secrets = &secrets;
        ctx.sessionSecrets = &session;
    }
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void emptyCacheShowsWelcome();
    void welcomeConnectOpensSettings();
    void populatedCacheShowsDashboard();
    void sidebarListsOnlyExistingPages();
    void shortcutsNavigate();
    void pagesAreCreatedLazily();
    void findCallsFocusSearch();
    void syncProgressInStatusBar();
    void syncErrorOpensActivity();
    void syncNowWithoutSecretAsksForIt();
    void refusedBaseUrlShowsOnTheConnection();
    void geometryIsRemembered();
    void fitsALaptopScreen_data();
    void fitsALaptopScreen();
    void copyPutsSelectedCellsOnTheClipboard();
    void switchingConnectionRefreshesScreens();
    void aboutShowsVersion();
    void demoConnectsAndSyncs();
};

void TestMainWindow::initTestCase()
{
    test::installDemoSimulator(); // what the app wires for the Demo button
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::emptyCacheShowsWelcome()
{
    Fixture f(false);
    MainWindow w(f.ctx);
    w.show();
    QCOMPARE(w.currentPageId(), QStringLiteral("welcome"));
    QVERIFY(w.welcomePage()->isVisible());
    QVERIFY(!w.syncNowAction()->isEnabled());
    QVERIFY(w.findChild<QPushButton *>(QStringLiteral("welcomeConnectButton"))->isVisible());
    QVERIFY(w.findChild<QPushButton *>(QStringLiteral("welcomeDemoButton"))->isVisible());
}

void TestMainWindow::welcomeConnectOpensSettings()
{
    Fixture f(false);
    MainWindow w(f.ctx);
    w.show();
    QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("welcomeConnectButton")), Qt::LeftButton);
    QCOMPARE(w.currentPageId(), QStringLiteral("settings"));
    auto *settings = qobject_cast<SettingsPage *>(w.pageWidget(QStringLiteral("settings")));
    QVERIFY(settings);
    QCOMPARE(settings->currentConnectionId(), 0);

    // Saving the first connection leaves the welcome page behind for good.
    settings->findChild<QLineEdit *>(QStringLiteral("systemIdEdit"))->setText(QStringLiteral("1001"));
    settings->findChild<QLineEdit *>(QStringLiteral("clientIdEdit"))->setText(QStringLiteral("demo-client"));
    settings->findChild<QLineEdit *>(QStringLiteral("secretEdit"))->setText(QStringLiteral("s"));
    settings->findChild<QLineEdit *>(QStringLiteral("integrationUserEdit"))->setText(QStringLiteral("PMS Bridge"));
    settings->findChild<QLineEdit *>(QStringLiteral("integrationEmailEdit"))->setText(QStringLiteral("a@b.example"));
    QVERIFY(settings->save());
    QVERIFY(f.ctx.connectionId > 0);
    QVERIFY(w.syncNowAction()->isEnabled() == (f.ctx.sync != nullptr));
    QVERIFY(w.windowTitle().contains(QStringLiteral("1001")));
}

void TestMainWindow::populatedCacheShowsDashboard()
{
    Fixture f(true);
    MainWindow w(f.ctx);
    w.show();
    QCOMPARE(w.currentPageId(), QStringLiteral("dashboard"));
    auto *dashboard = qobject_cast<DashboardPage *>(w.pageWidget(QStringLiteral("dashboard")));
    QVERIFY(dashboard);
    QTRY_COMPARE(dashboard->cardValue(QStringLiteral("properties")), QStringLiteral("3"));
    QVERIFY(w.windowTitle().contains(QStringLiteral("Downtown")));
    // Issue 16: the title named the app twice when the window system added the display name.
    QGuiApplication::setApplicationDisplayName(QStringLiteral("PMS Bridge (demo)"));
    w.showPage(QStringLiteral("residents"));
    QVERIFY2(w.windowTitle().endsWith(QStringLiteral(" — PMS Bridge (demo)")), qPrintable(w.windowTitle()));
    QCOMPARE(w.windowTitle().count(QLatin1String("PMS Bridge")), 1);
    QGuiApplication::setApplicationDisplayName(QString());
    // The status bar knows the last sync from the cache: the leases run failed, the last success finished at 10:02 UTC.
    QVERIFY(w.syncStatus()->hasError());
    QVERIFY(w.syncStatus()->errorText().contains(QStringLiteral("connection refused")));
    QVERIFY(w.syncStatus()->lastSyncText().startsWith(QStringLiteral("Last sync: ")));
}

void TestMainWindow::sidebarListsOnlyExistingPages()
{
    Fixture f(true);
    MainWindow w(f.ctx);
    const QList<PageSpec> specs = PageRegistry::standardPages();
    auto *sidebar = w.findChild<QListWidget *>(QStringLiteral("sidebar"));
    QCOMPARE(sidebar->count(), specs.size());
    QCOMPARE(w.pageIds().first(), QStringLiteral("dashboard"));
    QCOMPARE(w.pageIds().last(), QStringLiteral("settings"));
    for (int i = 0; i < specs.size(); ++i) {
        QCOMPARE(sidebar->item(i)->text(), specs.at(i).title);
        QVERIFY2(!sidebar->item(i)->icon().isNull(), qPrintable(specs.at(i).iconPath));
    }
    // Clicking an entry shows its page.
    sidebar->setCurrentRow(int(specs.size()) - 1);
    QCOMPARE(w.currentPageId(), QStringLiteral("settings"));
}

void TestMainWindow::shortcutsNavigate()
{
    Fixture f(true);
    MainWindow w(f.ctx);
    w.show();
    QApplication::setActiveWindow(&w);
    QVERIFY(QTest::qWaitForWindowActive(&w));
    const QList<PageSpec> specs = PageRegistry::standardPages();
    QCOMPARE(specs.first().shortcut, QKeySequence(Qt::CTRL | Qt::Key_1));
    QCOMPARE(specs.last().shortcut, QKeySequence(Qt::CTRL | Qt::Key_0));
    // Backwards, so every page changes the current one.
    for (auto it = specs.crbegin(); it != specs.crend(); ++it) {
        QTest::keySequence(&w, it->shortcut);
        QCOMPARE(w.currentPageId(), it->id);
        QVERIFY(w.pageWidget(it->id)->isVisible());
    }
}

void TestMainWindow::pagesAreCreatedLazily()
{
    Fixture f(true);
    MainWindow w(f.ctx);
    QVERIFY(w.pageWidget(QStringLiteral("dashboard")));
    QVERIFY(!w.pageWidget(QStringLiteral("settings")));
    QVERIFY(w.showPage(QStringLiteral("settings")));
    QVERIFY(w.pageWidget(QStringLiteral("settings")));
    QVERIFY(!w.showPage(QStringLiteral("no-such-page")));
}

void TestMainWindow::findCallsFocusSearch()
{
    Fixture f(true);
    MainWindow w(f.ctx);
    w.show();
    QApplication::setActiveWindow(&w);
    QVERIFY(QTest::qWaitForWindowActive(&w));
    // A data page (when in the tree) puts the cursor in its search field on Ctrl+F.
    for (const QString &id : w.pageIds()) {
        if (id == QLatin1String("dashboard") || id == QLatin1String("settings"))
            continue;
        QVERIFY(w.showPage(id));
        // From the sidebar (focus outside the page) and from inside the page.
        w.findChild<QListWidget *>(QStringLiteral("sidebar"))->setFocus();
        QTest::keySequence(&w, QKeySequence::Find);
        QWidget *fromSidebar = QApplication::focusWidget();
        QVERIFY2(fromSidebar && w.pageWidget(id)->isAncestorOf(fromSidebar), qPrintable(id));
        QTest::keySequence(&w, QKeySequence::Find);
        QWidget *focus = QApplication::focusWidget();
        QVERIFY2(focus && w.pageWidget(id)->isAncestorOf(focus) && qobject_cast<QLineEdit *>(focus), qPrintable(id));
    }
    // On a page without search nothing happens, and nothing breaks.
    QVERIFY(w.showPage(QStringLiteral("dashboard")));
    QTest::keySequence(&w, QKeySequence::Find);
    QCOMPARE(w.currentPageId(), QStringLiteral("dashboard"));
}

void TestMainWindow::syncProgressInStatusBar()
{
    Fixture f(true);
    SyncController sync(f.cache.path());
    f.ctx.sync = &sync;
    MainWindow w(f.ctx);
    w.show();
    SyncStatusWidget *status = w.syncStatus();
    QVERIFY(!status->isSyncing());
    QVERIFY(status->progressText().isEmpty());

    Q_EMIT sync.started(f.ctx.connectionId, SyncKind::Initial);
    SyncProgress p;
    p.connectionId = f.ctx.connectionId;
    p.kind = SyncKind::Initial;
    p.entity = QStringLiteral("units");
    p.pagesDone = 12;
    p.pagesTotal = 100;
    p.records = 1234;
    p.recordsPerSecond = 1234.4;
    p.secondsLeft = 40;
    Q_EMIT sync.progress(p);
    QVERIFY(status->isSyncing());
    QCOMPARE(status->progressText(), QStringLiteral("Syncing units — page 12 of 100, 1,234 records/s, about 40 s left"));
    auto *bar = status->findChild<QProgressBar *>(QStringLiteral("syncProgressBar"));
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->maximum(), 100);
    QCOMPARE(bar->value(), 12);
    auto *cancel = status->findChild<QToolButton *>(QStringLiteral("syncCancelButton"));
    QVERIFY(cancel->isVisible());
    QVERIFY(!w.syncNowAction()->isEnabled()); // one sync at a time

    // Unknown totals: a busy bar and no made-up numbers.
    p.entity = QStringLiteral("work orders");
    p.pagesTotal = 0;
    p.pagesDone = 3;
    p.recordsPerSecond = 0;
    p.secondsLeft = -1;
    Q_EMIT sync.progress(p);
    QCOMPARE(status->progressText(), QStringLiteral("Syncing work orders — page 3"));
    QCOMPARE(bar->maximum(), 0);
    p.secondsLeft = 300;
    Q_EMIT sync.progress(p);
    QCOMPARE(status->progressText(), QStringLiteral("Syncing work orders — page 3, about 5 min left"));

    SyncOutcome o;
    o.connectionId = f.ctx.connectionId;
    o.kind = SyncKind::Initial;
    o.status = QStringLiteral("succeeded");
    o.finishedAt = QDateTime::currentDateTimeUtc();
    Q_EMIT sync.finished(o);
    QVERIFY(!status->isSyncing());
    QVERIFY(!bar->isVisible());
    QVERIFY(!cancel->isVisible());
    QVERIFY(!status->hasError());
    QVERIFY(status->lastSyncText().startsWith(QStringLiteral("Last sync: ")));
}

void TestMainWindow::syncErrorOpensActivity()
{
    Fixture f(true);
    SyncController sync(f.cache.path());
    f.ctx.sync = &sync;
    MainWindow w(f.ctx);
    w.show();
    SyncOutcome o;
    o.connectionId = f.ctx.connectionId;
    o.kind = SyncKind::Incremental;
    o.status = QStringLiteral("failed");
    o.error = QStringLiteral("The PMS rejected the client ID or secret (HTTP 401).");
    Q_EMIT sync.finished(o);
    SyncStatusWidget *status = w.syncStatus();
    QVERIFY(status->hasError());
    QVERIFY(status->errorText().contains(QStringLiteral("HTTP 401")));
    auto *errorButton = status->findChild<QToolButton *>(QStringLiteral("syncErrorButton"));
    QVERIFY(errorButton->isVisible());
    QVERIFY(!errorButton->icon().isNull());
    // Issue 16: the reason is on the bar, not only in a tooltip, with a Details link.
    auto *reason = status->findChild<QLabel *>(QStringLiteral("syncErrorReason"));
    QVERIFY(reason && reason->isVisible());
    QVERIFY(reason->text().contains(QLatin1String("HTTP 401")));
    QVERIFY(reason->text().contains(QLatin1String(">Details</a>")));
    QTest::mouseClick(errorButton, Qt::LeftButton);
    const QString expected = w.pageIds().contains(QStringLiteral("activity")) ? QStringLiteral("activity")
                                                                               : QStringLiteral("dashboard");
    QCOMPARE(w.currentPageId(), expected);
    QVERIFY(w.showPage(QStringLiteral("settings")));
    Q_EMIT reason->linkActivated(QStringLiteral("details"));
    QCOMPARE(w.currentPageId(), expected);
    // A run that succeeds takes the reason away.
    o.status = QStringLiteral("succeeded");
    o.error.clear();
    o.finishedAt = QDateTime::currentDateTimeUtc();
    Q_EMIT sync.finished(o);
    QVERIFY(!reason->isVisible());
}

void TestMainWindow::syncNowWithoutSecretAsksForIt()
{
    Fixture f(true);
    SyncController sync(f.cache.path());
    f.ctx.sync = &sync;
    MainWindow w(f.ctx);
    w.show();
    QVERIFY(w.syncNowAction()->isEnabled());
    QSignalSpy started(&sync, &SyncController::started);
    w.syncNowAction()->trigger();
    QCOMPARE(w.currentPageId(), QStringLiteral("settings"));
    QVERIFY(!w.syncStatus()->isSyncing());
    auto *settings = qobject_cast<SettingsPage *>(w.pageWidget(QStringLiteral("settings")));
    QVERIFY(settings->fieldError(ConnectionValidator::Field::Secret).contains(QStringLiteral("client secret")));
    QCOMPARE(started.count(), 0);
}

void TestMainWindow::refusedBaseUrlShowsOnTheConnection()
{
    // Issue 17: a stored base URL the client refuses (an older version or a hand edit) ends the run
    // at once, and the window says why instead of syncing forever.
    Fixture f(true);
    QVERIFY(f.cache.db().execRaw(QStringLiteral("UPDATE connections SET base_url='ftp://127.0.0.1/pw/api/rest/v1'")).ok());
    SyncController sync(f.cache.path());
    f.ctx.sync = &sync;
    MainWindow w(f.ctx);
    w.show();
    QSignalSpy finished(&sync, &SyncController::finished);
    sync.setSecret(f.ctx.connectionId, QStringLiteral("s3cret"));
    sync.start(f.ctx.connectionId, SyncKind::Incremental);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().value<SyncOutcome>().status, QStringLiteral("failed"));
    SyncStatusWidget *status = w.syncStatus();
    QVERIFY(!status->isSyncing());
    QVERIFY(status->hasError());
    QVERIFY2(status->errorText().contains(QLatin1String("base URL")), qPrintable(status->errorText()));
    QVERIFY(w.syncNowAction()->isEnabled());
}

void TestMainWindow::geometryIsRemembered()
{
    {
        Fixture f(true);
        MainWindow w(f.ctx);
        w.show();
        w.resize(1000, 700);
        w.showPage(QStringLiteral("settings"));
        w.close();
    }
    Fixture f(true);
    MainWindow w(f.ctx);
    w.show();
    QCOMPARE(w.size(), QSize(1000, 700));
}

void TestMainWindow::fitsALaptopScreen_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("Spanish") << QStringLiteral("es");
}

// Issue 16: once Work Orders had been opened the window could not be narrower than 1,684 px, and
// filters, cards and buttons were cut off or off-screen on a laptop.
void TestMainWindow::fitsALaptopScreen()
{
    QFETCH(QString, language);
    QTranslator translator;
    if (language == QLatin1String("es")) {
        if (!translator.load(QStringLiteral(QT_TESTCASE_BUILDDIR "/../packaging/pmsbridge_es.qm")))
            QSKIP("pmsbridge_es.qm is not built (packaging/ builds it with the app)");
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
    }
    const auto restore = qScopeGuard([&translator] {
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    });
    Fixture f(true);
    MainWindow w(f.ctx);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    for (const QString &id : w.pageIds()) {
        QVERIFY(w.showPage(id));
        // What a page shows once its data is in: tables counted, dashboard cards filled.
        for (SqlTableModel *m : w.pageWidget(id)->findChildren<SqlTableModel *>())
            QTRY_VERIFY2(m->countKnown() && !m->isLoading(), qPrintable(id));
        if (auto *dashboard = qobject_cast<DashboardPage *>(w.pageWidget(id)))
            QTRY_COMPARE(dashboard->cardValue(QStringLiteral("properties")), QStringLiteral("3"));
    }
    const QSize min = w.minimumSizeHint();
    QVERIFY2(min.width() <= 1280 && min.height() <= 720,
             qPrintable(QStringLiteral("minimum size %1×%2").arg(min.width()).arg(min.height())));

    // At 1280×720 every control of every page is on screen, and no filter is cut short.
    w.resize(1280, 720);
    QTRY_COMPARE(w.size(), QSize(1280, 720));
    for (const QString &id : w.pageIds()) {
        QVERIFY(w.showPage(id));
        QWidget *page = w.pageWidget(id);
        page->layout()->activate();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        const QRect window = w.rect();
        for (QWidget *c : page->findChildren<QWidget *>()) {
            if (!c->isVisible() || !(qobject_cast<QAbstractButton *>(c) || qobject_cast<QComboBox *>(c)
                                     || qobject_cast<QLineEdit *>(c)))
                continue;
            if (qobject_cast<QLineEdit *>(c) && qobject_cast<QComboBox *>(c->parentWidget()))
                continue;
            bool scrolled = false; // inside a table or a vertical scroll area: reached by scrolling
            for (QWidget *p = c->parentWidget(); p && p != page; p = p->parentWidget())
                scrolled = scrolled || qobject_cast<QAbstractScrollArea *>(p);
            const QRect r(c->mapTo(&w, QPoint(0, 0)), c->size());
            const QString what = QStringLiteral("%1: %2 \"%3\" at %4..%5")
                                     .arg(id, QString::fromLatin1(c->metaObject()->className()), c->objectName())
                                     .arg(r.left()).arg(r.right());
            if (!scrolled)
                QVERIFY2(r.left() >= 0 && r.right() <= window.right(), qPrintable(what));
            if (auto *combo = qobject_cast<QComboBox *>(c))
                QVERIFY2(combo->width() >= qMin(combo->sizeHint().width(), combo->maximumWidth()),
                         qPrintable(what + QStringLiteral(" is cut short")));
        }
        // A scroll area may scroll down, never sideways.
        for (QScrollArea *s : page->findChildren<QScrollArea *>()) {
            if (!s->isVisible() || !s->widgetResizable() || s->horizontalScrollBar()->maximum() == 0)
                continue;
            // Name what is too wide, so the failure says where to look.
            QString widest;
            int most = 0;
            for (QWidget *c : s->widget()->findChildren<QWidget *>()) {
                const int wanted = c->minimumSizeHint().width();
                if (c->isVisible() && wanted > most && wanted > s->viewport()->width() / 2) {
                    most = wanted;
                    auto *label = qobject_cast<QLabel *>(c);
                    widest = QStringLiteral("%1 %2 \"%3\" wants %4 px")
                                 .arg(QString::fromLatin1(c->metaObject()->className()), c->objectName(),
                                      label ? label->text().left(60) : QString())
                                 .arg(wanted);
                }
            }
            QFAIL(qPrintable(QStringLiteral("%1 scrolls sideways (viewport %2 px): %3").arg(id).arg(s->viewport()->width()).arg(widest)));
        }
    }
}

void TestMainWindow::copyPutsSelectedCellsOnTheClipboard()
{
    Fixture f(true);
    MainWindow w(f.ctx);
    w.show();
    QApplication::setActiveWindow(&w);
    QVERIFY(QTest::qWaitForWindowActive(&w));
    auto *dashboard = qobject_cast<DashboardPage *>(w.pageWidget(QStringLiteral("dashboard")));
    auto *runs = dashboard->findChild<QTableWidget *>(QStringLiteral("runsTable"));
    // The first load may finish before a spy could be connected (it failed 2 runs of 3): wait for
    // its result instead of its signal.
    QTRY_VERIFY_WITH_TIMEOUT(!dashboard->isLoading() && runs->rowCount() > 0, 10000);
    // Under load each step may land late: wait for the focus and the selection themselves (a
    // reload of the dashboard in between would clear the selection, so it is checked after).
    runs->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(runs));
    runs->selectRow(0);
    QTRY_VERIFY(!dashboard->isLoading() && runs->selectionModel()->selectedRows().size() == 1);
    QApplication::clipboard()->clear();
    QTest::keySequence(&w, QKeySequence::Copy);
    QTRY_VERIFY(!QApplication::clipboard()->text().isEmpty());
    const QStringList cells = QApplication::clipboard()->text().split(QLatin1Char('\t'));
    QCOMPARE(cells.size(), runs->columnCount());
    QCOMPARE(cells.first(), runs->item(0, 0)->text());
}

void TestMainWindow::switchingConnectionRefreshesScreens()
{
    // R22: several connections; the toolbar chooses the one the screens show.
    Fixture f(true);
    test::sqlOrFail(f.cache.db(), QStringLiteral("INSERT INTO connections(id, name, base_url, system_id, client_id, "
                                                 "created_at) VALUES (2, 'Uptown', 'https://b.example/v1', '2002', 'c', 't')"));
    MainWindow w(f.ctx);
    w.show();
    auto *box = w.findChild<QComboBox *>(QStringLiteral("connectionBox"));
    QVERIFY(box->isVisible());
    QCOMPARE(box->count(), 2);
    QCOMPARE(box->currentText(), QStringLiteral("Downtown"));
    auto *dashboard = qobject_cast<DashboardPage *>(w.pageWidget(QStringLiteral("dashboard")));
    QTRY_COMPARE(dashboard->cardValue(QStringLiteral("properties")), QStringLiteral("3"));
    box->setCurrentIndex(1);
    Q_EMIT box->activated(1);
    QCOMPARE(f.ctx.connectionId, 2);
    QTRY_COMPARE(dashboard->cardValue(QStringLiteral("properties")), QStringLiteral("0"));
    QVERIFY(w.windowTitle().contains(QStringLiteral("Uptown")));
    QVERIFY(!w.syncStatus()->hasError()); // Uptown never ran
}

void TestMainWindow::aboutShowsVersion()
{
    Fixture f(true);
    MainWindow w(f.ctx);
    w.show();
    w.showAbout();
    auto *about = w.findChild<AboutDialog *>();
    QVERIFY(about);
    QVERIFY(about->isVisible()); // open(), not exec(): the test goes on
    QVERIFY(about->findChild<QLabel *>(QStringLiteral("aboutText"))->text().contains(appVersion()));
    about->close();
}

void TestMainWindow::demoConnectsAndSyncs()
{
    // The welcome page's Demo: simulator in-process, a connection to it, the initial sync with progress.
    Fixture f(false);
    SyncController sync(f.cache.path());
    f.ctx.sync = &sync;
    MainWindow w(f.ctx);
    DemoLauncher::Options options;
    options.scale = QStringLiteral("tiny");
    options.live = false;
    w.setDemoOptions(options);
    w.show();
    QSignalSpy started(&sync, &SyncController::started);
    QSignalSpy finished(&sync, &SyncController::finished);
    QTest::mouseClick(w.findChild<QPushButton *>(QStringLiteral("welcomeDemoButton")), Qt::LeftButton);
    QVERIFY(started.wait(20000));
    // A tiny sync can be over by the time wait() returns (both signals queued): then it was shown.
    QVERIFY(w.syncStatus()->isSyncing() || !finished.isEmpty());
    QCOMPARE(w.currentPageId(), QStringLiteral("dashboard"));
    QVERIFY(!finished.isEmpty() || finished.wait(120000));
    const SyncOutcome outcome = finished.first().first().value<SyncOutcome>();
    QVERIFY2(outcome.status == QLatin1String("succeeded"), qPrintable(outcome.error));
    const QList<ConnectionInfo> connections = ConnectionRepository(f.cache.db()).all();
    QCOMPARE(connections.size(), 1);
    QCOMPARE(connections.first().systemId, QStringLiteral("1001"));
    QVERIFY(connections.first().baseUrl.host() == QLatin1String("127.0.0.1"));
    // The demo secret lives in the session store, never in the keychain.
    QCOMPARE(f.session.contents().value(connections.first().secretKey()), DemoLauncher::demoSecret());
    QVERIFY(f.secrets.contents().isEmpty());
    auto *dashboard = qobject_cast<DashboardPage *>(w.pageWidget(QStringLiteral("dashboard")));
    QTRY_VERIFY_WITH_TIMEOUT(dashboard->cardValue(QStringLiteral("units")).toInt() > 0, 10000);
    QVERIFY(!w.syncStatus()->hasError());
    // The access platform's units came with it: the Unit Mapping screen has suggestions to show.
    QVERIFY(PlatformUnitRepository(f.cache.db()).count() > 0);
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PMSBridgeTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    TestMainWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindow.moc"
