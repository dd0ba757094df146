#pragma once

#include "SimRecords.h"

class QIODevice;

#include <QByteArray>

namespace pms::sim {

/// The access platform's side of the demo: platform units for the simulated portfolio, as a
/// property manager's access platform would list them, so the Unit Mapping editor has work to do.
///
/// Deterministic from the store and @p seed. Of the active PMS units:
///  - most have a platform unit written another way ("1203" → "Apt 1203", "#1203", "Unit 1203"),
///    in a building named like the property or after its street address: confident suggestions;
///  - some are in buildings the platform only knows by a code ("Bldg A"), or carry a building code
///    ("MC-1203"), or a floor that disagrees: suggestions with a lower confidence, and equal
///    candidates across coded buildings that halve each other (ambiguous);
///  - some have no platform unit at all (missing);
/// and a few platform units (a gym, the leasing office) match no PMS unit. Houses get a platform
/// unit named after their street address. Every row has an external_ref (the platform's id).
class SimPlatformUnits
{
public:
    struct Row
    {
        QString name, building, floor, externalRef;
        qint64 pmsUnitId = 0; // the PMS unit it stands for; 0 for platform-only units
    };

    static std::vector<Row> generate(const SimStore &store, quint64 seed);
    /// generate() as an import file: header name,building,floor,external_ref (RFC 4180, UTF-8).
    static QByteArray csv(const SimStore &store, quint64 seed);
    /// csv() of a running simulator's data and seed (GET /_sim/platform-units.csv, `sim --platform-units`).
    static QByteArray csv(const class SimDataset &data);
};

} // namespace pms::sim
