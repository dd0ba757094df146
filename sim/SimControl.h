#pragma once

#include "FaultPlan.h"
#include "SimApi.h"
#include "SimDataset.h"

#include <functional>

namespace pms::sim {

/// The simulator's own endpoints, outside the Propertyware paths, for out-of-process runs
/// (scripts, the demo). No credentials needed; never faulted. All answer JSON but the CSV.
///
///   GET    /_sim/state                                   seed, scale, clock, counts, faults, requests
///   GET    /_sim/platform-units.csv                      the demo's access-platform units (SimPlatformUnits), CSV
///   POST   /_sim/touch?entity=units&count=N | &ids=1,2   lastModifiedDateTime := now
///   POST   /_sim/rename?entity=units&count=N | &id=ID&name=NEW
///   POST   /_sim/move-lease?lease=ID&unit=ID | ?count=N
///   POST   /_sim/delete-units?count=N | ?ids=1,2
///   POST   /_sim/deactivate-units?count=N | ?ids=1,2
///   POST   /_sim/add-units?count=N[&building=ID]
///   POST   /_sim/add-workorders?count=N[&managedBy=NAME]  (default: the integration user)
///   POST   /_sim/clock?now=2025-01-31T10:00:00Z | ?advance=SECONDS | ?system=true
///   GET    /_sim/faults          POST /_sim/faults?spec=SPEC (or SPEC as the body)   DELETE /_sim/faults
///   POST   /_sim/reset           regenerate the data from the seed
/// Changes answer {"count": N, "ids": [...]}.
class SimControl
{
public:
    SimControl(SimDataset &data, FaultPlan &faults, std::function<QByteArray()> stats);
    /// @p path is below /_sim, e.g. "/touch".
    SimResponse handle(const SimRequest &request);

private:
    SimResponse state() const;
    SimResponse changed(const QList<qint64> &ids) const;

    SimDataset &m_data;
    FaultPlan &m_faults;
    std::function<QByteArray()> m_stats; // extra fields for /state, as "key":value pairs
};

} // namespace pms::sim
