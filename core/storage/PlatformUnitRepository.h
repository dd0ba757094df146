#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

namespace pms {

class Database;

/// A unit on the access platform (R17), created in the app or imported from CSV.
struct PlatformUnit
{
    qint64 id = 0;
    QString name;
    QString building;
    QString floor;
    QString externalRef; // optional, unique when given
    QString createdAt;   // ISO 8601 UTC, set by insert when empty
    QString updatedAt;
};

/// The platform_units table.
class PlatformUnitRepository
{
public:
    explicit PlatformUnitRepository(Database &db) : m_db(db) {}

    Result<qint64> insert(const PlatformUnit &unit);
    /// Inserts every unit in one transaction (a savepoint inside the caller's): all or none.
    Status insertAll(const QList<PlatformUnit> &units);
    Status update(const PlatformUnit &unit);
    Status remove(qint64 id);
    Result<PlatformUnit> get(qint64 id);
    QList<PlatformUnit> all();
    qint64 count();

private:
    Database &m_db;
};

} // namespace pms
