#include "TableExport.h"

#include "common/CsvWriter.h"
#include "storage/Database.h"
#include "storage/TableReader.h"

#include <QSaveFile>

namespace pms {

QString TableExport::cellText(const QVariant &value, ColumnType type)
{
    if (value.isNull())
        return QString();
    switch (type) {
    case ColumnType::Bool:
        return value.toInt() ? QStringLiteral("true") : QStringLiteral("false");
    case ColumnType::Id:
    case ColumnType::Integer:
        return QString::number(value.toLongLong());
    case ColumnType::Real:
        return QString::number(value.toDouble(), 'f', 2);
    default:
        return value.toString();
    }
}

Result<qint64> TableExport::write(const Request &request, const std::atomic<bool> *cancel)
{
    auto opened = Database::open(request.dbPath);
    if (!opened.ok())
        return opened.error();
    Database &db = *opened.value();

    QSaveFile file(request.fileName);
    if (!file.open(QIODevice::WriteOnly))
        return Error(QObject::tr("Cannot write %1: %2").arg(request.fileName, file.errorString()), QStringLiteral("io"));

    const auto &cols = request.query.spec().columns;
    QStringList header;
    QList<CsvWriter::ColumnKind> kinds;
    QList<ColumnType> types;
    for (int c : request.columns) {
        const ColumnSpec &col = cols.at(c);
        header << col.key;
        types << col.type;
        const bool number = col.type == ColumnType::Id || col.type == ColumnType::Integer || col.type == ColumnType::Real;
        kinds << (number ? CsvWriter::ColumnKind::Number : CsvWriter::ColumnKind::Text);
    }
    qint64 rows = 0;
    bool cancelled = false;
    {
        CsvWriter writer(&file);
        writer.setColumnKinds(kinds);
        writer.writeHeader(header);
        QStringList cells;
        const Status read = TableReader::forEachRow(db, request.query, request.columns, [&](const QVariantList &values) {
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                cancelled = true;
                return false;
            }
            cells.clear();
            for (int i = 0; i < values.size() && i < types.size(); ++i)
                cells << cellText(values.at(i), types.at(i));
            if (!writer.writeRow(cells))
                return false;
            ++rows;
            return true;
        });
        if (!read.ok()) {
            file.cancelWriting();
            return read.error();
        }
        if (!writer.flush() || writer.hasError()) {
            file.cancelWriting();
            return Error(QObject::tr("Cannot write %1: %2").arg(request.fileName, writer.errorString()), QStringLiteral("io"));
        }
    }
    if (cancelled) {
        file.cancelWriting();
        return Error(QObject::tr("Export cancelled."), QStringLiteral("cancelled"));
    }
    if (!file.commit())
        return Error(QObject::tr("Cannot save %1: %2").arg(request.fileName, file.errorString()), QStringLiteral("io"));
    return rows;
}

} // namespace pms
