#include "Command.h"
#include "csv/CsvImporter.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

// pmsbridge import owners|vendors|platform-units FILE — all or nothing (R17, R21).
namespace {

using namespace pms;

constexpr int kShownIssues = 20;

QString trCmd(const char *text)
{
    return QCoreApplication::translate("pms::app::ImportCommand", text);
}

QString usage()
{
    return trCmd("usage: pmsbridge [--db FILE] import owners|vendors|platform-units FILE");
}

int runImport(app::CliContext &ctx)
{
    if (ctx.args.contains(QLatin1String("--help")) || ctx.args.contains(QLatin1String("-h"))) {
        *ctx.out << usage() << "\n"
                 << trCmd("Imports a CSV file (header row; comma, semicolon or tab) all or nothing.\n"
                          "An owner or vendor line whose external_ref is already in the cache updates that "
                          "row (the columns the file has); other lines add rows.\n"
                          "owners:         name (required), email, phone, address, city, state, postal_code, notes, "
                          "external_ref\n"
                          "vendors:        name (required), trade, email, phone, address, city, state, postal_code, "
                          "insurance_expires (YYYY-MM-DD), notes, external_ref\n"
                          "platform-units: name (required), building, floor, external_ref\n"
                          "Exit 0 when every row was imported or updated, 1 when the file has errors (nothing imported), 2 "
                          "for usage errors.")
                 << Qt::endl;
        return 0;
    }
    if (ctx.args.size() != 2)
        return ctx.fail(ctx.args.isEmpty() ? usage() : trCmd("import takes a type and one file; %1").arg(usage()), 2);
    const auto entity = ImportSchema::entityFromName(ctx.args.at(0));
    if (!entity)
        return ctx.fail(trCmd("unknown import type '%1'; use one of: %2")
                            .arg(ctx.args.at(0), ImportSchema::entityNames().join(QStringLiteral(", "))),
                        2);
    const QString path = ctx.args.at(1);
    const QFileInfo info(path);
    if (!info.exists())
        return ctx.fail(trCmd("cannot read '%1': no such file").arg(path), 1);
    if (info.isDir())
        return ctx.fail(trCmd("cannot read '%1': it is a folder; give a CSV file").arg(path), 1);

    // Owners, service providers and platform units need no connection: importing them may
    // start a cache.
    auto db = Database::open(ctx.dbPath, Database::Create::IfMissing);
    if (!db.ok())
        return ctx.fail(db.errorMessage(), app::exitCodeFor(db.error().code));

    const CsvImporter importer(*entity);
    const ImportReport report = importer.importFile(*db.value(), path);

    // Up to 20 errors and the warnings, in file order.
    QList<ImportIssue> shown = report.errors.mid(0, kShownIssues);
    shown += report.warnings.mid(0, kShownIssues);
    std::stable_sort(shown.begin(), shown.end(), [](const ImportIssue &a, const ImportIssue &b) {
        return a.line < b.line;
    });
    for (const ImportIssue &issue : std::as_const(shown))
        *ctx.err << issue.format(path) << "\n";
    ctx.err->flush();

    if (!report.ok()) {
        const qint64 n = report.errorCount;
        QString summary = n == 1 ? trCmd("%1: 1 error; nothing was imported").arg(path)
                                 : trCmd("%1: %2 errors; nothing was imported").arg(path).arg(n);
        if (n > kShownIssues)
            summary += trCmd(" (the first %1 are shown)").arg(kShownIssues);
        return ctx.fail(summary, 1);
    }
    const qint64 written = report.imported + report.updated;
    if (report.updated == 0 && report.unchanged == 0)
        *ctx.out << trCmd("Imported %1 %2.").arg(written).arg(ImportSchema::noun(*entity, written)) << Qt::endl;
    else if (written == 0)
        *ctx.out << trCmd("Nothing changed: the %1 %2 in the file are already in the cache as they are.")
                        .arg(report.unchanged)
                        .arg(ImportSchema::noun(*entity, report.unchanged))
                 << Qt::endl;
    else if (report.unchanged == 0)
        *ctx.out << trCmd("Imported %1 %2: %3 added, %4 updated.")
                        .arg(written)
                        .arg(ImportSchema::noun(*entity, written))
                        .arg(report.imported)
                        .arg(report.updated)
                 << Qt::endl;
    else
        *ctx.out << trCmd("Imported %1 %2: %3 added, %4 updated, %5 unchanged.")
                        .arg(written)
                        .arg(ImportSchema::noun(*entity, written))
                        .arg(report.imported)
                        .arg(report.updated)
                        .arg(report.unchanged)
                 << Qt::endl;
    return 0;
}

} // namespace

PMS_REGISTER_COMMAND(QStringLiteral("import"), QStringLiteral("import owners|vendors|platform-units FILE"),
                     QStringLiteral("import a CSV file, all or nothing"), runImport);
