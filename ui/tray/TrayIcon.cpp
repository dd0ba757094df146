#include "TrayIcon.h"

#include "sync/SyncController.h"
#include "ui/mainwindow/MainWindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QIcon>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSystemTrayIcon>

namespace pms {

namespace {
const QString kIdleIcon = QStringLiteral(":/icons/app-logo.svg");
const QString kSyncIcon = QStringLiteral(":/icons/app-sync.svg");
const QString kErrorIcon = QStringLiteral(":/icons/app-error.svg");
} // namespace

TrayIcon::TrayIcon(MainWindow *window, SyncController *sync, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_sync(sync)
{
    m_state = tr("Idle");
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon(kIdleIcon), this);
        m_menu = new QMenu;
        m_menu->addAction(tr("Show PMS Bridge"), this, &TrayIcon::showWindow);
        if (m_window && m_window->syncNowAction())
            m_menu->addAction(m_window->syncNowAction());
        m_menu->addSeparator();
        m_menu->addAction(QIcon(QStringLiteral(":/icons/app-quit.svg")), tr("Quit"), this, &TrayIcon::quit);
        m_tray->setContextMenu(m_menu);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                showWindow();
        });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            showWindow();
            if (m_window && !m_pendingPage.isEmpty() && !m_window->showPage(m_pendingPage))
                m_window->showPage(QStringLiteral("dashboard"));
        });
        m_tray->setToolTip(toolTip());
        m_tray->show();
    }
    if (m_sync) {
        connect(m_sync, &SyncController::started, this, &TrayIcon::onStarted);
        connect(m_sync, &SyncController::finished, this, &TrayIcon::onFinished);
        connect(m_sync, &SyncController::reconciliationFinished, this, &TrayIcon::onReconciliationFinished);
    }
    if (m_window)
        m_window->installEventFilter(this);
}

TrayIcon::~TrayIcon()
{
    delete m_menu;
}

TrayIcon::CloseChoice TrayIcon::closeChoice()
{
    const QString value = QSettings().value(closeWhileSyncingKey()).toString();
    if (value == QLatin1String("tray"))
        return CloseChoice::KeepInTray;
    if (value == QLatin1String("stop"))
        return CloseChoice::StopAndClose;
    return CloseChoice::Ask;
}

void TrayIcon::setCloseChoice(CloseChoice choice)
{
    QSettings settings;
    switch (choice) {
    case CloseChoice::Ask: settings.remove(closeWhileSyncingKey()); break;
    case CloseChoice::KeepInTray: settings.setValue(closeWhileSyncingKey(), QStringLiteral("tray")); break;
    case CloseChoice::StopAndClose: settings.setValue(closeWhileSyncingKey(), QStringLiteral("stop")); break;
    }
}

bool TrayIcon::isVisible() const
{
    return m_tray && m_tray->isVisible();
}

QString TrayIcon::toolTip() const
{
    return tr("PMS Bridge: %1").arg(m_state);
}

