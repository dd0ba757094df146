#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace pms {

class Database;

/// What `pmsbridge export ENTITY` can write (the CLI contract's list).
enum class ExportEntity {
    Properties,
    Units,
    Residents,
    Leases,
    WorkOrders,
    Owners,
    Vendors,
    PlatformUnits,
    Mappings,
    Deactivated,
    SyncRuns,
};

/// The SQL behind exports: one forward-only query per entity, rows handed out one at a time as
/// text already in export form (booleans true/false, dates YYYY-MM-DD, times as stored: ISO 8601
/// UTC with Z, money with two decimals). Works on the connection of the calling thread.
class ExportQueries
{
public:
    struct Column
    {
        QString name;
        bool numeric = false; // a number we format ourselves (ids, counts, money)
    };
    /// Return false to stop early (cancel).
    using RowFn = std::function<bool(const QStringList &row)>;

    explicit ExportQueries(Database &db) : m_db(db) {}

    /// The columns of @p entity, in file order.
    static QList<Column> columns(ExportEntity entity);

    /// "latest" (or empty): the most recent snapshot with status completed, 0 when there is none;
    /// a number: that snapshot, an error when it does not exist.
    Result<qint64> resolveSnapshot(const QString &spec);

    /// Runs the query of @p entity and calls @p fn for every row. @p snapshotId is used by
    /// Deactivated only (0: no rows). Returns the number of rows handed out; an error with code
    /// "cancelled" when @p fn returned false.
    Result<qint64> forEachRow(ExportEntity entity, qint64 snapshotId, const RowFn &fn);

private:
    Database &m_db;
};

} // namespace pms
