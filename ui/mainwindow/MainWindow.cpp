#include "MainWindow.h"

#include "ui/common/AppContext.h"
#include "common/Logging.h"
#include "ui/mainwindow/AboutDialog.h"
#include "ui/common/MessageBox.h"
#include "ui/mainwindow/SyncStatusWidget.h"
#include "ui/mainwindow/TeamStatusWidget.h"
#include "ui/settings/SettingsPage.h"
#include "ui/workorders/WorkOrdersPage.h"
#include "storage/ConnectionRepository.h"
#include "storage/DashboardQueries.h"
#include "storage/Database.h"
#include "sync/SyncController.h"
#include "ui/welcome/DemoLauncher.h"
#include "ui/welcome/WelcomePage.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QGuiApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTextEdit>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

static void initShellResources()
{
    Q_INIT_RESOURCE(shell);
}

namespace pms {

namespace {
const QString kWelcome = QStringLiteral("welcome");
}

MainWindow::MainWindow(AppContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_ctx(context)
    , m_specs(PageRegistry::standardPages())
{
    initShellResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/app-logo.svg")));
    resize(1280, 820);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("pageStack"));
    m_welcome = new WelcomePage(m_stack);
    m_stack->addWidget(m_welcome);
    connect(m_welcome, &WelcomePage::connectRequested, this, [this] {
        showPage(QStringLiteral("settings"));
        if (auto *settings = qobject_cast<SettingsPage *>(pageWidget(QStringLiteral("settings"))))
            settings->addConnection();
    });
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::startDemo);

    buildSidebar();
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_syncStatus = new SyncStatusWidget(this);
    statusBar()->addPermanentWidget(m_syncStatus);
    if (m_ctx.sync && m_ctx.sync->teamMode()) // a shared PostgreSQL cache: other desks' runs, desks on it
        statusBar()->addPermanentWidget(new TeamStatusWidget(m_ctx, this));
    connect(m_syncStatus, &SyncStatusWidget::errorClicked, this, [this] {
        showPage(indexOf(QStringLiteral("activity")) >= 0 ? QStringLiteral("activity") : QStringLiteral("dashboard"));
    });

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(1000); // a sync applies many pages: refresh at most once a second
    connect(m_refreshTimer, &QTimer::timeout, this, &MainWindow::refreshCurrentPage);

    buildActions();
    connect(qApp, &QApplication::focusChanged, this, &MainWindow::updateFindAction);

    if (SyncController *sync = m_ctx.sync) {
        connect(m_syncStatus, &SyncStatusWidget::cancelRequested, sync, &SyncController::cancel);
        connect(sync, &SyncController::started, this, [this](qint64 id, SyncKind kind) {
            m_syncing = true;
            m_syncStatus->syncStarted(id, kind);
            updateActions();
        });
        connect(sync, &SyncController::progress, m_syncStatus, &SyncStatusWidget::showProgress);
        connect(sync, &SyncController::finished, this, [this](const SyncOutcome &o) {
            m_syncing = false;
            m_syncStatus->syncFinished(o);
            if (o.status == QLatin1String("failed"))
                statusBar()->showMessage(tr("Sync failed: %1").arg(o.error), 10000);
            else if (o.status == QLatin1String("cancelled"))
                statusBar()->showMessage(tr("Sync cancelled; what was synced so far is kept."), 10000);
            markAllStale();
            m_refreshTimer->start(0);
            updateActions();
        });
        connect(sync, &SyncController::cacheChanged, this, [this] {
            markAllStale();
            if (!m_refreshTimer->isActive())
                m_refreshTimer->start();
        });
        connect(sync, &SyncController::authenticationFailed, this, [this](qint64 id, const QString &message) {
            showPage(QStringLiteral("settings"));
            if (auto *settings = qobject_cast<SettingsPage *>(pageWidget(QStringLiteral("settings"))))
                settings->askForSecret(id, message);
        });
    }

    reloadConnections();
    restoreLayout();
    setConnection(m_ctx.connectionId);
}

MainWindow::~MainWindow()
{
    // The pages are destroyed after this body, and focus moves while they go: no slot of a
    // half-destroyed window may run.
    disconnect(qApp, &QApplication::focusChanged, this, &MainWindow::updateFindAction);
}

