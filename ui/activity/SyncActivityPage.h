#pragma once

#include "ui/common/AppPage.h"
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;

namespace pms {

struct AppContext;
class RunChart;
class SyncExclusionsModel;
class SyncRunsModel;
class TablePanel;

/// Sync Activity: every run with its counts and error, a chart of run durations and records
/// per run, and the exclusion reasons — searchable, to answer "why didn't this sync?".
class SyncActivityPage : public QWidget, public AppPage
{
    Q_OBJECT
public:
    explicit SyncActivityPage(AppContext &ctx, QWidget *parent = nullptr);

    SyncRunsModel *runsModel() const { return m_runs; }
    SyncExclusionsModel *exclusionsModel() const { return m_exclusions; }
    TablePanel *runsPanel() const { return m_runsPanel; }
    TablePanel *exclusionsPanel() const { return m_exclusionsPanel; }
    RunChart *chart() const { return m_chart; }

public Q_SLOTS:
    void refresh() override;
    /// Ctrl+F searches the exclusions: the question this screen answers.
    void focusSearch() override;

private:
    void applyRunFilters();
    void applyExclusionFilter();
    void showRun(qint64 runId, int row);
    void loadChart();

    AppContext &m_ctx;
    SyncRunsModel *m_runs;
    SyncExclusionsModel *m_exclusions;
    TablePanel *m_runsPanel;
    TablePanel *m_exclusionsPanel;
    RunChart *m_chart;
    QLabel *m_runDetail;
    QComboBox *m_kind;
    QComboBox *m_result;
    QCheckBox *m_selectedRunOnly;
    qint64 m_runId = -1;
    qint64 m_connectionId = -1;
};

} // namespace pms
