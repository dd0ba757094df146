#pragma once

#include "domain/MappingTypes.h"
#include "common/Result.h"

#include <atomic>
#include <vector>

namespace pms {

class Database;

/// Everything the Unit Mapping editor shows, read in one go: PMS units, platform units and the
/// suggestions for the unmapped ones, with how long each part took.
struct MappingSnapshot
{
    std::vector<PmsUnitRow> units;
    std::vector<PlatformUnitRow> platformUnits;
    std::vector<Suggestion> suggestions;
    bool withSuggestions = false;
    qint64 loadMs = 0;
    qint64 suggestMs = 0;
};

/// Reads a MappingSnapshot. Meant for a worker thread (QtConcurrent): open() takes a path and
/// opens its own connection there, as every thread must.
class MappingSnapshotLoader
{
public:
    struct Request
    {
        QString dbPath;
        qint64 connectionId = 0;      // 0: every connection
        bool includeInactive = false;
        bool suggest = true;
    };

    /// Opens the cache at request.dbPath (a connection for the calling thread) and loads.
    static Result<MappingSnapshot> open(const Request &request, const std::atomic_bool *cancel = nullptr);
    /// Loads through an existing connection (same thread only).
    static Result<MappingSnapshot> load(Database &db, const Request &request, const std::atomic_bool *cancel = nullptr);
    /// Suggestions only, for data already in memory.
    static std::vector<Suggestion> suggest(const std::vector<PmsUnitRow> &units,
                                           const std::vector<PlatformUnitRow> &platformUnits,
                                           const std::atomic_bool *cancel = nullptr);
};

} // namespace pms
