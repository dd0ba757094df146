#include "Command.h"

// Replaced by the window once ui/ provides it.
namespace {
int runGui(pms::app::CliContext &ctx)
{
    return ctx.fail(QStringLiteral("the window is not built yet; see 'pmsbridge --help'"), 2);
}
} // namespace

PMS_REGISTER_COMMAND(QStringLiteral("gui"), QStringLiteral("(no command)"), QStringLiteral("open the window"), runGui);
