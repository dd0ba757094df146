#include "ReconciliationPage.h"

#include "common/CacheEvents.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "sync/SyncController.h"
#include "ui/common/AppContext.h"
#include "ui/common/ReadTask.h"
#include "ui/reconciliation/DeactivationChartView.h"
#include "models/reconciliation/ReconcileItemsModel.h"
#include "ui/reconciliation/ReconcilePreviewDialog.h"
#include "models/reconciliation/ReconcileReviewModel.h"
#include "models/reconciliation/ReconcileSnapshotsModel.h"

#include <QComboBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace pms {

namespace {

QTableView *makeTable(QWidget *parent, const QString &name, QAbstractItemModel *model)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    label->setFont(f);
    return label;
}

} // namespace

ReconciliationPage::ReconciliationPage(AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
{
    qRegisterMetaType<pms::ReconcileCsvExport::Result>();
    registerReconcileMetaTypes();
    setObjectName(QStringLiteral("reconciliationPage"));
    m_snapshots = new ReconcileSnapshotsModel(this);
    m_items = new ReconcileItemsModel(this);
    m_review = new ReconcileReviewModel(this);
    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(250);
    connect(m_filterTimer, &QTimer::timeout, this, [this] { startLoad(true); });
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(1000);
    connect(m_refreshTimer, &QTimer::timeout, this, &ReconciliationPage::refresh);
    buildUi();

    m_exportWatcher = new QFutureWatcher<ReconcileCsvExport::Result>(this);
    connect(m_exportWatcher, &QFutureWatcher<ReconcileCsvExport::Result>::finished, this, [this] {
        const ReconcileCsvExport::Result r = m_exportWatcher->result();
        const QString message = r.ok
            ? numerus(tr("%n unit(s) exported to %1.", nullptr, int(r.rows)), int(r.rows)).arg(r.path)
            : tr("The export failed: %1").arg(r.error);
        setBanner(message, !r.ok);
        updateButtons();
        Q_EMIT exportFinished(r.ok, message);
    });

    if (m_ctx.sync) {
        connect(m_ctx.sync, &SyncController::reconciliationFinished, this,
            &ReconciliationPage::onReconcileFinished);
        connect(m_ctx.sync, &SyncController::progress, this, [this](const SyncProgress &p) {
            if (p.kind != SyncKind::Reconciliation || !m_waitingPreview)
                return;
            m_status->setText(p.pagesTotal > 0
                    ? tr("Reading the PMS unit list: page %1 of %2\u2026").arg(p.pagesDone).arg(p.pagesTotal)
                    : tr("Reading the PMS unit list\u2026"));
        });
        // Syncs and scheduled runs change what this screen shows.
        connect(m_ctx.sync, &SyncController::cacheChanged, m_refreshTimer, qOverload<>(&QTimer::start));
    }
    // A run recorded or confirmed, units restored (here, in the scheduler or on the command line).
    connect(CacheEvents::instance(), &CacheEvents::changed, this, [this](CacheEvents::Tables tables) {
        if (tables & (CacheEvents::Reconciliation | CacheEvents::Units))
            refresh();
    });
    refresh();
}

ReconciliationPage::~ReconciliationPage()
{
    if (m_exportWatcher->isRunning())
        m_exportWatcher->waitForFinished(); // the task writes a file we named; let it finish cleanly
}

void ReconciliationPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8);

    auto *top = new QHBoxLayout;
    auto *title = new QLabel(tr("Reconciliation"), this);
    QFont tf = title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.5);
    tf.setBold(true);
    title->setFont(tf);
    top->addWidget(title);
    auto *explain = new QLabel(
        tr("Units the PMS no longer lists are deactivated once a month; nothing is deleted."), this);
    explain->setStyleSheet(QStringLiteral("color: palette(mid);"));
    top->addWidget(explain, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("runStatus"));
    top->addWidget(m_status);
    m_runNow = new QPushButton(QIcon(QStringLiteral(":/icons/app-sync.svg")), tr("Run now\u2026"), this);
    m_runNow->setObjectName(QStringLiteral("runNowButton"));
    m_runNow->setToolTip(tr("Compare with the PMS now and preview what would be deactivated"));
    connect(m_runNow, &QPushButton::clicked, this, &ReconciliationPage::runNow);
    top->addWidget(m_runNow);
    m_export
        = new QPushButton(QIcon(QStringLiteral(":/icons/table-export.svg")), tr("Export CSV\u2026"), this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setToolTip(tr("The units the selected run deactivated (or the latest run's), as CSV"));
    connect(m_export, &QPushButton::clicked, this, &ReconciliationPage::exportCsv);
    top->addWidget(m_export);
    layout->addLayout(top);

    auto *bannerRow = new QHBoxLayout;
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->hide();
    bannerRow->addWidget(m_banner, 1);
    m_bannerButton = new QPushButton(tr("Review and confirm\u2026"), this);
    m_bannerButton->setObjectName(QStringLiteral("reviewPendingButton"));
    m_bannerButton->hide();
    connect(m_bannerButton, &QPushButton::clicked, this, &ReconciliationPage::reviewPending);
    bannerRow->addWidget(m_bannerButton);
    layout->addLayout(bannerRow);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 4, 0);
    leftLayout->addWidget(sectionTitle(tr("Recent runs"), left));
    m_snapshotsView = makeTable(left, QStringLiteral("snapshotsView"), m_snapshots);
    m_snapshotsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_snapshotsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    leftLayout->addWidget(m_snapshotsView, 1);
    m_chart = new DeactivationChartView(left);
    leftLayout->addWidget(m_chart, 1);
    connect(m_snapshotsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            if (!current.isValid())
                return;
            const qint64 id = current.data(ReconcileSnapshotsModel::SnapshotIdRole).toLongLong();
            if (id != m_snapshotId) {
                m_snapshotId = id;
                startLoad(true);
            }
        });

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(4, 0, 0, 0);
    m_itemsTitle = sectionTitle(tr("Units of the selected run"), right);
    rightLayout->addWidget(m_itemsTitle);
    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit(right);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Filter by property, unit, address or PMS id"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    filters->addWidget(m_search, 1);
    m_action = new QComboBox(right);
    m_action->setObjectName(QStringLiteral("actionFilter"));
    m_action->addItem(tr("Everything"), QString());
    for (const char *a : { "deactivated", "would_deactivate", "reappeared", "restored" })
        m_action->addItem(ReconcileItemsModel::actionText(QLatin1String(a)), QString::fromLatin1(a));
    connect(m_action, &QComboBox::currentIndexChanged, this, [this] { startLoad(true); });
    filters->addWidget(m_action);
    rightLayout->addLayout(filters);
    m_itemsView = makeTable(right, QStringLiteral("itemsView"), m_items);
    m_itemsView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_itemsView->horizontalHeader()->setStretchLastSection(false);
    m_itemsView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_itemsView->horizontalHeader()->setSectionResizeMode(ReconcileItemsModel::Address, QHeaderView::Stretch);
    m_itemsView->setColumnWidth(ReconcileItemsModel::Property, 170);
    m_itemsView->setColumnWidth(ReconcileItemsModel::Unit, 130);
    m_itemsView->setColumnWidth(ReconcileItemsModel::When, 125);
    m_itemsView->setColumnWidth(ReconcileItemsModel::Action, 115);
    m_itemsView->setColumnWidth(ReconcileItemsModel::Now, 70);
    connect(m_itemsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ReconciliationPage::updateButtons);
    rightLayout->addWidget(m_itemsView, 3);
    auto *itemButtons = new QHBoxLayout;
    itemButtons->addStretch(1);
    m_restore = new QPushButton(tr("Restore selected"), right);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setToolTip(tr("Make the selected deactivated units active again (logged on their property)"));
    connect(m_restore, &QPushButton::clicked, this, &ReconciliationPage::restoreSelected);
    itemButtons->addWidget(m_restore);
    rightLayout->addLayout(itemButtons);

    m_reviewTitle = sectionTitle(tr("Needs review"), right);
    rightLayout->addWidget(m_reviewTitle);
    auto *reviewHint
        = new QLabel(tr("Deactivated by reconciliation and listed in the PMS again: they stay inactive "
                        "until you decide."),
            right);
    reviewHint->setWordWrap(true);
    rightLayout->addWidget(reviewHint);
    m_reviewView = makeTable(right, QStringLiteral("reviewView"), m_review);
    m_reviewView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_reviewView->horizontalHeader()->setStretchLastSection(false);
    m_reviewView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_reviewView->horizontalHeader()->setSectionResizeMode(
        ReconcileReviewModel::Address, QHeaderView::Stretch);
    m_reviewView->setColumnWidth(ReconcileReviewModel::Property, 170);
    m_reviewView->setColumnWidth(ReconcileReviewModel::Unit, 130);
    m_reviewView->setColumnWidth(ReconcileReviewModel::DeactivatedAt, 125);
    connect(m_reviewView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ReconciliationPage::updateButtons);
    rightLayout->addWidget(m_reviewView, 1);
    auto *reviewButtons = new QHBoxLayout;
    reviewButtons->addStretch(1);
    m_reviewKeep = new QPushButton(tr("Keep deactivated"), right);
    m_reviewKeep->setObjectName(QStringLiteral("reviewKeepButton"));
    connect(m_reviewKeep, &QPushButton::clicked, this, &ReconciliationPage::keepReviewSelected);
    reviewButtons->addWidget(m_reviewKeep);
    m_reviewRestore = new QPushButton(tr("Restore"), right);
    m_reviewRestore->setObjectName(QStringLiteral("reviewRestoreButton"));
    connect(m_reviewRestore, &QPushButton::clicked, this, &ReconciliationPage::restoreReviewSelected);
    reviewButtons->addWidget(m_reviewRestore);
    rightLayout->addLayout(reviewButtons);

    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);
    updateButtons();
}

