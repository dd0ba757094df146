#include "mapping/SuggestionScorer.h"
#include "mapping/UnitSuggester.h"

#include <QTest>

using namespace pms;

Q_DECLARE_METATYPE(pms::NameMatch)
Q_DECLARE_METATYPE(pms::BuildingMatch)

namespace {

PmsUnitRow pmsUnit(qint64 id, const QString &name, const QString &property, const QString &propertyAddress = {},
                   qint64 propertyId = 0)
{
    PmsUnitRow u;
    u.unitId = id;
    u.pmsId = 1000000 + id;
    u.connectionId = 1;
    u.propertyId = propertyId ? propertyId : qint64(qHash(property) % 100000 + 1);
    u.propertyName = property;
    u.propertyAddress = propertyAddress;
    u.unitName = name;
    return u;
}

PlatformUnitRow platformUnit(qint64 id, const QString &name, const QString &building = {}, const QString &floor = {})
{
    PlatformUnitRow p;
    p.id = id;
    p.name = name;
    p.building = building;
    p.floor = floor;
    return p;
}

const Suggestion *find(const std::vector<Suggestion> &all, qint64 unitId)
{
    for (const Suggestion &s : all)
        if (s.unitId == unitId)
            return &s;
    return nullptr;
}

} // namespace

/// The scoring of suggestions (SuggestionScorer) and the suggester built on it.
class TestSuggester : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void buildingScore_data();
    void buildingScore();
    void raw_data();
    void raw();
    void confidence_data();
    void confidence();
    void pairs_data();
    void pairs();
    void eachPlatformUnitSuggestedOnce();
    void mappedUnitsAreLeftOut();
    void learnsBuildingFromExistingMappings();
    void ambiguousKeyInManyBuildings();
    void singleFamilyByStreetAddress();
    void cancel();
};

void TestSuggester::buildingScore_data()
{
    QTest::addColumn<QString>("building");
    QTest::addColumn<QString>("propertyName");
    QTest::addColumn<QString>("propertyAddress");
    QTest::addColumn<double>("value");
    QTest::addColumn<BuildingMatch>("match");
    QTest::newRow("same name") << QStringLiteral("Maple Court") << QStringLiteral("The Maple Court Apartments") << QStringLiteral("") << 1.0 << BuildingMatch::Same;
    QTest::newRow("same street") << QStringLiteral("123 Oak Street") << QStringLiteral("Maple Court") << QStringLiteral("123 Oak St") << 1.0 << BuildingMatch::Same;
    QTest::newRow("partial") << QStringLiteral("Maple Court East") << QStringLiteral("Maple Court") << QStringLiteral("") << 0.8 * 0.8 << BuildingMatch::Partial;
    QTest::newRow("named after street") << QStringLiteral("Oak Building") << QStringLiteral("Maple Court") << QStringLiteral("123 Oak St") << 0.8 * 1.0 << BuildingMatch::Partial;
    QTest::newRow("numbered buildings differ") << QStringLiteral("Maple Court 4") << QStringLiteral("Maple Court 3 Apartments") << QStringLiteral("") << 0.0 << BuildingMatch::Contradicts;
    QTest::newRow("numbered building same") << QStringLiteral("Maple Court 3") << QStringLiteral("Maple Court 3 Apartments") << QStringLiteral("") << 1.0 << BuildingMatch::Same;
    QTest::newRow("code") << QStringLiteral("A") << QStringLiteral("Maple Court") << QStringLiteral("") << 0.3 << BuildingMatch::Unknown;
    QTest::newRow("empty") << QStringLiteral("") << QStringLiteral("Maple Court") << QStringLiteral("") << 0.3 << BuildingMatch::Unknown;
    QTest::newRow("other building") << QStringLiteral("Harbor Point") << QStringLiteral("Maple Court") << QStringLiteral("123 Oak St") << 0.0 << BuildingMatch::Contradicts;
    QTest::newRow("other street") << QStringLiteral("77 Elm St") << QStringLiteral("Maple Court") << QStringLiteral("123 Oak St") << 0.0 << BuildingMatch::Contradicts;
}

