// ReconciliationPage: the actions (Run now, the preview dialog, Restore, review, Export CSV).
#include "ReconciliationPage.h"
#include "common/Clock.h"
#include "reconcile/Reconciler.h"
#include "sync/SyncController.h"
#include "ui/common/AppContext.h"
#include "ui/common/MessageBox.h"
#include "models/reconciliation/ReconcileItemsModel.h"
#include "ui/reconciliation/ReconcilePreviewDialog.h"
#include "models/reconciliation/ReconcileReviewModel.h"

#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QLabel>
#include <QStandardPaths>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>

namespace pms {

namespace {

// A preview rebuilt from a stored snapshot (a scheduled run the guard stopped).
ReconcileOutcome outcomeOf(const ReconcileSnapshotRow &s, const QList<ReconcileItemRow> &items)
{
    ReconcileOutcome o;
    o.connectionId = s.connectionId;
    o.snapshotId = s.id;
    o.mode = ReconcileMode::Apply;
    o.status = s.status;
    o.unitsChecked = s.unitsChecked;
    o.guardReason = s.status == QLatin1String("needs_confirmation") ? s.error : QString();
    QHash<qint64, int> index;
    for (const ReconcileItemRow &r : items) {
        if (r.action != QLatin1String("would_deactivate"))
            continue;
        ++o.unitsToDeactivate;
        auto it = index.constFind(r.pmsPropertyId);
        if (it == index.cend()) {
            ReconcilePropertySummary p;
            p.pmsPropertyId = r.pmsPropertyId;
            p.propertyName = r.propertyName;
            o.properties.append(p);
            it = index.insert(r.pmsPropertyId, int(o.properties.size()) - 1);
        }
        ReconcileUnit u;
        u.id = r.unitId;
        u.pmsId = r.pmsUnitId;
        u.pmsPropertyId = r.pmsPropertyId;
        u.propertyName = r.propertyName;
        u.unitName = r.unitName;
        u.address = r.address;
        o.properties[*it].missing.append(u);
    }
    o.pmsUnits = o.unitsChecked - o.unitsToDeactivate;
    return o;
}

} // namespace

void ReconciliationPage::runNow()
{
    if (!m_ctx.sync) {
        setBanner(tr("Reconciliation needs the sync engine, which is not running in this window."), true);
        return;
    }
    if (m_ctx.connectionId <= 0) {
        setBanner(tr("No PMS connection yet: add one in Settings, then reconciliation can run."), true);
        return;
    }
    if (!m_ctx.sync->hasSecret(m_ctx.connectionId)) {
        MessageBox::warning(this, tr("Run reconciliation"),
            tr("The client secret of this connection is not available in this session. Enter it "
               "in Settings, then run reconciliation again."));
        return;
    }
    m_waitingPreview = true;
    m_status->setText(tr("Reading the PMS unit list\u2026"));
    setBanner(QString());
    updateButtons();
    m_ctx.sync->reconcile(m_ctx.connectionId, ReconcileMode::Preview, QStringLiteral("manual"));
}

void ReconciliationPage::onReconcileFinished(const ReconcileOutcome &o)
{
    if (o.connectionId != m_ctx.connectionId)
        return;
    if (m_waitingPreview && o.mode == ReconcileMode::Preview) {
        m_waitingPreview = false;
        m_status->clear();
        if (!o.ok())
            setBanner(o.errorCode == QLatin1String("busy") ? o.error
                                                           : tr("Reconciliation stopped: %1").arg(o.error),
                true);
        else
            showPreview(o);
        Q_EMIT runFinished(o);
    } else if (m_confirming != 0 && o.snapshotId == m_confirming) {
        m_confirming = 0;
        m_status->clear();
        if (!o.ok()) {
            setBanner(tr("Nothing was deactivated: %1").arg(o.error), true);
        } else {
            QString text = numerus(
                tr("%n unit(s) deactivated and logged on their properties.", nullptr, o.unitsDeactivated),
                o.unitsDeactivated);
            if (o.unitsSkipped > 0)
                text += QLatin1Char(' ')
                    + numerus(tr("%n unit(s) had changed since the preview and were left as they are.",
                                  nullptr, o.unitsSkipped),
                        o.unitsSkipped);
            setBanner(text);
        }
        Q_EMIT runFinished(o);
    }
    updateButtons(); // what the run wrote announced itself (CacheEvents): the lists are reloading
}

void ReconciliationPage::showPreview(const ReconcileOutcome &preview)
{
    if (m_dialog)
        m_dialog->close();
    m_dialog = new ReconcilePreviewDialog(preview, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 snapshotId = preview.snapshotId;
    connect(m_dialog, &QDialog::accepted, this, [this, snapshotId] {
        if (!m_ctx.sync) {
            setBanner(tr("Reconciliation needs the sync engine, which is not running in this window."), true);
            return;
        }
        m_confirming = snapshotId;
        m_status->setText(tr("Deactivating\u2026"));
        m_ctx.sync->confirmReconciliation(m_ctx.connectionId, snapshotId);
    });
    // Cancel on a preview of Run now: nothing happened, so no run is kept either. A run the
    // schedule stopped for confirmation stays waiting.
    const bool discard = preview.mode == ReconcileMode::Preview && preview.status == QLatin1String("dry_run");
    const qint64 runId = preview.runId;
    connect(m_dialog, &QDialog::rejected, this, [this, snapshotId, runId, discard] {
        if (!discard) {
            setBanner(tr("Nothing was deactivated. The run is still waiting for confirmation: Review and "
                         "confirm shows it again."));
            return;
        }
        const Status s = Reconciler::discardPreview(*m_ctx.db, m_ctx.connectionId, snapshotId, runId);
        if (!s.ok())
            setBanner(tr("Nothing was deactivated, but the preview could not be removed: %1").arg(s.errorMessage()),
                true);
        else
            setBanner(tr("Nothing was deactivated."));
    });
    connect(m_dialog, &QObject::destroyed, this, &ReconciliationPage::updateButtons, Qt::QueuedConnection);
    m_dialog->open();
    updateButtons();
}

ReconcilePreviewDialog *ReconciliationPage::previewDialog() const
{
    return m_dialog.data();
}

void ReconciliationPage::reviewPending()
{
    if (m_view.pending.id <= 0)
        return;
    showPreview(outcomeOf(m_view.pending, m_view.pendingItems));
}

void ReconciliationPage::restoreSelected()
{
    const QList<qint64> ids = selectedUnitIds(m_itemsView, ReconcileItemsModel::UnitIdRole, true);
    if (ids.isEmpty())
        return;
    const auto answer = MessageBox::question(this, tr("Restore units"),
        numerus(tr("Make %n unit(s) active again? Each restoration is logged on its property. A unit the PMS "
                   "still "
                   "does not list is deactivated again by the next run.",
                    nullptr, int(ids.size())),
            int(ids.size())),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        restoreUnits(ids);
}

void ReconciliationPage::restoreReviewSelected()
{
    const QList<qint64> ids = selectedUnitIds(m_reviewView, ReconcileReviewModel::UnitIdRole, false);
    if (!ids.isEmpty())
        restoreUnits(ids);
}

void ReconciliationPage::restoreUnits(const QList<qint64> &unitIds)
{
    // A handful of rows in one transaction on the window's connection: a small write from a dialog.
    auto r = Reconciler::restore(*m_ctx.db, unitIds, Clock::instance()->nowUtc());
    if (!r.ok())
        setBanner(tr("Cannot restore: %1").arg(r.errorMessage()), true);
    else
        setBanner(numerus(
            tr("%n unit(s) restored; each is logged on its property.", nullptr, r.value()), r.value()));
}

void ReconciliationPage::keepReviewSelected()
{
    const QList<qint64> ids = selectedUnitIds(m_reviewView, ReconcileReviewModel::UnitIdRole, false);
    if (ids.isEmpty())
        return;
    auto r = Reconciler::dismissReview(*m_ctx.db, ids, Clock::instance()->nowUtc());
    if (!r.ok())
        setBanner(tr("Cannot update the units: %1").arg(r.errorMessage()), true);
    else
        setBanner(numerus(
            tr("Kept deactivated and off the review list: %n unit(s).", nullptr, r.value()), r.value()));
}

void ReconciliationPage::exportCsv()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog = new QFileDialog(this, tr("Export deactivated units"),
        QDir(dir).filePath(ReconcileCsvExport::suggestedFileName(qMax<qint64>(0, m_snapshotId))),
        tr("CSV files (*.csv)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &ReconciliationPage::exportTo);
    dialog->open();
}

void ReconciliationPage::exportTo(const QString &path)
{
    if (path.isEmpty() || isExporting())
        return;
    const QString snapshot = m_snapshotId > 0 ? QString::number(m_snapshotId) : QStringLiteral("latest");
    setBanner(tr("Exporting to %1\u2026").arg(path));
    m_exportWatcher->setFuture(QtConcurrent::run(&ReconcileCsvExport::run, m_ctx.dbPath, snapshot, path));
    updateButtons();
}

} // namespace pms