ReconciliationPage::View ReconciliationPage::load(Database &db, qint64 connectionId, qint64 snapshotId,
    const QString &action, const QString &text, bool itemsOnly, const QDate &thisMonth)
{
    View v;
    v.valid = true;
    v.itemsOnly = itemsOnly;
    if (connectionId <= 0)
        return v;
    ReconciliationQueries q(db);
    if (!itemsOnly) {
        auto snapshots = q.recentSnapshots(connectionId);
        auto review = q.needsReview(connectionId);
        auto months = q.deactivationsPerMonth(connectionId, thisMonth, 12);
        if (!snapshots.ok() || !review.ok() || !months.ok()) {
            v.error = !snapshots.ok() ? snapshots.errorMessage()
                                      : (!review.ok() ? review.errorMessage() : months.errorMessage());
            return v;
        }
        v.snapshots = snapshots.value();
        v.review = review.value();
        v.months = months.value();
        if (!v.snapshots.isEmpty() && v.snapshots.first().status == QLatin1String("needs_confirmation")) {
            v.pending = v.snapshots.first();
            auto pending
                = ReconciliationRepository(db).items(v.pending.id, QStringLiteral("would_deactivate"));
            if (pending.ok())
                v.pendingItems = pending.value();
        }
    }
    if (snapshotId < 0) {
        auto newest = ReconciliationRepository(db).newestSnapshotId(connectionId);
        snapshotId = newest.ok() ? newest.value() : 0;
    }
    v.snapshotId = snapshotId;
    if (snapshotId > 0) {
        auto items = q.items(snapshotId, action, text);
        if (!items.ok()) {
            v.error = items.errorMessage();
            return v;
        }
        v.items = items.value();
    }
    return v;
}

