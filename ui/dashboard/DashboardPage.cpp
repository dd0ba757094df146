#include "DashboardPage.h"

#include "common/CacheEvents.h"

#include "ui/common/FlowLayout.h"

#include "ui/common/AppContext.h"
#include "common/Clock.h"
#include "connectors/ConnectorRegistry.h"
#include "storage/ConnectionRepository.h"
#include "storage/Database.h"
#include "storage/ScheduleRepository.h"
#include "sync/Scheduler.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QFrame>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QProgressBar>
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QBarSet>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace pms {

namespace {

QString number(qint64 n)
{
    return QLocale().toString(n);
}

QString stateTitle(const QString &state)
{
    if (state == QLatin1String("synced"))
        return DashboardPage::tr("Synced");
    if (state == QLatin1String("pending"))
        return DashboardPage::tr("Pending");
    if (state == QLatin1String("failed"))
        return DashboardPage::tr("Failed");
    return DashboardPage::tr("Not synced");
}

QColor stateColor(const QString &state)
{
    if (state == QLatin1String("synced"))
        return QColor(0x2e, 0x7d, 0x32);
    if (state == QLatin1String("pending"))
        return QColor(0xf9, 0xa8, 0x25);
    if (state == QLatin1String("failed"))
        return QColor(0xc6, 0x28, 0x28);
    return QColor(0x9e, 0x9e, 0x9e);
}

QString statusTitle(const QString &status)
{
    if (status == QLatin1String("succeeded"))
        return DashboardPage::tr("Succeeded");
    if (status == QLatin1String("failed"))
        return DashboardPage::tr("Failed");
    if (status == QLatin1String("cancelled"))
        return DashboardPage::tr("Cancelled");
    if (status == QLatin1String("running"))
        return DashboardPage::tr("Running");
    return status;
}

QChartView *makeChartView(QWidget *parent, const QString &objectName)
{
    auto *chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *view = new QChartView(chart, parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(280);
    return view;
}

} // namespace

DashboardPage::DashboardPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_ctx(context)
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(14);

    m_pmsLabel = new QLabel(content);
    m_pmsLabel->setObjectName(QStringLiteral("dashboardPmsLabel"));
    m_pmsLabel->setWordWrap(true);
    layout->addWidget(m_pmsLabel);
    m_banner = new QLabel(content);
    m_banner->setObjectName(QStringLiteral("dashboardBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff4e5; color: #663c00; border: 1px solid #ffb74d;"
                                           " border-radius: 4px; padding: 8px; }"));
    m_banner->hide();
    layout->addWidget(m_banner);

    m_errorLabel = new QLabel(content);
    m_errorLabel->setObjectName(QStringLiteral("dashboardError"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    // Cards flow: six in a row on a wide window, two rows of three (or more rows) on a laptop.
    auto *cards = new FlowLayout(nullptr, 12, 12);
    cards->setStretchItems(true);
    addCard(QStringLiteral("properties"), tr("Properties"), 0, 0);
    addCard(QStringLiteral("units"), tr("Active units"), 0, 1);
    addCard(QStringLiteral("residents"), tr("Residents"), 0, 2);
    addCard(QStringLiteral("leases"), tr("Active leases"), 0, 3);
    addCard(QStringLiteral("workorders"), tr("Work orders"), 0, 4);
    addCard(QStringLiteral("unlinked"), tr("Unlinked work orders"), 0, 5);
    for (const QString &key : {QStringLiteral("properties"), QStringLiteral("units"), QStringLiteral("residents"),
                               QStringLiteral("leases"), QStringLiteral("workorders"), QStringLiteral("unlinked")})
        cards->addWidget(m_values.value(key)->parentWidget());
    layout->addLayout(cards);

    auto *coverage = new QGroupBox(tr("Mapping coverage"), content);
    auto *coverageLayout = new QVBoxLayout(coverage);
    m_coverageBar = new QProgressBar(coverage);
    m_coverageBar->setObjectName(QStringLiteral("coverageBar"));
    m_coverageBar->setTextVisible(true);
    m_coverageBar->setFormat(QStringLiteral("%p %"));
    m_coverageLabel = new QLabel(coverage);
    m_coverageLabel->setObjectName(QStringLiteral("coverageLabel"));
    coverageLayout->addWidget(m_coverageBar);
    coverageLayout->addWidget(m_coverageLabel);
    layout->addWidget(coverage);

    auto *runsBox = new QGroupBox(tr("Runs"), content);
    auto *runsLayout = new QVBoxLayout(runsBox);
    m_runs = new QTableWidget(0, 5, runsBox);
    m_runs->setObjectName(QStringLiteral("runsTable"));
    m_runs->setHorizontalHeaderLabels({tr("Job"), tr("Last run"), tr("Result"), tr("Next run"), tr("Schedule")});
    m_runs->verticalHeader()->hide();
    m_runs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_runs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runs->setFocusPolicy(Qt::StrongFocus);
    m_runs->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_runs->horizontalHeader()->setStretchLastSection(true);
    m_runs->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_runs->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    runsLayout->addWidget(m_runs);
    layout->addWidget(runsBox);

    auto *charts = new QHBoxLayout;
    m_runsChartView = makeChartView(content, QStringLiteral("recordsPerRunChart"));
    m_statesChartView = makeChartView(content, QStringLiteral("workOrderStatesChart"));
    charts->addWidget(m_runsChartView, 3);
    charts->addWidget(m_statesChartView, 2);
    layout->addLayout(charts);

    m_updatedLabel = new QLabel(content);
    m_updatedLabel->setEnabled(false);
    layout->addWidget(m_updatedLabel);
    layout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    m_watcher = new QFutureWatcher<DashboardSnapshot>(this);
    connect(m_watcher, &QFutureWatcher<DashboardSnapshot>::finished, this, [this] {
        m_loading = false;
        const DashboardSnapshot s = m_watcher->result();
        if (m_reloadPending || s.connectionId != m_ctx.connectionId) {
            m_reloadPending = false;
            refresh(); // the result is stale: something changed while it was read
            return;
        }
        apply(s);
    });
    connect(CacheEvents::instance(), &CacheEvents::changed, this, &DashboardPage::refresh);
    refresh();
}

DashboardPage::~DashboardPage()
{
    m_watcher->waitForFinished();
}

QLabel *DashboardPage::addCard(const QString &key, const QString &title, int, int column)
{
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("card_") + key);
    card->setFrameShape(QFrame::StyledPanel);
    card->setMinimumWidth(150);
    auto *l = new QVBoxLayout(card);
    l->setContentsMargins(12, 10, 12, 10);
    l->setSpacing(2);
    auto *caption = new QLabel(title, card);
    caption->setWordWrap(true);
    auto *value = new QLabel(QStringLiteral("–"), card);
    value->setObjectName(QStringLiteral("value_") + key);
    QFont f = value->font();
    f.setPointSizeF(f.pointSizeF() * 2.0);
    f.setBold(true);
    value->setFont(f);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setProperty("column", column);
    auto *detail = new QLabel(card);
    detail->setObjectName(QStringLiteral("detail_") + key);
    detail->setEnabled(false);
    detail->setWordWrap(true);
    l->addWidget(caption);
    l->addWidget(value);
    l->addWidget(detail);
    l->addStretch();
    m_values.insert(key, value);
    m_details.insert(key, detail);
    return value;
}

QString DashboardPage::cardValue(const QString &key) const
{
    QLabel *l = m_values.value(key);
    return l ? l->text() : QString();
}

DashboardSnapshot DashboardPage::load(const QString &dbPath, qint64 connectionId)
{
    DashboardSnapshot s;
    s.connectionId = connectionId;
    auto db = Database::open(dbPath);
    if (!db.ok()) {
        s.error = db.errorMessage();
        return s;
    }
    Database &d = *db.value();
    auto data = DashboardQueries(d).load(connectionId);
    if (!data.ok()) {
        s.error = data.errorMessage();
        return s;
    }
    s.data = data.value();
    if (connectionId > 0) {
        if (auto c = ConnectionRepository(d).get(connectionId); c.ok())
            s.connection = c.value();
        if (auto specs = ScheduleRepository(d).specs(connectionId); specs.ok())
            s.schedules = specs.value();
        if (auto last = ScheduleRepository(d).lastRuns(connectionId); last.ok())
            s.lastSuccess = last.value();
    }
    return s;
}

void DashboardPage::refresh()
{
    if (m_loading) {
        m_reloadPending = true;
        return;
    }
    m_loading = true;
    const QString path = m_ctx.dbPath.isEmpty() && m_ctx.db ? m_ctx.db->path() : m_ctx.dbPath;
    const qint64 id = m_ctx.connectionId;
    m_watcher->setFuture(QtConcurrent::run([path, id] { return DashboardPage::load(path, id); }));
}

void DashboardPage::apply(const DashboardSnapshot &s)
{
    m_snapshot = s;
    m_errorLabel->setVisible(!s.error.isEmpty());
    m_errorLabel->setText(tr("The dashboard cannot read the cache: %1").arg(s.error));
    const DashboardData &d = s.data;

    m_values.value(QStringLiteral("properties"))->setText(number(d.properties));
    m_values.value(QStringLiteral("units"))->setText(number(d.unitsActive));
    m_details.value(QStringLiteral("units"))->setText(tr("%1 inactive").arg(number(d.unitsInactive)));
    m_values.value(QStringLiteral("residents"))->setText(number(d.residents));
    m_details.value(QStringLiteral("residents"))->setText(tr("%1 active").arg(number(d.residentsActive)));
    m_values.value(QStringLiteral("leases"))->setText(number(d.leasesActive));
    m_values.value(QStringLiteral("workorders"))->setText(number(d.workOrders));
    m_details.value(QStringLiteral("workorders"))
        ->setText(tr("%1 pending, %2 failed")
                      .arg(number(d.workOrdersByState.value(QStringLiteral("pending"))),
                           number(d.workOrdersByState.value(QStringLiteral("failed")))));
    m_values.value(QStringLiteral("unlinked"))->setText(number(d.workOrdersUnlinked));
    m_details.value(QStringLiteral("unlinked"))->setText(tr("property or unit not in the cache"));

    if (d.unitsActive > 0) {
        // QProgressBar takes ints: scale to per-mille so a million units still fit.
        m_coverageBar->setRange(0, 1000);
        m_coverageBar->setValue(int(d.mappedActiveUnits * 1000 / d.unitsActive));
        m_coverageBar->setFormat(QStringLiteral("%1 %").arg(QLocale().toString(100.0 * double(d.mappedActiveUnits) / double(d.unitsActive), 'f', 1)));
        m_coverageLabel->setText(tr("%1 of %2 active PMS units are mapped to a platform unit; %3 are not.")
                                     .arg(number(d.mappedActiveUnits), number(d.unitsActive),
                                          number(d.unitsActive - d.mappedActiveUnits)));
    } else {
        m_coverageBar->setRange(0, 1);
        m_coverageBar->setValue(0);
        m_coverageBar->setFormat(tr("No active units"));
        m_coverageLabel->setText(tr("Units appear here after the first sync."));
    }

    // R5: work-order sync is off while the integration email is not the PMS user's.
    const ConnectionInfo &c = s.connection;
    m_pmsLabel->setVisible(c.id > 0);
    m_pmsLabel->setText(tr("%1 — a %2 connection (%3)")
                            .arg(c.name, ConnectorRegistry::displayName(c.pms), c.baseUrl.host()));
    const bool mismatch = !c.pmsUserEmail.isEmpty()
        && c.pmsUserEmail.compare(c.integrationEmail, Qt::CaseInsensitive) != 0;
    m_banner->setVisible(mismatch);
    if (mismatch)
        m_banner->setText(tr("Work-order sync is off for %1: the integration email in Settings (%2) is not the "
                             "email of the PMS user (%3). Change one of them so they match.")
                              .arg(c.name, c.integrationEmail.isEmpty() ? tr("empty") : c.integrationEmail,
                                   c.pmsUserEmail));

    applyRuns(s);
    applyCharts(s);
    m_updatedLabel->setText(tr("Updated %1").arg(QLocale().toString(QDateTime::currentDateTime().time(), QLocale::ShortFormat)));
    Q_EMIT loaded();
}

void DashboardPage::applyRuns(const DashboardSnapshot &s)
{
    struct Row
    {
        QString kind;
        std::optional<ScheduledJob> job;
    };
    const QList<Row> rows = {{QStringLiteral("initial"), std::nullopt},
                             {QStringLiteral("incremental"), ScheduledJob::Incremental},
                             {QStringLiteral("properties_residents"), ScheduledJob::PropertiesResidents},
                             {QStringLiteral("leases"), ScheduledJob::Leases},
                             {QStringLiteral("reconciliation"), ScheduledJob::Reconciliation},
                             {QStringLiteral("push"), std::nullopt}};
    const QDateTime now = Clock::instance()->nowUtc();
    m_runs->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const Row &row = rows.at(r);
        const JobRunInfo last = s.data.lastRun(row.kind);
        const auto kind = syncKindFromName(row.kind);
        QString title = kind ? syncKindTitle(*kind) : row.kind;
        QString lastText = last.runId ? runTimeText(last.startedAt).combined : tr("Never");
        QString result = last.runId ? statusTitle(last.status) : QString();
        QString next = tr("On demand");
        QString schedule = row.kind == QLatin1String("initial") ? tr("Once per connection, or from Sync now")
                                                                : tr("When work orders change");
        if (row.job) {
            const ScheduleSpec spec = s.schedules.value(*row.job, ScheduleSpec::defaultFor(*row.job));
            schedule = spec.enabled ? spec.describe() : tr("Off");
            QDateTime when;
            if (m_ctx.scheduler && m_ctx.scheduler->connectionIds().contains(s.connectionId))
                when = m_ctx.scheduler->nextRunUtc(s.connectionId, *row.job);
            else if (spec.enabled)
                when = nextRun(spec, now);
            next = !spec.enabled ? tr("Off") : when.isValid() && when <= now ? tr("Due now") : runTimeText(when).combined;
            if (s.connectionId == 0)
                next = tr("No connection");
        }
        auto set = [this, r](int column, const QString &text, const QString &tip = {}) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(tip.isEmpty() ? text : tip);
            m_runs->setItem(r, column, item);
        };
        QString resultTip = last.error;
        if (row.job && last.runId == 0 && s.lastSuccess.value(*row.job).isValid()) {
            // Never ran on its own, but an initial or incremental sync brought it up to date.
            lastText = runTimeText(s.lastSuccess.value(*row.job)).combined;
            result = tr("Covered");
            resultTip = tr("Brought up to date by another sync (the initial sync covers every job).");
        }
        set(0, title);
        set(1, lastText, last.runId ? runTimeText(last.startedAt).utc : QString());
        set(2, result, resultTip);
        if (last.status == QLatin1String("failed"))
            m_runs->item(r, 2)->setForeground(QColor(0xc6, 0x28, 0x28));
        set(3, next);
        set(4, schedule);
    }
    m_runs->resizeColumnsToContents();
    m_runs->horizontalHeader()->setSectionResizeMode(m_runs->columnCount() - 1, QHeaderView::Stretch);
    int height = m_runs->horizontalHeader()->height() + 2 * m_runs->frameWidth();
    for (int r = 0; r < m_runs->rowCount(); ++r)
        height += m_runs->rowHeight(r);
    m_runs->setFixedHeight(height);
}

