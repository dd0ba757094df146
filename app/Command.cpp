#include "Command.h"

#include <algorithm>

namespace pms::app {

int CliContext::fail(const QString &message, int code) const
{
    QString line = message.simplified();
    *err << "pmsbridge: " << line << Qt::endl;
    return code;
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