void ReconciliationPage::refresh()
{
    startLoad(false);
}

void ReconciliationPage::startLoad(bool itemsOnly)
{
    // Two tokens: a filter change must not throw away the snapshot list of a full load in flight,
    // and a result older than the newest request of its kind is dropped.
    if (!itemsOnly)
        ++m_fullToken;
    const int fullToken = m_fullToken;
    const int itemsToken = ++m_itemsToken;
    m_loading = true;
    const qint64 connectionId = m_ctx.connectionId;
    qint64 snapshotId = m_snapshotId;
    // On the newest run (or none): a run that finished since takes its place, so the units shown
    // are never those of an earlier preview.
    if (!itemsOnly && (snapshotId <= 0 || (!m_snapshots->rows().isEmpty() && m_snapshots->rows().first().id == snapshotId)))
        snapshotId = -1;
    const QString action = m_action->currentData().toString();
    const QString text = m_search->text();
    const QDate thisMonth = Clock::instance()->nowUtc().date();
    runRead<View>(
        this, m_ctx.dbPath,
        [=](Database &db) { return load(db, connectionId, snapshotId, action, text, itemsOnly, thisMonth); },
        [this, itemsOnly, fullToken, itemsToken](const View &view) {
            const bool fullCurrent = !itemsOnly && m_fullToken == fullToken;
            const bool itemsCurrent = m_itemsToken == itemsToken;
            if (!fullCurrent && !itemsCurrent)
                return;
            View v = view;
            if (!itemsCurrent) { // keep the items a newer request will bring
                v.itemsOnly = false;
                v.items = m_view.items;
                v.snapshotId = m_view.snapshotId;
            } else if (!fullCurrent) {
                v.itemsOnly = true;
            }
            if (itemsCurrent)
                m_loading = false;
            apply(v);
        });
}

