#include "Command.h"
#include "csv/CsvExporter.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QSaveFile>
#include <QTextStream>

// pmsbridge export ENTITY [--snapshot latest|ID] [-o FILE] — RFC 4180 CSV to stdout or a file.
namespace {

using namespace pms;

QString trCmd(const char *text)
{
    return QCoreApplication::translate("pms::app::ExportCommand", text);
}

QString usage()
{
    return trCmd("usage: pmsbridge [--db FILE] export ENTITY [--snapshot latest|ID] [-o FILE]; ENTITY is one of: %1")
        .arg(CsvExporter::entityNames().join(QStringLiteral(", ")));
}

/// Hands the exporter's UTF-8 bytes to the command's output stream. The writer only flushes whole
/// records, so a write never splits a character.
class TextStreamDevice : public QIODevice
{
public:
    explicit TextStreamDevice(QTextStream *stream) : m_stream(stream) { open(QIODevice::WriteOnly); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 len) override
    {
        *m_stream << QString::fromUtf8(data, len);
        return m_stream->status() == QTextStream::Ok ? len : -1;
    }

private:
    QTextStream *m_stream;
};

int runExport(app::CliContext &ctx)
{
    QString entityName, snapshot, output;
    bool snapshotGiven = false;
    const QStringList &a = ctx.args;
    for (int i = 0; i < a.size(); ++i) {
        const QString &arg = a.at(i);
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            *ctx.out << usage() << "\n"
                     << trCmd("Writes RFC 4180 CSV (UTF-8, header row, CRLF) to standard output, or atomically to "
                              "FILE with -o. --snapshot picks the reconciliation snapshot of 'deactivated' "
                              "(default: the latest completed one).")
                     << Qt::endl;
            return 0;
        }
        if (arg == QLatin1String("--snapshot") || arg == QLatin1String("-o") || arg == QLatin1String("--output")) {
            if (i + 1 >= a.size())
                return ctx.fail(trCmd("%1 needs a value; %2").arg(arg, usage()), 2);
            (arg == QLatin1String("--snapshot") ? snapshot : output) = a.at(++i);
            snapshotGiven = snapshotGiven || arg == QLatin1String("--snapshot");
        } else if (arg.startsWith(QLatin1String("--snapshot="))) {
            snapshot = arg.mid(11);
            snapshotGiven = true;
        } else if (arg.startsWith(QLatin1String("--output="))) {
            output = arg.mid(9);
        } else if (arg.startsWith(QLatin1Char('-')) && arg.size() > 1) {
            return ctx.fail(trCmd("unknown option '%1'; %2").arg(arg, usage()), 2);
        } else if (entityName.isEmpty()) {
            entityName = arg;
        } else {
            return ctx.fail(trCmd("unexpected argument '%1'; %2").arg(arg, usage()), 2);
        }
    }
    if (entityName.isEmpty())
        return ctx.fail(usage(), 2);
    const auto entity = CsvExporter::entityFromName(entityName);
    if (!entity)
        return ctx.fail(trCmd("unknown entity '%1'; use one of: %2")
                            .arg(entityName, CsvExporter::entityNames().join(QStringLiteral(", "))),
                        2);
    if (snapshotGiven && *entity != ExportEntity::Deactivated)
        return ctx.fail(trCmd("--snapshot applies to 'export deactivated' only"), 2);
    if (snapshotGiven && snapshot.isEmpty())
        return ctx.fail(trCmd("--snapshot takes 'latest' or a snapshot id"), 2);
    if (!output.isEmpty() && output == QLatin1String("-"))
        output.clear();

    auto db = Database::open(ctx.dbPath, Database::Create::Never);
    if (!db.ok())
        return ctx.fail(db.errorMessage(), app::exitCodeFor(db.error().code));

    CsvExporter::Options options;
    if (snapshotGiven)
        options.snapshot = snapshot;

    if (output.isEmpty()) {
        TextStreamDevice device(ctx.out);
        const auto rows = CsvExporter::exportEntity(*db.value(), *entity, device, options);
        ctx.out->flush();
        if (!rows.ok())
            return ctx.fail(rows.errorMessage(), rows.error().code == QLatin1String("usage") ? 2 : 1);
        return 0;
    }

    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly))
        return ctx.fail(trCmd("cannot write '%1': %2").arg(output, file.errorString()), 1);
    const auto rows = CsvExporter::exportEntity(*db.value(), *entity, file, options);
    if (!rows.ok()) {
        file.cancelWriting();
        return ctx.fail(rows.errorMessage(), rows.error().code == QLatin1String("usage") ? 2 : 1);
    }
    if (!file.commit())
        return ctx.fail(trCmd("cannot write '%1': %2").arg(output, file.errorString()), 1);
    *ctx.out << trCmd("Exported %1 rows of %2 to %3.").arg(rows.value()).arg(entityName, output) << Qt::endl;
    return 0;
}

} // namespace

PMS_REGISTER_COMMAND(QStringLiteral("export"), QStringLiteral("export ENTITY [--snapshot latest|ID] [-o FILE]"),
                     QStringLiteral("write a table of the cache as CSV"), runExport);
