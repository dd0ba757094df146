// Reconciliation R13–R16, the preview, restore and review, against the in-process simulator.
#include "common/Json.h"
#include "reconcile/ManualSwitch.h"
#include "reconcile/ReconcileEngine.h"
#include "reconcile/Reconciler.h"
#include "storage/ReconciliationRepository.h"
#include "support/SyncFixture.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace pms;
using namespace pms::test;
using sim::SimStore;

namespace {

sim::SimOptions tiny()
{
    sim::SimOptions o;
    o.scale = sim::Scale::Tiny;
    o.seed = 11;
    return o;
}

ClientOptions fastClient()
{
    ClientOptions o;
    o.backoffBaseMs = 2;
    o.backoffCapMs = 10;
    o.timeoutMs = 3000;
    o.maxAttempts = 2;
    o.pageSize = 10; // several pages even for the tiny portfolio
    o.pageOverlap = 2;
    return o;
}

/// A synced fixture: the initial sync has run.
struct Rig
{
    explicit Rig(sim::SimOptions options = tiny())
        : f(options)
    {
        const SyncOutcome o = f.run(SyncKind::Initial);
        if (o.status != QLatin1String("succeeded"))
            qFatal("initial sync failed: %s", qPrintable(o.error));
    }

    ReconcileOutcome reconcile(ReconcileMode mode, const ClientOptions &opts = fastClient())
    {
        f.clock().advanceSecs(600); // time moves on between runs
        QNetworkAccessManager nam;
        ReconcileEngine engine(f.db(), &nam);
        engine.setClientOptions(opts);
        QSignalSpy spy(&engine, &ReconcileEngine::finished);
        engine.start(f.connection(), f.secret, mode, QStringLiteral("manual"));
        if (spy.isEmpty() && !spy.wait(30000))
            qWarning("reconciliation did not finish");
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        return spy.isEmpty() ? ReconcileOutcome() : spy.takeFirst().at(0).value<ReconcileOutcome>();
    }

    int count(const QString &sql, const QVariantList &binds = {}) { return f.scalar(sql, binds).toInt(); }
    QString text(const QString &sql, const QVariantList &binds = {})
    {
        return f.scalar(sql, binds).toString();
    }
    int activeUnits() { return count(QStringLiteral("SELECT count(*) FROM units WHERE active = 1")); }

    /// PMS ids of @p n active units of the cache, in pms id order (skipping @p skip of them).
    QList<qint64> activePmsIds(int n, int skip = 0)
    {
        QList<qint64> ids;
        QSqlQuery q(f.db().sql());
        q.exec(QStringLiteral("SELECT pms_id FROM units WHERE active = 1 ORDER BY pms_id LIMIT %1 OFFSET %2")
                   .arg(n)
                   .arg(skip));
        while (q.next())
            ids << q.value(0).toLongLong();
        return ids;
    }

    SyncFixture f;
};

QVariantList vl(const QList<qint64> &ids)
{
    QVariantList out;
    for (qint64 id : ids)
        out << id;
    return out;
}

} // namespace

class TestReconciliation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void R13_deactivatesActiveUnitsMissingFromThePms();
    void R13_pmsErrorAbortsWithNothingDeactivated_data();
    void R13_pmsErrorAbortsWithNothingDeactivated();
    void R13_cancelDeactivatesNothing();
    void R13_unitAddedDuringTheRunIsNotChecked();
    void R14_eachDeactivationLoggedOnItsProperty();
    void R15_disabledByHandNeverReactivated();
    void R15_disabledPropertyStaysDisabled();
    void R16_implausibleShareNeedsConfirmation_data();
    void R16_implausibleShareNeedsConfirmation();
    void R16_wholePropertyAfterPmsError();
    void previewChangesNothingAndConfirmAppliesExactlyIt();
    void confirmRefusesAStalePreview();
    void discardedPreviewLeavesNoRun();
    void confirmSkipsUnitsChangedSincePreview();
    void restoreFromTheReport();
    void reappearedUnitListedForReview_data();
    void reappearedUnitListedForReview();
};

