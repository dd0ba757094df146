#pragma once

#include "ui/common/AppPage.h"
#include "domain/ReconcileTypes.h"
#include "storage/ReconciliationQueries.h"
#include "ui/reconciliation/ReconcileCsvExport.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
template<typename T> class QFutureWatcher;

namespace pms {

struct AppContext;
class Database;
class DeactivationChartView;
class ReconcileItemsModel;
class ReconcilePreviewDialog;
class ReconcileReviewModel;
class ReconcileSnapshotsModel;

/// The Reconciliation screen (R13–R16): recent snapshots, the units of the selected one with
/// filters, Run now (a preview per property, then Confirm/Cancel), Restore, the units waiting for
/// review, CSV export of a snapshot's deactivated units (QSaveFile, off the GUI thread) and a chart
/// of deactivations per month. Reads run in QtConcurrent tasks with their own cache connection;
/// runs go through SyncController (the sync thread).
class ReconciliationPage : public QWidget, public AppPage
{
    Q_OBJECT
public:
    ReconciliationPage(AppContext &ctx, QWidget *parent = nullptr);
    ~ReconciliationPage() override;

    /// One load of the screen (what the background task returns).
    struct View
    {
        bool valid = false;
        QString error;
        bool itemsOnly = false;
        QList<ReconcileSnapshotRow> snapshots;
        qint64 snapshotId = 0; // whose items these are (0: none)
        QList<ReconcileItemRow> items;
        QList<ReconciliationQueries::ReviewRow> review;
        QList<ReconciliationQueries::MonthCount> months;
        ReconcileSnapshotRow pending; // newest snapshot when it waits for confirmation
        QList<ReconcileItemRow> pendingItems;
    };
    /// @p snapshotId < 0: the newest. Runs on the calling thread's connection.
    static View load(Database &db, qint64 connectionId, qint64 snapshotId, const QString &action,
        const QString &text, bool itemsOnly, const QDate &thisMonth);

    bool isLoading() const { return m_loading; }
    bool isExporting() const;
    qint64 selectedSnapshotId() const { return m_snapshotId; }
    void selectSnapshot(qint64 snapshotId);
    /// Item filters: text (property, unit, address, PMS id) and action ("" for all).
    void setFilter(const QString &text, const QString &action = {});
    /// Exports the selected snapshot (else the latest completed one) to @p path in the background.
    void exportTo(const QString &path);
    QString bannerText() const;

    ReconcileSnapshotsModel *snapshotsModel() const { return m_snapshots; }
    ReconcileItemsModel *itemsModel() const { return m_items; }
    ReconcileReviewModel *reviewModel() const { return m_review; }
    QTableView *snapshotsView() const { return m_snapshotsView; }
    QTableView *itemsView() const { return m_itemsView; }
    QTableView *reviewView() const { return m_reviewView; }
    DeactivationChartView *chartView() const { return m_chart; }
    /// The preview dialog while it is open (tests accept or reject it).
    ReconcilePreviewDialog *previewDialog() const;

public Q_SLOTS:
    void refresh() override;
    void focusSearch() override;
    /// Starts a preview run; its dialog opens when the PMS list has been read.
    void runNow();
    void restoreSelected();
    void restoreReviewSelected();
    void keepReviewSelected();
    /// Asks for a file name (non-modal dialog), then exportTo().
    void exportCsv();
    /// Opens the preview of the newest run stopped by the guard (R16) for confirmation.
    void reviewPending();

Q_SIGNALS:
    /// A load finished and the page shows it.
    void loaded();
    void exportFinished(bool ok, const QString &message);
    /// A run or confirmation started from this page ended.
    void runFinished(const pms::ReconcileOutcome &outcome);

private:
    void buildUi();
    void startLoad(bool itemsOnly);
    void apply(const View &view);
    void updateButtons();
    void setBanner(const QString &text, bool warning = false);
    void onReconcileFinished(const ReconcileOutcome &outcome);
    void showPreview(const ReconcileOutcome &preview);
    void restoreUnits(const QList<qint64> &unitIds);
    QList<qint64> selectedUnitIds(QTableView *view, int role, bool restorableOnly) const;

    AppContext &m_ctx;
    ReconcileSnapshotsModel *m_snapshots = nullptr;
    ReconcileItemsModel *m_items = nullptr;
    ReconcileReviewModel *m_review = nullptr;
    QTableView *m_snapshotsView = nullptr;
    QTableView *m_itemsView = nullptr;
    QTableView *m_reviewView = nullptr;
    DeactivationChartView *m_chart = nullptr;
    QLabel *m_banner = nullptr;
    QPushButton *m_bannerButton = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_itemsTitle = nullptr;
    QLabel *m_reviewTitle = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_action = nullptr;
    QPushButton *m_runNow = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_reviewRestore = nullptr;
    QPushButton *m_reviewKeep = nullptr;
    QTimer *m_filterTimer = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QFutureWatcher<ReconcileCsvExport::Result> *m_exportWatcher = nullptr;
    QPointer<ReconcilePreviewDialog> m_dialog;

    qint64 m_snapshotId = -1; // -1: follow the newest
    int m_fullToken = 0;
    int m_itemsToken = 0;
    bool m_loading = false;
    bool m_waitingPreview = false;
    qint64 m_confirming = 0; // snapshot being confirmed
    View m_view;
};

} // namespace pms
