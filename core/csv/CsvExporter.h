#pragma once

#include "common/Result.h"
#include "storage/ExportQueries.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

class QIODevice;

namespace pms {

class Database;

/// Writes one entity of the cache as RFC 4180 CSV (see CsvWriter for the format and the formula
/// protection), streaming row by row. Safe to call off the GUI thread with a Database opened in
/// that thread; nothing here touches widgets or the event loop.
class CsvExporter
{
public:
    using Entity = ExportEntity;

    struct Options
    {
        QString snapshot = QStringLiteral("latest"); // Deactivated only: "latest" or a snapshot id
        const std::atomic_bool *cancel = nullptr;    // set from another thread to stop early
        std::function<void(qint64 rows)> progress;   // called every 1,000 rows
    };

    /// Writes the header and every row of @p entity to @p device (already open for writing).
    /// Returns the number of data rows. Does not close or commit the device.
    static Result<qint64> exportEntity(Database &db, Entity entity, QIODevice &device, const Options &options);
    static Result<qint64> exportEntity(Database &db, Entity entity, QIODevice &device);

    /// The file name of an entity on the command line ("platform-units"), and back.
    static QString entityName(Entity entity);
    static std::optional<Entity> entityFromName(const QString &name);
    static QStringList entityNames();
    /// The header row of @p entity.
    static QStringList columnNames(Entity entity);
};

} // namespace pms