void TestReconciliation::R13_deactivatesActiveUnitsMissingFromThePms()
{
    Rig r;
    const int before = r.activeUnits();
    QVERIFY(before >= 20);
    const QList<qint64> gone = r.activePmsIds(1, 3);
    const QList<qint64> off = r.activePmsIds(1, 7);
    QCOMPARE(r.f.sim().deleteUnitIds(gone), gone); // removed from the PMS
    QCOMPARE(r.f.sim().deactivateUnitIds(off), off); // deactivated in the PMS: not in its list either

    const ReconcileOutcome o = r.reconcile(ReconcileMode::Apply);
    QCOMPARE(o.status, QStringLiteral("completed"));
    QVERIFY(o.snapshotId > 0);
    QCOMPARE(o.unitsChecked, before);
    QCOMPARE(o.unitsDeactivated, 2);
    QCOMPARE(o.pmsUnits, qint64(before - 2));
    QCOMPARE(r.activeUnits(), before - 2);
    for (qint64 id : gone + off) {
        QCOMPARE(r.count(QStringLiteral("SELECT active FROM units WHERE pms_id = ?"), { id }), 0);
        QCOMPARE(r.text(QStringLiteral("SELECT deactivated_by FROM units WHERE pms_id = ?"), { id }),
            QStringLiteral("reconciliation:%1").arg(o.snapshotId));
        QCOMPARE(r.text(QStringLiteral("SELECT deactivated_at FROM units WHERE pms_id = ?"), { id }),
            json::formatDateTime(r.f.clock().nowUtc()));
        QCOMPARE(r.count(QStringLiteral("SELECT count(*) FROM reconciliation_items WHERE snapshot_id = ? AND "
                                        "pms_unit_id = ? AND action = 'deactivated'"),
                     { o.snapshotId, id }),
            1);
    }
    // The snapshot: when, what triggered it, units checked, units deactivated.
    auto snap = ReconciliationRepository(r.f.db()).snapshot(o.snapshotId);
    QVERIFY(snap.ok());
    QCOMPARE(snap->status, QStringLiteral("completed"));
    QCOMPARE(snap->trigger, QStringLiteral("manual"));
    QCOMPARE(snap->unitsChecked, before);
    QCOMPARE(snap->unitsDeactivated, 2);
    QCOMPARE(snap->startedAt, r.f.clock().nowUtc());
    QCOMPARE(r.text(QStringLiteral("SELECT status FROM sync_runs WHERE kind = 'reconciliation'")),
        QStringLiteral("succeeded"));

    // A second run finds nothing more to do.
    const ReconcileOutcome again = r.reconcile(ReconcileMode::Apply);
    QCOMPARE(again.status, QStringLiteral("completed"));
    QCOMPARE(again.unitsChecked, before - 2);
    QCOMPARE(again.unitsDeactivated, 0);
}

void TestReconciliation::R13_pmsErrorAbortsWithNothingDeactivated_data()
{
    QTest::addColumn<QString>("faults");
    QTest::newRow("500 on every units request") << QStringLiteral("units:500");
    QTest::newRow("500 from the second page on") << QStringLiteral("units:500#2+");
    QTest::newRow("connection reset on every units request") << QStringLiteral("units:reset");
    QTest::newRow("connection reset from the third page on") << QStringLiteral("units:reset#3+");
    QTest::newRow("401 on the units list") << QStringLiteral("units:401");
}

void TestReconciliation::R13_pmsErrorAbortsWithNothingDeactivated()
{
    QFETCH(QString, faults);
    Rig r;
    const int before = r.activeUnits();
    r.f.sim().deleteUnitIds(r.activePmsIds(2, 5));
    QString error;
    QVERIFY2(r.f.server().faults().setSpec(faults, &error), qPrintable(error));

    const ReconcileOutcome o = r.reconcile(ReconcileMode::Apply);
    QCOMPARE(o.status, QStringLiteral("aborted"));
    QVERIFY2(o.error.contains(QLatin1String("nothing was deactivated")), qPrintable(o.error));
    QCOMPARE(o.unitsDeactivated, 0);
    QCOMPARE(r.activeUnits(), before);
    QCOMPARE(r.count(QStringLiteral("SELECT count(*) FROM reconciliation_items")), 0);
    QCOMPARE(r.count(QStringLiteral("SELECT count(*) FROM property_log")), 0);
    QCOMPARE(
        r.text(QStringLiteral("SELECT status FROM reconciliation_snapshots WHERE id = ?"), { o.snapshotId }),
        QStringLiteral("aborted"));
    QVERIFY(
        !r.text(QStringLiteral("SELECT error FROM reconciliation_snapshots WHERE id = ?"), { o.snapshotId })
             .isEmpty());
    QCOMPARE(r.text(QStringLiteral("SELECT status FROM sync_runs WHERE kind = 'reconciliation'")),
        QStringLiteral("failed"));

    // Once the PMS answers again the run goes through.
    r.f.server().faults().clear();
    const ReconcileOutcome ok = r.reconcile(ReconcileMode::Apply);
    QCOMPARE(ok.status, QStringLiteral("completed"));
    QCOMPARE(ok.unitsDeactivated, 2);
}