void MainWindow::buildSidebar()
{
    m_sidebar = new QListWidget(this);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSpacing(1);
    m_sidebar->setUniformItemSizes(true);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sidebar->setStyleSheet(QStringLiteral("QListWidget#sidebar { background: palette(window); padding-top: 8px; }"
                                            "QListWidget#sidebar::item { padding: 6px 10px; }"));
    int widest = 0;
    for (const PageSpec &spec : m_specs) {
        auto *item = new QListWidgetItem(QIcon(spec.iconPath), spec.title, m_sidebar);
        item->setData(Qt::UserRole, spec.id);
        item->setToolTip(spec.shortcut.isEmpty() ? spec.title
                                                 : QStringLiteral("%1 (%2)").arg(
                                                       spec.title, spec.shortcut.toString(QKeySequence::NativeText)));
        widest = qMax(widest, m_sidebar->fontMetrics().horizontalAdvance(spec.title));
    }
    m_sidebar->setFixedWidth(widest + 20 + 56);
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_specs.size())
            showPage(m_specs.at(row).id);
    });
}

void MainWindow::buildActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QMenu *goMenu = menuBar()->addMenu(tr("&Go"));
    QMenu *syncMenu = menuBar()->addMenu(tr("&Sync"));
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));

    QAction *quit = fileMenu->addAction(QIcon(QStringLiteral(":/icons/app-quit.svg")), tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QAction *copy = editMenu->addAction(tr("&Copy"), this, &MainWindow::copySelection);
    copy->setShortcut(QKeySequence::Copy);
    copy->setObjectName(QStringLiteral("copyAction")); // line edits still handle their own Ctrl+C first
    QAction *find = m_findAction = editMenu->addAction(QIcon(QStringLiteral(":/icons/app-search.svg")), tr("&Find"), this,
                                        &MainWindow::focusSearch);
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);

    for (const PageSpec &spec : m_specs) {
        QAction *a = goMenu->addAction(QIcon(spec.iconPath), spec.title, this, [this, id = spec.id] { showPage(id); });
        a->setObjectName(QStringLiteral("goto_") + spec.id);
        a->setShortcut(spec.shortcut);
        addAction(a); // shortcuts work while the menu bar is hidden, too
    }

    m_initialAction = syncMenu->addAction(tr("&Initial sync (everything)"), this, [this] { startSync(SyncKind::Initial); });
    m_incrementalAction = syncMenu->addAction(tr("I&ncremental sync (recent changes)"), this,
                                              [this] { startSync(SyncKind::Incremental); });
    m_leasesAction = syncMenu->addAction(tr("&Leases"), this, [this] { startSync(SyncKind::Leases); });
    syncMenu->addSeparator();
    m_cancelAction = syncMenu->addAction(QIcon(QStringLiteral(":/icons/app-cancel.svg")), tr("&Cancel sync"), this, [this] {
        if (m_ctx.sync)
            m_ctx.sync->cancel();
    });
    m_incrementalAction->setShortcut(QKeySequence(Qt::Key_F5));

    m_syncNowAction = new QAction(QIcon(QStringLiteral(":/icons/app-sync.svg")), tr("Sync now"), this);
    m_syncNowAction->setObjectName(QStringLiteral("syncNowAction"));
    m_syncNowAction->setToolTip(tr("Sync the recent changes now (F5); the arrow offers the other kinds"));
    connect(m_syncNowAction, &QAction::triggered, this, [this] {
        // A connection that never synced gets everything first; later, the recent changes.
        bool synced = false;
        if (m_ctx.db && m_ctx.connectionId > 0) {
            auto last = DashboardQueries(*m_ctx.db).lastSync(m_ctx.connectionId);
            synced = last.ok() && last->lastSuccessAt.isValid();
        }
        startSync(synced ? SyncKind::Incremental : SyncKind::Initial);
    });
    auto *syncMenuForButton = new QMenu(this);
    syncMenuForButton->addAction(m_initialAction);
    syncMenuForButton->addAction(m_incrementalAction);
    syncMenuForButton->addAction(m_leasesAction);

    QAction *about = helpMenu->addAction(tr("&About PMS Bridge"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setIconSize(QSize(20, 20));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_syncButton = new QToolButton(toolbar);
    m_syncButton->setObjectName(QStringLiteral("syncNowButton"));
    m_syncButton->setDefaultAction(m_syncNowAction);
    m_syncButton->setMenu(syncMenuForButton);
    m_syncButton->setPopupMode(QToolButton::MenuButtonPopup);
    m_syncButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addWidget(m_syncButton); // Cancel lives next to the progress, in the status bar

    auto *spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    m_connectionBox = new QComboBox(toolbar);
    m_connectionBox->setObjectName(QStringLiteral("connectionBox"));
    m_connectionBox->setToolTip(tr("The connection (PMS account) the screens show"));
    m_connectionBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_connectionBoxAction = toolbar->addWidget(m_connectionBox);
    connect(m_connectionBox, &QComboBox::activated, this, [this](int index) {
        setConnection(m_connectionBox->itemData(index).toLongLong());
    });
}

int MainWindow::indexOf(const QString &id) const
{
    for (int i = 0; i < m_specs.size(); ++i) {
        if (m_specs.at(i).id == id)
            return i;
    }
    return -1;
}

QStringList MainWindow::pageIds() const
{
    QStringList ids;
    for (const PageSpec &s : m_specs)
        ids << s.id;
    return ids;
}

QString MainWindow::currentPageId() const
{
    QWidget *w = m_stack->currentWidget();
    if (w == m_welcome)
        return kWelcome;
    for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it) {
        if (it.value() == w)
            return it.key();
    }
    return {};
}

