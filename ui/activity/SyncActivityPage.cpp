#include "SyncActivityPage.h"

#include "models/ModelIcons.h"
#include "models/SyncExclusionsModel.h"
#include "models/SyncRunsModel.h"
#include "storage/DataScreenQueries.h"
#include "ui/activity/RunChart.h"
#include "ui/common/AppContext.h"
#include "ui/common/ReadTask.h"
#include "ui/table/DataTableView.h"
#include "ui/table/TablePanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

namespace pms {

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}

} // namespace

SyncActivityPage::SyncActivityPage(AppContext &ctx, QWidget *parent)
    : QWidget(parent), m_ctx(ctx)
{
    m_runs = new SyncRunsModel(ctx.dbPath, this);
    m_exclusions = new SyncExclusionsModel(ctx.dbPath, this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 8);

    auto *chartBox = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(heading(tr("Recent runs"), chartBox));
    m_chart = new RunChart(chartBox);
    chartLayout->addWidget(m_chart, 1);

    auto *runsBox = new QWidget(this);
    auto *runsLayout = new QVBoxLayout(runsBox);
    runsLayout->setContentsMargins(0, 6, 0, 0);
    runsLayout->addWidget(heading(tr("Every run"), runsBox));
    m_runsPanel = new TablePanel(m_runs, QStringLiteral("sync-runs"), runsBox);
    m_runsPanel->setSearchPlaceholder(tr("Search kind, result, error"));
    m_runsPanel->setExportName(QStringLiteral("sync-runs.csv"));
    m_runsPanel->view()->setEmptyTexts(tr("No sync has run yet — run a sync from the toolbar."), tr("No run matches the search and filters."));
    m_runsPanel->setCountText([](qint64 matching, qint64 total, bool filtered) {
        const int n = int(std::min<qint64>(total, INT_MAX));
        if (filtered)
            return tr("%L1 of %Ln runs", nullptr, n).arg(matching);
        return total == 1 ? tr("1 run") : tr("%Ln runs", nullptr, n);
    });
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_kind->addItem(tr("All kinds"), QString());
    for (const char *k : {"initial", "incremental", "properties_residents", "leases", "push", "reconciliation"})
        m_kind->addItem(SyncRunsModel::kindLabel(QString::fromLatin1(k)), QString::fromLatin1(k));
    m_result = new QComboBox(this);
    m_result->setObjectName(QStringLiteral("resultFilter"));
    m_result->addItem(tr("All results"), QString());
    for (const char *s : {"succeeded", "failed", "cancelled", "running"})
        m_result->addItem(ModelIcons::get(SyncRunsModel::statusIcon(QString::fromLatin1(s))),
                          SyncRunsModel::statusLabel(QString::fromLatin1(s)), QString::fromLatin1(s));
    m_runsPanel->addFilterWidget(m_kind);
    m_runsPanel->addFilterWidget(m_result);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &SyncActivityPage::applyRunFilters);
    connect(m_result, &QComboBox::currentIndexChanged, this, &SyncActivityPage::applyRunFilters);
    m_runsPanel->setExtraClear(
        [this] {
            const QSignalBlocker a(m_kind), b(m_result);
            m_kind->setCurrentIndex(0);
            m_result->setCurrentIndex(0);
            applyRunFilters();
        },
        [this] { return m_kind->currentIndex() > 0 || m_result->currentIndex() > 0; });
    runsLayout->addWidget(m_runsPanel, 1);
    m_runDetail = new QLabel(runsBox);
    m_runDetail->setObjectName(QStringLiteral("runDetail"));
    m_runDetail->setWordWrap(true);
    m_runDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_runDetail->setText(tr("Select a run to see its counts per record type."));
    runsLayout->addWidget(m_runDetail);

    auto *exclusionsBox = new QWidget(this);
    auto *exLayout = new QVBoxLayout(exclusionsBox);
    exLayout->setContentsMargins(0, 6, 0, 0);
    exLayout->addWidget(heading(tr("Why didn't this sync?"), exclusionsBox));
    m_exclusionsPanel = new TablePanel(m_exclusions, QStringLiteral("sync-exclusions"), exclusionsBox);
    m_exclusionsPanel->setSearchPlaceholder(tr("Search a name, a PMS ID or a reason"));
    m_exclusionsPanel->setExportName(QStringLiteral("sync-exclusions.csv"));
    m_exclusionsPanel->view()->setEmptyTexts(tr("Nothing was left out — every record the PMS sent was synced."),
                                             tr("No exclusion matches the search and filters."));
    m_exclusionsPanel->setCountText([](qint64 matching, qint64 total, bool filtered) {
        const int n = int(std::min<qint64>(total, INT_MAX));
        if (filtered)
            return tr("%L1 of %Ln records left out", nullptr, n).arg(matching);
        return total == 1 ? tr("1 record left out") : tr("%Ln records left out", nullptr, n);
    });
    m_selectedRunOnly = new QCheckBox(tr("Selected run only"), this);
    m_selectedRunOnly->setObjectName(QStringLiteral("selectedRunOnly"));
    m_exclusionsPanel->addFilterWidget(m_selectedRunOnly);
    connect(m_selectedRunOnly, &QCheckBox::toggled, this, &SyncActivityPage::applyExclusionFilter);
    m_exclusionsPanel->setExtraClear(
        [this] {
            const QSignalBlocker a(m_selectedRunOnly);
            m_selectedRunOnly->setChecked(false);
            applyExclusionFilter();
        },
        [this] { return m_selectedRunOnly->isChecked(); });
    exLayout->addWidget(m_exclusionsPanel, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(chartBox);
    splitter->addWidget(runsBox);
    splitter->addWidget(exclusionsBox);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 3);
    layout->addWidget(splitter, 1);

    connect(m_runsPanel->view(), &DataTableView::currentIdChanged, this, &SyncActivityPage::showRun);
    refresh();
}

