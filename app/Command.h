#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace pms::app {

/// What every command gets: the global options and the streams it must use.
struct CliContext
{
    QString dbPath;           // --db, or the default cache path
    QStringList args;         // the command's own arguments (after the command name)
    QTextStream *out = nullptr;
    QTextStream *err = nullptr;
    int argc = 0;
    char **argv = nullptr;    // for commands that need a Q(Gui)Application

    /// Prints "pmsbridge: <message>" on stderr and returns @p code: the one-line error contract.
    int fail(const QString &message, int code = 1) const;
};

/// The exit codes of every command: one table, printed by --help (and so in the man page).
namespace exitcode {
constexpr int Ok = 0;        // everything asked for was done (push: every change was sent)
constexpr int Failed = 1;    // the PMS refused or answered something unusable, the cache failed, a file has errors
constexpr int Usage = 2;     // the command line is wrong
constexpr int NotFound = 3;  // no such cache, work order, property, unit or platform unit
constexpr int Rule = 4;      // a rule stopped it (R16 guard, one platform unit per PMS unit); nothing changed
constexpr int TryLater = 5;  // the PMS was silent, unreachable or busy; what could not be sent waits for a retry
constexpr int Config = 6;    // configuration or credentials: no connection, a refused base URL, a missing or refused secret
} // namespace exitcode

/// The exit code for a pms::Error code ("timeout" -> TryLater, "auth" -> Config, ...).
int exitCodeFor(const QString &errorCode);
/// The table of exit codes and the deadlines, as --help prints it.
QString exitCodeHelp();

using CommandFn = std::function<int(CliContext &)>;

/// What a command's check returns when the command may run.
constexpr int kContinue = -1;

struct CommandSpec
{
    QString name;
    QString synopsis;    // one line for --help, e.g. "sync [--initial|--incremental|--leases]"
    QString description; // one line
    CommandFn run;
    bool needsGui = false; // runs with a QApplication instead of a QCoreApplication
    /// For window commands: checks the arguments and the display under a QCoreApplication,
    /// before the QApplication exists; returns kContinue, or the exit code after a one-line reason.
    CommandFn check = {};
};

/// The commands of --help: synopsis and description in two aligned columns; a synopsis too long
/// for the first column gets a line of its own and its description starts the next one.
QString commandTable(const QList<CommandSpec> &commands);

/// What a second launch on a cache whose window is open prints before it exits 0.
QString alreadyOpenText();

/// True when a window can be shown: a display (X11 or Wayland), or a platform the user chose
/// (QT_QPA_PLATFORM, -platform).
bool displayAvailable(const CliContext &ctx);

/// Commands register themselves from their own .cpp in app/commands/ with PMS_REGISTER_COMMAND.
class CommandRegistry
{
public:
    static CommandRegistry &instance();
    void add(CommandSpec spec);
    const CommandSpec *find(const QString &name) const;
    QList<CommandSpec> all() const;

private:
    QList<CommandSpec> m_commands;
};

struct CommandRegistration
{
    explicit CommandRegistration(CommandSpec spec) { CommandRegistry::instance().add(std::move(spec)); }
};

#define PMS_CONCAT_INNER(a, b) a##b
#define PMS_CONCAT(a, b) PMS_CONCAT_INNER(a, b)
#define PMS_REGISTER_COMMAND(...) \
    static const ::pms::app::CommandRegistration PMS_CONCAT(s_commandRegistration_, __LINE__){::pms::app::CommandSpec{__VA_ARGS__}}

} // namespace pms::app
