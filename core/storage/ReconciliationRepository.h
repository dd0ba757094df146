#pragma once

#include "common/Result.h"
#include "domain/ReconcileTypes.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

namespace pms {

class Database;

/// A reconciliation_snapshots row.
struct ReconcileSnapshotRow
{
    qint64 id = 0;
    qint64 connectionId = 0;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString trigger; // schedule, manual, cli
    QString status; // running, completed, aborted, needs_confirmation, dry_run
    int unitsChecked = 0;
    int unitsDeactivated = 0;
    int unitsPending = 0; // 'would_deactivate' items (previews and runs stopped by R16)
    QString error;
};

/// A reconciliation_items row.
struct ReconcileItemRow
{
    qint64 id = 0;
    qint64 snapshotId = 0;
    qint64 unitId = 0; // 0 when the unit row is gone
    QString action; // deactivated, would_deactivate, reappeared, restored
    qint64 pmsUnitId = 0;
    qint64 pmsPropertyId = 0;
    QString propertyName, unitName, address;
    QDateTime at;
    bool unitActive = false; // the unit's state now
};

/// The SQL of reconciliation (R13–R16): the cache's units as a run sees them, snapshots and their
/// items, the deactivations and restorations with their property_log entries, the manual switch of
/// R15 and the guard's settings (app_settings). Works on the connection of the calling thread.
class ReconciliationRepository
{
public:
    explicit ReconciliationRepository(Database &db)
        : m_db(db)
    { }

    // --- what a run compares
    /// Active units of the connection that reconciliation may deactivate (not disabled by hand).
    Result<QList<ReconcileUnit>> activeUnits(qint64 connectionId);
    /// Their row ids only (what a run remembers when it starts: a unit a sync adds or re-activates
    /// while the PMS list is being read is not checked by that run).
    Result<QSet<qint64>> activeUnitIds(qint64 connectionId);
    /// Inactive units reconciliation deactivated (deactivated_by 'reconciliation:…'), not disabled by hand.
    Result<QList<ReconcileUnit>> reconciledOffUnits(qint64 connectionId);

    // --- snapshots and items
    Result<qint64> startSnapshot(qint64 connectionId, const QString &trigger, const QString &startedAt);
    Status finishSnapshot(qint64 snapshotId, const QString &status, int unitsChecked, int unitsDeactivated,
        const QString &error, const QString &finishedAt);
    Result<qint64> addItem(
        qint64 snapshotId, const QString &action, const ReconcileUnit &unit, const QString &at);
    Status setItemAction(qint64 itemId, const QString &action, const QString &at);
    Result<ReconcileSnapshotRow> snapshot(qint64 snapshotId);
    /// Holds the snapshot's row until the transaction ends, so two desks confirming (or
    /// restoring) the same snapshot at once act one after the other (PostgreSQL; SQLite has
    /// one writer).
    Status lockSnapshot(qint64 snapshotId);
    /// The newest snapshot of a connection (0 when none).
    Result<qint64> newestSnapshotId(qint64 connectionId);
    /// Items of a snapshot, optionally of one action only, ordered by property, unit.
    Result<QList<ReconcileItemRow>> items(qint64 snapshotId, const QString &action = {});
    /// Snapshots of the connection still waiting for a confirmation (other than @p exceptId) become
    /// 'aborted' with @p error: only the newest preview can be confirmed.
    Status abortPending(qint64 connectionId, qint64 exceptId, const QString &error, const QString &at);
    /// Snapshots left 'running' by a crash become 'aborted'.
    Status abortDangling(const QString &error, const QString &at);
    /// Deletes a preview ('dry_run' snapshot, its items) and its sync_runs row @p runId (0: none),
    /// as if it had never run. Returns false when the snapshot is not a preview.
    Result<bool> deletePreview(qint64 snapshotId, qint64 runId);

    // --- unit changes (the caller holds the transaction)
    /// R13: active=0, deactivated_at/by, needs_review cleared. False when the unit was no longer an
    /// active unit reconciliation may touch (it changed since the preview).
    Result<bool> deactivateUnit(qint64 unitId, const QString &at, const QString &by);
    /// Reappeared: needs_review=1, still inactive. True when the flag was not set yet.
    Result<bool> markNeedsReview(qint64 unitId);
    /// Restores a unit reconciliation deactivated: active again, deactivation and review cleared.
    /// False when the unit is not one reconciliation deactivated (or was restored already).
    Result<bool> restoreUnit(qint64 unitId);
    /// Keeps a reappeared unit deactivated and takes it off the review list.
    Result<bool> dismissReview(qint64 unitId);
    /// The snapshot named by the unit's deactivated_by ('reconciliation:<id>'), 0 when another cause.
    Result<qint64> deactivatingSnapshot(qint64 unitId);
    /// The unit as reconciliation sees it (names for logs and items).
    Result<ReconcileUnit> unit(qint64 unitId);
    Status logProperty(
        qint64 propertyId, qint64 unitId, const QString &at, const QString &kind, const QString &message);

    // --- R15: the manual switch
    struct SwitchTarget
    {
        qint64 id = 0;
        qint64 propertyId = 0; // the property to log on (the property itself for a property)
        QString name;
        bool active = false;
        bool pmsActive = false;
        bool disabledByUser = false;
    };
    /// The unit or property with PMS id @p pmsId in the connection; an Error "not-found" otherwise.
    Result<SwitchTarget> findUnit(qint64 connectionId, qint64 pmsId);
    Result<SwitchTarget> findProperty(qint64 connectionId, qint64 pmsId);
    /// Disable: disabled_by_user=1, active=0, deactivated_at=@p at, deactivated_by='user'.
    /// Enable: disabled_by_user=0, active=the PMS's state, deactivated_at/by cleared.
    Status setUnitDisabled(qint64 unitId, bool disabled, const QString &at);
    Status setPropertyDisabled(qint64 propertyId, bool disabled, const QString &at);

    // --- R16's settings (app_settings 'reconciliation.max_share', 'reconciliation.whole_property')
    ReconcileGuard guard();
    Status setGuard(const ReconcileGuard &guard);

private:
    Database &m_db;
};

} // namespace pms
