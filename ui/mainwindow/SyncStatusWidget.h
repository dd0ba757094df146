#pragma once

#include "storage/DashboardQueries.h"
#include "domain/SyncTypes.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace pms {

/// The status-bar part that shows a running sync ("Syncing units — page 12 of 100, 1,234
/// records/s, about 40 s left") with Cancel, the last sync time, and an error indicator that
/// asks the window to open Sync Activity when clicked.
class SyncStatusWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SyncStatusWidget(QWidget *parent = nullptr);

    /// The words of one progress report, formatted with the default QLocale.
    static QString describe(const SyncProgress &progress);

    bool isSyncing() const { return m_syncing; }
    QString progressText() const;
    QString lastSyncText() const;
    bool hasError() const;
    QString errorText() const;

public Q_SLOTS:
    void syncStarted(qint64 connectionId, pms::SyncKind kind);
    void showProgress(const pms::SyncProgress &progress);
    void syncFinished(const pms::SyncOutcome &outcome);
    /// What the cache says about the last run (at start-up, or after switching connection).
    void setLastSync(const pms::LastSyncInfo &info);
    void clearError();
    /// No connection: nothing to say about syncs.
    void reset();

Q_SIGNALS:
    void cancelRequested();
    void errorClicked();

private:
    void setLastSyncTime(const QDateTime &utc);
    void setError(const QString &summary, const QString &detail);

    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QToolButton *m_cancelButton = nullptr;
    QLabel *m_lastSyncLabel = nullptr;
    QToolButton *m_errorButton = nullptr;
    QLabel *m_errorReason = nullptr; // the reason on the bar (elided) and a Details link
    QString m_errorDetail;
    bool m_syncing = false;
};

} // namespace pms