void TestReconciliation::R13_cancelDeactivatesNothing()
{
    Rig r;
    const int before = r.activeUnits();
    r.f.sim().deleteUnitIds(r.activePmsIds(1));
    r.f.server().faults().setSpec(QStringLiteral("units:slow=300"));
    QNetworkAccessManager nam;
    ReconcileEngine engine(r.f.db(), &nam);
    engine.setClientOptions(fastClient());
    QSignalSpy spy(&engine, &ReconcileEngine::finished);
    r.f.clock().advanceSecs(600);
    engine.start(r.f.connection(), r.f.secret, ReconcileMode::Apply);
    QVERIFY(engine.isRunning());
    engine.cancel();
    QVERIFY(spy.wait(10000));
    const auto o = spy.takeFirst().at(0).value<ReconcileOutcome>();
    QCOMPARE(o.status, QStringLiteral("cancelled"));
    QCOMPARE(r.activeUnits(), before);
    QCOMPARE(
        r.text(QStringLiteral("SELECT status FROM reconciliation_snapshots WHERE id = ?"), { o.snapshotId }),
        QStringLiteral("aborted"));
}

void TestReconciliation::R13_unitAddedDuringTheRunIsNotChecked()
{
    // A sync in another thread writes a unit while the list is being read: the list (already past
    // that page) does not have it, yet it is in the PMS. The run only checks units active when it began.
    Rig r;
    const int before = r.activeUnits();
    r.f.server().faults().setSpec(QStringLiteral("units:slow=100"));
    QNetworkAccessManager nam;
    ReconcileEngine engine(r.f.db(), &nam);
    engine.setClientOptions(fastClient());
    QSignalSpy spy(&engine, &ReconcileEngine::finished);
    engine.start(r.f.connection(), r.f.secret, ReconcileMode::Apply);
    QSqlQuery q(r.f.db().sql());
    QVERIFY(q.exec(QStringLiteral(
        "INSERT INTO units (connection_id, pms_id, pms_property_id, property_id, name, synced_at) "
        "SELECT connection_id, 777777, pms_id, id, 'Brand new', '2026-11-20T10:00:00Z' "
        "FROM properties LIMIT 1")));
    QVERIFY(spy.wait(20000));
    const auto o = spy.takeFirst().at(0).value<ReconcileOutcome>();
    QCOMPARE(o.status, QStringLiteral("completed"));
    QCOMPARE(o.unitsChecked, before);
    QCOMPARE(o.unitsDeactivated, 0);
    QCOMPARE(r.count(QStringLiteral("SELECT active FROM units WHERE pms_id = 777777")), 1);
}

void TestReconciliation::R14_eachDeactivationLoggedOnItsProperty()
{
    Rig r;
    const QList<qint64> gone = r.activePmsIds(3, 2);
    r.f.sim().deleteUnitIds(gone);
    const ReconcileOutcome o = r.reconcile(ReconcileMode::Apply);
    QCOMPARE(o.unitsDeactivated, 3);
    QCOMPARE(r.count(QStringLiteral("SELECT count(*) FROM property_log WHERE kind = 'deactivated'")), 3);
    for (qint64 id : gone) {
        // On the unit's own property, naming the unit and the snapshot.
        QCOMPARE(
            r.count(QStringLiteral(
                        "SELECT count(*) FROM property_log l JOIN units u ON u.id = l.unit_id "
                        "WHERE u.pms_id = ? AND l.property_id = u.property_id AND l.kind = 'deactivated'"),
                { id }),
            1);
        const QString message
            = r.text(QStringLiteral("SELECT l.message FROM property_log l JOIN units u ON u.id = "
                                    "l.unit_id WHERE u.pms_id = ?"),
                { id });
        const QString name = r.text(QStringLiteral("SELECT name FROM units WHERE pms_id = ?"), { id });
        QVERIFY2(message.contains(name) && message.contains(QString::number(id))
                && message.contains(QStringLiteral("snapshot %1").arg(o.snapshotId)),
            qPrintable(message));
    }
}

