#include "CliPush.h"
#include "CliSupport.h"
#include "Command.h"
#include "common/Json.h"
#include "storage/ConnectionRepository.h"
#include "storage/WorkOrderRepository.h"
#include "workorders/WorkOrderCompletion.h"

#include <QSet>

#include <algorithm>

// `pmsbridge workorder create|edit|complete|sync|show` and `pmsbridge push` (R10–R12).
// Exit codes: the one table of 'pmsbridge --help' (Command.h).

using namespace pms;
using namespace pms::app;

namespace {

const char *kUsage =
    "Usage: pmsbridge [--db FILE] workorder SUBCOMMAND ...\n"
    "  create --property PMS_ID [--unit PMS_ID] [--resident PMS_CONTACT_ID] --description TEXT\n"
    "         [--priority LOW|MEDIUM|HIGH] [--category TEXT] [--enter NO|ANYTIME] [--connection ID] [--sync]\n"
    "      Creates a work order in the cache and queues it for Propertyware; prints its number.\n"
    "  edit ID [--description TEXT] [--priority LOW|MEDIUM|HIGH] [--category TEXT] [--enter NO|ANYTIME] [--sync]\n"
    "      Changes it; the change goes to Propertyware as a task comment.\n"
    "  complete ID [--comment TEXT] [--attach FILE]... [--photo FILE]... [--call-log FILE]...\n"
    "              [--sms-log FILE]... [--invoice FILE]... [--sync]\n"
    "      Completes it (PUT closeworkorder) and queues its files for upload (POST /docs). --attach\n"
    "      guesses the kind from the file (images: photo, .pdf: invoice, 'sms' in the name: SMS log).\n"
    "  sync ID\n"
    "      Pushes its waiting changes now, also those that failed; prints id, state, PMS id, reason.\n"
    "      Exit 0 when it is synced; 5 when it waits for a retry (the PMS was silent, unreachable or busy);\n"
    "      6 when the base URL or the secret is refused; 1 when the PMS refused the change.\n"
    "  show ID\n"
    "      Prints its fields, sync state, attachments and history.\n"
    "ID is the work order's number: the Number column of the window and the title of its details\n"
    "(Propertyware's own work-order number is 'pms_number' in 'show').\n"
    "--sync pushes the work order right after the change (as 'workorder sync'); without it the change\n"
    "waits in the outbox for 'pmsbridge push', the window, or the next scheduled run.\n"
    "The client secret comes from PMSBRIDGE_CLIENT_SECRET, the system keychain or standard input.\n";

int exitCodeFor(const Error &e)
{
    return pms::app::exitCodeFor(e.code);
}

Result<qint64> positiveId(const QString &text, const QString &what)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return Error(QStringLiteral("%1 must be a positive number, not '%2'").arg(what, text), QStringLiteral("usage"));
    return id;
}

// Takes --name VALUE; an Error for a missing value or one that fails @p check.
Result<QString> option(CliContext &ctx, const QString &name)
{
    QString value, error;
    if (!takeOption(ctx.args, name, &value, &error))
        return Error(error, QStringLiteral("usage"));
    return value;
}

Result<QString> choiceOption(CliContext &ctx, const QString &name, const QStringList &allowed)
{
    auto v = option(ctx, name);
    if (!v.ok() || v->isNull())
        return v;
    const QString upper = v->trimmed().toUpper();
    if (!allowed.contains(upper))
        return Error(QStringLiteral("%1 takes one of %2, not '%3'").arg(name, allowed.join(QLatin1Char('|')), *v),
                     QStringLiteral("usage"));
    return upper;
}

const QStringList kPriorities = {QStringLiteral("LOW"), QStringLiteral("MEDIUM"), QStringLiteral("HIGH")};
const QStringList kEnter = {QStringLiteral("NO"), QStringLiteral("ANYTIME")};

// --description, --category (trimmed), --priority and --enter, null when not given: what create
// and edit both take.
Result<WorkOrderEdit> fieldOptions(CliContext &ctx)
{
    auto description = option(ctx, QStringLiteral("--description"));
    auto category = option(ctx, QStringLiteral("--category"));
    auto priority = choiceOption(ctx, QStringLiteral("--priority"), kPriorities);
    auto enter = choiceOption(ctx, QStringLiteral("--enter"), kEnter);
    for (const auto *r : {&description, &category, &priority, &enter})
        if (!r->ok())
            return r->error();
    WorkOrderEdit f;
    f.description = description.value();
    f.category = category->isNull() ? QString() : category->trimmed();
    f.priority = priority.value();
    f.authorizeEnter = enter.value();
    return f;
}

