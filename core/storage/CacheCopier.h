#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

#include <functional>

namespace pms {

class Database;

/// Copies a whole cache into another, whatever their engines: a desk's SQLite file to the
/// office's PostgreSQL database (`pmsbridge cache copy --to URL`) or back (`--from URL`).
///
/// All or nothing: the target is written in one transaction, which commits only when every
/// table's row count in the target equals the source's. Every id is kept, so mappings, work
/// orders and their outbox stay linked; PostgreSQL's identities continue after the copied ids.
/// The source is read in one snapshot transaction, so a desk still writing to it cannot
/// tear the copy. A target that holds data is refused unless @p replace.
class CacheCopier
{
public:
    struct TableCount
    {
        QString table;
        qint64 source = 0;
        qint64 target = 0;
    };
    /// Called after each table (and during big ones): table, rows copied so far.
    using Progress = std::function<void(const QString &table, qint64 rows)>;

    static Result<QList<TableCount>> copy(Database &from, Database &to, bool replace, const Progress &progress = {});

    /// The tables copied, parents before children. work_order_counts is not among them: the
    /// target's triggers rebuild it from the work orders.
    static QStringList tables();
    /// Rows per table of @p db (for `cache info`).
    static Result<QList<TableCount>> counts(Database &db);
};

} // namespace pms
