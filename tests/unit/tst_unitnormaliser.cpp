#include "mapping/UnitNormaliser.h"

#include <QTest>

using namespace pms;

/// How unit names, buildings and streets are normalised before they are compared (R18 suggestions).
class TestUnitNormaliser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void unitKey_data();
    void unitKey();
    void coreKey_data();
    void coreKey();
    void streetKey_data();
    void streetKey();
    void buildingTokens_data();
    void buildingTokens();
    void buildingCode_data();
    void buildingCode();
    void floorNumber_data();
    void floorNumber();
};

void TestUnitNormaliser::unitKey_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("key");
    // The list: all the same unit.
    QTest::newRow("12-03") << QStringLiteral("12-03") << QStringLiteral("1203");
    QTest::newRow("1203") << QStringLiteral("1203") << QStringLiteral("1203");
    QTest::newRow("#12-03") << QStringLiteral("#12-03") << QStringLiteral("1203");
    QTest::newRow("Apt 1203") << QStringLiteral("Apt 1203") << QStringLiteral("1203");
    QTest::newRow("Unit 12-03") << QStringLiteral("Unit 12-03") << QStringLiteral("1203");
    QTest::newRow("apt. 12‑03 (non-breaking hyphen)") << QStringLiteral("apt. 12\u201103") << QStringLiteral("1203");
    QTest::newRow("en dash") << QStringLiteral("12\u201303") << QStringLiteral("1203");
    QTest::newRow("spaces around") << QStringLiteral("  12 - 03 ") << QStringLiteral("1203");
    QTest::newRow("Apartment No. 1203") << QStringLiteral("Apartment No. 1203") << QStringLiteral("1203");
    QTest::newRow("Suite 1203") << QStringLiteral("Suite 1203") << QStringLiteral("1203");
    QTest::newRow("fullwidth digits") << QStringLiteral("\uFF11\uFF12\uFF10\uFF13") << QStringLiteral("1203");
    // Letters.
    QTest::newRow("Apt 12C") << QStringLiteral("Apt 12C") << QStringLiteral("12c");
    QTest::newRow("12C") << QStringLiteral("12C") << QStringLiteral("12c");
    QTest::newRow("12-C") << QStringLiteral("12-C") << QStringLiteral("12c");
    QTest::newRow("12 c") << QStringLiteral("12 c") << QStringLiteral("12c");
    // Leading zeros do not count; a lone zero stays.
    QTest::newRow("Apt 012") << QStringLiteral("Apt 012") << QStringLiteral("12");
    QTest::newRow("0") << QStringLiteral("0") << QStringLiteral("0");
    // Designator words alone are names.
    QTest::newRow("Unit") << QStringLiteral("Unit") << QStringLiteral("unit");
    QTest::newRow("Unit 7") << QStringLiteral("Unit 7") << QStringLiteral("7");
    // Building codes stay part of the key (coreKey removes them).
    QTest::newRow("A-1203") << QStringLiteral("A-1203") << QStringLiteral("a1203");
    QTest::newRow("accents") << QStringLiteral("Château 2") << QStringLiteral("chateau2");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("punctuation only") << QStringLiteral("#-.") << QString();
}

void TestUnitNormaliser::unitKey()
{
    QFETCH(QString, name);
    QFETCH(QString, key);
    QCOMPARE(UnitNormaliser::unitKey(name), key);
}

void TestUnitNormaliser::coreKey_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("key");
    QTest::newRow("A-1203") << QStringLiteral("A-1203") << QStringLiteral("1203");
    QTest::newRow("MC-12-03") << QStringLiteral("MC-12-03") << QStringLiteral("1203");
    QTest::newRow("Bldg B 1203") << QStringLiteral("Bldg B 1203") << QStringLiteral("1203");
    QTest::newRow("Building 2 Apt 101") << QStringLiteral("Building 2 Apt 101") << QStringLiteral("101");
    QTest::newRow("B2 101") << QStringLiteral("B2 101") << QStringLiteral("101");
    QTest::newRow("no code") << QStringLiteral("1203") << QString();
    QTest::newRow("letter after number") << QStringLiteral("12-C") << QString();
    QTest::newRow("long word is not a code") << QStringLiteral("North 12") << QString();
    QTest::newRow("designator is not a code") << QStringLiteral("Apt 12") << QString();
}