Status noneLeft(const CliContext &ctx)
{
    if (ctx.args.isEmpty())
        return {};
    return Error(QStringLiteral("unexpected argument '%1'; see 'pmsbridge workorder --help'").arg(ctx.args.first()),
                 QStringLiteral("usage"));
}

QString describeState(const LocalWorkOrder &w)
{
    if (w.syncError.isEmpty())
        return w.syncState;
    return QStringLiteral("%1: %2").arg(w.syncState, w.syncError);
}

// Pushes one work order now; 0 when it ends synced, else the reason on stderr.
// One line per work order: local id, sync state, PMS id (empty before it has one), the reason.
void printState(CliContext &ctx, const LocalWorkOrder &w)
{
    *ctx.out << w.id << '\t' << w.syncState << '\t' << (w.pmsId > 0 ? QString::number(w.pmsId) : QString()) << '\t'
             << w.syncError << '\n';
}

int syncOne(CliContext &ctx, Database &db, qint64 id)
{
    WorkOrderRepository repo(db);
    auto wo = repo.get(id);
    if (!wo.ok())
        return ctx.fail(wo.errorMessage(), exitCodeFor(wo.error()));
    auto conn = ConnectionRepository(db).get(wo->connectionId);
    if (!conn.ok())
        return ctx.fail(conn.errorMessage(), exitcode::Failed);
    auto secret = cliSecret(conn.value());
    if (!secret.ok())
        return ctx.fail(secret.errorMessage(), exitcode::Config);
    const PushOutcome outcome = pushOutbox(db, conn.value(), secret.value(), id, true);
    auto after = repo.get(id);
    if (!after.ok())
        return ctx.fail(after.errorMessage(), 1);
    printState(ctx, after.value());
    ctx.out->flush();
    if (after->syncState == QLatin1String("synced"))
        return exitcode::Ok;
    if (!outcome.configError.isEmpty())
        return ctx.fail(QStringLiteral("work order %1 was not sent and waits in the outbox: %2").arg(id).arg(outcome.configError),
                        exitcode::Config);
    if (!outcome.authError.isEmpty())
        return ctx.fail(QStringLiteral("work order %1 was not sent: %2").arg(id).arg(outcome.authError), exitcode::Config);
    if (!outcome.gateError.isEmpty())
        return ctx.fail(QStringLiteral("work order %1 was not sent: %2").arg(id).arg(outcome.gateError), exitcode::Config);
    if (outcome.timedOut)
        return ctx.fail(QStringLiteral("work order %1 was not confirmed: the PMS did not answer in time; it is retried by "
                                       "'pmsbridge push'")
                            .arg(id),
                        exitcode::TryLater);
    if (after->syncState == QLatin1String("pending"))
        return ctx.fail(QStringLiteral("work order %1 is still pending (%2); it is retried with back-off by 'pmsbridge push'")
                            .arg(id)
                            .arg(after->syncError.isEmpty() ? QStringLiteral("no answer") : after->syncError),
                        exitcode::TryLater);
    return ctx.fail(QStringLiteral("work order %1 is %2").arg(id).arg(describeState(after.value())), exitcode::Failed);
}

