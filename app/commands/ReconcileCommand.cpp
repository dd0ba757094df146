// pmsbridge reconcile [--dry-run] [--yes [--force]] — R13–R16 from the command line.
#include "CliSupport.h"
#include "CliWait.h"
#include "Command.h"
#include "common/Clock.h"
#include "reconcile/ReconcileEngine.h"
#include "reconcile/Reconciler.h"
#include "secrets/SecretResolver.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <cstdio>

using namespace pms;
using namespace pms::app;

namespace {

// Exit codes: the one table of 'pmsbridge --help'.
constexpr int kExitFailed = exitcode::Failed; // PMS error (nothing deactivated), declined, or --yes needed
constexpr int kExitUsage = exitcode::Usage;
constexpr int kExitGuard = exitcode::Rule; // R16 stopped the run

QString helpText()
{
    return QStringLiteral(
        "Usage: pmsbridge [--db FILE] reconcile [--dry-run] [--yes [--force]] [--connection ID]\n"
        "Compares the cache's active units with the full PMS unit list and deactivates the ones the PMS\n"
        "no longer lists, logging each on its property. Units disabled by hand are never touched.\n"
        "A PMS error during the run aborts it with nothing deactivated.\n"
        "\n"
        "  --dry-run   print, per property, the units that would be deactivated; change nothing\n"
        "              (the preview is kept as a 'dry_run' snapshot)\n"
        "  --yes, -y   apply without asking. Without it, on a terminal the preview is printed and\n"
        "              y/N is asked on stdin; otherwise the command stops with exit code 1.\n"
        "  --force     also apply when the safety guard trips. --yes confirms a normal run\n"
        "              only: a run that would deactivate more than the allowed share of active units\n"
        "              (default 20 %), or every unit of a property after a PMS error, needs --force as\n"
        "              well (with --yes, or answered y on a terminal). It applies exactly the preview.\n"
        "\n"
        "Exit codes: 0 done (or nothing to do, or --dry-run); 1 the PMS refused / declined / --yes needed;\n"
        "2 usage; 4 the safety guard stopped the run, nothing deactivated (re-run with --yes --force);\n"
        "5 the PMS was silent (for the silence limit, default 60 s) or unreachable, nothing deactivated;\n"
        "6 a refused base URL or secret (at once). The table for every command: 'pmsbridge --help'.\n");
}

QString oneLine(QString s)
{
    s.replace(QLatin1String("\r\n"), QLatin1String(", "));
    s.replace(QLatin1Char('\n'), QLatin1String(", "));
    s.replace(QLatin1Char('\r'), QLatin1String(", "));
    return s;
}

void printProperties(QTextStream &out, const ReconcileOutcome &o, bool done)
{
    for (const ReconcilePropertySummary &p : o.properties) {
        const QString name
            = p.propertyName.isEmpty() ? QStringLiteral("(no property)") : oneLine(p.propertyName);
        out << "  " << name << " (PMS " << p.pmsPropertyId << "): " << p.missing.size();
        if (p.activeUnits > 0)
            out << " of " << p.activeUnits;
        out << (p.missing.size() == 1 ? " unit " : " units ")
            << (done ? "deactivated" : "would be deactivated") << "\n";
        for (const ReconcileUnit &u : p.missing) {
            out << "    " << u.pmsId << "  " << oneLine(u.unitName);
            if (!u.address.isEmpty())
                out << "  " << oneLine(u.address);
            out << "\n";
        }
    }
}

QString unitsText(int n)
{
    return n == 1 ? QStringLiteral("1 unit") : QStringLiteral("%1 units").arg(n);
}

void printPreview(QTextStream &out, const ReconcileOutcome &o)
{
    out << "Reconciliation preview (snapshot " << o.snapshotId << "): " << o.unitsChecked
        << " active units checked against " << o.pmsUnits << " units in the PMS.\n";
    printProperties(out, o, false);
    if (o.reappeared > 0)
        out << unitsText(o.reappeared) << " deactivated earlier " << (o.reappeared == 1 ? "is" : "are")
            << " listed in the PMS again (review them in the app).\n";
    out << unitsText(o.unitsToDeactivate) << " would be deactivated.\n";
}

int printDone(CliContext &ctx, const ReconcileOutcome &o)
{
    QTextStream &out = *ctx.out;
    out << "Reconciliation completed (snapshot " << o.snapshotId << "): " << o.unitsChecked
        << " active units checked, " << unitsText(o.unitsDeactivated) << " deactivated.\n";
    printProperties(out, o, true);
    if (o.unitsSkipped > 0)
        out << unitsText(o.unitsSkipped) << " had changed since the preview and were left as they are.\n";
    if (o.reappeared > 0)
        out << unitsText(o.reappeared)
            << " listed in the PMS again after an earlier deactivation: flagged for review.\n";
    out.flush();
    return 0;
}

int confirmAndPrint(CliContext &ctx, Database &db, const ReconcileOutcome &preview)
{
    auto r = Reconciler::confirm(db, preview.connectionId, preview.snapshotId, Clock::instance()->nowUtc());
    if (!r.ok())
        return ctx.fail(r.errorMessage(), kExitFailed);
    ReconcileOutcome done = r.value();
    // confirm() lists what it deactivated; keep the preview's per-property unit counts.
    for (ReconcilePropertySummary &p : done.properties)
        for (const ReconcilePropertySummary &q : preview.properties)
            if (q.pmsPropertyId == p.pmsPropertyId)
                p.activeUnits = q.activeUnits;
    return printDone(ctx, done);
}

bool askYes(CliContext &ctx, int units)
{
    *ctx.err << "Deactivate these " << unitsText(units) << "? [y/N] " << Qt::flush;
    char buf[64] = {};
    if (!std::fgets(buf, sizeof buf, stdin))
        return false;
    const QString answer = QString::fromLocal8Bit(buf).trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

int runReconcile(CliContext &ctx)
{
    if (ctx.args.contains(QLatin1String("--help")) || ctx.args.contains(QLatin1String("-h"))) {
        *ctx.out << helpText();
        return 0;
    }
    const bool dryRun = takeFlag(ctx.args, QStringLiteral("--dry-run"));
    const bool yes = takeFlag(ctx.args, QStringLiteral("--yes")) | takeFlag(ctx.args, QStringLiteral("-y"));
    const bool force = takeFlag(ctx.args, QStringLiteral("--force"));
    int rc = 0;
    auto db = openCache(ctx, &rc);
    if (!db)
        return rc;
    auto conn = pickConnection(ctx, *db);
    if (!conn.ok())
        return ctx.fail(conn.errorMessage(), exitCodeFor(conn.error().code));
    if (!ctx.args.isEmpty())
        return ctx.fail(QStringLiteral("unexpected argument '%1'; see 'pmsbridge reconcile --help'")
                            .arg(ctx.args.first()),
            kExitUsage);
    if (dryRun && (yes || force))
        return ctx.fail(
            QStringLiteral("--dry-run changes nothing; it cannot be combined with --yes or --force"),
            kExitUsage);
    auto secret = cliSecret(conn.value());
    if (!secret.ok())
        return ctx.fail(secret.errorMessage(), exitcode::Config);

    QNetworkAccessManager nam;
    ReconcileEngine engine(*db, &nam);
    ReconcileOutcome outcome;
    CliWait waiter(cliSilenceMs(*db));
    QObject::connect(&engine, &ReconcileEngine::finished, [&](const ReconcileOutcome &o) {
        outcome = o;
        waiter.done();
    });
    QObject::connect(&engine, &ReconcileEngine::progress, [&](const ReconcileProgress &p) {
        waiter.touch();
        if (qEnvironmentVariableIsSet("PMSBRIDGE_PROGRESS"))
            *ctx.err << "  units: page " << p.pagesDone << "/" << p.pagesExpected << ", " << p.records
                     << " records" << Qt::endl;
    });
    engine.start(conn.value(), secret.value(), yes ? ReconcileMode::Apply : ReconcileMode::Preview,
        QStringLiteral("cli"));
    if (!waiter.wait()) {
        engine.cancel();
        return ctx.fail(QStringLiteral("the PMS did not answer for %1 s; reconciliation stopped and nothing was deactivated")
                            .arg(cliSilenceMs(*db) / 1000),
            exitcode::TryLater);
    }

    if (!outcome.ok())
        return ctx.fail(
            outcome.error.isEmpty() ? QStringLiteral("reconciliation %1").arg(outcome.status) : outcome.error,
            exitCodeFor(outcome.errorCode));
    if (outcome.status == QLatin1String("completed"))
        return printDone(ctx, outcome);

    if (!dryRun && outcome.unitsToDeactivate == 0 && outcome.guardReason.isEmpty())
        return confirmAndPrint(ctx, *db, outcome); // nothing to ask: record the run as completed
    printPreview(*ctx.out, outcome);
    ctx.out->flush();
    if (dryRun) {
        if (!outcome.guardReason.isEmpty())
            *ctx.out << "A real run would stop for confirmation (safety guard): " << outcome.guardReason << "\n";
        return 0;
    }
    if (!outcome.guardReason.isEmpty() && !force)
        return ctx.fail(
            QStringLiteral("stopped by the safety guard: %1 Nothing was deactivated; re-run with "
                           "--yes --force to apply snapshot %2's preview.")
                .arg(outcome.guardReason)
                .arg(outcome.snapshotId),
            kExitGuard);
    if (yes) // --yes --force after the guard tripped: apply exactly that preview
        return confirmAndPrint(ctx, *db, outcome);
    if (!SecretResolver::stdinIsTerminal())
        return ctx.fail(QStringLiteral("%1 would be deactivated; re-run with --yes to apply")
                            .arg(unitsText(outcome.unitsToDeactivate)),
            kExitFailed);
    if (!askYes(ctx, outcome.unitsToDeactivate))
        return ctx.fail(QStringLiteral("declined; nothing was deactivated"), kExitFailed);
    return confirmAndPrint(ctx, *db, outcome);
}

} // namespace

PMS_REGISTER_COMMAND(QStringLiteral("reconcile"), QStringLiteral("reconcile [--dry-run] [--yes [--force]]"),
    QStringLiteral("deactivate units the PMS no longer lists (with a preview and a safety guard)"), runReconcile);
