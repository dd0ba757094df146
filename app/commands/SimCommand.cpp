#include "Command.h"
#include "common/Logging.h"
#include "sim/FaultPlan.h"
#include "sim/SimPlatformUnits.h"
#include "sim/SimServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSaveFile>

namespace {

QString simHelp()
{
    return QStringLiteral(
               "Usage: pmsbridge sim [--pms propertyware|buildium] [--port N] [--scale tiny|small|large] "
               "[--seed N]\n"
               "                     [--faults SPEC] [--live]\n"
               "                     [--client-id ID] [--client-secret SECRET] [--system-id ID]\n"
               "                     [--integration-user NAME] [--integration-email EMAIL] [--as-of "
               "YYYY-MM-DD]\n"
               "Serves a simulated Propertyware API v1 on 127.0.0.1 until killed. Prints one line:\n"
               "  Propertyware simulator listening on http://127.0.0.1:PORT/pw/api/rest/v1\n"
               "With --pms buildium it serves the Buildium Open API v1 over the same data instead:\n"
               "  Buildium simulator listening on http://127.0.0.1:PORT\n"
               "(paths /v1/rentals, /v1/rentals/units, /v1/leases, /v1/tasks, /v1/workorders, ...; headers\n"
               "x-buildium-client-id and x-buildium-client-secret; the --system-id is not used).\n\n"
               "  --pms P                propertyware (default) or buildium\n"
               "  --port N               port to listen on; 0 (default) picks a free one\n"
               "  --scale S              tiny (~30 units, default), small (~500), large (50,000 units,\n"
               "                         200,000 work orders)\n"
               "  --seed N               data seed (default 1): the same seed gives the same data\n"
               "  --faults SPEC          inject faults, see below\n"
               "  --live                 change a few records every minute (for the demo)\n"
               "  --client-id ID         accepted x-propertyware-client-id (default demo-client)\n"
               "  --client-secret S      accepted x-propertyware-client-secret (default demo-secret)\n"
               "  --system-id ID         accepted x-propertyware-system-id (default 1001)\n"
               "  --integration-user N   the PMS user of the bridge: \"Managed By\" of our work orders\n"
               "                         (default \"PMS Bridge\")\n"
               "  --integration-email E  that user's email in the buildings' propertyManagerList\n"
               "                         (default bridge@pmsbridge.example)\n"
               "  --as-of DATE           the day the data is generated for (default: today, UTC)\n"
               "  --platform-units FILE  also write the access platform's units for this data as CSV\n"
               "                         (for 'pmsbridge import platform-units FILE'; also GET\n"
               "                         /_sim/platform-units.csv)\n\n"
               "Control endpoints (no credentials): GET /_sim/state; POST /_sim/touch?entity=units&count=N,\n"
               "/_sim/rename, /_sim/move-lease, /_sim/delete-units, /_sim/deactivate-units, "
               "/_sim/add-units,\n"
               "/_sim/add-workorders, /_sim/clock?now=..., /_sim/faults?spec=..., /_sim/reset.\n\n")
        + pms::sim::FaultPlan::grammar() + QLatin1Char('\n');
}

int runSim(pms::app::CliContext &ctx)
{
    pms::sim::SimOptions o;
    quint16 port = 0;
    QString platformUnitsFile;
    const QStringList &a = ctx.args;
    for (int i = 0; i < a.size(); ++i) {
        QString opt = a.at(i), value;
        if (opt == QLatin1String("-h") || opt == QLatin1String("--help")) {
            *ctx.out << simHelp();
            ctx.out->flush();
            return 0;
        }
        if (opt == QLatin1String("--live")) {
            o.live = true;
            continue;
        }
        if (!opt.startsWith(QLatin1String("--")))
            return ctx.fail(
                QStringLiteral("unexpected argument '%1'; see 'pmsbridge sim --help'").arg(opt), 2);
        const qsizetype eq = opt.indexOf(QLatin1Char('='));
        if (eq > 0) {
            value = opt.mid(eq + 1);
            opt = opt.left(eq);
        } else {
            if (i + 1 >= a.size())
                return ctx.fail(QStringLiteral("%1 needs a value; see 'pmsbridge sim --help'").arg(opt), 2);
            value = a.at(++i);
        }
        bool ok = true;
        if (opt == QLatin1String("--port")) {
            const uint p = value.toUInt(&ok);
            if (!ok || p > 65535)
                return ctx.fail(
                    QStringLiteral("--port must be a number from 0 to 65535, not '%1'").arg(value), 2);
            port = quint16(p);
        } else if (opt == QLatin1String("--pms")) {
            const auto p = pms::sim::parsePms(value);
            if (!p)
                return ctx.fail(
                    QStringLiteral("--pms must be propertyware or buildium, not '%1'").arg(value), 2);
            o.pms = *p;
        } else if (opt == QLatin1String("--scale")) {
            const auto s = pms::sim::parseScale(value);
            if (!s)
                return ctx.fail(
                    QStringLiteral("--scale must be tiny, small or large, not '%1'").arg(value), 2);
            o.scale = *s;
        } else if (opt == QLatin1String("--seed")) {
            o.seed = value.toULongLong(&ok);
            if (!ok)
                return ctx.fail(QStringLiteral("--seed must be a whole number, not '%1'").arg(value), 2);
        } else if (opt == QLatin1String("--faults")) {
            QString error;
            if (!pms::sim::FaultPlan::parse(value, &error))
                return ctx.fail(QStringLiteral("--faults: %1").arg(error), 2);
            o.faults = value;
        } else if (opt == QLatin1String("--client-id") || opt == QLatin1String("--client-secret")
            || opt == QLatin1String("--system-id") || opt == QLatin1String("--integration-user")
            || opt == QLatin1String("--integration-email")) {
            if (value.trimmed().isEmpty())
                return ctx.fail(QStringLiteral("%1 must not be empty").arg(opt), 2);
            (opt == QLatin1String("--client-id")                 ? o.clientId
                    : opt == QLatin1String("--client-secret")    ? o.clientSecret
                    : opt == QLatin1String("--system-id")        ? o.systemId
                    : opt == QLatin1String("--integration-user") ? o.integrationUser
                                                                 : o.integrationEmail)
                = value.trimmed();
        } else if (opt == QLatin1String("--platform-units")) {
            platformUnitsFile = value;
        } else if (opt == QLatin1String("--as-of")) {
            o.asOf = QDate::fromString(value, Qt::ISODate);
            if (!o.asOf.isValid())
                return ctx.fail(
                    QStringLiteral("--as-of must be a date like 2025-01-31, not '%1'").arg(value), 2);
        } else {
            return ctx.fail(QStringLiteral("unknown option '%1'; see 'pmsbridge sim --help'").arg(opt), 2);
        }
    }

    QElapsedTimer timer;
    timer.start();
    pms::sim::SimServer server(o);
    if (!platformUnitsFile.isEmpty()) {
        QSaveFile file(platformUnitsFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(pms::sim::SimPlatformUnits::csv(server.data())) < 0 || !file.commit())
            return ctx.fail(QStringLiteral("cannot write %1: %2").arg(platformUnitsFile, file.errorString()), 1);
    }
    if (!server.listen(port))
        return ctx.fail(QStringLiteral("cannot listen on 127.0.0.1:%1 (is the port in use?)").arg(port), 1);
    *ctx.out << (o.pms == pms::sim::SimPms::Buildium ? "Buildium" : "Propertyware")
             << " simulator listening on " << server.baseUrl().toString() << Qt::endl;
    ctx.out->flush();
    qCInfo(lcSim).noquote().nospace() << pms::sim::scaleName(o.scale) << " data, seed " << o.seed << ", "
                                      << server.data().count(pms::sim::Entity::Units) << " units, "
                                      << server.data().count(pms::sim::Entity::WorkOrders)
                                      << " work orders, generated in " << timer.elapsed() << " ms";
    return QCoreApplication::exec();
}

} // namespace

PMS_REGISTER_COMMAND(QStringLiteral("sim"),
    QStringLiteral("sim [--pms propertyware|buildium] [--port N] [--scale tiny|small|large] [--seed N] [--faults SPEC] [--live]"),
    QStringLiteral("serve the Propertyware (or Buildium) API simulator ('sim --help' for faults)"), runSim);
