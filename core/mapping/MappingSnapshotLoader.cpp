#include "MappingSnapshotLoader.h"

#include "UnitSuggester.h"
#include "common/Logging.h"
#include "storage/Database.h"
#include "storage/MappingRepository.h"

#include <QElapsedTimer>

namespace pms {

Result<MappingSnapshot> MappingSnapshotLoader::open(const Request &request, const std::atomic_bool *cancel)
{
    auto db = Database::open(request.dbPath);
    if (!db.ok())
        return db.error();
    return load(*db.value(), request, cancel);
}

Result<MappingSnapshot> MappingSnapshotLoader::load(Database &db, const Request &request, const std::atomic_bool *cancel)
{
    MappingSnapshot snap;
    QElapsedTimer timer;
    timer.start();
    MappingRepository repo(db);
    {
        // One read transaction: units and platform units from the same moment (on PostgreSQL
        // that takes a snapshot transaction; other desks may be writing meanwhile).
        Transaction tx(db, Database::Isolation::Snapshot);
        auto units = repo.units(request.connectionId, request.includeInactive);
        if (!units.ok())
            return units.error();
        auto platform = repo.platformUnits();
        if (!platform.ok())
            return platform.error();
        snap.units = std::move(units).value();
        snap.platformUnits = std::move(platform).value();
    }
    snap.loadMs = timer.restart();
    if (request.suggest && !(cancel && cancel->load())) {
        snap.suggestions = suggest(snap.units, snap.platformUnits, cancel);
        snap.withSuggestions = !(cancel && cancel->load());
        snap.suggestMs = timer.elapsed();
    }
    qCDebug(lcDb) << "mapping snapshot:" << snap.units.size() << "units," << snap.platformUnits.size()
                  << "platform units," << snap.suggestions.size() << "suggestions in" << snap.loadMs << "+"
                  << snap.suggestMs << "ms";
    return snap;
}

std::vector<Suggestion> MappingSnapshotLoader::suggest(const std::vector<PmsUnitRow> &units,
                                                       const std::vector<PlatformUnitRow> &platformUnits,
                                                       const std::atomic_bool *cancel)
{
    UnitSuggester::Options options;
    options.cancel = cancel;
    return UnitSuggester::suggest(units, platformUnits, options);
}

} // namespace pms
