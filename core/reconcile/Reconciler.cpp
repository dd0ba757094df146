#include "Reconciler.h"

#include "common/CacheEvents.h"

#include "common/Json.h"
#include "common/Logging.h"
#include "storage/Database.h"
#include "storage/ReconciliationRepository.h"
#include "storage/SyncRunRepository.h"
#include "domain/SyncTypes.h"

#include <QCoreApplication>
#include <QHash>

namespace pms {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("pms::Reconciler", text, nullptr, n);
}

QString unitLabel(const ReconcileUnit &u)
{
    const QString name = u.unitName.isEmpty() ? tr("(no name)") : u.unitName;
    return tr("Unit \u201c%1\u201d (PMS id %2)").arg(name).arg(u.pmsId);
}

Status deactivateAndLog(
    ReconciliationRepository &repo, qint64 snapshotId, const ReconcileUnit &u, const QString &now, bool *done)
{
    auto r = repo.deactivateUnit(u.id, now, Reconciler::deactivatedBy(snapshotId));
    if (!r.ok())
        return r.error();
    *done = r.value();
    if (!*done)
        return {};
    // R14: every deactivation is logged on its property.
    return repo.logProperty(u.propertyId, u.id, now, QStringLiteral("deactivated"),
        tr("%1 deactivated by reconciliation (snapshot %2): it is no longer in the PMS unit list.")
            .arg(unitLabel(u))
            .arg(snapshotId));
}

Status flagReappeared(
    ReconciliationRepository &repo, qint64 snapshotId, const ReconcileUnit &u, const QString &now)
{
    auto flagged = repo.markNeedsReview(u.id);
    if (!flagged.ok())
        return flagged.error();
    if (!flagged.value())
        return {}; // already on the review list (the sync saw it first): logged then
    return repo.logProperty(u.propertyId, u.id, now, QStringLiteral("reappeared"),
        tr("%1 is listed in the PMS again after reconciliation deactivated it; it stays inactive "
           "until someone reviews it (snapshot %2).")
            .arg(unitLabel(u))
            .arg(snapshotId));
}

ReconcileUnit unitOf(const ReconcileItemRow &row, qint64 propertyId)
{
    ReconcileUnit u;
    u.id = row.unitId;
    u.pmsId = row.pmsUnitId;
    u.pmsPropertyId = row.pmsPropertyId;
    u.propertyId = propertyId;
    u.propertyName = row.propertyName;
    u.unitName = row.unitName;
    u.address = row.address;
    return u;
}

} // namespace

QString Reconciler::deactivatedBy(qint64 snapshotId)
{
    return QStringLiteral("reconciliation:%1").arg(snapshotId);
}

Result<ReconcileOutcome> Reconciler::record(Database &db, qint64 connectionId, qint64 snapshotId,
    const ReconcilePlan &plan, ReconcileMode mode, const QDateTime &nowUtc)
{
    const QString now = json::formatDateTime(nowUtc);
    ReconciliationRepository repo(db);
    ReconcileOutcome o;
    o.connectionId = connectionId;
    o.snapshotId = snapshotId;
    o.mode = mode;
    o.unitsChecked = plan.unitsChecked();
    o.unitsToDeactivate = int(plan.missing().size());
    o.reappeared = int(plan.reappeared().size());
    o.properties = plan.properties();
    o.guardReason = plan.guardReason();

    const bool deactivate = mode == ReconcileMode::Apply && !plan.guardTripped();
    Transaction tx(db);
    if (!tx.ok())
        return tx.status().error();
    for (const ReconcileUnit &u : plan.missing()) {
        if (deactivate) {
            bool done = false;
            if (Status s = deactivateAndLog(repo, snapshotId, u, now, &done); !s.ok())
                return s.error();
            if (!done) {
                ++o.unitsSkipped;
                continue;
            }
            ++o.unitsDeactivated;
        }
        if (auto r = repo.addItem(snapshotId,
                deactivate ? QStringLiteral("deactivated") : QStringLiteral("would_deactivate"), u, now);
            !r.ok())
            return r.error();
    }
    for (const ReconcileUnit &u : plan.reappeared()) {
        if (mode == ReconcileMode::Apply)
            if (Status s = flagReappeared(repo, snapshotId, u, now); !s.ok())
                return s.error();
        if (auto r = repo.addItem(snapshotId, QStringLiteral("reappeared"), u, now); !r.ok())
            return r.error();
    }
    if (mode == ReconcileMode::Preview)
        o.status = QStringLiteral("dry_run");
    else if (plan.guardTripped())
        o.status = QStringLiteral("needs_confirmation");
    else
        o.status = QStringLiteral("completed");
    const QString note = o.status == QLatin1String("needs_confirmation") ? plan.guardReason() : QString();
    if (Status s = repo.finishSnapshot(snapshotId, o.status, o.unitsChecked, o.unitsDeactivated, note, now);
        !s.ok())
        return s.error();
    if (Status s = repo.abortPending(connectionId, snapshotId,
            tr("Superseded by snapshot %1 before it was confirmed.").arg(snapshotId), now);
        !s.ok())
        return s.error();
    if (Status s = tx.commit(); !s.ok())
        return s.error();
    CacheEvents::notify(CacheEvents::Reconciliation | CacheEvents::Units);
    return o;
}