int create(CliContext &ctx, Database &db)
{
    auto conn = pickConnection(ctx, db);
    if (!conn.ok())
        return ctx.fail(conn.errorMessage(), exitCodeFor(conn.error()));
    NewWorkOrder wo;
    wo.connectionId = conn->id;
    const QList<QPair<QString, qint64 *>> ids = {{QStringLiteral("--property"), &wo.pmsPropertyId},
                                                 {QStringLiteral("--unit"), &wo.pmsUnitId},
                                                 {QStringLiteral("--resident"), &wo.residentPmsContactId}};
    for (const auto &[name, target] : ids) {
        auto v = option(ctx, name);
        if (!v.ok())
            return ctx.fail(v.errorMessage(), 2);
        if (v->isNull())
            continue;
        auto id = positiveId(*v, name);
        if (!id.ok())
            return ctx.fail(id.errorMessage(), 2);
        *target = id.value();
    }
    auto fields = fieldOptions(ctx);
    if (!fields.ok())
        return ctx.fail(fields.errorMessage(), 2);
    const bool push = takeFlag(ctx.args, QStringLiteral("--sync"));
    if (Status s = noneLeft(ctx); !s.ok())
        return ctx.fail(s.errorMessage(), 2);
    if (wo.pmsPropertyId <= 0)
        return ctx.fail(QStringLiteral("--property PMS_ID is required (the Propertyware building id)"), 2);
    if (fields->description.trimmed().isEmpty())
        return ctx.fail(QStringLiteral("--description TEXT is required: say what needs to be done"), 2);
    wo.description = fields->description;
    wo.category = fields->category;
    if (!fields->priority.isNull())
        wo.priority = fields->priority;
    if (!fields->authorizeEnter.isNull())
        wo.authorizeEnter = fields->authorizeEnter;

    auto id = WorkOrderRepository(db).create(wo);
    if (!id.ok())
        return ctx.fail(id.errorMessage(), id.error().code == QLatin1String("validation") ? 3 : 1);
    if (push)
        return syncOne(ctx, db, id.value());
    *ctx.out << id.value() << Qt::endl;
    return 0;
}

int edit(CliContext &ctx, Database &db, qint64 id)
{
    auto fields = fieldOptions(ctx);
    if (!fields.ok())
        return ctx.fail(fields.errorMessage(), 2);
    const bool push = takeFlag(ctx.args, QStringLiteral("--sync"));
    if (Status s = noneLeft(ctx); !s.ok())
        return ctx.fail(s.errorMessage(), 2);
    const WorkOrderEdit &change = fields.value();
    if (change.description.isNull() && change.category.isNull() && change.priority.isNull() && change.authorizeEnter.isNull())
        return ctx.fail(QStringLiteral("say what to change: --description, --priority, --category or --enter"), 2);
    if (!change.description.isNull() && change.description.trimmed().isEmpty())
        return ctx.fail(QStringLiteral("--description cannot be empty"), 2);
    if (Status s = WorkOrderRepository(db).edit(id, change); !s.ok())
        return ctx.fail(s.errorMessage(), exitCodeFor(s.error()));
    if (push)
        return syncOne(ctx, db, id);
    *ctx.out << id << Qt::endl;
    return 0;
}

int complete(CliContext &ctx, Database &db, qint64 id)
{
    auto comment = option(ctx, QStringLiteral("--comment"));
    if (!comment.ok())
        return ctx.fail(comment.errorMessage(), 2);
    // Files in the order given, each with its kind (empty: guessed).
    const QList<QPair<QString, QString>> kinds = {{QStringLiteral("--attach"), QString()},
                                                  {QStringLiteral("--photo"), QStringLiteral("photo")},
                                                  {QStringLiteral("--call-log"), QStringLiteral("call_log")},
                                                  {QStringLiteral("--sms-log"), QStringLiteral("sms_log")},
                                                  {QStringLiteral("--invoice"), QStringLiteral("invoice")}};
    QList<WorkOrderCompletion::File> files;
    QStringList rest;
    for (int i = 0; i < ctx.args.size(); ++i) {
        const QString &a = ctx.args.at(i);
        const auto kind = std::find_if(kinds.cbegin(), kinds.cend(), [&a](const auto &k) {
            return a == k.first || a.startsWith(k.first + QLatin1Char('='));
        });
        if (kind == kinds.cend()) {
            rest << a;
            continue;
        }
        QString path;
        if (a.contains(QLatin1Char('='))) {
            path = a.mid(kind->first.size() + 1);
        } else if (i + 1 < ctx.args.size()) {
            path = ctx.args.at(++i);
        }
        if (path.isEmpty())
            return ctx.fail(QStringLiteral("%1 needs a file").arg(kind->first), 2);
        files.append({path, kind->second});
    }
    ctx.args = rest;
    const bool push = takeFlag(ctx.args, QStringLiteral("--sync"));
    if (Status s = noneLeft(ctx); !s.ok())
        return ctx.fail(s.errorMessage(), 2);
    if (Status s = WorkOrderCompletion::complete(db, id, comment.value(), files); !s.ok())
        return ctx.fail(s.errorMessage(), exitCodeFor(s.error()));
    if (push)
        return syncOne(ctx, db, id);
    *ctx.out << id << Qt::endl;
    return 0;
}