AppPage *MainWindow::pageApi(const QString &id) const
{
    return m_pages.value(id) ? m_pageApis.value(id) : nullptr;
}

QWidget *MainWindow::pageWidget(const QString &id) const
{
    return m_pages.value(id).data();
}

bool MainWindow::showPage(const QString &id)
{
    if (id == kWelcome) {
        showWelcome();
        return true;
    }
    const int index = indexOf(id);
    if (index < 0)
        return false;
    QWidget *page = m_pages.value(id);
    if (!page) {
        const PageHandle made = m_specs.at(index).create(m_ctx, m_stack);
        page = made.widget;
        page->setObjectName(id + QStringLiteral("Page"));
        m_pages.insert(id, page);
        m_pageApis.insert(id, made.page);
        m_stack->addWidget(page);
        wirePage(id, page);
        m_stale.insert(id, false);
    } else if (m_stale.value(id)) {
        m_stale.insert(id, false);
        QPointer<QWidget> guard(page);
        AppPage *api = m_pageApis.value(id);
        // After the switch has painted: a refresh may take a moment to answer.
        QMetaObject::invokeMethod(
            this, [guard, api] {
                if (guard)
                    api->refresh();
            },
            Qt::QueuedConnection);
    }
    m_stack->setCurrentWidget(page);
    updateFindAction();
    {
        const QSignalBlocker block(m_sidebar);
        m_sidebar->setCurrentRow(index);
    }
    updateTitle();
    return true;
}

void MainWindow::showWelcome()
{
    m_stack->setCurrentWidget(m_welcome);
    updateFindAction();
    const QSignalBlocker block(m_sidebar);
    m_sidebar->clearSelection();
    m_sidebar->setCurrentRow(-1);
    updateTitle();
}

void MainWindow::wirePage(const QString &id, QWidget *page)
{
    if (auto *workOrders = qobject_cast<WorkOrdersPage *>(page)) {
        connect(workOrders, &WorkOrdersPage::secretNeeded, this, [this](qint64 connectionId, const QString &message) {
            showPage(QStringLiteral("settings"));
            if (auto *settings = qobject_cast<SettingsPage *>(pageWidget(QStringLiteral("settings"))))
                settings->askForSecret(connectionId, message);
        });
        return;
    }
    if (id != QLatin1String("settings"))
        return;
    auto *settings = qobject_cast<SettingsPage *>(page);
    if (!settings)
        return;
    connect(settings, &SettingsPage::connectionsChanged, this, [this] {
        reloadConnections();
        if (m_ctx.db && !ConnectionRepository(*m_ctx.db).get(m_ctx.connectionId).ok()) {
            auto first = ConnectionRepository(*m_ctx.db).defaultConnection();
            setConnection(first.ok() ? first->id : 0);
        } else {
            setConnection(m_ctx.connectionId);
        }
    });
    connect(settings, &SettingsPage::connectionSaved, this, [this](qint64 connectionId, bool created) {
        reloadConnections();
        if (created || m_ctx.connectionId == 0)
            setConnection(connectionId);
    });
}

