#include "SimPlatformUnits.h"

#include "SimDataset.h"
#include "SimRandom.h"
#include "common/CsvWriter.h"

#include <QBuffer>
#include <QHash>

namespace pms::sim {

namespace {

// The name without the designator a PMS user typed ("Apt 12C" → "12C", "#1203" → "1203").
QString baseName(const QString &name)
{
    QString n = name.trimmed();
    for (const QLatin1String prefix : {QLatin1String("Apt "), QLatin1String("Unit "), QLatin1String("#")}) {
        if (n.startsWith(prefix))
            return n.mid(prefix.size()).trimmed();
    }
    return n;
}

enum class BuildingStyle { PropertyName, Street, Code };

} // namespace

std::vector<SimPlatformUnits::Row> SimPlatformUnits::generate(const SimStore &store, quint64 seed)
{
    SimRandom rng(seed * 7919 + 17);
    std::vector<Row> rows;
    rows.reserve(store.units.size() + store.buildings.size() / 8 + 1);
    int nextRef = 10001;
    auto ref = [&nextRef] { return QStringLiteral("ACS-%1").arg(nextRef++); };

    QHash<qint64, BuildingStyle> styles;
    QHash<qint64, QString> buildingNames;
    int codes = 0;
    for (const SimBuilding &b : store.buildings) {
        if (!b.active)
            continue;
        const double draw = rng.unit();
        BuildingStyle style = draw < 0.7 ? BuildingStyle::PropertyName : draw < 0.85 ? BuildingStyle::Street : BuildingStyle::Code;
        if (!b.multiUnit)
            style = BuildingStyle::Street; // a house is its address
        styles.insert(b.id, style);
        switch (style) {
        case BuildingStyle::PropertyName:
            buildingNames.insert(b.id, b.name.trimmed());
            break;
        case BuildingStyle::Street:
            buildingNames.insert(b.id, b.address.address);
            break;
        case BuildingStyle::Code:
            // Letters repeat across properties: the same unit number in two coded buildings is a tie.
            buildingNames.insert(b.id, QStringLiteral("Bldg %1").arg(QChar(u'A' + char16_t(codes++ % 3))));
            break;
        }
    }

    static const QList<QLatin1String> designators = {QLatin1String("Apt "), QLatin1String("Unit "), QLatin1String("#"),
                                                     QLatin1String("")};
    static const QList<QString> amenities = {QStringLiteral("Leasing Office"), QStringLiteral("Fitness Room"),
                                             QStringLiteral("Package Room"), QStringLiteral("Pool Gate")};
    qint64 lastBuilding = 0;
    for (const SimUnit &u : store.units) {
        const SimBuilding *b = findById(store.buildings, u.buildingId);
        if (!u.active || !b || !b->active)
            continue;
        if (b->id != lastBuilding) {
            lastBuilding = b->id;
            if (b->multiUnit && rng.chance(0.12)) // a door of the building that is no unit
                rows.push_back({rng.pick(amenities), buildingNames.value(b->id), QString(), ref(), 0});
        }
        if (rng.chance(0.08))
            continue; // not on the access platform (yet)
        Row row;
        row.pmsUnitId = u.id;
        row.building = buildingNames.value(b->id);
        row.externalRef = ref();
        if (!b->multiUnit) {
            row.name = b->address.address;
        } else {
            const QString base = baseName(u.name);
            QString code = b->abbreviation;
            while (!code.isEmpty() && code.back().isDigit())
                code.chop(1);
            row.name = rng.chance(0.05) && !code.isEmpty()
                ? QString(code + QLatin1Char('-') + base) // the platform put a building code in front
                : QString(rng.pick(designators) + base);
            if (rng.chance(0.7))
                row.floor = QString::number(rng.chance(0.04) ? u.floorNumber + 1 : u.floorNumber);
        }
        rows.push_back(row);
    }
    return rows;
}

QByteArray SimPlatformUnits::csv(const SimStore &store, quint64 seed)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(&buffer);
        writer.writeHeader({QStringLiteral("name"), QStringLiteral("building"), QStringLiteral("floor"),
                            QStringLiteral("external_ref")});
        for (const Row &r : generate(store, seed))
            writer.writeRow({r.name, r.building, r.floor, r.externalRef});
    }
    return bytes;
}

} // namespace pms::sim

namespace pms::sim {

QByteArray SimPlatformUnits::csv(const SimDataset &data)
{
    const quint64 seed = data.options().seed;
    return data.read([seed](const SimStore &store) { return csv(store, seed); });
}

} // namespace pms::sim
