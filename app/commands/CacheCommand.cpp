#include "CliSupport.h"
#include "Command.h"
#include "storage/CacheCopier.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QTextStream>

// pmsbridge cache info | cache copy --to URL|FILE | cache copy --from URL|FILE  [--replace]
// Moves a desk's cache to the office's PostgreSQL server (and back), all or nothing.
namespace {

using namespace pms;

QString trCmd(const char *text)
{
    return QCoreApplication::translate("pms::app::CacheCommand", text);
}

QString usage()
{
    return trCmd("usage: pmsbridge [--db CACHE] cache info\n"
                 "       pmsbridge [--db CACHE] cache copy --to TARGET [--replace]\n"
                 "       pmsbridge [--db CACHE] cache copy --from SOURCE [--replace]\n"
                 "CACHE, TARGET and SOURCE are each a file path (SQLite) or a PostgreSQL URL such as\n"
                 "postgresql://ana@db.office.lan:5432/pmsbridge?sslmode=verify-full (the password comes from\n"
                 "PGPASSWORD or ~/.pgpass, never from the URL).");
}

QString number(qint64 n)
{
    return QLocale::system().toString(n);
}

int runInfo(app::CliContext &ctx)
{
    int code = 0;
    auto db = app::openCache(ctx, &code);
    if (!db)
        return code;
    auto counts = CacheCopier::counts(*db);
    if (!counts.ok())
        return ctx.fail(counts.errorMessage(), app::exitCodeFor(counts.error().code));
    *ctx.out << trCmd("Cache: %1").arg(db->location().describe()) << "\n"
             << trCmd("Engine: %1, schema version %2").arg(db->dialect().displayName()).arg(db->schemaVersion()) << "\n";
    for (const auto &c : std::as_const(counts.value()))
        *ctx.out << QStringLiteral("  %1 %2\n").arg(c.table, -26).arg(number(c.source), 12);
    ctx.out->flush();
    return 0;
}

int runCopy(app::CliContext &ctx)
{
    QStringList args = ctx.args;
    QString to, from, error;
    if (!app::takeOption(args, QStringLiteral("--to"), &to, &error) || !app::takeOption(args, QStringLiteral("--from"), &from, &error))
        return ctx.fail(error + QLatin1Char('\n') + usage(), app::exitcode::Usage);
    const bool replace = app::takeFlag(args, QStringLiteral("--replace"));
    if (!args.isEmpty())
        return ctx.fail(trCmd("cache copy does not take '%1'.").arg(args.first()) + QLatin1Char('\n') + usage(),
                        app::exitcode::Usage);
    if (to.isEmpty() == from.isEmpty())
        return ctx.fail(trCmd("cache copy needs exactly one of --to TARGET or --from SOURCE.") + QLatin1Char('\n') + usage(),
                        app::exitcode::Usage);
    const QString sourceText = from.isEmpty() ? ctx.dbPath : from;
    const QString targetText = to.isEmpty() ? ctx.dbPath : to;
    // Check both locations before touching either.
    for (const QString &text : {sourceText, targetText}) {
        auto loc = CacheLocation::parse(text);
        if (!loc.ok())
            return ctx.fail(loc.errorMessage(), app::exitcode::Usage);
    }

    // The source must exist; the target may be created (a new file, an empty database).
    auto source = Database::open(sourceText, Database::Create::Never);
    if (!source.ok())
        return ctx.fail(source.errorMessage(), app::exitCodeFor(source.error().code));
    auto target = Database::open(targetText, Database::Create::IfMissing);
    if (!target.ok())
        return ctx.fail(target.errorMessage(), app::exitCodeFor(target.error().code));

    *ctx.out << trCmd("Copying %1\n     to %2").arg(source.value()->location().describe(), target.value()->location().describe())
             << Qt::endl;
    QElapsedTimer timer;
    timer.start();
    auto copied = CacheCopier::copy(*source.value(), *target.value(), replace, [&](const QString &table, qint64 rows) {
        *ctx.err << QStringLiteral("  %1 %2\r").arg(table, -26).arg(number(rows), 12);
        ctx.err->flush();
    });
    *ctx.err << QStringLiteral("%1\r").arg(QString(), 42);
    ctx.err->flush();
    if (!copied.ok())
        return ctx.fail(copied.errorMessage(), app::exitCodeFor(copied.error().code));
    qint64 total = 0;
    *ctx.out << QStringLiteral("  %1 %2 %3\n").arg(trCmd("table"), -26).arg(trCmd("source"), 12).arg(trCmd("target"), 12);
    for (const auto &c : std::as_const(copied.value())) {
        *ctx.out << QStringLiteral("  %1 %2 %3\n").arg(c.table, -26).arg(number(c.source), 12).arg(number(c.target), 12);
        total += c.target;
    }
    *ctx.out << trCmd("Copied and verified %1 rows in %2 tables in %3 s.")
                    .arg(number(total))
                    .arg(copied->size())
                    .arg(QString::number(double(timer.elapsed()) / 1000.0, 'f', 1))
             << Qt::endl;
    if (!to.isEmpty())
        *ctx.out << trCmd("Point every desk at it with --db '%1' (or Settings → Cache).").arg(to) << Qt::endl;
    return 0;
}

int runCache(app::CliContext &ctx)
{
    const QString sub = ctx.args.value(0);
    if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        *ctx.out << usage() << "\n"
                 << trCmd("info shows where the cache is and how many rows each table holds. copy moves a whole cache "
                          "between a file and a PostgreSQL database, in one transaction: everything or nothing, with "
                          "each table's rows counted in both and compared. A target that already holds a cache is "
                          "refused (exit 4) unless --replace.")
                 << Qt::endl;
        return sub.isEmpty() ? app::exitcode::Usage : app::exitcode::Ok;
    }
    ctx.args.removeFirst();
    if (sub == QLatin1String("info"))
        return runInfo(ctx);
    if (sub == QLatin1String("copy"))
        return runCopy(ctx);
    return ctx.fail(trCmd("unknown cache command '%1'.").arg(sub) + QLatin1Char('\n') + usage(), app::exitcode::Usage);
}

} // namespace

PMS_REGISTER_COMMAND(QStringLiteral("cache"), QStringLiteral("cache info | cache copy --to|--from CACHE [--replace]"),
                     QStringLiteral("show the cache, or copy it to or from a PostgreSQL database"), runCache);