void TestReconciliation::R15_disabledByHandNeverReactivated()
{
    Rig r;
    const QList<qint64> ids = r.activePmsIds(2, 4);
    const qint64 keptInPms = ids.at(0);
    const qint64 goneFromPms = ids.at(1);
    for (qint64 id : ids) {
        auto c = ManualSwitch::set(
            r.f.db(), r.f.connection().id, ManualSwitch::Target::Unit, id, true, r.f.clock().nowUtc());
        QVERIFY2(c.ok() && c->changed, qPrintable(c.errorMessage()));
    }
    QCOMPARE(r.text(QStringLiteral("SELECT deactivated_by FROM units WHERE pms_id = ?"), { keptInPms }),
        QStringLiteral("user"));
    QCOMPARE(r.count(QStringLiteral("SELECT count(*) FROM property_log WHERE kind = 'disabled'")), 2);

    // The PMS still lists keptInPms as active and changes it: a sync keeps it off.
    r.f.clock().advanceSecs(3600);
    r.f.sim().touchIds(sim::Entity::Units, { keptInPms });
    r.f.sim().deleteUnitIds({ goneFromPms });
    QCOMPARE(r.f.run(SyncKind::Incremental).status, QStringLiteral("succeeded"));
    QCOMPARE(r.count(QStringLiteral("SELECT active FROM units WHERE pms_id = ?"), { keptInPms }), 0);

    // Reconciliation neither re-activates it nor touches the one gone from the PMS.
    const ReconcileOutcome o = r.reconcile(ReconcileMode::Apply);
    QCOMPARE(o.status, QStringLiteral("completed"));
    QCOMPARE(o.unitsDeactivated, 0);
    QCOMPARE(r.count(QStringLiteral("SELECT count(*) FROM reconciliation_items")), 0);
    for (qint64 id : ids) {
        QCOMPARE(r.count(QStringLiteral("SELECT active FROM units WHERE pms_id = ?"), { id }), 0);
        QCOMPARE(r.count(QStringLiteral("SELECT disabled_by_user FROM units WHERE pms_id = ?"), { id }), 1);
        QCOMPARE(r.text(QStringLiteral("SELECT deactivated_by FROM units WHERE pms_id = ?"), { id }),
            QStringLiteral("user"));
    }

    // Enabling by hand: the unit follows the PMS again.
    auto e = ManualSwitch::set(
        r.f.db(), r.f.connection().id, ManualSwitch::Target::Unit, keptInPms, false, r.f.clock().nowUtc());
    QVERIFY(e.ok() && e->changed && e->activeNow);
    QCOMPARE(r.count(QStringLiteral("SELECT active FROM units WHERE pms_id = ?"), { keptInPms }), 1);
    QVERIFY(r.f.scalar(QStringLiteral("SELECT deactivated_at FROM units WHERE pms_id = ?"), { keptInPms })
                .isNull());
    QCOMPARE(r.count(QStringLiteral("SELECT count(*) FROM property_log WHERE kind = 'enabled'")), 1);
    QCOMPARE(r.reconcile(ReconcileMode::Apply).unitsDeactivated, 0);
    QCOMPARE(r.count(QStringLiteral("SELECT active FROM units WHERE pms_id = ?"), { keptInPms }), 1);

    // Switching again is harmless and says so.
    auto again = ManualSwitch::set(
        r.f.db(), r.f.connection().id, ManualSwitch::Target::Unit, keptInPms, false, r.f.clock().nowUtc());
    QVERIFY(again.ok() && !again->changed);
    auto missing = ManualSwitch::set(
        r.f.db(), r.f.connection().id, ManualSwitch::Target::Unit, 987654321, true, r.f.clock().nowUtc());
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, QStringLiteral("not-found"));
}

void TestReconciliation::R15_disabledPropertyStaysDisabled()
{
    Rig r;
    const qint64 pmsId
        = r.f.scalar(QStringLiteral("SELECT pms_id FROM properties WHERE active = 1 ORDER BY pms_id LIMIT 1"))
              .toLongLong();
    auto c = ManualSwitch::set(
        r.f.db(), r.f.connection().id, ManualSwitch::Target::Property, pmsId, true, r.f.clock().nowUtc());
    QVERIFY(c.ok() && c->changed);
    r.f.clock().advanceSecs(3600);
    r.f.sim().touchIds(sim::Entity::Buildings, { pmsId });
    QCOMPARE(r.f.run(SyncKind::PropertiesResidents).status, QStringLiteral("succeeded"));
    QCOMPARE(r.count(QStringLiteral("SELECT active FROM properties WHERE pms_id = ?"), { pmsId }), 0);
    QCOMPARE(r.text(QStringLiteral("SELECT deactivated_by FROM properties WHERE pms_id = ?"), { pmsId }),
        QStringLiteral("user"));
    QCOMPARE(r.count(QStringLiteral(
                         "SELECT count(*) FROM property_log l JOIN properties p ON p.id = l.property_id "
                         "WHERE p.pms_id = ? AND l.kind = 'disabled'"),
                 { pmsId }),
        1);
    auto e = ManualSwitch::set(
        r.f.db(), r.f.connection().id, ManualSwitch::Target::Property, pmsId, false, r.f.clock().nowUtc());
    QVERIFY(e.ok() && e->changed);
    QCOMPARE(r.count(QStringLiteral("SELECT active FROM properties WHERE pms_id = ?"), { pmsId }), 1);
}

void TestReconciliation::R16_implausibleShareNeedsConfirmation_data()
{
    QTest::addColumn<double>("shareRemoved");
    QTest::addColumn<double>("maxShare"); // < 0: the default
    QTest::addColumn<bool>("stops");
    QTest::newRow("25 % with the default 20 %") << 0.25 << -1.0 << true;
    QTest::newRow("10 % with the default 20 %") << 0.10 << -1.0 << false;
    QTest::newRow("25 % with 30 % configured") << 0.25 << 0.30 << false;
    QTest::newRow("10 % with 5 % configured") << 0.10 << 0.05 << true;
    QTest::newRow("all units (an empty PMS list)") << 1.0 << -1.0 << true;
}

