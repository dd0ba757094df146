#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace pms::sim {

/// How much data the simulator generates.
///  tiny  ≈ 30 units (unit tests), small ≈ 500 units (demo), large = 100 portfolios, 2,000 buildings,
///  50,000 units and leases, ≈90,000 contacts, 200,000 work orders (benchmarks).
enum class Scale { Tiny, Small, Large };

std::optional<Scale> parseScale(const QString &name); // "tiny" | "small" | "large" (case-insensitive)
QString scaleName(Scale scale);

/// Which PMS's API the simulator speaks over its data.
enum class SimPms { Propertyware, Buildium };
std::optional<SimPms> parsePms(const QString &name); // "propertyware" | "buildium" (case-insensitive)

/// Everything the simulator is started with; `pmsbridge sim` fills it from the command line.
struct SimOptions
{
    Scale scale = Scale::Tiny;
    // Propertyware REST v1 under /pw/api/rest/v1, or the Buildium Open API v1 under /v1 (the
    // same data: Buildium rentals are Propertyware buildings, rental owners portfolios, ...).
    SimPms pms = SimPms::Propertyware;
    quint64 seed = 1;
    // The credentials the server accepts (x-propertyware-client-id / -client-secret / -system-id;
    // Buildium: x-buildium-client-id / x-buildium-client-secret, no system id).
    QString clientId = QStringLiteral("demo-client");
    QString clientSecret = QStringLiteral("demo-secret");
    QString systemId = QStringLiteral("1001");
    // The PMS user the bridge works as: the "Managed By" of the work orders meant for us, and a
    // PropertyManager entry {name, email} in the propertyManagerList of some buildings (rule R5).
    QString integrationUser = QStringLiteral("PMS Bridge");
    QString integrationEmail = QStringLiteral("bridge@pmsbridge.example");
    bool live = false; // change a few records every minute (demo)
    int liveIntervalMs = 60000;
    QString faults; // fault SPEC, see FaultPlan.h
    // The day the generated data is anchored to (records were last modified before this day).
    // Invalid = today according to the dataset's clock. Same seed + same asOf = same bytes.
    QDate asOf;
};

} // namespace pms::sim