void TestUnitNormaliser::coreKey()
{
    QFETCH(QString, name);
    QFETCH(QString, key);
    QCOMPARE(UnitNormaliser::coreKey(name), key);
}

void TestUnitNormaliser::streetKey_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("key");
    QTest::newRow("plain") << QStringLiteral("123 Oak St") << QStringLiteral("123 oak");
    QTest::newRow("long type") << QStringLiteral("123 Oak Street") << QStringLiteral("123 oak");
    QTest::newRow("direction") << QStringLiteral("123 N. Oak Street") << QStringLiteral("123 oak");
    QTest::newRow("unit after comma") << QStringLiteral("123 Oak St, Unit 1203") << QStringLiteral("123 oak");
    QTest::newRow("unit without comma") << QStringLiteral("123 Oak St 1203") << QStringLiteral("123 oak");
    QTest::newRow("two words") << QStringLiteral("45 Camino Real") << QStringLiteral("45 camino real");
    QTest::newRow("ordinal") << QStringLiteral("12 5th Ave") << QStringLiteral("12 5th");
    QTest::newRow("accent") << QStringLiteral("9 César Chávez Blvd") << QStringLiteral("9 cesar chavez");
    QTest::newRow("no number") << QStringLiteral("Oak Street") << QString();
    QTest::newRow("unit number only") << QStringLiteral("12-03") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestUnitNormaliser::streetKey()
{
    QFETCH(QString, address);
    QFETCH(QString, key);
    QCOMPARE(UnitNormaliser::streetKey(address), key);
}

void TestUnitNormaliser::buildingTokens_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("tokens");
    QTest::newRow("filler") << QStringLiteral("The Maple Court Apartments") << QStringList{QStringLiteral("court"), QStringLiteral("maple")};
    QTest::newRow("same") << QStringLiteral("maple court") << QStringList{QStringLiteral("court"), QStringLiteral("maple")};
    QTest::newRow("lofts at") << QStringLiteral("The Lofts at Mill Creek") << QStringList{QStringLiteral("creek"), QStringLiteral("mill")};
    QTest::newRow("accent") << QStringLiteral("Château Royale") << QStringList{QStringLiteral("chateau"), QStringLiteral("royale")};
    QTest::newRow("empty") << QString() << QStringList();
}

void TestUnitNormaliser::buildingTokens()
{
    QFETCH(QString, name);
    QFETCH(QStringList, tokens);
    QCOMPARE(UnitNormaliser::buildingTokens(name), tokens);
}

void TestUnitNormaliser::buildingCode_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("code");
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("A") << QStringLiteral("A") << true;
    QTest::newRow("Building B") << QStringLiteral("Building B") << true;
    QTest::newRow("Tower 2") << QStringLiteral("Tower 2") << true;
    QTest::newRow("B2") << QStringLiteral("B2") << true;
    QTest::newRow("Maple Court") << QStringLiteral("Maple Court") << false;
    QTest::newRow("North") << QStringLiteral("North") << false;
}

void TestUnitNormaliser::buildingCode()
{
    QFETCH(QString, name);
    QFETCH(bool, code);
    QCOMPARE(UnitNormaliser::isBuildingCode(name), code);
}

void TestUnitNormaliser::floorNumber_data()
{
    QTest::addColumn<QString>("floor");
    QTest::addColumn<int>("number"); // -1: none
    QTest::newRow("12") << QStringLiteral("12") << 12;
    QTest::newRow("Floor 12") << QStringLiteral("Floor 12") << 12;
    QTest::newRow("12th") << QStringLiteral("12th") << 12;
    QTest::newRow("ground") << QStringLiteral("Ground") << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestUnitNormaliser::floorNumber()
{
    QFETCH(QString, floor);
    QFETCH(int, number);
    const std::optional<int> n = UnitNormaliser::floorNumber(floor);
    QCOMPARE(n.value_or(-1), number);
}

QTEST_GUILESS_MAIN(TestUnitNormaliser)
#include "tst_unitnormaliser.moc"
