#pragma once

#include "domain/MappingTypes.h"

#include <atomic>
#include <vector>

namespace pms {

/// Suggests a platform unit for every unmapped PMS unit (R18), with a confidence (see
/// SuggestionScorer for the scoring).
///
/// No all-pairs comparison: platform units are indexed by normalised key (unit key, key without
/// building code, street key), and buildings by word and street key, so each PMS unit looks at
/// a handful of candidates. A key shared by many platform units (e.g. "101" in 500 buildings) is
/// only searched inside the buildings that match the PMS unit's property. 50,000 × 50,000 units
/// take well under a second (tests/bench/bench_suggest).
///
/// Each platform unit is suggested at most once and never when it is already mapped; units that
/// are mapped get no suggestion. Pure and thread-safe: run it off the GUI thread.
class UnitSuggester
{
public:
    struct Options
    {
        double minimumConfidence = 0.2;
        /// Buckets up to this size are scanned whole; bigger ones only in matching buildings.
        int smallBucket = 32;
        /// Checked now and then; when set, suggest() returns what it has (possibly nothing).
        const std::atomic_bool *cancel = nullptr;
    };

    /// @p units: PMS units (mapped ones teach which building belongs to which property);
    /// @p platformUnits: every platform unit (mapped ones are skipped).
    /// Returns one suggestion per PMS unit at most, highest confidence first.
    static std::vector<Suggestion> suggest(const std::vector<PmsUnitRow> &units,
                                           const std::vector<PlatformUnitRow> &platformUnits,
                                           const Options &options);
    static std::vector<Suggestion> suggest(const std::vector<PmsUnitRow> &units,
                                           const std::vector<PlatformUnitRow> &platformUnits)
    {
        return suggest(units, platformUnits, Options());
    }
};

} // namespace pms
