#include "CliSupport.h"
#include "CliWait.h"
#include "Command.h"
#include "connectors/ConnectorRegistry.h"
#include "connectors/PmsConnector.h"
#include "storage/ConnectionRepository.h"
#include "sync/NetworkSettings.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace pms;
using namespace pms::app;

namespace {

int runConnect(CliContext &ctx)
{
    if (ctx.args.contains(QLatin1String("--help"))) {
        *ctx.out << "Usage: pmsbridge [--db FILE] connect [--pms propertyware] --base-url URL --system-id ID --client-id ID "
                    "--integration-user NAME --integration-email EMAIL [--name NAME] [--no-check]\n"
                    "       pmsbridge [--db FILE] connect --pms buildium [--base-url URL] --client-id ID "
                    "--integration-user NAME --integration-email EMAIL --vendor-id ID [--name NAME] [--no-check]\n"
                    "--pms: which PMS (propertyware, the default, or buildium). Buildium has no system id: the API key's\n"
                    "client id names the account; --vendor-id is the Buildium vendor new work orders get (Buildium needs one);\n"
                    "--base-url defaults to https://api.buildium.com.\n"
                    "The client secret comes from $PMSBRIDGE_CLIENT_SECRET or standard input, never from the command line.\n"
                    "Unless --no-check, one request checks the secret first: a PMS silent for the silence limit\n"
                    "(default 60 s) exits 5, a refused secret exits 6, and nothing is stored.\n";
        return 0;
    }
    ConnectionInfo c;
    QString baseUrl, error, pmsKind, vendorId;
    if (!takeOption(ctx.args, QStringLiteral("--pms"), &pmsKind, &error))
        return ctx.fail(error, 2);
    pmsKind = pmsKind.trimmed().toLower();
    if (pmsKind.isEmpty())
        pmsKind = QStringLiteral("propertyware"); // existing scripts keep working
    const ConnectorRegistry::Entry *pms = ConnectorRegistry::find(pmsKind);
    if (!pms)
        return ctx.fail(QStringLiteral("--pms '%1' is not a PMS PMS Bridge talks to: use one of %2")
                            .arg(pmsKind, ConnectorRegistry::kinds().join(QStringLiteral(", "))),
                        exitcode::Usage);
    c.pms = pms->kind;
    const bool buildium = c.pms == QLatin1String("buildium");
    if (buildium)
        baseUrl = QStringLiteral("https://api.buildium.com");
    struct Opt { const char *name; QString *target; bool required; };
    QString name;
    const Opt opts[] = {{"--base-url", &baseUrl, true},           {"--system-id", &c.systemId, !buildium},
                        {"--client-id", &c.clientId, true},       {"--integration-user", &c.integrationUser, true},
                        {"--integration-email", &c.integrationEmail, true}, {"--name", &name, false},
                        {"--vendor-id", &vendorId, buildium}};
    for (const Opt &o : opts) {
        if (!takeOption(ctx.args, QString::fromLatin1(o.name), o.target, &error))
            return ctx.fail(error, 2);
    }
    if (ctx.args.contains(QLatin1String("--client-secret")) || ctx.args.contains(QLatin1String("--secret")))
        return ctx.fail(QStringLiteral("the secret is never taken from the command line: set PMSBRIDGE_CLIENT_SECRET or pipe it on standard input"), 2);
    const bool check = !takeFlag(ctx.args, QStringLiteral("--no-check"));
    if (!ctx.args.isEmpty())
        return ctx.fail(QStringLiteral("unexpected argument '%1'; see 'pmsbridge connect --help'").arg(ctx.args.first()), 2);
    if (buildium && vendorId.trimmed().isEmpty())
        return ctx.fail(QStringLiteral("Buildium needs a vendor on every work order: add --vendor-id ID, the Buildium vendor "
                                       "new work orders get (Buildium: Maintenance > Vendors)"),
                        exitcode::Usage);
    for (const Opt &o : opts)
        if (o.required && o.target->trimmed().isEmpty())
            return ctx.fail(QStringLiteral("%1 is required; see 'pmsbridge connect --help'").arg(QString::fromLatin1(o.name)), 2);
    if (!c.integrationEmail.contains(QLatin1Char('@')))
        return ctx.fail(QStringLiteral("--integration-email '%1' is not an email address").arg(c.integrationEmail), 2);
    // Checked here, before the PMS is asked: a wrong system id would come back as a refused
    // client id or secret.
    c.systemId = c.systemId.trimmed();
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    if (buildium) {
        if (!c.systemId.isEmpty())
            return ctx.fail(QStringLiteral("--system-id is Propertyware's: a Buildium account is named by its API key's client id; "
                                           "leave --system-id out"),
                            exitcode::Usage);
        const qint64 vendor = vendorId.trimmed().toLongLong();
        if (!digits.match(vendorId.trimmed()).hasMatch() || vendor < 1 || vendor > 2147483647)
            return ctx.fail(QStringLiteral("--vendor-id '%1' is not a Buildium vendor id: it is a number, e.g. --vendor-id 12")
                                .arg(vendorId),
                            exitcode::Usage);
        c.pmsSettings.insert(QStringLiteral("defaultVendorId"), vendor);
        c.systemId = c.clientId.trimmed(); // one key = one account (R22)
    } else if (!vendorId.isEmpty()) {
        return ctx.fail(QStringLiteral("--vendor-id is Buildium's; Propertyware work orders need none"), exitcode::Usage);
    } else if (!digits.match(c.systemId).hasMatch())
        return ctx.fail(QCoreApplication::translate("pms::app::ConnectCommand", "--system-id '%1' is not a Propertyware system id: it is a number, e.g. --system-id 1001")
                            .arg(c.systemId),
                        exitcode::Usage);
    c.baseUrl = QUrl(baseUrl.trimmed(), QUrl::StrictMode);
    if (Status s = pms->validateBaseUrl(c.baseUrl); !s.ok()) {
        if (s.error().code == QLatin1String("insecure-url")) {
            // The same address over https, port and path kept: what to type instead.
            QUrl secure = c.baseUrl;
            secure.setScheme(QStringLiteral("https"));
            return ctx.fail(QCoreApplication::translate("pms::app::ConnectCommand", "the PMS base URL must start with https:// so the client secret is encrypted on "
                                      "the way (plain http only to this computer): use --base-url %1")
                                .arg(secure.toDisplayString(QUrl::RemoveUserInfo)),
                            exitcode::Usage);
        }
        return ctx.fail(s.errorMessage(), exitcode::Usage);
    }
    c.name = name.isEmpty() ? (buildium ? QStringLiteral("Buildium %1 (%2)").arg(c.baseUrl.host(), c.clientId.left(12))
                                        : QStringLiteral("%1 (%2)").arg(c.baseUrl.host(), c.systemId))
                            : name;

    auto secret = cliSecret(c, false);
    if (!secret.ok())
        return ctx.fail(secret.errorMessage(), exitcode::Config);

    int rc = 0;
    auto db = openCache(ctx, &rc, Database::Create::IfMissing);
    if (!db)
        return rc;
    if (check) {
        // One authenticated call before anything is stored: a wrong secret stores nothing.
        QNetworkAccessManager nam;
        ClientOptions base;
        base.maxAttempts = 2;
        base.timeoutMs = 20000;
        std::unique_ptr<PmsConnector> connector = pms->create(&nam, c, secret.value(), NetworkSettings::clientOptions(*db, base));
        Status outcome;
        CliWait waiter(cliSilenceMs(*db));
        ConnectorJob *job = connector->testConnection();
        QObject::connect(job, &ConnectorJob::finished, [&](const ConnectorReply &r) {
            outcome = r.status;
            if (r.status.ok() && !r.workOrderGate.isEmpty())
                *ctx.err << "pmsbridge: note: " << r.workOrderGate << Qt::endl;
            waiter.done();
        });
        if (!waiter.wait())
            outcome = Error(QStringLiteral("the PMS did not answer in time"), QStringLiteral("timeout"));
        if (!outcome.ok())
            return ctx.fail(QStringLiteral("connection check failed: %1 Nothing was stored.").arg(outcome.errorMessage()),
                            exitCodeFor(outcome.error().code));
    }
    auto id = ConnectionRepository(*db).insert(c);
    if (!id.ok())
        return ctx.fail(id.errorMessage(), 1);
    *ctx.out << "Connection " << id.value() << " saved: " << c.name << Qt::endl;
    if (Status s = storeSecret(c, secret.value()); !s.ok())
        *ctx.err << "pmsbridge: note: the secret was not kept (" << s.errorMessage()
                 << "); give it again through PMSBRIDGE_CLIENT_SECRET or standard input for each command" << Qt::endl;
    return 0;
}

} // namespace

PMS_REGISTER_COMMAND(QStringLiteral("connect"),
                     QStringLiteral("connect [--pms propertyware|buildium] --base-url URL --system-id ID --client-id ID --integration-user NAME --integration-email EMAIL"),
                     QStringLiteral("add a Propertyware or Buildium connection (secret from $PMSBRIDGE_CLIENT_SECRET or stdin)"),
                     runConnect);
