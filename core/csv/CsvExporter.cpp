#include "CsvExporter.h"

#include "common/CsvWriter.h"
#include "common/Logging.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QIODevice>

namespace pms {

namespace {

struct EntityName
{
    ExportEntity entity;
    const char *name;
};

constexpr EntityName kNames[] = {
    {ExportEntity::Properties, "properties"},   {ExportEntity::Units, "units"},
    {ExportEntity::Residents, "residents"},     {ExportEntity::Leases, "leases"},
    {ExportEntity::WorkOrders, "workorders"},   {ExportEntity::Owners, "owners"},
    {ExportEntity::Vendors, "vendors"},         {ExportEntity::PlatformUnits, "platform-units"},
    {ExportEntity::Mappings, "mappings"},       {ExportEntity::Deactivated, "deactivated"},
    {ExportEntity::SyncRuns, "sync-runs"},
};

} // namespace

QString CsvExporter::entityName(Entity entity)
{
    for (const EntityName &e : kNames)
        if (e.entity == entity)
            return QString::fromLatin1(e.name);
    return {};
}

std::optional<CsvExporter::Entity> CsvExporter::entityFromName(const QString &name)
{
    for (const EntityName &e : kNames)
        if (name == QLatin1String(e.name))
            return e.entity;
    return std::nullopt;
}

QStringList CsvExporter::entityNames()
{
    QStringList out;
    for (const EntityName &e : kNames)
        out.append(QString::fromLatin1(e.name));
    return out;
}

QStringList CsvExporter::columnNames(Entity entity)
{
    QStringList out;
    for (const ExportQueries::Column &c : ExportQueries::columns(entity))
        out.append(c.name);
    return out;
}

Result<qint64> CsvExporter::exportEntity(Database &db, Entity entity, QIODevice &device)
{
    return exportEntity(db, entity, device, Options());
}

Result<qint64> CsvExporter::exportEntity(Database &db, Entity entity, QIODevice &device, const Options &options)
{
    ExportQueries queries(db);
    qint64 snapshotId = 0;
    if (entity == ExportEntity::Deactivated) {
        auto snap = queries.resolveSnapshot(options.snapshot);
        if (!snap.ok())
            return snap.error();
        snapshotId = snap.value();
    }

    QElapsedTimer timer;
    timer.start();
    CsvWriter writer(&device);
    QList<CsvWriter::ColumnKind> kinds;
    for (const ExportQueries::Column &c : ExportQueries::columns(entity))
        kinds.append(c.numeric ? CsvWriter::ColumnKind::Number : CsvWriter::ColumnKind::Text);
    writer.setColumnKinds(kinds);
    if (!writer.writeHeader(columnNames(entity)))
        return Error(writer.errorString(), QStringLiteral("io"));

    auto rows = queries.forEachRow(entity, snapshotId, [&](const QStringList &row) {
        if (!writer.writeRow(row))
            return false;
        const qint64 n = writer.rowsWritten();
        if (n % 1000 == 0) {
            if (options.progress)
                options.progress(n);
            if (options.cancel && options.cancel->load(std::memory_order_relaxed))
                return false;
        }
        return true;
    });
    if (!writer.flush() || writer.hasError())
        return Error(writer.errorString(), QStringLiteral("io"));
    if (!rows.ok())
        return rows.error();
    qCDebug(lcCsv) << "exported" << rows.value() << entityName(entity) << "in" << timer.elapsed() << "ms";
    return rows.value();
}

} // namespace pms
