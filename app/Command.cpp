#include "Command.h"

#include <QHash>

#include <algorithm>

namespace pms::app {

int CliContext::fail(const QString &message, int code) const
{
    QString line = message.simplified();
    *err << "pmsbridge: " << line << Qt::endl;
    return code;
}

int exitCodeFor(const QString &errorCode)
{
    static const QHash<QString, int> codes = {
        {QStringLiteral("usage"), exitcode::Usage},
        {QStringLiteral("not-found"), exitcode::NotFound},
        {QStringLiteral("guard"), exitcode::Rule},
        {QStringLiteral("conflict"), exitcode::Rule},
        {QStringLiteral("timeout"), exitcode::TryLater},
        {QStringLiteral("network"), exitcode::TryLater},
        {QStringLiteral("server"), exitcode::TryLater},
        {QStringLiteral("rate-limited"), exitcode::TryLater},
        {QStringLiteral("uncertain"), exitcode::TryLater},
        {QStringLiteral("incomplete"), exitcode::TryLater},
        {QStringLiteral("busy"), exitcode::TryLater},
        {QStringLiteral("auth"), exitcode::Config},
        {QStringLiteral("invalid-url"), exitcode::Config},
        {QStringLiteral("insecure-url"), exitcode::Config},
        {QStringLiteral("no-secret"), exitcode::Config},
        {QStringLiteral("no-connection"), exitcode::Config},
        // The cache itself (core/storage): someone else's database, a newer schema, a cache
        // that is not there, one that already holds data, a server that went away.
        {QStringLiteral("foreign"), exitcode::Config},
        {QStringLiteral("schema"), exitcode::Config},
        {QStringLiteral("not_found"), exitcode::NotFound},
        {QStringLiteral("not_empty"), exitcode::Rule},
        {QStringLiteral("connection"), exitcode::TryLater},
        {QStringLiteral("retry"), exitcode::TryLater},
    };
    return codes.value(errorCode, exitcode::Failed);
}

QString exitCodeHelp()
{
    return QStringLiteral(
        "Exit codes:\n"
        "  0 done   everything asked for was done (push: every change was sent)\n"
        "  1 failed   the PMS refused or sent an unusable answer, the cache could not be used, a file has errors, or the answer was no\n"
        "  2 usage   the command line is wrong; the message says what to fix\n"
        "  3 not found   no such cache (only connect, import, demo and cache copy create one), work order, property, unit or platform unit\n"
        "  4 stopped by a rule   the reconciliation safety guard or one platform unit per PMS unit; nothing changed\n"
        "  5 try again later   the PMS was silent, unreachable or busy; what was not sent waits in the outbox for a retry\n"
        "  6 configuration or credentials   no connection, a base URL that is refused, or a missing or refused secret\n"
        "\n"
        "Deadlines:\n"
        "  connect, sync, reconcile   give up once the PMS has been silent for the silence limit (default 60 s; Settings, or the cache's app setting pms.silence_limit_seconds) and exit 5\n"
        "  push, workorder sync, --sync   the same, at most twice the limit (a create without an answer is looked up once)\n"
        "  a refused base URL, no connection or no secret   exit 6 at once, before any request\n"
        "  every other command   works on the cache only and ends within its 10 s lock timeout\n"
        "  sim, demo and the window   run until stopped\n");
}

QString commandTable(const QList<CommandSpec> &commands)
{
    constexpr int kColumn = 44; // where every description starts
    QString text;
    for (const CommandSpec &c : commands) {
        const QString synopsis = QStringLiteral("  ") + c.synopsis;
        if (synopsis.size() < kColumn - 1)
            text += synopsis.leftJustified(kColumn) + c.description + QLatin1Char('\n');
        else
            text += synopsis + QLatin1Char('\n') + QString(kColumn, QLatin1Char(' ')) + c.description + QLatin1Char('\n');
    }
    return text;
}

QString alreadyOpenText()
{
    return QCoreApplication::translate("pms::app::Cli",
                                       "PMS Bridge is already open on this cache; its window was brought forward.");
}

bool displayAvailable(const CliContext &ctx)
{
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return true;
    for (int i = 1; i < ctx.argc; ++i)
        if (qstrcmp(ctx.argv[i], "-platform") == 0)
            return true;
    return false;
}

CommandRegistry &CommandRegistry::instance()
{
    static CommandRegistry registry;
    return registry;
}

void CommandRegistry::add(CommandSpec spec)
{
    m_commands.append(std::move(spec));
}

const CommandSpec *CommandRegistry::find(const QString &name) const
{
    for (const CommandSpec &c : m_commands)
        if (c.name == name)
            return &c;
    return nullptr;
}

QList<CommandSpec> CommandRegistry::all() const
{
    QList<CommandSpec> out = m_commands;
    std::sort(out.begin(), out.end(), [](const CommandSpec &a, const CommandSpec &b) { return a.name < b.name; });
    return out;
}

} // namespace pms::app
