// R13's compare and R16's guard, table-driven, without I/O (ReconcilePlan).
#include "reconcile/ReconcilePlan.h"

#include <QTest>

using namespace pms;

namespace {

// @p perProperty: active units per property (property pms ids 1, 2, 3, ...; unit pms ids p*100+i).
QList<ReconcileUnit> portfolio(const QList<int> &perProperty)
{
    QList<ReconcileUnit> units;
    for (int p = 0; p < perProperty.size(); ++p) {
        for (int i = 1; i <= perProperty.at(p); ++i) {
            ReconcileUnit u;
            u.id = (p + 1) * 100 + i;
            u.pmsId = (p + 1) * 100 + i;
            u.pmsPropertyId = p + 1;
            u.propertyId = p + 1;
            u.propertyName = QStringLiteral("Property %1").arg(QChar(u'A' + p));
            u.unitName = QStringLiteral("Unit %1").arg(i);
            units.append(u);
        }
    }
    return units;
}

QSet<qint64> idsExcept(const QList<ReconcileUnit> &units, const QSet<qint64> &missing)
{
    QSet<qint64> ids;
    for (const ReconcileUnit &u : units)
        if (!missing.contains(u.pmsId))
            ids.insert(u.pmsId);
    ids.insert(999999); // a PMS unit the cache does not have yet: irrelevant to reconciliation
    return ids;
}

} // namespace

class TestReconciliationPlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void R13_missingUnitsGroupedByProperty();
    void R16_guard_data();
    void R16_guard();
    void reappearedUnitsAreListed();
    void emptyPmsListTripsTheGuard();
};

void TestReconciliationPlan::R13_missingUnitsGroupedByProperty()
{
    const auto units = portfolio({ 10, 10, 10 });
    const ReconcilePlan plan
        = ReconcilePlan::compute(units, idsExcept(units, { 302, 101, 105 }), {}, ReconcileGuard());
    QCOMPARE(plan.unitsChecked(), 30);
    QCOMPARE(plan.missing().size(), 3);
    QVERIFY(!plan.guardTripped());
    QCOMPARE(plan.properties().size(), 2);
    QCOMPARE(plan.properties().at(0).propertyName, QStringLiteral("Property A"));
    QCOMPARE(plan.properties().at(0).activeUnits, 10);
    QCOMPARE(plan.properties().at(0).missing.size(), 2);
    QCOMPARE(plan.properties().at(0).missing.at(0).pmsId, 101);
    QCOMPARE(plan.properties().at(0).missing.at(1).pmsId, 105);
    QCOMPARE(plan.properties().at(1).propertyName, QStringLiteral("Property C"));
    QCOMPARE(plan.properties().at(1).missing.at(0).pmsId, 302);
}

void TestReconciliationPlan::R16_guard_data()
{
    QTest::addColumn<QList<int>>("perProperty");
    QTest::addColumn<QList<qint64>>("missing");
    QTest::addColumn<double>("maxShare");
    QTest::addColumn<int>("wholeProperty");
    QTest::addColumn<QString>("trouble");
    QTest::addColumn<bool>("trips");

    const int never = int(ReconcileGuard::WholeProperty::Never);
    const int afterError = int(ReconcileGuard::WholeProperty::AfterPmsError);
    const int always = int(ReconcileGuard::WholeProperty::Always);
    const QList<int> tenByThree = { 10, 10, 10 };
    QTest::newRow("nothing missing") << tenByThree << QList<qint64> {} << 0.2 << afterError << QString()
                                     << false;
    QTest::newRow("exactly 20 % is allowed") << tenByThree << QList<qint64> { 101, 102, 103, 201, 202, 301 }
                                             << 0.2 << afterError << QString() << false;
    QTest::newRow("more than 20 % stops") << tenByThree << QList<qint64> { 101, 102, 103, 201, 202, 301, 302 }
                                          << 0.2 << afterError << QString() << true;
    QTest::newRow("threshold configurable: 30 %")
        << tenByThree << QList<qint64> { 101, 102, 103, 201, 202, 301, 302 } << 0.3 << afterError << QString()
        << false;
    QTest::newRow("threshold configurable: 0 % asks for any")
        << tenByThree << QList<qint64> { 101 } << 0.0 << afterError << QString() << true;
    const QList<int> big = { 2, 20, 20 };
    QTest::newRow("whole property, no PMS error")
        << big << QList<qint64> { 101, 102 } << 0.2 << afterError << QString() << false;
    QTest::newRow("whole property after a PMS error")
        << big << QList<qint64> { 101, 102 } << 0.2 << afterError << QStringLiteral("the last sync failed")
        << true;
    QTest::newRow("part of a property after a PMS error") << big << QList<qint64> { 101 } << 0.2 << afterError
                                                          << QStringLiteral("the last sync failed") << false;
    QTest::newRow("whole property, rule off") << big << QList<qint64> { 101, 102 } << 0.2 << never
                                              << QStringLiteral("the last sync failed") << false;
    QTest::newRow("whole property, always")
        << big << QList<qint64> { 101, 102 } << 0.2 << always << QString() << true;
}

void TestReconciliationPlan::R16_guard()
{
    QFETCH(QList<int>, perProperty);
    QFETCH(QList<qint64>, missing);
    QFETCH(double, maxShare);
    QFETCH(int, wholeProperty);
    QFETCH(QString, trouble);
    QFETCH(bool, trips);
    ReconcileGuard guard;
    guard.maxShare = maxShare;
    guard.wholeProperty = ReconcileGuard::WholeProperty(wholeProperty);
    const auto units = portfolio(perProperty);
    const QSet<qint64> gone(missing.begin(), missing.end());
    const ReconcilePlan plan = ReconcilePlan::compute(units, idsExcept(units, gone), {}, guard, trouble);
    QCOMPARE(plan.missing().size(), missing.size());
    QCOMPARE(plan.guardTripped(), trips);
    if (trips && !trouble.isEmpty())
        QVERIFY2(plan.guardReason().contains(trouble), qPrintable(plan.guardReason()));
}

void TestReconciliationPlan::reappearedUnitsAreListed()
{
    const auto units = portfolio({ 5 });
    ReconcileUnit off;
    off.id = 900;
    off.pmsId = 900;
    off.pmsPropertyId = 1;
    ReconcileUnit stillGone = off;
    stillGone.id = stillGone.pmsId = 901;
    QSet<qint64> ids = idsExcept(units, {});
    ids.insert(900);
    const ReconcilePlan plan = ReconcilePlan::compute(units, ids, { off, stillGone }, ReconcileGuard());
    QCOMPARE(plan.reappeared().size(), 1);
    QCOMPARE(plan.reappeared().first().pmsId, 900);
    QVERIFY(plan.missing().isEmpty());
}

void TestReconciliationPlan::emptyPmsListTripsTheGuard()
{
    // A PMS that answers "no units" (an outage that looks like success) must never wipe the portfolio.
    const auto units = portfolio({ 3, 4 });
    const ReconcilePlan plan = ReconcilePlan::compute(units, {}, {}, ReconcileGuard());
    QCOMPARE(plan.missing().size(), 7);
    QVERIFY(plan.guardTripped());
    QVERIFY2(plan.guardReason().contains(QLatin1String("7 of 7")), qPrintable(plan.guardReason()));
}

QTEST_GUILESS_MAIN(TestReconciliationPlan)
#include "tst_reconciliationplan.moc"