int show(CliContext &ctx, Database &db, qint64 id)
{
    if (Status s = noneLeft(ctx); !s.ok())
        return ctx.fail(s.errorMessage(), 2);
    WorkOrderRepository repo(db);
    auto wo = repo.get(id);
    if (!wo.ok())
        return ctx.fail(wo.errorMessage(), exitCodeFor(wo.error()));
    const LocalWorkOrder &w = wo.value();
    const auto line = [&ctx](const char *key, const QString &value) { *ctx.out << key << ": " << value << '\n'; };
    const auto idText = [](qint64 v) { return v > 0 ? QString::number(v) : QString(); };
    line("id", QString::number(w.id));
    line("pms_number", idText(w.number));
    line("pms_work_order_id", idText(w.pmsId));
    line("origin", w.origin);
    line("pms_property_id", idText(w.pmsPropertyId));
    line("pms_unit_id", idText(w.pmsUnitId));
    line("resident_pms_contact_id", idText(w.residentPmsContactId));
    line("status", w.status);
    line("priority", w.priority);
    line("category", w.category);
    line("authorize_enter", w.authorizeEnter);
    line("description", QString(w.description).replace(QLatin1Char('\n'), QLatin1Char(' ')));
    line("created_at", json::formatDateTime(w.createdAt));
    line("completed_at", w.completedAt.isValid() ? json::formatDateTime(w.completedAt) : QString());
    line("sync_state", w.syncState);
    line("sync_error", w.syncError);
    if (auto atts = repo.attachments(id); atts.ok()) {
        for (const WorkOrderAttachment &a : atts.value())
            *ctx.out << "attachment: " << a.kind << '\t' << a.fileName << '\t'
                     << (a.uploadedAt.isValid() ? QStringLiteral("uploaded as document %1").arg(a.pmsDocId)
                                                : QStringLiteral("not uploaded yet"))
                     << '\n';
    }
    if (auto events = repo.events(id); events.ok()) {
        for (const WorkOrderEvent &e : events.value())
            *ctx.out << "history: " << json::formatDateTime(e.at) << '\t' << e.kind << '\t' << e.message << '\n';
    }
    ctx.out->flush();
    return 0;
}

int runWorkOrder(CliContext &ctx)
{
    if (ctx.args.isEmpty() || ctx.args.contains(QLatin1String("--help")) || ctx.args.contains(QLatin1String("-h"))) {
        if (ctx.args.isEmpty())
            return ctx.fail(QStringLiteral("workorder needs a subcommand: create, edit, complete, sync or show; see "
                                           "'pmsbridge workorder --help'"),
                            2);
        *ctx.out << kUsage;
        return 0;
    }
    const QString sub = ctx.args.takeFirst();
    static const QStringList subs = {QStringLiteral("create"), QStringLiteral("edit"), QStringLiteral("complete"),
                                     QStringLiteral("sync"), QStringLiteral("show")};
    if (!subs.contains(sub))
        return ctx.fail(QStringLiteral("unknown subcommand '%1'; use one of: %2").arg(sub, subs.join(QStringLiteral(", "))), 2);
    qint64 id = 0;
    if (sub != QLatin1String("create")) {
        if (ctx.args.isEmpty() || ctx.args.first().startsWith(QLatin1String("--")))
            return ctx.fail(QStringLiteral("workorder %1 needs the work order's local id (as 'workorder create' printed it)").arg(sub),
                            2);
        auto parsed = positiveId(ctx.args.takeFirst(), QStringLiteral("ID"));
        if (!parsed.ok())
            return ctx.fail(parsed.errorMessage(), 2);
        id = parsed.value();
    }
    int rc = 0;
    auto db = openCache(ctx, &rc);
    if (!db)
        return rc;
    if (sub == QLatin1String("create"))
        return create(ctx, *db);
    if (sub == QLatin1String("edit"))
        return edit(ctx, *db, id);
    if (sub == QLatin1String("complete"))
        return complete(ctx, *db, id);
    if (sub == QLatin1String("show"))
        return show(ctx, *db, id);
    if (Status s = noneLeft(ctx); !s.ok())
        return ctx.fail(s.errorMessage(), 2);
    return syncOne(ctx, *db, id);
}

