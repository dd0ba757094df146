// The demo's access-platform units (SimPlatformUnits): after the demo's sync and their import, the
// Unit Mapping editor has work to show — most PMS units with a confident suggestion, some with a
// doubtful or ambiguous one, some with none — and the control endpoint serves the same file.
#include "SimHttp.h"
#include "support/SyncFixture.h"

#include "csv/CsvImporter.h"
#include "mapping/UnitSuggester.h"
#include "sim/SimPlatformUnits.h"
#include "storage/MappingRepository.h"

#include <QBuffer>
#include <QTest>

using namespace pms;
using namespace pms::sim;

class TestSimPlatformUnits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void deterministicAndImportable();
    void mappingEditorHasWorkToShow();
};

void TestSimPlatformUnits::deterministicAndImportable()
{
    SimOptions o;
    o.scale = Scale::Tiny;
    o.asOf = QDate(2026, 11, 20);
    SimServer server(o);
    QVERIFY(server.listen(0) > 0);
    const QByteArray csv = SimPlatformUnits::csv(server.data());
    QVERIFY(csv.startsWith("name,building,floor,external_ref\r\n"));
    QCOMPARE(SimPlatformUnits::csv(server.data()), csv); // same seed, same file

    SimOptions other = o;
    other.seed = 2;
    SimServer second(other);
    QVERIFY(SimPlatformUnits::csv(second.data()) != csv);

    // The control endpoint (for scripts: the README's walk-through) serves the same bytes.
    pms::sim::test::SimHttp http(server);
    http.setAuth(false);
    QUrl url = server.controlUrl();
    url.setPath(url.path() + QStringLiteral("/platform-units.csv"));
    const pms::sim::test::HttpResult r = http.wait(http.nam().get(QNetworkRequest(url)));
    QCOMPARE(r.status, 200);
    QVERIFY(r.contentType.startsWith("text/csv"));
    QCOMPARE(r.body, csv);
}

void TestSimPlatformUnits::mappingEditorHasWorkToShow()
{
    SimOptions o;
    o.scale = Scale::Small; // the demo's scale
    pms::test::SyncFixture f(o);
    const SyncOutcome outcome = f.run(SyncKind::Initial, 180000);
    QVERIFY2(outcome.status == QLatin1String("succeeded"), qPrintable(outcome.error));

    const QByteArray csv = SimPlatformUnits::csv(f.sim());
    QByteArray bytes = csv;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const ImportReport report = CsvImporter(ImportEntity::PlatformUnits).importFrom(f.db(), buffer);
    QVERIFY2(report.ok(), report.errors.isEmpty() ? "" : qPrintable(report.errors.first().format(QStringLiteral("csv"))));
    const std::vector<SimPlatformUnits::Row> rows = f.sim().read([](const SimStore &s) { return SimPlatformUnits::generate(s, 1); }); // seed 1: SimOptions default
    QCOMPARE(report.imported, qint64(rows.size()));

    auto units = MappingRepository(f.db()).units(f.connection().id, false);
    auto platform = MappingRepository(f.db()).platformUnits();
    QVERIFY(units.ok() && platform.ok());
    const double total = double(units->size());
    QVERIFY(total > 300);
    const std::vector<Suggestion> suggestions = UnitSuggester::suggest(units.value(), platform.value());

    // Which platform unit each PMS unit really is (external_ref → the PMS unit it was made for).
    QHash<QString, qint64> truth;
    for (const auto &row : rows)
        truth.insert(row.externalRef, row.pmsUnitId);
    QHash<qint64, qint64> pmsIdOfUnit;
    for (const PmsUnitRow &u : units.value())
        pmsIdOfUnit.insert(u.unitId, u.pmsId);
    QHash<qint64, QString> refOfPlatformUnit;
    for (const PlatformUnitRow &p : platform.value())
        refOfPlatformUnit.insert(p.id, p.externalRef);

    int confident = 0, doubtful = 0, right = 0;
    for (const Suggestion &s : suggestions) {
        (s.confidence >= 0.9 ? confident : doubtful) += 1;
        if (truth.value(refOfPlatformUnit.value(s.platformUnitId)) == pmsIdOfUnit.value(s.unitId))
            ++right;
    }
    const int without = int(total) - int(suggestions.size());
    qInfo("%d PMS units: %d confident suggestions, %d doubtful, %d without; %d right; %d platform units",
          int(total), confident, doubtful, without, right, int(platform->size()));
    // Most match, some are doubtful or ambiguous, some are missing: the editor shows each kind.
    QVERIFY(confident >= 0.6 * total);
    QVERIFY(doubtful >= 0.05 * total);
    QVERIFY(without >= 0.05 * total);
    QVERIFY(right >= 0.9 * double(suggestions.size()));
    // Platform units no PMS unit stands for (a gym, the leasing office).
    QVERIFY(std::count_if(rows.begin(), rows.end(), [](const auto &r) { return r.pmsUnitId == 0; }) > 0);
}

QTEST_GUILESS_MAIN(TestSimPlatformUnits)
#include "tst_simplatformunits.moc"
