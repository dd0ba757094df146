#pragma once

#include "common/Result.h"
#include "reconcile/ReconcilePlan.h"
#include "domain/ReconcileTypes.h"

#include <QDateTime>
#include <QList>

namespace pms {

class Database;

/// The cache side of reconciliation (no network): records what a run found, applies a confirmed
/// preview, restores units and takes them off the review list. Each call is one transaction on the
/// Database of the calling thread; the messages of property_log (R14) are written here.
class Reconciler
{
public:
    /// Records the comparison of run @p snapshotId (a 'running' snapshot):
    ///  - Preview: 'would_deactivate' and 'reappeared' items, status 'dry_run', no unit changes;
    ///  - Apply, guard tripped (R16): 'would_deactivate' items, status 'needs_confirmation';
    ///  - Apply: units deactivated (R13) and logged on their property (R14), status 'completed'.
    /// In Apply mode reappeared units are flagged for review (kept inactive) and logged.
    /// Older snapshots waiting for confirmation are closed (only the newest preview can be confirmed).
    static Result<ReconcileOutcome> record(Database &db, qint64 connectionId, qint64 snapshotId,
        const ReconcilePlan &plan, ReconcileMode mode, const QDateTime &now);

    /// Applies exactly the 'would_deactivate' items of a preview ('dry_run' or 'needs_confirmation'),
    /// which must be the newest snapshot of its connection. A previewed unit that is no longer active
    /// (restored, disabled by hand, re-synced) is left as it is and counted in unitsSkipped.
    static Result<ReconcileOutcome> confirm(
        Database &db, qint64 connectionId, qint64 snapshotId, const QDateTime &now);

    /// Forgets a preview nobody confirmed (Cancel in its dialog): the 'dry_run' snapshot @p
    /// snapshotId of @p connectionId and its run @p runId (0: none) are deleted, so Sync Activity
    /// and the list of runs show no run that did nothing. A snapshot that is not a preview (a
    /// scheduled run stopped for confirmation, one already confirmed) is kept.
    static Status discardPreview(Database &db, qint64 connectionId, qint64 snapshotId, qint64 runId);

    /// Restores units reconciliation deactivated (active again, review flag cleared), with a
    /// 'restored' item in the snapshot that deactivated each and an entry in its property's log.
    /// Units that are not reconciliation-deactivated are skipped. Returns how many were restored.
    static Result<int> restore(Database &db, const QList<qint64> &unitIds, const QDateTime &now);

    /// Keeps reappeared units deactivated and takes them off the review list (logged).
    static Result<int> dismissReview(Database &db, const QList<qint64> &unitIds, const QDateTime &now);

    /// deactivated_by of a unit reconciliation deactivated in snapshot @p snapshotId.
    static QString deactivatedBy(qint64 snapshotId);
};

} // namespace pms
