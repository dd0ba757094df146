#pragma once

#include "ui/mainwindow/PageRegistry.h"
#include "ui/welcome/DemoLauncher.h"
#include "domain/SyncTypes.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QComboBox;
class QListWidget;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace pms {

struct AppContext;
class SettingsPage;
class SyncStatusWidget;
class WelcomePage;

/// The main window: a sidebar of screens (PageRegistry) over a QStackedWidget whose pages are
/// created when first shown, the "Sync now" toolbar button, the sync progress in the status bar,
/// and the welcome page while the cache has no connection. It owns nothing in the AppContext.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AppContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Ids of the screens in the sidebar, in order.
    QStringList pageIds() const;
    /// The screen shown now: a page id, or "welcome".
    QString currentPageId() const;
    /// The page widget once it was created (nullptr before it was first shown).
    QWidget *pageWidget(const QString &id) const;
    SyncStatusWidget *syncStatus() const { return m_syncStatus; }
    WelcomePage *welcomePage() const { return m_welcome; }
    QAction *syncNowAction() const { return m_syncNowAction; }
    /// What the welcome page's Demo starts (tests use a tiny simulator without live changes).
    void setDemoOptions(const DemoLauncher::Options &options) { m_demoOptions = options; }

public Q_SLOTS:
    /// Shows a screen (creating it on first use); false for an unknown id.
    bool showPage(const QString &id);
    void showWelcome();
    /// Makes @p connectionId the connection the screens show (0: none) and refreshes them.
    void setConnection(qint64 connectionId);
    /// Starts a sync of the shown connection (asks for the secret in Settings when missing).
    void startSync(pms::SyncKind kind);
    /// Starts the in-process simulator, connects to it and runs the initial sync.
    void startDemo();
    /// Ctrl+F: the current page's focusSearch().
    void focusSearch();
    void refreshCurrentPage();
    void showAbout();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildSidebar();
    void restoreLayout();
    void saveLayout();
    void wirePage(const QString &id, QWidget *page);
    void reloadConnections();
    void updateActions();
    void updateTitle();
    void reloadLastSync();
    void markAllStale();
    void copySelection();
    void updateFindAction();
    int indexOf(const QString &id) const;

    AppContext &m_ctx;
    QList<PageSpec> m_specs;
    QHash<QString, QPointer<QWidget>> m_pages;
    QHash<QString, AppPage *> m_pageApis; // the same screens, as the window talks to them
    /// The screen @p id when it exists and was not destroyed, else null.
    AppPage *pageApi(const QString &id) const;
    QHash<QString, bool> m_stale;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_stack = nullptr;
    WelcomePage *m_welcome = nullptr;
    SyncStatusWidget *m_syncStatus = nullptr;
    QComboBox *m_connectionBox = nullptr;
    QAction *m_connectionBoxAction = nullptr;
    QToolButton *m_syncButton = nullptr;
    QAction *m_syncNowAction = nullptr;
    QAction *m_initialAction = nullptr;
    QAction *m_incrementalAction = nullptr;
    QAction *m_leasesAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_findAction = nullptr;
    QTimer *m_refreshTimer = nullptr;
    DemoLauncher *m_demo = nullptr;
    DemoLauncher::Options m_demoOptions;
    bool m_syncing = false;
};

} // namespace pms