void ReconciliationPage::apply(const View &v)
{
    if (!v.valid)
        setBanner(tr("Cannot open the cache %1.").arg(m_ctx.dbPath), true);
    else if (!v.error.isEmpty())
        setBanner(tr("Cannot read the reconciliation history: %1").arg(v.error), true);
    if (!v.itemsOnly && v.valid) {
        const QList<ReconcileItemRow> keepItems = m_view.items;
        const qint64 keepId = m_view.snapshotId;
        m_view = v;
        m_view.items = keepItems;
        m_view.snapshotId = keepId;
        m_snapshots->setRows(v.snapshots);
        m_review->setRows(v.review);
        m_chart->setMonths(v.months);
        m_reviewTitle->setText(
            v.review.isEmpty() ? tr("Needs review") : tr("Needs review (%1)").arg(v.review.size()));
        if (v.pending.id > 0) {
            setBanner(tr("The run of %1 stopped before deactivating anything: %2")
                          .arg(QLocale().toString(v.pending.startedAt.toLocalTime(), QLocale::ShortFormat),
                              v.pending.error),
                true);
            m_bannerButton->show();
        } else {
            m_bannerButton->hide();
        }
        if (m_ctx.connectionId <= 0)
            setBanner(tr("No PMS connection yet: add one in Settings, then reconciliation can run."));
    }
    if (v.valid) {
        m_view.items = v.items;
        m_view.snapshotId = v.snapshotId;
        m_snapshotId = v.snapshotId > 0 ? v.snapshotId : -1;
        const int row = m_snapshots->rowOf(v.snapshotId);
        if (row >= 0) {
            const QSignalBlocker block(m_snapshotsView->selectionModel());
            m_snapshotsView->selectionModel()->setCurrentIndex(
                m_snapshots->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            const ReconcileSnapshotRow &s = m_snapshots->rows().at(row);
            m_itemsTitle->setText(
                tr("Units of the run of %1 (%2, %3)")
                    .arg(QLocale().toString(s.startedAt.toLocalTime(), QLocale::ShortFormat),
                        ReconcileSnapshotsModel::triggerText(s.trigger).toLower(),
                        ReconcileSnapshotsModel::statusText(s.status).toLower()));
        } else {
            m_itemsTitle->setText(m_snapshots->rowCount() == 0 ? tr("No reconciliation has run yet")
                                                               : tr("Units of the selected run"));
        }
        m_items->setRows(v.items);
    }
    updateButtons();
    Q_EMIT loaded();
}

void ReconciliationPage::updateButtons()
{
    const bool connected = m_ctx.connectionId > 0;
    m_runNow->setEnabled(connected && m_ctx.sync && !m_waitingPreview && m_confirming == 0 && !m_dialog);
    m_export->setEnabled(connected && !isExporting());
    m_restore->setEnabled(!selectedUnitIds(m_itemsView, ReconcileItemsModel::UnitIdRole, true).isEmpty());
    const bool review = !selectedUnitIds(m_reviewView, ReconcileReviewModel::UnitIdRole, false).isEmpty();
    m_reviewRestore->setEnabled(review);
    m_reviewKeep->setEnabled(review);
}

void ReconciliationPage::setBanner(const QString &text, bool warning)
{
    m_banner->setText(text);
    m_banner->setStyleSheet(warning
            ? QStringLiteral("QLabel { background: #fff4e5; border: 1px solid #f0b36a; "
                             "border-radius: 4px; padding: 6px; color: #6b3e00; }")
            : QStringLiteral("QLabel { background: #e8f1fb; border: 1px solid #9cc3eb; "
                             "border-radius: 4px; padding: 6px; color: #123d66; }"));
    m_banner->setVisible(!text.isEmpty());
}

QString ReconciliationPage::bannerText() const
{
    return m_banner->isVisibleTo(const_cast<ReconciliationPage *>(this)) ? m_banner->text() : QString();
}

bool ReconciliationPage::isExporting() const
{
    return m_exportWatcher && m_exportWatcher->isRunning();
}

void ReconciliationPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ReconciliationPage::selectSnapshot(qint64 snapshotId)
{
    m_snapshotId = snapshotId;
    startLoad(true);
}

void ReconciliationPage::setFilter(const QString &text, const QString &action)
{
    {
        const QSignalBlocker a(m_search);
        const QSignalBlocker b(m_action);
        m_search->setText(text);
        m_action->setCurrentIndex(qMax(0, m_action->findData(action)));
    }
    m_filterTimer->stop();
    startLoad(true);
}

QList<qint64> ReconciliationPage::selectedUnitIds(QTableView *view, int role, bool restorableOnly) const
{
    QList<qint64> ids;
    if (!view || !view->selectionModel())
        return ids;
    for (const QModelIndex &i : view->selectionModel()->selectedRows()) {
        if (restorableOnly && !i.data(ReconcileItemsModel::RestorableRole).toBool())
            continue;
        const qint64 id = i.data(role).toLongLong();
        if (id > 0 && !ids.contains(id))
            ids << id;
    }
    return ids;
}

} // namespace pms
