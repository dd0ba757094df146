#pragma once

#include "domain/ReconcileTypes.h"
#include "domain/SyncTypes.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QMessageBox;
class QSystemTrayIcon;

namespace pms {

class MainWindow;
class SyncController;

/// The app in the system tray (when the desktop has one): the sync state in its icon and tooltip,
/// a notification when a sync fails or reconciliation deactivates units (clicking it opens Sync
/// Activity or Reconciliation), and what closing the window does while a sync runs: ask, keep
/// running in the tray, or stop the sync and close (the QSettings key closeWhileSyncingKey()).
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    enum class CloseChoice { Ask, KeepInTray, StopAndClose };

    TrayIcon(MainWindow *window, SyncController *sync, QObject *parent = nullptr);
    ~TrayIcon() override;

    static QString closeWhileSyncingKey() { return QStringLiteral("window/closeWhileSyncing"); }
    static CloseChoice closeChoice();
    static void setCloseChoice(CloseChoice choice);

    /// False when the desktop has no system tray: then no icon and closing stops the sync as before.
    bool isVisible() const;
    /// The page a click on the last notification opens ("" when none).
    QString pendingPage() const { return m_pendingPage; }
    QString toolTip() const;

public Q_SLOTS:
    /// Shows, raises and focuses the window (tray click, a second launch).
    void showWindow();

Q_SIGNALS:
    /// A notification was shown (tests read it; desktops without a tray still get the signal).
    void notified(const QString &title, const QString &message, const QString &page);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onStarted();
    void onFinished(const pms::SyncOutcome &outcome);
    void onReconciliationFinished(const pms::ReconcileOutcome &outcome);
    void notify(const QString &title, const QString &message, const QString &page, bool warning);
    void askOnClose();
    void applyCloseChoice(CloseChoice choice);
    void quit();
    void updateState(const QString &iconPath, const QString &state);

    QPointer<MainWindow> m_window;
    QPointer<SyncController> m_sync;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QPointer<QMessageBox> m_question;
    QString m_pendingPage;
    QString m_state;
    bool m_closing = false;
};

} // namespace pms
