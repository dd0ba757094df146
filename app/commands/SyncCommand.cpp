#include "CliSupport.h"
#include "CliWait.h"
#include "Command.h"
#include "common/Clock.h"
#include "storage/SyncRunRepository.h"
#include "storage/TeamRepository.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

#include <algorithm>

using namespace pms;
using namespace pms::app;

namespace {

int runSync(CliContext &ctx)
{
    if (ctx.args.contains(QLatin1String("--help"))) {
        *ctx.out << "Usage: pmsbridge [--db FILE] sync [--initial | --incremental | --leases | --properties-residents] "
                    "[--connection ID]\n"
                    "One run now (default: initial when the cache has never synced, else incremental).\n"
                    "Prints created / updated / unchanged / skipped / failed per entity.\n"
                    "Gives up once the PMS has been silent for the silence limit (default 60 s) and exits 5;\n"
                    "a refused base URL or secret exits 6 at once. See 'pmsbridge --help' for every exit code.\n";
        return 0;
    }
    int rc = 0;
    auto db = openCache(ctx, &rc);
    if (!db)
        return rc;
    auto conn = pickConnection(ctx, *db);
    if (!conn.ok())
        return ctx.fail(conn.errorMessage(), exitCodeFor(conn.error().code));

    std::optional<SyncKind> kind;
    const QList<QPair<QString, SyncKind>> flags = {{QStringLiteral("--initial"), SyncKind::Initial},
                                                   {QStringLiteral("--incremental"), SyncKind::Incremental},
                                                   {QStringLiteral("--leases"), SyncKind::Leases},
                                                   {QStringLiteral("--properties-residents"), SyncKind::PropertiesResidents}};
    for (const auto &f : flags) {
        if (takeFlag(ctx.args, f.first)) {
            if (kind)
                return ctx.fail(QStringLiteral("choose one of --initial, --incremental, --leases, --properties-residents"),
                                exitcode::Usage);
            kind = f.second;
        }
    }
    if (!ctx.args.isEmpty())
        return ctx.fail(QStringLiteral("unexpected argument '%1'; see 'pmsbridge sync --help'").arg(ctx.args.first()),
                        exitcode::Usage);
    if (!kind) {
        const bool synced = SyncRunRepository(*db).lastSuccess(conn->id, QStringLiteral("initial")).isValid();
        kind = synced ? SyncKind::Incremental : SyncKind::Initial;
    }
    auto secret = cliSecret(conn.value());
    if (!secret.ok())
        return ctx.fail(secret.errorMessage(), exitcode::Config);
    if (db->isPostgres()) {
        // Team mode: one desk runs a connection's syncs at a time; this command is a desk for its
        // run (the lock ends with the process).
        TeamRepository team(*db);
        auto runner = team.tryRunnerLock(conn->id);
        if (!runner.ok())
            return ctx.fail(runner.errorMessage(), exitCodeFor(runner.error().code));
        if (!runner.value()) {
            const QString who = team.runnerOf(conn->id);
            return ctx.fail(QStringLiteral("%1 runs the syncs of connection %2 on this shared cache; press Sync now in "
                                           "any window (it asks that desk), or run this again once no desk runs it")
                                .arg(who.isEmpty() ? QStringLiteral("another desk") : who)
                                .arg(conn->id),
                            exitcode::TryLater);
        }
        team.failInterruptedRuns(conn->id, Clock::instance()->nowUtc());
    }

    QNetworkAccessManager nam;
    SyncEngine engine(*db, &nam);
    SyncOutcome outcome;
    CliWait waiter(cliSilenceMs(*db));
    QObject::connect(&engine, &SyncEngine::finished, [&](const SyncOutcome &o) {
        outcome = o;
        waiter.done();
    });
    QObject::connect(&engine, &SyncEngine::pageApplied, [&] { waiter.touch(); });
    QObject::connect(&engine, &SyncEngine::progress, [&](const SyncProgress &p) {
        waiter.touch();
        if (qEnvironmentVariableIsSet("PMSBRIDGE_PROGRESS"))
            *ctx.err << "  " << p.entity << ": page " << p.pagesDone << "/" << p.pagesTotal << ", " << p.records
                     << " records" << Qt::endl;
    });
    engine.start(conn.value(), secret.value(), *kind, QStringLiteral("cli"));
    if (!waiter.wait()) {
        engine.cancel();
        return ctx.fail(QStringLiteral("the PMS did not answer for %1 s; the sync stopped and what it read so far is kept")
                            .arg(cliSilenceMs(*db) / 1000),
                        exitcode::TryLater);
    }

    const qint64 secs = outcome.startedAt.msecsTo(outcome.finishedAt);
    *ctx.out << syncKindName(outcome.kind) << " sync " << outcome.status;
    if (outcome.runId > 0)
        *ctx.out << " (run " << outcome.runId << ", " << QString::number(secs / 1000.0, 'f', 1) << " s)";
    *ctx.out << "\n";
    QStringList order = {QStringLiteral("portfolios"), QStringLiteral("properties"), QStringLiteral("units"),
                         QStringLiteral("leases"), QStringLiteral("residents"), QStringLiteral("workorders")};
    if (!outcome.counts.isEmpty()) {
        *ctx.out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                        .arg(QStringLiteral("entity"), -12)
                        .arg(QStringLiteral("created"), 9)
                        .arg(QStringLiteral("updated"), 9)
                        .arg(QStringLiteral("unchanged"), 10)
                        .arg(QStringLiteral("skipped"), 9)
                        .arg(QStringLiteral("failed"), 8);
        for (const QString &e : order) {
            if (!outcome.counts.contains(e))
                continue;
            const EntityCounts &c = outcome.counts[e];
            *ctx.out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                            .arg(e, -12)
                            .arg(c.created, 9)
                            .arg(c.updated, 9)
                            .arg(c.unchanged, 10)
                            .arg(c.skipped, 9)
                            .arg(c.failed, 8);
        }
    }
    ctx.out->flush();
    if (outcome.status != QLatin1String("succeeded"))
        return ctx.fail(outcome.error.isEmpty() ? QStringLiteral("sync %1").arg(outcome.status) : outcome.error,
                        exitCodeFor(outcome.errorCode));
    if (!outcome.error.isEmpty())
        *ctx.err << "note: " << outcome.error << Qt::endl;
    return 0;
}

} // namespace

PMS_REGISTER_COMMAND(QStringLiteral("sync"), QStringLiteral("sync [--initial | --incremental | --leases]"),
                     QStringLiteral("run one sync now and print per-entity counts"), runSync);
