#include "SimRecords.h"

namespace pms::sim {

namespace {
const char *const Names[EntityCount]
    = { "portfolios", "buildings", "units", "leases", "contacts", "workorders", "vendors", "docs" };
}

std::optional<Entity> parseEntity(const QString &name)
{
    const QString n = name.trimmed().toLower();
    for (int i = 0; i < EntityCount; ++i)
        if (n == QLatin1String(Names[i]))
            return Entity(i);
    if (n == QLatin1String("documents"))
        return Entity::Documents;
    if (n == QLatin1String("work-orders") || n == QLatin1String("work_orders"))
        return Entity::WorkOrders;
    return std::nullopt;
}

QString entityName(Entity entity)
{
    return QString::fromLatin1(Names[int(entity)]);
}

} // namespace pms::sim
