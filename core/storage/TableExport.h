#pragma once

#include "common/Result.h"
#include "storage/TableQuery.h"

#include <atomic>

namespace pms {

/// Writes what a table screen shows (its search, filters and sort; the chosen columns in their
/// order) to a CSV file: RFC 4180 with formula neutralisation (CsvWriter), column keys as the
/// header, ISO dates, true/false. Through QSaveFile: the file appears whole or not at all.
/// Runs on the calling thread with its own connection: call it from a pool thread.
class TableExport
{
public:
    struct Request
    {
        QString dbPath;
        TableQuery query;
        QList<int> columns;   // spec column indexes, in file order
        QString fileName;
    };
    /// Returns the number of rows written. @p cancel, when set during the export, stops it and
    /// leaves no file behind.
    static Result<qint64> write(const Request &request, const std::atomic<bool> *cancel = nullptr);
    /// One raw value as it appears in the file (before quoting).
    static QString cellText(const QVariant &value, ColumnType type);
};

} // namespace pms