int runPush(CliContext &ctx)
{
    if (ctx.args.contains(QLatin1String("--help")) || ctx.args.contains(QLatin1String("-h"))) {
        *ctx.out << "Usage: pmsbridge [--db FILE] push [--connection ID]\n"
                    "Sends every waiting work-order change to Propertyware now, without waiting for back-off.\n"
                    "Changes Propertyware refused (a 400) wait for 'workorder sync ID' or an edit.\n"
                    "Prints one line per work order it touched: local id, sync state, PMS id, reason (tab-separated).\n"
                    "Exit 0 when every change was sent; 5 when some wait for a retry (the PMS was silent, unreachable\n"
                    "or busy); 6 when nothing could be sent (a refused base URL or secret, or work-order sync is off);\n"
                    "1 when the PMS refused a change. 'pmsbridge --help' has the table for every command.\n";
        return 0;
    }
    int rc = 0;
    auto db = openCache(ctx, &rc);
    if (!db)
        return rc;
    auto conn = pickConnection(ctx, *db);
    if (!conn.ok())
        return ctx.fail(conn.errorMessage(), exitCodeFor(conn.error()));
    if (!ctx.args.isEmpty())
        return ctx.fail(QStringLiteral("unexpected argument '%1'; see 'pmsbridge push --help'").arg(ctx.args.first()), 2);
    auto secret = cliSecret(conn.value());
    if (!secret.ok())
        return ctx.fail(secret.errorMessage(), exitcode::Config);

    QSet<qint64> touched;
    const PushOutcome outcome = pushOutbox(*db, conn.value(), secret.value(), 0, true, [&touched](qint64 id) { touched.insert(id); });
    QList<qint64> ids(touched.cbegin(), touched.cend());
    std::sort(ids.begin(), ids.end());
    WorkOrderRepository repo(*db);
    for (qint64 id : std::as_const(ids)) {
        auto w = repo.get(id);
        if (w.ok())
            printState(ctx, w.value());
    }
    ctx.out->flush();
    const auto count = [](int n, const char *one, const char *many) {
        return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
    };
    if (outcome.configError.isEmpty())
        *ctx.err << QStringLiteral("pushed %1; %2 failed, %3 waiting for a retry")
                    .arg(count(outcome.pushed, "change", "changes"), count(outcome.failed, "work order", "work orders"),
                         count(outcome.waiting, "work order", "work orders"))
             << Qt::endl;
    const auto workOrders = [](int n) {
        return n == 1 ? QStringLiteral("1 work order") : QStringLiteral("%1 work orders").arg(n);
    };
    if (!outcome.configError.isEmpty())
        return ctx.fail(QStringLiteral("nothing was sent (%1 %2 in the outbox): %3")
                            .arg(workOrders(outcome.waiting), QLatin1String(outcome.waiting == 1 ? "waits" : "wait"),
                                 outcome.configError),
                        exitcode::Config);
    if (!outcome.authError.isEmpty())
        return ctx.fail(outcome.authError, exitcode::Config);
    if (!outcome.gateError.isEmpty())
        return ctx.fail(outcome.gateError, exitcode::Config);
    if (outcome.failed > 0)
        return ctx.fail(QStringLiteral("%1 failed; 'pmsbridge workorder show ID' says why").arg(workOrders(outcome.failed)),
                        exitcode::Failed);
    if (outcome.timedOut)
        return ctx.fail(QStringLiteral("the PMS did not answer in time; what was not confirmed is retried by the next push"),
                        exitcode::TryLater);
    if (outcome.waiting > 0)
        return ctx.fail(QStringLiteral("%1 %2 for a retry: the PMS was silent, unreachable or busy; run 'pmsbridge push' later")
                            .arg(workOrders(outcome.waiting), QLatin1String(outcome.waiting == 1 ? "waits" : "wait")),
                        exitcode::TryLater);
    return exitcode::Ok;
}

} // namespace

PMS_REGISTER_COMMAND(QStringLiteral("workorder"), QStringLiteral("workorder create|edit|complete|sync|show ..."),
                     QStringLiteral("create, change, complete or push a work order"), runWorkOrder);
PMS_REGISTER_COMMAND(QStringLiteral("push"), QStringLiteral("push [--connection ID]"),
                     QStringLiteral("send every waiting work-order change to Propertyware now"), runPush);
