// pmsbridge disable|enable unit|property PMS_ID — the manual switch of R15.
#include "CliSupport.h"
#include "Command.h"
#include "common/Clock.h"
#include "reconcile/ManualSwitch.h"

using namespace pms;
using namespace pms::app;

namespace {

int runSwitch(CliContext &ctx, bool disable)
{
    const QString verb = disable ? QStringLiteral("disable") : QStringLiteral("enable");
    if (ctx.args.contains(QLatin1String("--help")) || ctx.args.contains(QLatin1String("-h"))) {
        *ctx.out << "Usage: pmsbridge [--db FILE] " << verb << " unit|property PMS_ID [--connection ID]\n";
        if (disable)
            *ctx.out << "Turns a unit or property off by hand: it stays inactive whatever the PMS "
                        "says, and\n"
                        "neither a sync nor reconciliation re-activates it, until 'pmsbridge enable'.\n";
        else
            *ctx.out << "Undoes 'pmsbridge disable': the unit or property follows the PMS again (it becomes\n"
                        "active when the PMS lists it as active).\n";
        *ctx.out << "The change is logged on the property.\n";
        return 0;
    }
    int rc = 0;
    auto db = openCache(ctx, &rc);
    if (!db)
        return rc;
    auto conn = pickConnection(ctx, *db);
    if (!conn.ok())
        return ctx.fail(conn.errorMessage(), exitCodeFor(conn.error().code));
    const QString usage = QStringLiteral("usage: pmsbridge %1 unit|property PMS_ID").arg(verb);
    if (ctx.args.size() != 2)
        return ctx.fail(usage, 2);
    const QString what = ctx.args.at(0).toLower();
    ManualSwitch::Target target;
    if (what == QLatin1String("unit"))
        target = ManualSwitch::Target::Unit;
    else if (what == QLatin1String("property"))
        target = ManualSwitch::Target::Property;
    else
        return ctx.fail(
            QStringLiteral("'%1' is neither 'unit' nor 'property'; %2").arg(ctx.args.at(0), usage), 2);
    bool ok = false;
    const qint64 pmsId = ctx.args.at(1).toLongLong(&ok);
    if (!ok || pmsId <= 0)
        return ctx.fail(QStringLiteral("PMS_ID must be a positive number, not '%1'").arg(ctx.args.at(1)), 2);

    auto r = ManualSwitch::set(*db, conn->id, target, pmsId, disable, Clock::instance()->nowUtc());
    if (!r.ok())
        return ctx.fail(r.errorMessage(), exitCodeFor(r.error().code));
    const QString name = r->name.isEmpty() ? QString() : QStringLiteral(" \u201c%1\u201d").arg(r->name);
    *ctx.out << (target == ManualSwitch::Target::Unit ? "Unit " : "Property ") << pmsId << name;
    if (!r->changed)
        *ctx.out << (disable ? " was already disabled by hand.\n"
                             : " was not disabled by hand; nothing changed.\n");
    else if (disable)
        *ctx.out << " disabled; it stays inactive until 'pmsbridge enable'.\n";
    else
        *ctx.out << " enabled; "
                 << (r->activeNow ? "it is active again.\n"
                                  : "it stays inactive because the PMS lists it as inactive.\n");
    ctx.out->flush();
    return 0;
}

int runDisable(CliContext &ctx)
{
    return runSwitch(ctx, true);
}

int runEnable(CliContext &ctx)
{
    return runSwitch(ctx, false);
}

} // namespace

PMS_REGISTER_COMMAND(QStringLiteral("disable"), QStringLiteral("disable unit|property PMS_ID"),
    QStringLiteral("switch a unit or property off by hand; never re-activated automatically"),
    runDisable);
PMS_REGISTER_COMMAND(QStringLiteral("enable"), QStringLiteral("enable unit|property PMS_ID"),
    QStringLiteral("undo 'disable': the unit or property follows the PMS again"), runEnable);