Status Reconciler::discardPreview(Database &db, qint64 connectionId, qint64 snapshotId, qint64 runId)
{
    ReconciliationRepository repo(db);
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    if (Status s = repo.lockSnapshot(snapshotId); !s.ok())
        return s;
    auto snap = repo.snapshot(snapshotId);
    if (!snap.ok())
        return snap.error();
    if (snap->connectionId != connectionId)
        return Error(
            tr("Snapshot %1 belongs to another connection.").arg(snapshotId), QStringLiteral("validation"));
    auto deleted = repo.deletePreview(snapshotId, runId);
    if (!deleted.ok())
        return deleted.error();
    if (Status s = tx.commit(); !s.ok())
        return s;
    if (deleted.value())
        CacheEvents::notify(CacheEvents::Reconciliation);
    return {};
}

Result<ReconcileOutcome> Reconciler::confirm(
    Database &db, qint64 connectionId, qint64 snapshotId, const QDateTime &nowUtc)
{
    const QString now = json::formatDateTime(nowUtc);
    ReconciliationRepository repo(db);
    Transaction tx(db);
    if (!tx.ok())
        return tx.status().error();
    if (Status s = repo.lockSnapshot(snapshotId); !s.ok())
        return s.error();
    auto snap = repo.snapshot(snapshotId);
    if (!snap.ok())
        return snap.error();
    if (snap->connectionId != connectionId)
        return Error(
            tr("Snapshot %1 belongs to another connection.").arg(snapshotId), QStringLiteral("validation"));
    if (snap->status != QLatin1String("dry_run") && snap->status != QLatin1String("needs_confirmation"))
        return Error(tr("Snapshot %1 is not a preview waiting for confirmation (it is %2).")
                         .arg(snapshotId)
                         .arg(snap->status),
            QStringLiteral("validation"));
    auto newest = repo.newestSnapshotId(connectionId);
    if (!newest.ok())
        return newest.error();
    if (newest.value() != snapshotId)
        return Error(tr("Reconciliation ran again after this preview; run it once more to see what it would "
                        "deactivate now."),
            QStringLiteral("stale"));
    auto items = repo.items(snapshotId);
    if (!items.ok())
        return items.error();

    ReconcileOutcome o;
    o.connectionId = connectionId;
    o.snapshotId = snapshotId;
    o.mode = ReconcileMode::Apply;
    o.unitsChecked = snap->unitsChecked;
    o.startedAt = snap->startedAt;
    o.finishedAt = nowUtc;
    QHash<qint64, int> propertyIndex;
    for (const ReconcileItemRow &row : items.value()) {
        if (row.action != QLatin1String("would_deactivate") && row.action != QLatin1String("reappeared"))
            continue;
        ReconcileUnit u;
        if (row.unitId > 0) {
            auto cur = repo.unit(row.unitId);
            if (cur.ok())
                u = cur.value();
        }
        if (u.id == 0)
            u = unitOf(row, 0);
        if (row.action == QLatin1String("reappeared")) {
            ++o.reappeared;
            if (u.id > 0)
                if (Status s = flagReappeared(repo, snapshotId, u, now); !s.ok())
                    return s.error();
            continue;
        }
        ++o.unitsToDeactivate;
        bool done = false;
        if (u.id > 0)
            if (Status s = deactivateAndLog(repo, snapshotId, u, now, &done); !s.ok())
                return s.error();
        if (!done) {
            ++o.unitsSkipped;
            continue;
        }
        if (Status s = repo.setItemAction(row.id, QStringLiteral("deactivated"), now); !s.ok())
            return s.error();
        ++o.unitsDeactivated;
        auto it = propertyIndex.constFind(row.pmsPropertyId);
        if (it == propertyIndex.cend()) {
            ReconcilePropertySummary p;
            p.pmsPropertyId = row.pmsPropertyId;
            p.propertyId = u.propertyId;
            p.propertyName = row.propertyName;
            o.properties.append(p);
            it = propertyIndex.insert(row.pmsPropertyId, int(o.properties.size()) - 1);
        }
        o.properties[*it].missing.append(u);
    }
    const QString note = o.unitsSkipped > 0
        ? numerus(tr("%n previewed unit(s) had changed since the preview and were left as they are.",
                      o.unitsSkipped),
            o.unitsSkipped)
        : QString();
    if (Status s = repo.finishSnapshot(
            snapshotId, QStringLiteral("completed"), o.unitsChecked, o.unitsDeactivated, note, now);
        !s.ok())
        return s.error();
    // Sync Activity lists the confirmation as a run of its own, with the units it deactivated: the
    // preview's row only says what would have been.
    SyncRunRepository runs(db);
    auto run = runs.startRun(connectionId, SyncKind::Reconciliation, QStringLiteral("manual"), nowUtc);
    if (!run.ok())
        return run.error();
    EntityCounts units;
    units.updated = o.unitsDeactivated;
    units.skipped = o.unitsSkipped;
    units.unchanged = qMax(0, o.unitsChecked - o.unitsDeactivated - o.unitsSkipped);
    const QString done = numerus(tr("Preview confirmed: %n unit(s) deactivated.", o.unitsDeactivated), o.unitsDeactivated);
    if (Status s = runs.saveCounts(run.value(), {{QStringLiteral("units"), units}}); !s.ok())
        return s.error();
    if (Status s = runs.finishRun(run.value(), QStringLiteral("succeeded"), note.isEmpty() ? done : QString(done + QLatin1Char(' ') + note), nowUtc); !s.ok())
        return s.error();
    if (Status s = runs.setLastSuccess(connectionId, QStringLiteral("reconciliation"), nowUtc, run.value()); !s.ok())
        return s.error();
    if (Status s = tx.commit(); !s.ok())
        return s.error();
    CacheEvents::notify(CacheEvents::Reconciliation | CacheEvents::Units);
    o.runId = run.value();
    o.status = QStringLiteral("completed");
    o.error = note;
    qCInfo(lcSync) << "reconciliation snapshot" << snapshotId << "confirmed:" << o.unitsDeactivated
                   << "deactivated," << o.unitsSkipped << "skipped";
    return o;
}