void TestSuggester::buildingScore()
{
    QFETCH(QString, building);
    QFETCH(QString, propertyName);
    QFETCH(QString, propertyAddress);
    QFETCH(double, value);
    QFETCH(BuildingMatch, match);
    const SuggestionScorer::BuildingScore s = SuggestionScorer::buildingScore(building, propertyName, propertyAddress);
    QCOMPARE(s.match, match);
    QVERIFY2(qAbs(s.value - value) < 1e-9, qPrintable(QString::number(s.value)));
}

void TestSuggester::raw_data()
{
    QTest::addColumn<NameMatch>("name");
    QTest::addColumn<double>("building");
    QTest::addColumn<double>("floor");
    QTest::addColumn<double>("expected");
    QTest::newRow("exact, same building") << NameMatch::Exact << 1.0 << 1.0 << 1.0;
    QTest::newRow("exact, unknown building") << NameMatch::Exact << 0.3 << 1.0 << 0.685;
    QTest::newRow("exact, other building") << NameMatch::Exact << 0.0 << 1.0 << 0.55;
    QTest::newRow("exact, same building, other floor") << NameMatch::Exact << 1.0 << 0.9 << 0.9;
    QTest::newRow("address, same building") << NameMatch::Address << 1.0 << 1.0 << 0.9;
    QTest::newRow("code one side, same building") << NameMatch::CodeOneSide << 1.0 << 1.0 << 0.85;
    QTest::newRow("code both, unknown") << NameMatch::CodeBoth << 0.3 << 1.0 << 0.75 * 0.685;
    QTest::newRow("no match") << NameMatch::None << 1.0 << 1.0 << 0.0;
}

void TestSuggester::raw()
{
    QFETCH(NameMatch, name);
    QFETCH(double, building);
    QFETCH(double, floor);
    QFETCH(double, expected);
    QVERIFY(qAbs(SuggestionScorer::raw(name, building, floor) - expected) < 1e-9);
}

void TestSuggester::confidence_data()
{
    QTest::addColumn<double>("raw");
    QTest::addColumn<int>("unitTies");
    QTest::addColumn<int>("platformTies");
    QTest::addColumn<double>("expected");
    QTest::newRow("unique") << 0.9 << 1 << 1 << 0.9;
    QTest::newRow("two for the unit") << 0.685 << 2 << 1 << 0.3425;
    QTest::newRow("two each side") << 1.0 << 2 << 2 << 0.25;
    QTest::newRow("zero ties counts as one") << 0.5 << 0 << 0 << 0.5;
}

void TestSuggester::confidence()
{
    QFETCH(double, raw);
    QFETCH(int, unitTies);
    QFETCH(int, platformTies);
    QFETCH(double, expected);
    QVERIFY(qAbs(SuggestionScorer::confidence(raw, unitTies, platformTies) - expected) < 1e-9);
}