void DashboardPage::applyCharts(const DashboardSnapshot &s)
{
    QChart *runs = m_runsChartView->chart();
    runs->removeAllSeries();
    for (QAbstractAxis *axis : runs->axes())
        runs->removeAxis(axis);
    const int runCount = int(s.data.recentRuns.size());
    runs->setTitle(runCount == 0   ? tr("Records per run: no runs yet")
                   : runCount == 1 ? tr("Records per run (the only run so far)")
                                   : tr("Records per run (last %n runs)", nullptr, runCount));
    if (!s.data.recentRuns.isEmpty()) {
        auto *series = new QStackedBarSeries;
        struct Part
        {
            QString name;
            QColor color;
            qint64 RunRecordCounts::*field;
        };
        const QList<Part> parts = {{tr("Created"), QColor(0x19, 0x76, 0xd2), &RunRecordCounts::created},
                                   {tr("Updated"), QColor(0x64, 0xb5, 0xf6), &RunRecordCounts::updated},
                                   {tr("Unchanged"), QColor(0xb0, 0xbe, 0xc5), &RunRecordCounts::unchanged},
                                   {tr("Skipped"), QColor(0xff, 0xb7, 0x4d), &RunRecordCounts::skipped},
                                   {tr("Failed"), QColor(0xc6, 0x28, 0x28), &RunRecordCounts::failed}};
        QStringList categories;
        qint64 maxTotal = 0;
        for (const RunRecordCounts &r : s.data.recentRuns) {
            // Category names must be unique (a bar axis merges equal ones): the run id leads.
            categories << tr("#%1 %2").arg(r.runId).arg(QLocale().toString(r.startedAt.toLocalTime(), QStringLiteral("d/M HH:mm")));
            maxTotal = qMax(maxTotal, r.created + r.updated + r.unchanged + r.skipped + r.failed);
        }
        for (const Part &p : parts) {
            auto *set = new QBarSet(p.name);
            set->setColor(p.color);
            set->setBorderColor(p.color);
            for (const RunRecordCounts &r : s.data.recentRuns)
                *set << double(r.*(p.field));
            series->append(set);
        }
        runs->addSeries(series);
        auto *x = new QBarCategoryAxis;
        x->append(categories);
        x->setLabelsAngle(categories.size() > 8 ? -60 : 0);
        QFont small = x->labelsFont();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        x->setLabelsFont(small);
        runs->addAxis(x, Qt::AlignBottom);
        series->attachAxis(x);
        auto *y = new QValueAxis;
        y->setLabelFormat(QStringLiteral("%d"));
        // Whole numbers only: a run still at zero records gets a 0..5 scale, not "0 0 0 0 1".
        y->setRange(0, double(qMax<qint64>(maxTotal, 5)));
        y->applyNiceNumbers();
        y->setMinorTickCount(0);
        runs->addAxis(y, Qt::AlignLeft);
        series->attachAxis(y);
    }

    QChart *states = m_statesChartView->chart();
    states->removeAllSeries();
    states->setTitle(s.data.workOrders ? tr("Work orders by sync state") : tr("Work orders by sync state: none yet"));
    if (s.data.workOrders > 0) {
        auto *pie = new QPieSeries;
        pie->setHoleSize(0.35);
        for (const QString &state : DashboardQueries::syncStates()) {
            const qint64 n = s.data.workOrdersByState.value(state);
            if (n == 0)
                continue;
            QPieSlice *slice = pie->append(QStringLiteral("%1: %2").arg(stateTitle(state), number(n)), double(n));
            slice->setColor(stateColor(state));
            slice->setBorderColor(Qt::white);
        }
        states->addSeries(pie);
        states->legend()->setAlignment(Qt::AlignRight);
    }
}

} // namespace pms
