#pragma once

#include "common/Result.h"
#include "storage/TableQuery.h"

#include <QList>
#include <QVariant>

#include <functional>

namespace pms {

class Database;

/// Rows of a table window. Each row holds the id first, then one value per spec column;
/// Date columns arrive as QDate, DateTime columns as UTC QDateTime (parsed off the GUI thread).
using RowList = QList<QVariantList>;
using IdList = QList<qint64>;

/// Runs a TableQuery's statements on a connection (a loader thread's, or an export's).
class TableReader
{
public:
    static Result<qint64> count(Database &db, const TableQuery &query, bool unfiltered = false);
    /// Every id in display order. @p cancelled is polled while reading; a cancelled read
    /// returns an Error with code "cancelled".
    static Result<IdList> ids(Database &db, const TableQuery &query, const std::function<bool()> &cancelled = {});
    /// Rows [offset, offset+limit). With @p total known, windows past the middle are read in
    /// reverse order so OFFSET skips at most half the rows.
    static Result<RowList> window(Database &db, const TableQuery &query, qint64 offset, int limit, qint64 total = -1);
    /// The rows with @p ids, in the order of @p ids; a row deleted since is an empty list.
    static Result<RowList> rowsByIds(Database &db, const TableQuery &query, const IdList &ids);
    /// Every matching row, raw values of @p columns, in display order; stop by returning false.
    static Status forEachRow(Database &db, const TableQuery &query, const QList<int> &columns,
                             const std::function<bool(const QVariantList &)> &row);
};

} // namespace pms

Q_DECLARE_METATYPE(pms::RowList)