// One PMS unit against one platform unit: is it suggested, and how confidently?
void TestSuggester::pairs_data()
{
    QTest::addColumn<QString>("unitName");
    QTest::addColumn<QString>("property");
    QTest::addColumn<QString>("platformName");
    QTest::addColumn<QString>("building");
    QTest::addColumn<double>("confidence"); // 0: no suggestion
    QTest::addColumn<NameMatch>("nameMatch");
    QTest::newRow("12-03 ~ #12-03 same building") << QStringLiteral("12-03") << QStringLiteral("Maple Court") << QStringLiteral("#12-03") << QStringLiteral("Maple Court") << 1.0 << NameMatch::Exact;
    QTest::newRow("Apt 1203 ~ Unit 12-03") << QStringLiteral("Apt 1203") << QStringLiteral("Maple Court") << QStringLiteral("Unit 12-03") << QStringLiteral("The Maple Court Apartments") << 1.0 << NameMatch::Exact;
    QTest::newRow("Apt 12C ~ 12-C") << QStringLiteral("Apt 12C") << QStringLiteral("Maple Court") << QStringLiteral("12-C") << QStringLiteral("") << 0.685 << NameMatch::Exact;
    QTest::newRow("1203 ~ A-1203 same building") << QStringLiteral("1203") << QStringLiteral("Maple Court") << QStringLiteral("A-1203") << QStringLiteral("Maple Court") << 0.85 << NameMatch::CodeOneSide;
    QTest::newRow("MC-1203 ~ A-1203") << QStringLiteral("MC-1203") << QStringLiteral("Maple Court") << QStringLiteral("A-1203") << QStringLiteral("Maple Court") << 0.75 << NameMatch::CodeBoth;
    QTest::newRow("other building") << QStringLiteral("1203") << QStringLiteral("Maple Court") << QStringLiteral("1203") << QStringLiteral("Harbor Point") << 0.55 << NameMatch::Exact;
    QTest::newRow("different unit") << QStringLiteral("1203") << QStringLiteral("Maple Court") << QStringLiteral("1204") << QStringLiteral("Maple Court") << 0.0 << NameMatch::None;
    QTest::newRow("12C is not 1203") << QStringLiteral("12C") << QStringLiteral("Maple Court") << QStringLiteral("1203") << QStringLiteral("Maple Court") << 0.0 << NameMatch::None;
}

void TestSuggester::pairs()
{
    QFETCH(QString, unitName);
    QFETCH(QString, property);
    QFETCH(QString, platformName);
    QFETCH(QString, building);
    QFETCH(double, confidence);
    QFETCH(NameMatch, nameMatch);
    const auto out = UnitSuggester::suggest({pmsUnit(1, unitName, property)}, {platformUnit(7, platformName, building)});
    if (confidence == 0.0) {
        QVERIFY(out.empty());
        return;
    }
    QCOMPARE(out.size(), size_t(1));
    QCOMPARE(out[0].platformUnitId, qint64(7));
    QCOMPARE(out[0].nameMatch, nameMatch);
    QVERIFY2(qAbs(out[0].confidence - confidence) < 1e-9, qPrintable(QString::number(out[0].confidence)));
}

void TestSuggester::eachPlatformUnitSuggestedOnce()
{
    // Two properties have a 1203; the platform unit's building decides, the other gets nothing.
    const std::vector<PmsUnitRow> units = {pmsUnit(1, QStringLiteral("1203"), QStringLiteral("Harbor Point")),
                                           pmsUnit(2, QStringLiteral("12-03"), QStringLiteral("Maple Court"))};
    const auto out = UnitSuggester::suggest(units, {platformUnit(7, QStringLiteral("Apt 1203"), QStringLiteral("Maple Court"))});
    QCOMPARE(out.size(), size_t(1));
    QCOMPARE(out[0].unitId, qint64(2));
    QCOMPARE(out[0].buildingMatch, BuildingMatch::Same);

    // Without a building the two are equally likely: both halved, still one suggestion.
    const auto tied = UnitSuggester::suggest(units, {platformUnit(8, QStringLiteral("1203"))});
    QCOMPARE(tied.size(), size_t(1));
    QVERIFY(qAbs(tied[0].confidence - 0.685 / 2) < 1e-9);
}

void TestSuggester::mappedUnitsAreLeftOut()
{
    PmsUnitRow mapped = pmsUnit(1, QStringLiteral("101"), QStringLiteral("Maple Court"));
    mapped.platformUnitId = 9;
    PlatformUnitRow taken = platformUnit(10, QStringLiteral("102"), QStringLiteral("Maple Court"));
    taken.mappedUnitId = 55;
    const auto out = UnitSuggester::suggest(
        {mapped, pmsUnit(2, QStringLiteral("102"), QStringLiteral("Maple Court"))},
        {platformUnit(9, QStringLiteral("101"), QStringLiteral("Maple Court")), taken});
    QVERIFY(out.empty());
}