void TrayIcon::showWindow()
{
    if (!m_window)
        return;
    if (m_window->isMinimized())
        m_window->showNormal();
    else
        m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

bool TrayIcon::eventFilter(QObject *watched, QEvent *event)
{
    // Closing while a sync runs: the window would cancel it, so decide before it sees the event.
    if (watched == m_window && event->type() == QEvent::Close && !m_closing && m_sync && m_sync->isRunning()) {
        CloseChoice choice = closeChoice();
        if (choice == CloseChoice::KeepInTray && !isVisible())
            choice = CloseChoice::Ask;
        if (choice == CloseChoice::StopAndClose)
            return false;
        event->ignore();
        if (choice == CloseChoice::KeepInTray)
            applyCloseChoice(choice);
        else
            askOnClose();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void TrayIcon::askOnClose()
{
    if (m_question) {
        m_question->raise();
        return;
    }
    // Window-modal and open(), not exec(): no nested event loop while the sync thread reports.
    auto *box = new QMessageBox(QMessageBox::Question, tr("A sync is running"),
                                tr("A sync is running. Keep it running in the tray, or stop it and close?"),
                                QMessageBox::NoButton, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *keep = nullptr;
    if (isVisible())
        keep = box->addButton(tr("Keep Running in the Tray"), QMessageBox::AcceptRole);
    QPushButton *stop = box->addButton(tr("Stop the Sync and Close"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(keep ? keep : stop);
    auto *remember = new QCheckBox(tr("Do not ask again"), box);
    box->setCheckBox(remember);
    connect(box, &QMessageBox::finished, this, [this, box, keep, stop, remember] {
        const QAbstractButton *clicked = box->clickedButton();
        if (clicked != keep && clicked != stop)
            return;
        const CloseChoice choice = clicked == keep ? CloseChoice::KeepInTray : CloseChoice::StopAndClose;
        if (remember->isChecked())
            setCloseChoice(choice);
        applyCloseChoice(choice);
    });
    m_question = box;
    box->open();
}

void TrayIcon::applyCloseChoice(CloseChoice choice)
{
    if (!m_window)
        return;
    if (choice == CloseChoice::KeepInTray) {
        m_window->hide();
        notify(tr("PMS Bridge is still syncing"), tr("The sync goes on in the background. Click the tray icon to open the window."),
               QString(), false);
        return;
    }
    m_closing = true;
    m_window->close();
    m_closing = false;
}

void TrayIcon::quit()
{
    m_closing = true;
    if (m_window)
        m_window->close(); // cancels a running sync and saves the layout
    QApplication::quit();
}

void TrayIcon::updateState(const QString &iconPath, const QString &state)
{
    m_state = state;
    if (m_tray) {
        m_tray->setIcon(QIcon(iconPath));
        m_tray->setToolTip(toolTip());
    }
}

void TrayIcon::onStarted()
{
    updateState(kSyncIcon, tr("Syncing…"));
}

void TrayIcon::onFinished(const SyncOutcome &outcome)
{
    if (outcome.kind == SyncKind::Reconciliation)
        return; // onReconciliationFinished() says what happened
    if (outcome.status == QLatin1String("failed")) {
        updateState(kErrorIcon, tr("Last sync failed"));
        notify(tr("Sync failed"), outcome.error.isEmpty() ? tr("See Sync Activity for the reason.") : outcome.error,
               QStringLiteral("activity"), true);
    } else if (outcome.status == QLatin1String("cancelled")) {
        updateState(kIdleIcon, tr("Last sync cancelled"));
    } else {
        updateState(kIdleIcon, tr("Synced at %1").arg(QLocale().toString(outcome.finishedAt.toLocalTime().time(), QLocale::ShortFormat)));
        if (m_window && m_window->isHidden())
            notify(tr("Sync finished"), tr("PMS Bridge is still running in the tray."), QStringLiteral("activity"), false);
    }
}

void TrayIcon::onReconciliationFinished(const ReconcileOutcome &outcome)
{
    if (outcome.unitsDeactivated > 0) {
        updateState(kIdleIcon, tr("Reconciliation deactivated %n unit(s)", nullptr, outcome.unitsDeactivated));
        notify(tr("Units deactivated"),
               tr("Reconciliation deactivated %n unit(s) that the PMS no longer lists.", nullptr, outcome.unitsDeactivated),
               QStringLiteral("reconciliation"), false);
    } else if (outcome.status == QLatin1String("needs_confirmation")) {
        updateState(kErrorIcon, tr("Reconciliation needs your confirmation"));
        notify(tr("Reconciliation stopped"), outcome.guardReason, QStringLiteral("reconciliation"), true);
    } else if (outcome.status == QLatin1String("failed") || outcome.status == QLatin1String("aborted")) {
        updateState(kErrorIcon, tr("Reconciliation failed"));
        notify(tr("Reconciliation failed"), outcome.error, QStringLiteral("reconciliation"), true);
    } else {
        updateState(kIdleIcon, tr("Idle"));
    }
}

void TrayIcon::notify(const QString &title, const QString &message, const QString &page, bool warning)
{
    m_pendingPage = page;
    if (m_tray && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(title, message, warning ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
    Q_EMIT notified(title, message, page);
}

} // namespace pms