void TestReconciliation::R16_implausibleShareNeedsConfirmation()
{
    QFETCH(double, shareRemoved);
    QFETCH(double, maxShare);
    QFETCH(bool, stops);
    Rig r;
    if (maxShare >= 0) {
        ReconcileGuard g;
        g.maxShare = maxShare;
        QVERIFY(ReconciliationRepository(r.f.db()).setGuard(g).ok());
    }
    const int before = r.activeUnits();
    const int n = qMax(1, int(before * shareRemoved + 0.5));
    const QList<qint64> gone = r.activePmsIds(n);
    QCOMPARE(r.f.sim().deleteUnitIds(gone).size(), n);

    const ReconcileOutcome o = r.reconcile(ReconcileMode::Apply);
    QCOMPARE(o.unitsToDeactivate, n);
    if (!stops) {
        QCOMPARE(o.status, QStringLiteral("completed"));
        QCOMPARE(o.unitsDeactivated, n);
        QCOMPARE(r.activeUnits(), before - n);
        return;
    }
    // Stopped: nothing deactivated; the snapshot waits with exactly what it would do.
    QCOMPARE(o.status, QStringLiteral("needs_confirmation"));
    QVERIFY(!o.guardReason.isEmpty());
    QCOMPARE(o.unitsDeactivated, 0);
    QCOMPARE(r.activeUnits(), before);
    QCOMPARE(
        r.text(QStringLiteral("SELECT status FROM reconciliation_snapshots WHERE id = ?"), { o.snapshotId }),
        QStringLiteral("needs_confirmation"));
    QCOMPARE(
        r.text(QStringLiteral("SELECT error FROM reconciliation_snapshots WHERE id = ?"), { o.snapshotId }),
        o.guardReason);
    QCOMPARE(
        r.count(QStringLiteral("SELECT count(*) FROM reconciliation_items WHERE snapshot_id = ? AND action = "
                               "'would_deactivate'"),
            { o.snapshotId }),
        n);
    QCOMPARE(r.count(QStringLiteral("SELECT count(*) FROM property_log")), 0);

    // Confirming applies exactly that preview, even though the PMS changed again meanwhile.
    r.f.sim().deleteUnitIds(r.activePmsIds(1, n));
    r.f.clock().advanceSecs(60);
    auto c = Reconciler::confirm(r.f.db(), r.f.connection().id, o.snapshotId, r.f.clock().nowUtc());
    QVERIFY2(c.ok(), qPrintable(c.errorMessage()));
    QCOMPARE(c->status, QStringLiteral("completed"));
    QCOMPARE(c->unitsDeactivated, n);
    QCOMPARE(r.activeUnits(), before - n);
    QCOMPARE(
        r.count(QStringLiteral(
                    "SELECT count(*) FROM units WHERE active = 0 AND deactivated_by = ? AND pms_id IN (%1)")
                    .arg(QStringList(QList<QString>(n, QStringLiteral("?"))).join(QLatin1Char(','))),
            QVariantList { Reconciler::deactivatedBy(o.snapshotId) } + vl(gone)),
        n);
    QCOMPARE(
        r.text(QStringLiteral("SELECT status FROM reconciliation_snapshots WHERE id = ?"), { o.snapshotId }),
        QStringLiteral("completed"));
    QCOMPARE(r.count(QStringLiteral("SELECT units_deactivated FROM reconciliation_snapshots WHERE id = ?"),
                 { o.snapshotId }),
        n);
    QCOMPARE(r.count(QStringLiteral("SELECT count(*) FROM property_log WHERE kind = 'deactivated'")), n);
    // Issue 16: Sync Activity showed the stopped run's "would be deactivated" units as skipped and
    // nothing of the confirmation. The stopped run skipped nothing; the confirmation is a run of its
    // own that deactivated them.
    QCOMPARE(r.count(QStringLiteral("SELECT skipped FROM sync_run_counts WHERE run_id = ? AND entity = 'units'"), { o.runId }), 0);
    QVERIFY(c->runId > 0 && c->runId != o.runId);
    QCOMPARE(r.text(QStringLiteral("SELECT status FROM sync_runs WHERE id = ?"), { c->runId }), QStringLiteral("succeeded"));
    QCOMPARE(r.count(QStringLiteral("SELECT updated FROM sync_run_counts WHERE run_id = ? AND entity = 'units'"), { c->runId }), n);
    QVERIFY(r.text(QStringLiteral("SELECT error FROM sync_runs WHERE id = ?"), { c->runId }).contains(QLatin1String("deactivated")));
    // Confirming twice does nothing more.
    QVERIFY(!Reconciler::confirm(r.f.db(), r.f.connection().id, o.snapshotId, r.f.clock().nowUtc()).ok());
}

