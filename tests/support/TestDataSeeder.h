#pragma once

#include "common/Result.h"

#include <QDateTime>

namespace pms {

class Database;

/// How much realistic data TestDataSeeder writes.
struct SeedOptions
{
    int properties = 24;
    int unitsPerProperty = 14;     // on average
    qint64 workOrders = 800;
    int syncRuns = 48;
    quint32 seed = 20240501;
    QDateTime now;                 // invalid: Clock::instance()->nowUtc()
};

/// Fills a cache with a plausible portfolio (one connection, portfolios, properties, units,
/// platform units and mappings, residents, leases, work orders in every sync state, sync runs
/// with counts and exclusions, property logs), deterministically from a seed. For screenshots,
/// GUI tests and benchmarks: the real data comes from a sync.
class TestDataSeeder
{
public:
    /// Returns the new connection's id.
    static Result<qint64> seed(Database &db, const SeedOptions &options = {});

    /// Appends @p count work orders to @p connectionId (in transactions of @p batch rows),
    /// spread over its properties and units. Numbers continue after the highest existing one.
    static Status addWorkOrders(Database &db, qint64 connectionId, qint64 count, quint32 seed,
                                const QDateTime &now = {}, int batch = 20000);

    /// Changes status, sync state and updated_at of @p count random work orders of
    /// @p connectionId in one transaction (what a sync's page of updates does).
    static Status touchWorkOrders(Database &db, qint64 connectionId, int count, quint32 seed, const QDateTime &now = {});
};

} // namespace pms
