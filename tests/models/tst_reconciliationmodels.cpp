// The reconciliation screen's three small models (models/reconciliation), under
// QAbstractItemModelTester: snapshots, the units of one snapshot, the review list.

#include "models/reconciliation/ReconcileItemsModel.h"
#include "models/reconciliation/ReconcileReviewModel.h"
#include "models/reconciliation/ReconcileSnapshotsModel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTest>

using namespace pms;

namespace {

ReconcileSnapshotRow snapshot(qint64 id, const QString &status, int checked, int deactivated, int pending)
{
    ReconcileSnapshotRow r;
    r.id = id;
    r.connectionId = 1;
    r.startedAt = QDateTime(QDate(2026, 11, 27), QTime(11, 0), Qt::UTC);
    r.trigger = id == 1 ? QStringLiteral("schedule") : QStringLiteral("manual");
    r.status = status;
    r.unitsChecked = checked;
    r.unitsDeactivated = deactivated;
    r.unitsPending = pending;
    return r;
}

ReconcileItemRow item(qint64 unitId, const QString &action, bool active)
{
    ReconcileItemRow r;
    r.id = unitId * 10;
    r.snapshotId = 1;
    r.unitId = unitId;
    r.action = action;
    r.pmsUnitId = 5000 + unitId;
    r.pmsPropertyId = 503;
    r.unitName = QStringLiteral("Unit %1").arg(unitId);
    r.address = QStringLiteral("12 Oak St\nUnit %1").arg(unitId);
    r.at = QDateTime(QDate(2026, 11, 27), QTime(11, 5), Qt::UTC);
    r.unitActive = active;
    return r;
}

} // namespace

class TestReconciliationModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void snapshots();
    void items();
    void review();
};

void TestReconciliationModels::snapshots()
{
    ReconcileSnapshotsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setRows({snapshot(3, QStringLiteral("dry_run"), 120, 0, 4), snapshot(2, QStringLiteral("completed"), 118, 2, 0),
                   snapshot(1, QStringLiteral("needs_confirmation"), 100, 0, 30)});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(ReconcileSnapshotsModel::ColumnCount));
    QCOMPARE(model.rowOf(2), 1);
    QCOMPARE(model.rowOf(99), -1);
    QCOMPARE(model.index(0, ReconcileSnapshotsModel::Status).data().toString(), QStringLiteral("Preview"));
    QCOMPARE(model.index(0, ReconcileSnapshotsModel::Deactivated).data().toString(), QStringLiteral("(4)"));
    QCOMPARE(model.index(1, ReconcileSnapshotsModel::Deactivated).data().toString(), QStringLiteral("2"));
    QCOMPARE(model.index(2, ReconcileSnapshotsModel::Trigger).data().toString(), QStringLiteral("Scheduled"));
    QCOMPARE(model.index(1, ReconcileSnapshotsModel::Trigger).data().toString(), QStringLiteral("Run now"));
    QCOMPARE(model.index(1, 0).data(ReconcileSnapshotsModel::SnapshotIdRole).toLongLong(), qint64(2));
    QCOMPARE(model.index(2, 0).data(ReconcileSnapshotsModel::StatusRole).toString(), QStringLiteral("needs_confirmation"));
    QCOMPARE(model.headerData(ReconcileSnapshotsModel::Checked, Qt::Horizontal).toString().isEmpty(), false);
    model.setRows({});
    QCOMPARE(model.rowCount(), 0);
}

void TestReconciliationModels::items()
{
    ReconcileItemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ReconcileItemRow gone = item(3, QStringLiteral("deactivated"), false);
    gone.unitId = 0; // the unit row was removed since
    model.setRows({item(1, QStringLiteral("deactivated"), false), item(2, QStringLiteral("deactivated"), true),
                   gone, item(4, QStringLiteral("would_deactivate"), true)});
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(ReconcileItemsModel::ColumnCount));
    // Only a deactivated unit that is still inactive can be restored.
    QVERIFY(model.isRestorable(0));
    QVERIFY(!model.isRestorable(1));
    QVERIFY(!model.isRestorable(2));
    QVERIFY(!model.isRestorable(3));
    QVERIFY(!model.isRestorable(9));
    QCOMPARE(model.index(0, 0).data(ReconcileItemsModel::RestorableRole).toBool(), true);
    QCOMPARE(model.index(0, ReconcileItemsModel::Property).data().toString(), QStringLiteral("Building 503"));
    QCOMPARE(model.index(0, ReconcileItemsModel::Address).data().toString(), QStringLiteral("12 Oak St, Unit 1"));
    QCOMPARE(model.index(0, ReconcileItemsModel::Now).data().toString(), QStringLiteral("Inactive"));
    QCOMPARE(model.index(1, ReconcileItemsModel::Now).data().toString(), QStringLiteral("Active"));
    QCOMPARE(model.index(2, ReconcileItemsModel::Now).data().toString(), QStringLiteral("Removed"));
    QCOMPARE(model.index(3, ReconcileItemsModel::Action).data().toString(), QStringLiteral("Would deactivate"));
    QCOMPARE(model.index(3, 0).data(ReconcileItemsModel::ActionRole).toString(), QStringLiteral("would_deactivate"));
    QCOMPARE(model.index(3, 0).data(ReconcileItemsModel::UnitIdRole).toLongLong(), qint64(4));
    QCOMPARE(model.index(0, ReconcileItemsModel::Unit).data(Qt::ToolTipRole).toString(),
        QStringLiteral("PMS unit 5001 in PMS building 503"));
}

void TestReconciliationModels::review()
{
    ReconcileReviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ReconciliationQueries::ReviewRow r;
    r.unitId = 7;
    r.pmsUnitId = 5007;
    r.propertyName = QStringLiteral("Maple Court");
    r.unitName = QStringLiteral("Unit 7");
    r.address = QStringLiteral("1 Maple Ct\nUnit 7");
    r.deactivatedAt = QDateTime(QDate(2026, 10, 27), QTime(10, 0), Qt::UTC);
    r.snapshotId = 12;
    model.setRows({r});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(ReconcileReviewModel::ColumnCount));
    QCOMPARE(model.index(0, ReconcileReviewModel::Address).data().toString(), QStringLiteral("1 Maple Ct, Unit 7"));
    QCOMPARE(model.index(0, 0).data(ReconcileReviewModel::UnitIdRole).toLongLong(), qint64(7));
    QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(QLatin1String("snapshot 12")));
    QCOMPARE(model.headerData(ReconcileReviewModel::DeactivatedAt, Qt::Horizontal).toString(), QStringLiteral("Deactivated"));
    model.setRows({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestReconciliationModels)
#include "tst_reconciliationmodels.moc"
