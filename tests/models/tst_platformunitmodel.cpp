// PlatformUnitModel (the platform units beside the mapping editor) under QAbstractItemModelTester:
// a view of UnitMappingModel's platform units that follows a reload and a mapping change.

#include "models/mapping/PlatformUnitModel.h"
#include "models/mapping/UnitMappingModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace pms;

namespace {

PmsUnitRow unit(qint64 id, const QString &name)
{
    PmsUnitRow u;
    u.unitId = id;
    u.pmsId = 9000 + id;
    u.connectionId = 1;
    u.propertyId = 1;
    u.propertyName = QStringLiteral("Maple Court");
    u.unitName = name;
    return u;
}

PlatformUnitRow platformUnit(qint64 id, const QString &name)
{
    PlatformUnitRow p;
    p.id = id;
    p.name = name;
    p.building = QStringLiteral("Maple Court");
    p.floor = QStringLiteral("1");
    p.externalRef = QStringLiteral("PU-%1").arg(id);
    return p;
}

} // namespace

class TestPlatformUnitModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void followsTheMappingModel();
};

void TestPlatformUnitModel::followsTheMappingModel()
{
    UnitMappingModel mapping;
    PlatformUnitModel model(&mapping);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(PlatformUnitModel::ColumnCount));

    std::vector<PlatformUnitRow> platform {platformUnit(11, QStringLiteral("101")), platformUnit(12, QStringLiteral("102"))};
    platform[1].mappedUnitId = 2;
    platform[1].mappedPmsUnitId = 9002;
    platform[1].mappedUnitName = QStringLiteral("Apt 102");
    platform[1].mappedPropertyName = QStringLiteral("Maple Court");
    std::vector<PmsUnitRow> units {unit(1, QStringLiteral("Apt 101")), unit(2, QStringLiteral("Apt 102"))};
    units[1].platformUnitId = 12;
    mapping.setSnapshot(units, platform);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, PlatformUnitModel::NameColumn).data().toString(), QStringLiteral("101"));
    QCOMPARE(model.index(0, PlatformUnitModel::ExternalRefColumn).data().toString(), QStringLiteral("PU-11"));
    QCOMPARE(model.index(0, PlatformUnitModel::MappedToColumn).data().toString(), QStringLiteral("available"));
    QCOMPARE(model.index(1, PlatformUnitModel::MappedToColumn).data().toString(), QStringLiteral("Apt 102 · Maple Court"));
    QCOMPARE(model.index(1, PlatformUnitModel::MappedToColumn).data(Qt::ToolTipRole).toString(),
        QStringLiteral("Mapped to PMS unit 9002"));
    QCOMPARE(model.index(1, 0).data(PlatformUnitModel::IdRole).toLongLong(), qint64(12));
    QCOMPARE(model.index(1, 0).data(PlatformUnitModel::MappedUnitIdRole).toLongLong(), qint64(2));
    QVERIFY(model.platformUnitAt(5) == nullptr);

    // A mapping written elsewhere: the row of the platform unit changes in place.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    MappingState state;
    state.platformUnitId = 11;
    state.method = QStringLiteral("manual");
    mapping.applyChange(1, state);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(model.index(0, 0).data(PlatformUnitModel::MappedUnitIdRole).toLongLong(), qint64(1));

    mapping.setSnapshot({}, {});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestPlatformUnitModel)
#include "tst_platformunitmodel.moc"