Result<int> Reconciler::restore(Database &db, const QList<qint64> &unitIds, const QDateTime &nowUtc)
{
    const QString now = json::formatDateTime(nowUtc);
    ReconciliationRepository repo(db);
    Transaction tx(db);
    if (!tx.ok())
        return tx.status().error();
    int restored = 0;
    for (qint64 id : unitIds) {
        auto unit = repo.unit(id);
        if (!unit.ok())
            continue;
        auto snapshotId = repo.deactivatingSnapshot(id);
        if (!snapshotId.ok())
            return snapshotId.error();
        auto r = repo.restoreUnit(id);
        if (!r.ok())
            return r.error();
        if (!r.value())
            continue;
        ++restored;
        if (snapshotId.value() > 0)
            if (auto item = repo.addItem(snapshotId.value(), QStringLiteral("restored"), unit.value(), now);
                !item.ok())
                return item.error();
        const QString message = snapshotId.value() > 0
            ? tr("%1 restored by hand; reconciliation (snapshot %2) had deactivated it.")
                  .arg(unitLabel(unit.value()))
                  .arg(snapshotId.value())
            : tr("%1 restored by hand after reconciliation had deactivated it.").arg(unitLabel(unit.value()));
        if (Status s = repo.logProperty(unit->propertyId, id, now, QStringLiteral("restored"), message);
            !s.ok())
            return s.error();
    }
    if (Status s = tx.commit(); !s.ok())
        return s.error();
    CacheEvents::notify(CacheEvents::Reconciliation | CacheEvents::Units);
    return restored;
}

Result<int> Reconciler::dismissReview(Database &db, const QList<qint64> &unitIds, const QDateTime &nowUtc)
{
    const QString now = json::formatDateTime(nowUtc);
    ReconciliationRepository repo(db);
    Transaction tx(db);
    if (!tx.ok())
        return tx.status().error();
    int done = 0;
    for (qint64 id : unitIds) {
        auto unit = repo.unit(id);
        if (!unit.ok())
            continue;
        auto r = repo.dismissReview(id);
        if (!r.ok())
            return r.error();
        if (!r.value())
            continue;
        ++done;
        if (Status s = repo.logProperty(unit->propertyId, id, now, QStringLiteral("edited"),
                tr("%1 reviewed: it stays deactivated although the PMS lists it again.")
                    .arg(unitLabel(unit.value())));
            !s.ok())
            return s.error();
    }
    if (Status s = tx.commit(); !s.ok())
        return s.error();
    CacheEvents::notify(CacheEvents::Reconciliation | CacheEvents::Units);
    return done;
}

} // namespace pms