void TestSuggester::learnsBuildingFromExistingMappings()
{
    // Buildings named "North" / "South" say nothing about property names; existing mappings do.
    PmsUnitRow m1 = pmsUnit(1, QStringLiteral("101"), QStringLiteral("Maple Court"), {}, 5);
    m1.platformUnitId = 1;
    PmsUnitRow m2 = pmsUnit(2, QStringLiteral("102"), QStringLiteral("Maple Court"), {}, 5);
    m2.platformUnitId = 2;
    const std::vector<PmsUnitRow> units = {m1, m2, pmsUnit(3, QStringLiteral("103"), QStringLiteral("Maple Court"), {}, 5)};
    std::vector<PlatformUnitRow> platform = {platformUnit(1, QStringLiteral("101"), QStringLiteral("North")),
                                             platformUnit(2, QStringLiteral("102"), QStringLiteral("North")),
                                             platformUnit(3, QStringLiteral("103"), QStringLiteral("North")),
                                             platformUnit(4, QStringLiteral("103"), QStringLiteral("South"))};
    platform[0].mappedUnitId = 1;
    platform[1].mappedUnitId = 2;
    const auto out = UnitSuggester::suggest(units, platform);
    QCOMPARE(out.size(), size_t(1));
    QCOMPARE(out[0].platformUnitId, qint64(3));
    QCOMPARE(out[0].buildingMatch, BuildingMatch::Learned);
    QVERIFY(qAbs(out[0].confidence - SuggestionScorer::raw(NameMatch::Exact, 0.9)) < 1e-9);
}

void TestSuggester::ambiguousKeyInManyBuildings()
{
    // "101" exists in 200 buildings: only the property's own building is searched and suggested.
    std::vector<PlatformUnitRow> platform;
    for (int b = 0; b < 200; ++b)
        platform.push_back(platformUnit(b + 1, QStringLiteral("101"), QStringLiteral("Tower Park %1 Gardens").arg(b)));
    platform.push_back(platformUnit(1000, QStringLiteral("Apt 101"), QStringLiteral("Maple Court")));
    std::vector<PmsUnitRow> units = {pmsUnit(1, QStringLiteral("101"), QStringLiteral("Maple Court Apartments")),
                                     pmsUnit(2, QStringLiteral("101"), QStringLiteral("Somewhere Else"))};
    const auto out = UnitSuggester::suggest(units, platform);
    const Suggestion *s = find(out, 1);
    QVERIFY(s);
    QCOMPARE(s->platformUnitId, qint64(1000));
    QCOMPARE(s->confidence, 1.0);
    QVERIFY(!find(out, 2)); // 200 equally poor candidates: nothing worth offering
}

void TestSuggester::singleFamilyByStreetAddress()
{
    PmsUnitRow house = pmsUnit(1, QStringLiteral("Main"), QStringLiteral("Oak House"), QStringLiteral("123 Oak St"));
    house.address = QStringLiteral("123 Oak Street");
    const auto out = UnitSuggester::suggest({house}, {platformUnit(5, QStringLiteral("123 Oak St"), QStringLiteral("123 Oak St"))});
    QCOMPARE(out.size(), size_t(1));
    QCOMPARE(out[0].nameMatch, NameMatch::Address);
    QVERIFY(qAbs(out[0].confidence - 0.9) < 1e-9);
}

void TestSuggester::cancel()
{
    std::atomic_bool stop{true};
    UnitSuggester::Options o;
    o.cancel = &stop;
    QVERIFY(UnitSuggester::suggest({pmsUnit(1, QStringLiteral("1"), QStringLiteral("P"))},
                                   {platformUnit(1, QStringLiteral("1"))}, o)
                .empty());
}

QTEST_GUILESS_MAIN(TestSuggester)
#include "tst_suggester.moc"