void TestReconciliation::R16_wholePropertyAfterPmsError()
{
    // A building whose units are a small share of the portfolio loses all of them.
    Rig r;
    const int before = r.activeUnits();
    QSqlQuery q(r.f.db().sql());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT pms_property_id, count(*) n FROM units WHERE active = 1 GROUP BY pms_property_id "
        "ORDER BY n, pms_property_id LIMIT 1")));
    QVERIFY(q.next());
    const qint64 building = q.value(0).toLongLong();
    const int n = q.value(1).toInt();
    q.finish();
    QVERIFY2(n * 5 <= before, "the smallest building must be under the share threshold");
    QList<qint64> gone;
    QVERIFY(q.exec(
        QStringLiteral("SELECT pms_id FROM units WHERE active = 1 AND pms_property_id = %1").arg(building)));
    while (q.next())
        gone << q.value(0).toLongLong();
    q.finish();

    // The sync just before failed (the PMS had an error).
    r.f.server().faults().setSpec(QStringLiteral("leases:500"));
    r.f.clock().advanceSecs(3600);
    QCOMPARE(r.f.run(SyncKind::Incremental).status, QStringLiteral("failed"));
    r.f.server().faults().clear();
    r.f.sim().deleteUnitIds(gone);

    const ReconcileOutcome o = r.reconcile(ReconcileMode::Apply);
    QCOMPARE(o.status, QStringLiteral("needs_confirmation"));
    QVERIFY2(o.guardReason.contains(QLatin1String("Every active unit"))
            && o.guardReason.contains(QLatin1String("last sync failed")),
        qPrintable(o.guardReason));
    QCOMPARE(o.unitsDeactivated, 0);
    QCOMPARE(r.activeUnits(), before);

    // Once a sync succeeds, the same loss is plausible and goes through.
    r.f.clock().advanceSecs(3600);
    QCOMPARE(r.f.run(SyncKind::Incremental).status, QStringLiteral("succeeded"));
    const ReconcileOutcome ok = r.reconcile(ReconcileMode::Apply);
    QCOMPARE(ok.status, QStringLiteral("completed"));
    QCOMPARE(ok.unitsDeactivated, n);
    // The stopped run can no longer be confirmed.
    QCOMPARE(
        r.text(QStringLiteral("SELECT status FROM reconciliation_snapshots WHERE id = ?"), { o.snapshotId }),
        QStringLiteral("aborted"));
}

void TestReconciliation::previewChangesNothingAndConfirmAppliesExactlyIt()
{
    Rig r;
    const int before = r.activeUnits();
    const QList<qint64> first = r.activePmsIds(2, 1);
    r.f.sim().deleteUnitIds(first);
    const ReconcileOutcome p = r.reconcile(ReconcileMode::Preview);
    QCOMPARE(p.status, QStringLiteral("dry_run"));
    QCOMPARE(p.unitsToDeactivate, 2);
    QCOMPARE(p.unitsDeactivated, 0);
    QVERIFY(!p.properties.isEmpty());
    int listed = 0;
    for (const ReconcilePropertySummary &s : p.properties) {
        QVERIFY(s.activeUnits >= s.missing.size());
        listed += int(s.missing.size());
    }
    QCOMPARE(listed, 2);
    QCOMPARE(r.activeUnits(), before);
    QCOMPARE(r.count(QStringLiteral("SELECT count(*) FROM property_log")), 0);
    QCOMPARE(r.count(QStringLiteral(
                 "SELECT count(*) FROM reconciliation_items WHERE action = 'would_deactivate'")),
        2);

    // The PMS loses another unit before the user confirms: only the previewed two go.
    const QList<qint64> later = r.activePmsIds(1, 10);
    r.f.sim().deleteUnitIds(later);
    auto c = Reconciler::confirm(r.f.db(), r.f.connection().id, p.snapshotId, r.f.clock().nowUtc());
    QVERIFY2(c.ok(), qPrintable(c.errorMessage()));
    QCOMPARE(c->unitsDeactivated, 2);
    QCOMPARE(r.activeUnits(), before - 2);
    QCOMPARE(r.count(QStringLiteral("SELECT active FROM units WHERE pms_id = ?"), { later.first() }), 1);
    QCOMPARE(
        r.text(QStringLiteral("SELECT status FROM reconciliation_snapshots WHERE id = ?"), { p.snapshotId }),
        QStringLiteral("completed"));
}

