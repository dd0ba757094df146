#pragma once

#include "ui/common/AppPage.h"
#include "common/ConnectionInfo.h"
#include "storage/DashboardQueries.h"
#include "domain/ScheduleSpec.h"

#include <QHash>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QProgressBar;
class QTableWidget;
template<typename T>
class QFutureWatcher;

namespace pms {

struct AppContext;

/// What one dashboard load reads (off the GUI thread, on the thread's own Database).
struct DashboardSnapshot
{
    QString error;
    qint64 connectionId = 0;
    DashboardData data;
    ConnectionInfo connection;
    QHash<ScheduledJob, ScheduleSpec> schedules;
    QHash<ScheduledJob, QDateTime> lastSuccess; // per job, also when another run covered it
};

/// The dashboard: counts, mapping coverage, last and next run of every job (local time and
/// UTC), records per run and work orders by sync state. Loads in a QtConcurrent task with its own
/// cache connection; a load that returns after a newer one started is dropped.
class DashboardPage : public QWidget, public AppPage
{
    Q_OBJECT
public:
    DashboardPage(AppContext &context, QWidget *parent = nullptr);
    ~DashboardPage() override;

    /// Reads everything synchronously on @p dbPath (what the background task runs).
    static DashboardSnapshot load(const QString &dbPath, qint64 connectionId);

    const DashboardSnapshot &snapshot() const { return m_snapshot; }
    bool isLoading() const { return m_loading; }
    /// The number shown on a card: properties, units, residents, leases, workorders, unlinked.
    QString cardValue(const QString &key) const;

public Q_SLOTS:
    void refresh() override;
    void focusSearch() override {}

Q_SIGNALS:
    /// A load finished and the page shows its result.
    void loaded();

private:
    void apply(const DashboardSnapshot &snapshot);
    void applyRuns(const DashboardSnapshot &s);
    void applyCharts(const DashboardSnapshot &s);
    QLabel *addCard(const QString &key, const QString &title, int row, int column);

    AppContext &m_ctx;
    DashboardSnapshot m_snapshot;
    QFutureWatcher<DashboardSnapshot> *m_watcher = nullptr;
    bool m_loading = false;
    bool m_reloadPending = false;
    QHash<QString, QLabel *> m_values;
    QHash<QString, QLabel *> m_details;
    QLabel *m_banner = nullptr;
    QLabel *m_pmsLabel = nullptr; // which PMS the connection is (issue 19)
    QLabel *m_errorLabel = nullptr;
    QLabel *m_updatedLabel = nullptr;
    QProgressBar *m_coverageBar = nullptr;
    QLabel *m_coverageLabel = nullptr;
    QTableWidget *m_runs = nullptr;
    QChartView *m_runsChartView = nullptr;
    QChartView *m_statesChartView = nullptr;
};

} // namespace pms
