// Suggestion speed for the Unit Mapping editor: 50,000 PMS units against 50,000 platform units
// (target: <= 2 s), plus loading them from a cache and accepting the suggestions in one
// transaction. Prints figures; not a timed test.
//
//   bench_suggest [UNITS] [--no-db]

#include "mapping/MappingService.h"
#include "mapping/MappingSnapshotLoader.h"
#include "mapping/UnitSuggester.h"
#include "support/TestSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSqlQuery>
#include <QTextStream>
#include <QVariant>

#include <random>

using namespace pms;

namespace {

struct Dataset
{
    std::vector<PmsUnitRow> units;
    std::vector<PlatformUnitRow> platform;
};

QString unitName(int style, int floor, int number)
{
    const QString f = QString::number(floor), n = QString::number(number).rightJustified(2, QLatin1Char('0'));
    switch (style % 5) {
    case 0: return f + n;
    case 1: return f + QLatin1Char('-') + n;
    case 2: return QLatin1Char('#') + f + n;
    case 3: return QStringLiteral("Apt ") + f + n;
    default: return QStringLiteral("Unit ") + f + QLatin1Char('-') + n;
    }
}

// Properties of 50 units (10 floors x 5) named like real ones; the platform side writes the same
// units differently, names its buildings after the property, its street, or a code, misses 4 %
// and has 4 % extra.
Dataset generate(int count)
{
    static const char *names[] = {"Maple Court", "The Oaks", "Riverside", "Lakeview", "Willow Creek", "Cedar Ridge",
                                  "Parkside", "Sunset Villas", "Hillcrest", "Magnolia Gardens", "Aspen Heights",
                                  "Harbor Point", "Meadowbrook", "Stonegate", "Brookstone", "Foxhall", "Canyon View",
                                  "Desert Sage", "Pinecrest", "Summit Place", "Union Square", "Garden Terrace",
                                  "Bayshore", "Crystal Springs", "Heritage Park", "Windsor Commons", "Camden Pointe"};
    static const char *streets[] = {"Oak", "Maple", "Pine", "Cedar", "Elm", "Walnut", "Willow", "Birch", "Aspen"};
    std::mt19937 rng(42);
    Dataset d;
    d.units.reserve(size_t(count));
    d.platform.reserve(size_t(count) + size_t(count) / 20);
    const int perProperty = 50;
    qint64 platformId = 1;
    for (int p = 0; d.units.size() < size_t(count); ++p) {
        const QString property = QStringLiteral("%1 %2 Apartments").arg(QLatin1String(names[p % 27])).arg(p / 27 + 1);
        const QString address = QStringLiteral("%1 %2 St").arg(100 + p).arg(QLatin1String(streets[p % 9]));
        const int pmsStyle = int(rng() % 5), platformStyle = int(rng() % 5);
        const int buildingKind = int(rng() % 10);
        QString building;
        if (buildingKind < 5)
            building = QStringLiteral("%1 %2").arg(QLatin1String(names[p % 27])).arg(p / 27 + 1);
        else if (buildingKind < 8)
            building = QStringLiteral("%1 %2 Street").arg(100 + p).arg(QLatin1String(streets[p % 9]));
        else
            building = QStringLiteral("Bldg %1").arg(QChar(u'A' + char16_t(p % 4)));
        for (int k = 0; k < perProperty && d.units.size() < size_t(count); ++k) {
            const int floor = k / 5 + 1, number = k % 5 + 1;
            PmsUnitRow u;
            u.unitId = qint64(d.units.size()) + 1;
            u.pmsId = 1000000 + u.unitId;
            u.connectionId = 1;
            u.propertyId = p + 1;
            u.propertyName = property;
            u.propertyAddress = address;
            u.unitName = unitName(pmsStyle, floor, number);
            u.address = address + QStringLiteral(", Unit ") + u.unitName;
            u.floor = floor;
            d.units.push_back(u);
            if (rng() % 25 == 0)
                continue; // not on the platform
            PlatformUnitRow pu;
            pu.id = platformId++;
            pu.name = unitName(platformStyle, floor, number);
            if (buildingKind >= 8 && rng() % 2)
                pu.name = QStringLiteral("%1-%2").arg(QChar(u'A' + char16_t(p % 4))).arg(unitName(0, floor, number));
            pu.building = building;
            pu.floor = QString::number(floor);
            pu.externalRef = QString::number(u.unitId);
            d.platform.push_back(pu);
            if (rng() % 25 == 0) {
                PlatformUnitRow extra = pu;
                extra.id = platformId++;
                extra.name = unitName(platformStyle, floor + 20, number);
                extra.externalRef.clear();
                d.platform.push_back(extra);
            }
        }
    }
    return d;
}

void seed(Database &db, const Dataset &d)
{
    QSqlQuery q(db.sql());
    db.begin();
    q.exec(QStringLiteral("INSERT INTO connections (id, name, base_url, system_id, client_id, created_at) "
                          "VALUES (1, 'Bench', 'https://pw.example', 'S', 'C', '2024-01-01T00:00:00Z')"));
    QSqlQuery prop(db.sql()), unit(db.sql()), plat(db.sql());
    prop.prepare(QStringLiteral("INSERT OR IGNORE INTO properties (id, connection_id, pms_id, name, address, synced_at) VALUES (?,1,?,?,?,'x')"));
    unit.prepare(QStringLiteral("INSERT INTO units (id, connection_id, pms_id, property_id, name, address, floor, synced_at) VALUES (?,1,?,?,?,?,?,'x')"));
    plat.prepare(QStringLiteral("INSERT INTO platform_units (id, name, building, floor, created_at, updated_at) VALUES (?,?,?,?,'x','x')"));
    for (const PmsUnitRow &u : d.units) {
        prop.addBindValue(u.propertyId);
        prop.addBindValue(u.propertyId);
        prop.addBindValue(u.propertyName);
        prop.addBindValue(u.propertyAddress);
        prop.exec();
        unit.addBindValue(u.unitId);
        unit.addBindValue(u.pmsId);
        unit.addBindValue(u.propertyId);
        unit.addBindValue(u.unitName);
        unit.addBindValue(u.address);
        unit.addBindValue(*u.floor);
        unit.exec();
    }
    for (const PlatformUnitRow &p : d.platform) {
        plat.addBindValue(p.id);
        plat.addBindValue(p.name);
        plat.addBindValue(p.building);
        plat.addBindValue(p.floor);
        plat.exec();
    }
    db.commit();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool withDb = !args.removeAll(QStringLiteral("--no-db"));
    const int count = args.isEmpty() ? 50000 : args.first().toInt();
    QTextStream out(stdout);

    QElapsedTimer t;
    t.start();
    const Dataset d = generate(count);
    out << "generated " << d.units.size() << " PMS units, " << d.platform.size() << " platform units in "
        << t.elapsed() << " ms\n";

    qint64 best = -1;
    std::vector<Suggestion> suggestions;
    for (int run = 0; run < 3; ++run) {
        t.restart();
        suggestions = UnitSuggester::suggest(d.units, d.platform);
        const qint64 ms = t.elapsed();
        best = best < 0 ? ms : std::min(best, ms);
        out << "suggest run " << run + 1 << ": " << ms << " ms\n";
    }
    // Quality: each platform unit's external_ref names the PMS unit it stands for.
    QHash<qint64, QString> refById;
    for (const PlatformUnitRow &p : d.platform)
        refById.insert(p.id, p.externalRef);
    int high = 0, mid = 0, correct = 0, correctHigh = 0;
    for (const Suggestion &s : suggestions) {
        high += s.confidence >= 0.9 ? 1 : 0;
        mid += s.confidence >= 0.6 ? 1 : 0;
        const bool right = refById.value(s.platformUnitId) == QString::number(s.unitId);
        correct += right ? 1 : 0;
        correctHigh += right && s.confidence >= 0.9 ? 1 : 0;
    }
    out << "SUGGEST " << d.units.size() << " x " << d.platform.size() << ": best " << best << " ms, "
        << suggestions.size() << " suggestions (" << high << " >= 0.90, " << mid << " >= 0.60); right: " << correct
        << " of " << suggestions.size() << ", " << correctHigh << " of " << high << " >= 0.90\n";
    out.flush();

    if (withDb) {
        test::TempCache cache;
        t.restart();
        seed(cache.db(), d);
        out << "seeded cache in " << t.elapsed() << " ms\n";
        MappingSnapshotLoader::Request request;
        request.dbPath = cache.path();
        request.connectionId = 1;
        auto snap = MappingSnapshotLoader::open(request);
        if (!snap.ok()) {
            out << "load failed: " << snap.errorMessage() << "\n";
            return 1;
        }
        out << "LOAD+SUGGEST from cache: load " << snap->loadMs << " ms, suggest " << snap->suggestMs << " ms ("
            << snap->suggestions.size() << " suggestions)\n";
        QList<Suggestion> accept;
        for (const Suggestion &s : snap->suggestions)
            if (s.confidence >= 0.9)
                accept.append(s);
        MappingService service(cache.db());
        t.restart();
        auto changes = service.acceptSuggestions(accept);
        out << "ACCEPT " << accept.size() << " suggestions >= 0.90 in one transaction: " << t.elapsed() << " ms"
            << (changes.ok() ? QString() : QStringLiteral(" FAILED: ") + changes.errorMessage()) << "\n";
        t.restart();
        if (changes.ok()) {
            const Status undone = service.revert(changes.value());
            out << "UNDO of that step: " << t.elapsed() << " ms" << (undone.ok() ? "" : " FAILED") << "\n";
        }
    }
    return 0;
}