void TestReconciliation::confirmRefusesAStalePreview()
{
    Rig r;
    r.f.sim().deleteUnitIds(r.activePmsIds(1));
    const ReconcileOutcome first = r.reconcile(ReconcileMode::Preview);
    const ReconcileOutcome second = r.reconcile(ReconcileMode::Preview);
    QVERIFY(second.snapshotId > first.snapshotId);
    auto c = Reconciler::confirm(r.f.db(), r.f.connection().id, first.snapshotId, r.f.clock().nowUtc());
    QVERIFY(!c.ok());
    QCOMPARE(c.error().code, QStringLiteral("stale"));
    QVERIFY(Reconciler::confirm(r.f.db(), r.f.connection().id, second.snapshotId, r.f.clock().nowUtc()).ok());
    // A completed snapshot is not a preview.
    auto again = Reconciler::confirm(r.f.db(), r.f.connection().id, second.snapshotId, r.f.clock().nowUtc());
    QVERIFY(!again.ok());
}

void TestReconciliation::discardedPreviewLeavesNoRun()
{
    // Cancel in the preview dialog: the run that only looked is forgotten, items and all.
    Rig r;
    const QString runs = QStringLiteral("SELECT count(*) FROM sync_runs WHERE kind = 'reconciliation'");
    const int runsBefore = r.count(runs);
    r.f.sim().deleteUnitIds(r.activePmsIds(2));
    const int before = r.activeUnits();
    const ReconcileOutcome p = r.reconcile(ReconcileMode::Preview);
    QCOMPARE(p.status, QStringLiteral("dry_run"));
    QVERIFY(p.runId > 0);
    QCOMPARE(r.count(runs), runsBefore + 1);
    // Not for another connection.
    QVERIFY(!Reconciler::discardPreview(r.f.db(), r.f.connection().id + 1, p.snapshotId, p.runId).ok());
    QVERIFY(Reconciler::discardPreview(r.f.db(), r.f.connection().id, p.snapshotId, p.runId).ok());
    QCOMPARE(r.count(runs), runsBefore);
    QCOMPARE(r.count(QStringLiteral("SELECT count(*) FROM reconciliation_snapshots")), 0);
    QCOMPARE(r.count(QStringLiteral("SELECT count(*) FROM reconciliation_items")), 0);
    QCOMPARE(r.activeUnits(), before);

    // A real run is never discarded.
    const ReconcileOutcome applied = r.reconcile(ReconcileMode::Apply);
    QCOMPARE(applied.status, QStringLiteral("completed"));
    QVERIFY(Reconciler::discardPreview(r.f.db(), r.f.connection().id, applied.snapshotId, applied.runId).ok());
    QCOMPARE(r.count(QStringLiteral("SELECT count(*) FROM reconciliation_snapshots")), 1);
    QCOMPARE(r.count(runs), runsBefore + 1);
}

void TestReconciliation::confirmSkipsUnitsChangedSincePreview()
{
    Rig r;
    const QList<qint64> gone = r.activePmsIds(2, 3);
    r.f.sim().deleteUnitIds(gone);
    const ReconcileOutcome p = r.reconcile(ReconcileMode::Preview);
    QCOMPARE(p.unitsToDeactivate, 2);
    // Meanwhile the user disabled one of them by hand.
    QVERIFY(ManualSwitch::set(
        r.f.db(), r.f.connection().id, ManualSwitch::Target::Unit, gone.first(), true, r.f.clock().nowUtc())
                .ok());
    auto c = Reconciler::confirm(r.f.db(), r.f.connection().id, p.snapshotId, r.f.clock().nowUtc());
    QVERIFY(c.ok());
    QCOMPARE(c->unitsDeactivated, 1);
    QCOMPARE(c->unitsSkipped, 1);
    QCOMPARE(r.text(QStringLiteral("SELECT deactivated_by FROM units WHERE pms_id = ?"), { gone.first() }),
        QStringLiteral("user"));
    QCOMPARE(r.text(QStringLiteral("SELECT deactivated_by FROM units WHERE pms_id = ?"), { gone.last() }),
        Reconciler::deactivatedBy(p.snapshotId));
}