void SyncActivityPage::applyRunFilters()
{
    const QString kind = m_kind->currentData().toString();
    const QString result = m_result->currentData().toString();
    m_runs->setValueFilter(QStringLiteral("kind"), kind.isEmpty() ? QVariantList{} : QVariantList{kind});
    m_runs->setValueFilter(QStringLiteral("status"), result.isEmpty() ? QVariantList{} : QVariantList{result});
    m_runsPanel->updateCount();
}

void SyncActivityPage::applyExclusionFilter()
{
    const bool only = m_selectedRunOnly->isChecked() && m_runId > 0;
    m_exclusions->setValueFilter(QStringLiteral("run_id"), only ? QVariantList{m_runId} : QVariantList{});
    m_exclusionsPanel->updateCount();
}

void SyncActivityPage::showRun(qint64 runId, int row)
{
    Q_UNUSED(row)
    m_runId = runId;
    applyExclusionFilter();
    if (runId < 0) {
        m_runDetail->setText(tr("Select a run to see its counts per record type."));
        return;
    }
    using Counts = QList<DataScreenQueries::EntityCount>;
    runRead<Counts>(
        this, m_ctx.dbPath, [runId](Database &db) { return DataScreenQueries::runCounts(db, runId); },
        [this, runId](const Counts &counts) {
            if (runId != m_runId)
                return;
            QStringList parts;
            for (const auto &c : counts) {
                parts << tr("<b>%1</b>: %L2 created, %L3 updated, %L4 unchanged, %L5 skipped, %L6 failed")
                             .arg(SyncExclusionsModel::entityLabel(c.entity).toHtmlEscaped())
                             .arg(c.created)
                             .arg(c.updated)
                             .arg(c.unchanged)
                             .arg(c.skipped)
                             .arg(c.failed);
            }
            m_runDetail->setText(parts.isEmpty() ? tr("Run %1 recorded no counts.").arg(runId)
                                                 : tr("Run %1 — ").arg(runId) + parts.join(QStringLiteral(" · ")));
        });
}

void SyncActivityPage::loadChart()
{
    const qint64 connection = m_connectionId;
    using Runs = QList<DataScreenQueries::RunPoint>;
    runRead<Runs>(
        this, m_ctx.dbPath, [connection](Database &db) { return DataScreenQueries::runHistory(db, connection, 60); },
        [this](const Runs &runs) { m_chart->setRuns(runs); });
}

void SyncActivityPage::refresh()
{
    if (m_connectionId != m_ctx.connectionId) {
        m_connectionId = m_ctx.connectionId;
        m_runs->setConnectionId(m_connectionId);
        m_exclusions->setConnectionId(m_connectionId);
        m_runs->reload();
        m_exclusions->reload();
    } else {
        m_runs->refresh();
        m_exclusions->refresh();
    }
    loadChart();
}

void SyncActivityPage::focusSearch()
{
    m_exclusionsPanel->focusSearch();
}

} // namespace pms