void MainWindow::reloadConnections()
{
    const QSignalBlocker block(m_connectionBox);
    m_connectionBox->clear();
    if (!m_ctx.db)
        return;
    for (const ConnectionInfo &c : ConnectionRepository(*m_ctx.db).all())
        m_connectionBox->addItem(c.name.isEmpty() ? c.systemId : c.name, c.id);
    m_connectionBoxAction->setVisible(m_connectionBox->count() > 1);
    m_connectionBox->setCurrentIndex(m_connectionBox->findData(m_ctx.connectionId));
}

void MainWindow::setConnection(qint64 connectionId)
{
    const bool changed = m_ctx.connectionId != connectionId;
    m_ctx.connectionId = connectionId;
    {
        const QSignalBlocker block(m_connectionBox);
        m_connectionBox->setCurrentIndex(m_connectionBox->findData(connectionId));
    }
    reloadLastSync();
    updateActions();
    if (connectionId == 0) {
        const QString current = currentPageId();
        if (current.isEmpty() || current == QLatin1String("dashboard") || current == kWelcome)
            showWelcome();
        return;
    }
    if (m_welcome->isVisibleTo(this) || currentPageId() == kWelcome || currentPageId().isEmpty()) {
        QString last = QSettings().value(QStringLiteral("mainwindow/page")).toString();
        if (indexOf(last) < 0 || last == QLatin1String("settings"))
            last = QStringLiteral("dashboard");
        showPage(last);
    }
    if (changed) {
        markAllStale();
        refreshCurrentPage();
    }
    updateTitle();
}

void MainWindow::reloadLastSync()
{
    if (!m_ctx.db || m_ctx.connectionId == 0) {
        m_syncStatus->reset();
        return;
    }
    // Two indexed single-row queries: cheap enough for the GUI thread.
    auto info = DashboardQueries(*m_ctx.db).lastSync(m_ctx.connectionId);
    m_syncStatus->setLastSync(info.ok() ? info.value() : LastSyncInfo{});
}

void MainWindow::startSync(SyncKind kind)
{
    if (!m_ctx.sync || m_ctx.connectionId == 0)
        return;
    if (m_ctx.sync->isRunning() || m_syncing) {
        statusBar()->showMessage(tr("A sync is running already."), 5000);
        return;
    }
    if (!m_ctx.sync->hasSecret(m_ctx.connectionId)) {
        showPage(QStringLiteral("settings"));
        if (auto *settings = qobject_cast<SettingsPage *>(pageWidget(QStringLiteral("settings"))))
            settings->askForSecret(m_ctx.connectionId, tr("Enter the client secret of this connection to sync it."));
        return;
    }
    m_syncing = true;
    updateActions();
    m_syncStatus->syncStarted(m_ctx.connectionId, kind);
    m_ctx.sync->start(m_ctx.connectionId, kind, QStringLiteral("manual"));
}

void MainWindow::startDemo()
{
    if (!m_ctx.db)
        return;
    if (!ConnectionRepository(*m_ctx.db).all().isEmpty() || !DemoLauncher::cacheIsEmpty(*m_ctx.db)) {
        // This cache holds the user's own data: the demo gets a fresh cache in a new window.
        if (QProcess::startDetached(QCoreApplication::applicationFilePath(), {QStringLiteral("demo")}))
            statusBar()->showMessage(tr("The demo opens in a new window with its own cache."), 8000);
        else
            MessageBox::warning(this, tr("Demo"), tr("Could not start the demo. Run 'pmsbridge demo' in a terminal."));
        return;
    }
    if (!m_demo) {
        m_demo = new DemoLauncher(m_ctx, this);
        connect(m_demo, &DemoLauncher::ready, this, [this](qint64 id) {
            m_welcome->setDemoState(false);
            reloadConnections();
            if (auto *settings = qobject_cast<SettingsPage *>(pageWidget(QStringLiteral("settings"))))
                settings->reload();
            setConnection(id);
            showPage(QStringLiteral("dashboard"));
            statusBar()->showMessage(tr("Connected to the built-in simulator at %1.").arg(m_demo->baseUrl().toString()),
                                     8000);
            startSync(SyncKind::Initial);
        });
        connect(m_demo, &DemoLauncher::failed, this, [this](const QString &message) {
            m_welcome->setDemoState(false, message);
            statusBar()->showMessage(message, 10000);
        });
    }
    m_welcome->setDemoState(true);
    m_demo->start(m_demoOptions);
}