void TestReconciliation::restoreFromTheReport()
{
    Rig r;
    const QList<qint64> gone = r.activePmsIds(2, 6);
    r.f.sim().deleteUnitIds(gone);
    const ReconcileOutcome o = r.reconcile(ReconcileMode::Apply);
    QCOMPARE(o.unitsDeactivated, 2);
    auto items = ReconciliationRepository(r.f.db()).items(o.snapshotId, QStringLiteral("deactivated"));
    QVERIFY(items.ok());
    QCOMPARE(items->size(), 2);
    const qint64 unitId = items->first().unitId;
    const qint64 pmsId = items->first().pmsUnitId;

    r.f.clock().advanceSecs(120);
    auto restored = Reconciler::restore(r.f.db(), { unitId }, r.f.clock().nowUtc());
    QVERIFY2(restored.ok(), qPrintable(restored.errorMessage()));
    QCOMPARE(restored.value(), 1);
    QCOMPARE(r.count(QStringLiteral("SELECT active FROM units WHERE id = ?"), { unitId }), 1);
    QVERIFY(r.f.scalar(QStringLiteral("SELECT deactivated_at FROM units WHERE id = ?"), { unitId }).isNull());
    QVERIFY(r.f.scalar(QStringLiteral("SELECT deactivated_by FROM units WHERE id = ?"), { unitId }).isNull());
    QCOMPARE(
        r.count(QStringLiteral(
                    "SELECT count(*) FROM reconciliation_items WHERE snapshot_id = ? AND unit_id = ? AND "
                    "action = 'restored'"),
            { o.snapshotId, unitId }),
        1);
    const QString log
        = r.text(QStringLiteral("SELECT message FROM property_log WHERE unit_id = ? AND kind = 'restored'"),
            { unitId });
    QVERIFY2(
        log.contains(QString::number(pmsId)) && log.contains(QStringLiteral("snapshot %1").arg(o.snapshotId)),
        qPrintable(log));
    // The deactivation stays in the snapshot's report (and its CSV).
    QCOMPARE(
        r.count(
            QStringLiteral(
                "SELECT count(*) FROM reconciliation_items WHERE snapshot_id = ? AND action = 'deactivated'"),
            { o.snapshotId }),
        2);
    // Restoring again, or a unit reconciliation did not deactivate, changes nothing.
    QCOMPARE(Reconciler::restore(r.f.db(), { unitId }, r.f.clock().nowUtc()).value(), 0);
}

void TestReconciliation::reappearedUnitListedForReview_data()
{
    QTest::addColumn<bool>("syncFirst");
    QTest::newRow("the sync saw it first") << true;
    QTest::newRow("reconciliation sees it") << false;
}

void TestReconciliation::reappearedUnitListedForReview()
{
    QFETCH(bool, syncFirst);
    Rig r;
    const qint64 unit = r.activePmsIds(1, 8).first();
    r.f.sim().deactivateUnitIds({ unit });
    const ReconcileOutcome first = r.reconcile(ReconcileMode::Apply);
    QCOMPARE(first.unitsDeactivated, 1);

    // The PMS lists it as active again.
    r.f.clock().advanceSecs(3600);
    r.f.sim().change([&](SimStore &s, qint64 now) {
        for (auto &u : s.units)
            if (u.id == unit) {
                u.active = true;
                u.stamp.modifiedAt = now;
            }
    });
    if (syncFirst) {
        QCOMPARE(r.f.run(SyncKind::Incremental).status, QStringLiteral("succeeded"));
        QCOMPARE(r.count(QStringLiteral("SELECT needs_review FROM units WHERE pms_id = ?"), { unit }), 1);
        QCOMPARE(r.count(QStringLiteral("SELECT active FROM units WHERE pms_id = ?"), { unit }), 0);
    }
    const ReconcileOutcome o = r.reconcile(ReconcileMode::Apply);
    QCOMPARE(o.status, QStringLiteral("completed"));
    QCOMPARE(o.reappeared, 1);
    QCOMPARE(o.unitsDeactivated, 0);
    QCOMPARE(
        r.count(
            QStringLiteral(
                "SELECT count(*) FROM reconciliation_items WHERE snapshot_id = ? AND action = 'reappeared' "
                "AND pms_unit_id = ?"),
            { o.snapshotId, unit }),
        1);
    // Listed for review, never silently re-activated.
    QCOMPARE(r.count(QStringLiteral("SELECT needs_review FROM units WHERE pms_id = ?"), { unit }), 1);
    QCOMPARE(r.count(QStringLiteral("SELECT active FROM units WHERE pms_id = ?"), { unit }), 0);
    if (!syncFirst)
        QCOMPARE(r.count(QStringLiteral("SELECT count(*) FROM property_log WHERE kind = 'reappeared'")), 1);

    // The review: keep it off, or restore it.
    const qint64 unitId
        = r.f.scalar(QStringLiteral("SELECT id FROM units WHERE pms_id = ?"), { unit }).toLongLong();
    if (syncFirst) {
        QCOMPARE(Reconciler::dismissReview(r.f.db(), { unitId }, r.f.clock().nowUtc()).value(), 1);
        QCOMPARE(r.count(QStringLiteral("SELECT needs_review FROM units WHERE id = ?"), { unitId }), 0);
        QCOMPARE(r.count(QStringLiteral("SELECT active FROM units WHERE id = ?"), { unitId }), 0);
    } else {
        QCOMPARE(Reconciler::restore(r.f.db(), { unitId }, r.f.clock().nowUtc()).value(), 1);
        QCOMPARE(r.count(QStringLiteral("SELECT needs_review FROM units WHERE id = ?"), { unitId }), 0);
        QCOMPARE(r.count(QStringLiteral("SELECT active FROM units WHERE id = ?"), { unitId }), 1);
    }
}

QTEST_GUILESS_MAIN(TestReconciliation)
#include "tst_reconciliation.moc"
