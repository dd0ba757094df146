#include "Command.h"
#include "common/AppTranslator.h"
#include "common/Logging.h"
#include "common/Version.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>
#include <memory>

using namespace pms::app;

namespace {

QtMessageHandler s_defaultHandler = nullptr;

// A command's stderr carries its own one-line reasons, never a log line ("pmsbridge.db: query
// failed ..." with SQL in it, or Qt's own warning before ours): the log reaches stderr only when
// QT_LOGGING_RULES asks for it. Fatal messages always do.
void quietMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtFatalMsg && s_defaultHandler)
        s_defaultHandler(type, context, message);
}

QString helpText()
{
    QString text;
    QTextStream s(&text);
    s << "Usage: pmsbridge [--db CACHE] [COMMAND [ARGS...]]\n"
      << "PMS Bridge " << pms::appVersion() << ": syncs a Propertyware account into a local cache.\n"
      << "With no command it opens the window.\n\n"
      << "Global options:\n"
      << "  --db CACHE    the cache: a file, or a PostgreSQL URL postgresql://user@host:5432/db?sslmode=verify-full\n"
      << "                (default: $PMSBRIDGE_DB or the user's data folder; a password comes from PGPASSWORD or ~/.pgpass)\n"
      << "  -h, --help    this help; 'pmsbridge COMMAND --help' for a command's own\n"
      << "  -v, --version the version\n\n"
      << "Commands:\n";
    s << commandTable(CommandRegistry::instance().all());
    s << "\nData goes to stdout; on failure one line on stderr says what went wrong and what to fix.\n"
      << "Diagnostics: set QT_LOGGING_RULES (e.g. 'pmsbridge.*=true') to see the log on stderr.\n"
      << "Every command uses the exit codes below.\n\n"
      << exitCodeHelp();
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("PMSBridge"));
    QCoreApplication::setApplicationName(QStringLiteral("pmsbridge"));
    QCoreApplication::setApplicationVersion(pms::appVersion());

    // The command line prints results, not chatter: info logs only when asked for.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("pmsbridge.*.info=false"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);

    CliContext ctx;
    ctx.out = &out;
    ctx.err = &err;
    ctx.argc = argc;
    ctx.argv = argv;

    QStringList raw;
    for (int i = 1; i < argc; ++i)
        raw << QString::fromLocal8Bit(argv[i]);

    QString command;
    int i = 0;
    for (; i < raw.size(); ++i) {
        const QString &a = raw.at(i);
        if (a == QLatin1String("--db")) {
            if (i + 1 >= raw.size())
                return ctx.fail(QStringLiteral("--db needs a file name or a PostgreSQL URL, e.g. --db ~/cache.sqlite"), exitcode::Usage);
            ctx.dbPath = raw.at(++i);
        } else if (a.startsWith(QLatin1String("--db="))) {
            ctx.dbPath = a.mid(5);
        } else if (a == QLatin1String("-h") || a == QLatin1String("--help") || a == QLatin1String("help")) {
            out << helpText();
            return 0;
        } else if (a == QLatin1String("-v") || a == QLatin1String("--version")) {
            out << "pmsbridge " << pms::appVersion() << Qt::endl;
            return 0;
        } else if (a.startsWith(QLatin1Char('-'))) {
            // Qt's own GUI options (-platform, -style ...) are only for the window.
            if (a == QLatin1String("-platform") || a == QLatin1String("-style") || a == QLatin1String("-qwindowgeometry")) {
                ++i;
                continue;
            }
            return ctx.fail(QStringLiteral("unknown option '%1'; see 'pmsbridge --help'").arg(a), exitcode::Usage);
        } else {
            command = a;
            ++i;
            break;
        }
    }
    ctx.args = raw.mid(i);
    if (ctx.dbPath.isEmpty())
        ctx.dbPath = pms::Database::defaultPath();

    if (command.isEmpty())
        command = QStringLiteral("gui");
    const CommandSpec *spec = CommandRegistry::instance().find(command);
    if (!spec)
        return ctx.fail(QStringLiteral("unknown command '%1'; see 'pmsbridge --help'").arg(command), exitcode::Usage);

    if (!spec->needsGui && qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        s_defaultHandler = qInstallMessageHandler(quietMessageHandler);

    std::unique_ptr<QCoreApplication> app;
    if (spec->needsGui && spec->check) {
        // The arguments and the display are checked before the window's application object
        // exists: without a display that constructor aborts the process (xcb, exit 134).
        QCoreApplication preflight(argc, argv);
        pms::AppTranslator::install();
        if (const int code = spec->check(ctx); code != kContinue)
            return code;
    }
    if (spec->needsGui)
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    pms::AppTranslator::install();
    return spec->run(ctx);
}
