#pragma once

#include "common/Result.h"
#include "domain/MappingTypes.h"

#include <QHash>
#include <QList>
#include <QPair>

#include <vector>

namespace pms {

class Database;

/// A PMS unit as mapping edits and their messages need it.
struct MappingUnitRef
{
    qint64 unitId = 0;
    qint64 pmsId = 0;
    qint64 connectionId = 0;
    QString unitName;
    QString propertyName;
    bool assignResidents = true; // the connection's User Sync and Unit Sync are on (R20)
};

/// A platform unit as mapping edits need it.
struct MappingPlatformRef
{
    qint64 id = 0;
    QString name;
    QString building;
    qint64 mappedUnitId = 0; // 0: available
};

/// The SQL of the Unit Mapping editor and of `pmsbridge map`: unit_mappings (1:1, R18) and the
/// resident assignments that follow them (R19). Transactions are the caller's (MappingService).
class MappingRepository
{
public:
    explicit MappingRepository(Database &db) : m_db(db) {}

    /// Every PMS unit of a connection (0: of every connection) with its property and mapping.
    Result<std::vector<PmsUnitRow>> units(qint64 connectionId, bool includeInactive);
    /// Every platform unit with the PMS unit it is mapped to.
    Result<std::vector<PlatformUnitRow>> platformUnits();

    /// Errors with code "not-found" when there is no such unit.
    Result<MappingUnitRef> unit(qint64 unitId);
    Result<MappingUnitRef> unitByPmsId(qint64 connectionId, qint64 pmsId);
    Result<MappingPlatformRef> platformUnit(qint64 id);
    Result<MappingPlatformRef> platformUnitByExternalRef(const QString &externalRef);
    Result<MappingState> mappingOf(qint64 unitId);

    /// Writes the mapping of one unit (deletes it when @p state is unmapped). A platform unit
    /// already mapped elsewhere fails with code "constraint" (check first for a good message).
    Status setMapping(qint64 unitId, const MappingState &state, const QString &now);
    /// R19 for one unit: its residents get @p platformUnitId (0: none).
    Status assignResidents(qint64 unitId, qint64 platformUnitId);
    /// How many residents of the unit are assigned to a platform unit (tests, messages).
    Result<qint64> assignedResidentCount(qint64 unitId);

    // Batches: many mapping changes in a few set-based statements (accept-all of 50,000
    // suggestions, its undo). Stage the targets, check them, then write. Inside the caller's
    // transaction; the stage is a TEMP table of this connection.

    /// Stages unit id -> target state; a unit named twice keeps its last state.
    Status stage(const QList<QPair<qint64, MappingState>> &targets);
    /// The current mapping of every staged unit (units without one are left out).
    Result<QHash<qint64, MappingState>> stagedCurrentMappings();
    /// The first staged unit that does not exist, 0 when all do.
    Result<qint64> firstMissingStagedUnit();
    /// The first staged platform unit that does not exist, 0 when all do.
    Result<qint64> firstMissingStagedPlatformUnit();
    /// Removes the mappings of staged units whose platform unit changes.
    Status freeStaged();
    /// A staged platform unit that is (or would be) mapped to a unit other than the staged one:
    /// (platform unit id, that other unit id); (0, 0) when there is none. Run after freeStaged().
    Result<QPair<qint64, qint64>> firstStagedConflict();
    /// Maps every staged unit that has a target and no mapping yet.
    Status insertStaged(const QString &now);
    /// R19: residents of staged units on connections with User Sync and Unit Sync on take their
    /// unit's new platform unit (or none).
    Status assignStagedResidents();
    /// Connections of staged units whose User Sync or Unit Sync is off (R20).
    Result<QList<qint64>> stagedConnectionsWithoutUnitSync();
    Status clearStage();

private:
    Database &m_db;
};

} // namespace pms
