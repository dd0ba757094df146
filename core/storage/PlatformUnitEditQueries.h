#pragma once

#include "common/Result.h"
#include "storage/PlatformUnitRepository.h"

namespace pms {

class Database;

/// What a platform unit is used for: the PMS unit mapped to it and the residents assigned.
struct PlatformUnitUsage
{
    qint64 mappedUnitId = 0; // units.id, 0 when not mapped
    qint64 pmsUnitId = 0;
    QString unitName;
    QString propertyName;
    qint64 assignedResidents = 0;

    bool mapped() const { return mappedUnitId != 0; }
};

/// Single platform-unit edits from the Unit Mapping screen (R17), next to PlatformUnitRepository
/// (which the CSV import uses): checks with messages a user can act on, what a delete would
/// take with it, and the delete itself.
class PlatformUnitEditQueries
{
public:
    explicit PlatformUnitEditQueries(Database &db) : m_db(db) {}

    Result<PlatformUnitUsage> usage(qint64 platformUnitId);
    /// Checks a unit before it is saved: a name, an external_ref nobody else has, and no other
    /// unit with the same name in the same building (names compared case-insensitively).
    Status validate(const PlatformUnit &unit);
    /// Deletes a platform unit in one transaction; its mapping goes with it and its residents
    /// lose the assignment (foreign keys: ON DELETE CASCADE / SET NULL).
    Status remove(qint64 platformUnitId);

private:
    Database &m_db;
};

} // namespace pms