void MainWindow::updateFindAction()
{
    // A page with a Ctrl+F of its own (active while the focus is inside it) keeps it there: two
    // active shortcuts on one key would cancel each other out.
    QWidget *page = m_stack->currentWidget();
    QWidget *focus = QApplication::focusWidget();
    bool pageHasFind = false;
    if (page && focus && (page == focus || page->isAncestorOf(focus))) {
        const QKeySequence findKey(QKeySequence::Find);
        const QList<QAction *> actions = page->actions();
        pageHasFind = std::any_of(actions.cbegin(), actions.cend(),
                                  [&findKey](const QAction *a) { return a->shortcuts().contains(findKey); });
    }
    m_findAction->setEnabled(!pageHasFind);
}

void MainWindow::focusSearch()
{
    if (AppPage *page = pageApi(currentPageId()))
        page->focusSearch();
}

void MainWindow::refreshCurrentPage()
{
    reloadLastSync();
    const QString id = currentPageId();
    if (AppPage *page = pageApi(id)) {
        m_stale.insert(id, false);
        page->refresh();
    }
}

void MainWindow::markAllStale()
{
    for (auto it = m_stale.begin(); it != m_stale.end(); ++it)
        it.value() = true;
}

void MainWindow::updateActions()
{
    const bool canSync = m_ctx.sync && m_ctx.connectionId > 0 && !m_syncing;
    m_syncNowAction->setEnabled(canSync);
    m_syncButton->setEnabled(canSync);
    m_initialAction->setEnabled(canSync);
    m_incrementalAction->setEnabled(canSync);
    m_leasesAction->setEnabled(canSync);
    m_cancelAction->setEnabled(m_ctx.sync && m_syncing);
}

void MainWindow::updateTitle()
{
    QString title;
    const int index = indexOf(currentPageId());
    if (index >= 0)
        title = m_specs.at(index).title + QStringLiteral(" — ");
    if (m_connectionBox->currentIndex() >= 0 && m_ctx.connectionId > 0)
        title += m_connectionBox->currentText() + QStringLiteral(" — ");
    // The window system appends the application's display name to a title that does not end with
    // it ("… — PMS Bridge — PMS Bridge (demo)"): end with that name, so it is there once.
    const QString app = QGuiApplication::applicationDisplayName();
    setWindowTitle(title + (app.contains(QLatin1String("PMS Bridge")) ? app : tr("PMS Bridge")));
}

void MainWindow::copySelection()
{
    QWidget *focus = QApplication::focusWidget();
    if (auto *edit = qobject_cast<QLineEdit *>(focus)) {
        edit->copy();
    } else if (auto *text = qobject_cast<QTextEdit *>(focus)) {
        text->copy();
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(focus)) {
        plain->copy();
    } else if (auto *view = qobject_cast<QAbstractItemView *>(focus); view && view->model() && view->selectionModel()) {
        // Selected cells as tab-separated rows, so they paste into a spreadsheet as a table.
        QModelIndexList cells = view->selectionModel()->selectedIndexes();
        if (cells.isEmpty() && view->currentIndex().isValid())
            cells << view->currentIndex();
        std::sort(cells.begin(), cells.end(), [](const QModelIndex &a, const QModelIndex &b) {
            return a.row() != b.row() ? a.row() < b.row() : a.column() < b.column();
        });
        QString out;
        int row = -1;
        for (const QModelIndex &cell : std::as_const(cells)) {
            if (row >= 0)
                out += cell.row() == row ? QLatin1Char('\t') : QLatin1Char('\n');
            row = cell.row();
            out += cell.data(Qt::DisplayRole).toString().replace(QLatin1Char('\t'), QLatin1Char(' '));
        }
        if (!out.isEmpty())
            QApplication::clipboard()->setText(out);
    }
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainwindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainwindow/state")).toByteArray());
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainwindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainwindow/state"), saveState());
    const QString page = currentPageId();
    if (indexOf(page) >= 0)
        settings.setValue(QStringLiteral("mainwindow/page"), page);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_syncing && m_ctx.sync) {
        // The engine stops at the next page; the cache stays consistent and the next run resumes.
        m_ctx.sync->cancel();
    }
    saveLayout();
    event->accept();
}

} // namespace pms
