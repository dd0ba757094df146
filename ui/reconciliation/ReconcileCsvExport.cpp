#include "ReconcileCsvExport.h"

#include "csv/CsvExporter.h"
#include "storage/Database.h"
#include "storage/ExportQueries.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace pms {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("pms::ReconcileCsvExport", text);
}
} // namespace

ReconcileCsvExport::Result ReconcileCsvExport::run(
    const QString &dbPath, const QString &snapshot, const QString &path)
{
    Result r;
    r.path = path;
    auto db = Database::open(dbPath);
    if (!db.ok()) {
        r.error = tr("Cannot open the cache: %1").arg(db.errorMessage());
        return r;
    }
    auto id = ExportQueries(*db.value()).resolveSnapshot(snapshot);
    if (!id.ok()) {
        r.error = id.errorMessage();
        return r;
    }
    r.snapshotId = id.value();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        r.error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return r;
    }
    CsvExporter::Options options; // no completed snapshot yet: the header alone
    options.snapshot = r.snapshotId > 0 ? QString::number(r.snapshotId) : QStringLiteral("latest");
    auto rows = CsvExporter::exportEntity(*db.value(), ExportEntity::Deactivated, file, options);
    if (!rows.ok()) {
        file.cancelWriting();
        r.error = rows.errorMessage();
        return r;
    }
    if (!file.commit()) {
        r.error = tr("Cannot save %1: %2").arg(path, file.errorString());
        return r;
    }
    r.ok = true;
    r.rows = rows.value();
    return r;
}

QString ReconcileCsvExport::suggestedFileName(qint64 snapshotId)
{
    return snapshotId > 0 ? QStringLiteral("deactivated-units-snapshot-%1.csv").arg(snapshotId)
                          : QStringLiteral("deactivated-units.csv");
}

} // namespace pms
