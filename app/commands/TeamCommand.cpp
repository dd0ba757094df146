// pmsbridge team runner|status — team mode (several desks on one PostgreSQL cache) from the command
// line: a desk without a window that runs the office's scheduled jobs and "Sync now" requests
// whenever the database elects it, and a look at who is on the cache and what runs.
#include "CliSupport.h"
#include "Command.h"
#include "common/DeskIdentity.h"
#include "secrets/SessionSecretStore.h"
#include "storage/ConnectionRepository.h"
#include "storage/TeamRepository.h"
#include "sync/SyncController.h"
#include "sync/TeamLink.h"
#include "ui/mainwindow/AppSession.h"

#include <QCoreApplication>
#include <QTimer>

using namespace pms;
using namespace pms::app;

namespace {

QString usage()
{
    return QStringLiteral(
        "Usage: pmsbridge --db postgresql://... team runner [--for SECONDS]\n"
        "       pmsbridge --db postgresql://... team status\n"
        "Team mode: several desks on one PostgreSQL cache; the database elects one desk per connection\n"
        "to run its scheduled jobs, the work-order outbox and the syncs other desks ask for.\n"
        "  runner  a desk without a window (an office's always-on machine): competes for every active\n"
        "          connection, runs what it is elected for, and prints one line per event; another\n"
        "          desk takes over within a minute when it stops. The client secret comes from\n"
        "          $PMSBRIDGE_CLIENT_SECRET or the keychain; --for ends it after SECONDS.\n"
        "  status  the desks on the cache, each connection's runner and the run in progress.\n"
        "The desk's name is $PMSBRIDGE_DESK or the host name; the person is $PMSBRIDGE_PERSON or the\n"
        "operating-system user.\n");
}

void line(CliContext &ctx, const QString &text)
{
    *ctx.out << text << Qt::endl; // flushed: the process may be killed at any moment
}

int runRunner(CliContext &ctx)
{
    int forSeconds = 0;
    QString value, error;
    if (!takeOption(ctx.args, QStringLiteral("--for"), &value, &error))
        return ctx.fail(error, exitcode::Usage);
    if (!value.isEmpty()) {
        bool ok = false;
        forSeconds = value.toInt(&ok);
        if (!ok || forSeconds <= 0)
            return ctx.fail(QStringLiteral("--for wants a number of seconds, e.g. --for 600"), exitcode::Usage);
    }
    if (!ctx.args.isEmpty())
        return ctx.fail(QStringLiteral("unexpected argument '%1'; see 'pmsbridge team --help'").arg(ctx.args.first()),
                        exitcode::Usage);
    int rc = 0;
    {
        auto db = openCache(ctx, &rc);
        if (!db)
            return rc;
        if (!db->isPostgres())
            return ctx.fail(QStringLiteral("%1 is a file on this desk; team mode needs a PostgreSQL cache "
                                           "(--db postgresql://...)")
                                .arg(ctx.dbPath),
                            exitcode::Usage);
    }
    auto session = AppSession::open(ctx.dbPath, new SessionSecretStore);
    if (!session.ok())
        return ctx.fail(session.errorMessage(), exitCodeFor(session.error().code));
    AppContext &app = session.value()->context();
    SyncController *sync = app.sync;
    const QString me = desk::label(desk::name(), desk::person());
    QObject::connect(sync, &SyncController::runnerChanged, [&ctx, me](qint64 id, bool runner, const QList<SyncKind> &lost) {
        if (runner)
            line(ctx, QStringLiteral("%1 runs connection %2 now%3").arg(me).arg(id).arg(
                          lost.isEmpty() ? QString() : QStringLiteral(" (repeating %1 interrupted run(s))").arg(lost.size())));
        else
            line(ctx, QStringLiteral("%1 no longer runs connection %2").arg(me).arg(id));
    });
    QObject::connect(sync, &SyncController::syncRequested, [&ctx](qint64 id, SyncKind kind) {
        line(ctx, QStringLiteral("%1 sync of connection %2 requested by another desk").arg(syncKindName(kind)).arg(id));
    });
    QObject::connect(sync, &SyncController::started, [&ctx](qint64 id, SyncKind kind) {
        line(ctx, QStringLiteral("%1 sync of connection %2 started").arg(syncKindName(kind)).arg(id));
    });
    QObject::connect(sync, &SyncController::finished, [&ctx](const SyncOutcome &o) {
        line(ctx, QStringLiteral("%1 sync of connection %2 %3 (run %4)%5")
                      .arg(syncKindName(o.kind))
                      .arg(o.connectionId)
                      .arg(o.status)
                      .arg(o.runId)
                      .arg(o.error.isEmpty() ? QString() : QStringLiteral(": ") + o.error));
    });
    int withSecret = 0;
    for (const ConnectionInfo &c : ConnectionRepository(*app.db).all()) {
        if (!c.active)
            continue;
        auto secret = cliSecret(c);
        if (!secret.ok()) {
            *ctx.err << "pmsbridge: connection " << c.id << ": " << secret.errorMessage() << Qt::endl;
            continue;
        }
        sync->setSecret(c.id, secret.value()); // competes for the runner lock from now on
        ++withSecret;
    }
    if (withSecret == 0)
        return ctx.fail(QStringLiteral("no active connection has a client secret here; set PMSBRIDGE_CLIENT_SECRET"),
                        exitcode::Config);
    line(ctx, QStringLiteral("%1 is on the cache and waits to be elected").arg(me));
    if (forSeconds > 0)
        QTimer::singleShot(forSeconds * 1000, qApp, &QCoreApplication::quit);
    QCoreApplication::exec();
    return 0;
}

int runStatus(CliContext &ctx)
{
    int rc = 0;
    auto db = openCache(ctx, &rc);
    if (!db)
        return rc;
    if (!db->isPostgres()) {
        line(ctx, QStringLiteral("a cache on this desk only (SQLite): this desk runs everything"));
        return 0;
    }
    TeamRepository team(*db);
    const QStringList desks = team.desks();
    line(ctx, QStringLiteral("desks on the cache: %1%2").arg(desks.size()).arg(desks.isEmpty() ? QString() : QStringLiteral(" (") + desks.join(QStringLiteral(", ")) + QLatin1Char(')')));
    for (const ConnectionInfo &c : ConnectionRepository(*db).all()) {
        const QString runner = team.runnerOf(c.id);
        QString text = QStringLiteral("connection %1 (%2): ").arg(c.id).arg(c.name);
        text += runner.isEmpty() ? QStringLiteral("no runner") : QStringLiteral("run by %1").arg(runner);
        if (auto live = team.liveRun(c.id); live.ok() && live->runId > 0)
            text += QStringLiteral("; %1 sync on %2 since %3, %4")
                        .arg(syncKindName(live->kind), desk::label(live->desk, live->person),
                             live->startedAt.toString(Qt::ISODate),
                             live->percent < 0 ? QStringLiteral("starting") : QStringLiteral("%1 %").arg(live->percent));
        line(ctx, text);
    }
    return 0;
}

int runTeam(CliContext &ctx)
{
    if (ctx.args.isEmpty() || ctx.args.contains(QLatin1String("--help")) || ctx.args.contains(QLatin1String("-h"))) {
        *ctx.out << usage();
        return ctx.args.isEmpty() ? exitcode::Usage : 0;
    }
    const QString sub = ctx.args.takeFirst();
    if (sub == QLatin1String("runner"))
        return runRunner(ctx);
    if (sub == QLatin1String("status"))
        return runStatus(ctx);
    return ctx.fail(QStringLiteral("unknown team command '%1'; use runner or status").arg(sub), exitcode::Usage);
}

} // namespace

PMS_REGISTER_COMMAND(QStringLiteral("team"), QStringLiteral("team runner|status"),
                     QStringLiteral("several desks on one PostgreSQL cache: a headless runner desk, who runs what"), runTeam);
