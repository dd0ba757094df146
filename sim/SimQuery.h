#pragma once

#include "SimRecords.h"

#include <QUrlQuery>
#include <limits>
#include <optional>
#include <vector>

namespace pms::sim {

/// The parameters of GET /<collection>, checked the way Propertyware documents them.
struct SimQueryParams
{
    struct SortKey
    {
        int field = 0;
        bool desc = false;
    };
    struct DateRange
    {
        int field = 0;
        QDate from, to;
    };

    Entity entity = Entity::Units;
    int limit = 100; // 1..500 (more is cut to 500)
    qint64 offset = 0;
    qint64 modifiedFromMs = std::numeric_limits<qint64>::min();
    qint64 modifiedToMs = std::numeric_limits<qint64>::max();
    std::vector<SortKey> order; // always ends with id, so the order is total
    bool includeDeactivated = false;
    qint64 buildingId = 0, portfolioId = 0, unitId = 0, leaseId = 0;
    QString status, type, priority; // compared case-insensitively
    int vacant = -1, active = -1; // -1 = not given
    std::vector<DateRange> dates;
    QString cacheKey; // everything but limit and offset, normalized

    /// Whether the order breaks ties by ascending id (page-shift clones then get low ids).
    bool idAscending() const
    {
        for (const SortKey &k : order)
            if (k.field == 0)
                return !k.desc;
        return true;
    }
};

struct SimQueryError
{
    QString key, message;
};

/// Parses collection parameters, then filters and sorts a collection into a view (indices into
/// the entity's vector). Sorting compares strings case-insensitively; nulls sort first.
class SimQuery
{
public:
    static std::optional<SimQueryError> parse(Entity entity, const QUrlQuery &query, SimQueryParams &out);
    static std::vector<int> select(const SimStore &store, const SimQueryParams &params);
    /// The properties orderby accepts for @p entity (as in the schema, e.g. "lastModifiedDateTime").
    static QStringList sortableFields(Entity entity);
    /// Parses a date-time parameter: ISO 8601 with Z or an offset (a '+' decoded as a space is
    /// tolerated), with or without milliseconds, or a bare date (midnight UTC).
    static std::optional<qint64> parseDateTimeMs(const QString &text);
};

} // namespace pms::sim
