// The Buildium client's share of a sync, at the simulator's large scale: every step's pages
// (rental owners, rentals, units, leases, tasks joined with their work orders) read through
// BuildiumClient::pages() and normalized into the cache's records, from a Buildium simulator in a
// thread of its own. Prints time per step, records, problems, requests and peak memory. The
// engine's apply time is bench_sync's (the client is not wired into the engine yet).
//
//   build/tests/bench_buildium [--scale tiny|small|large] [--page-size N]
#include "connectors/buildium/BuildiumClient.h"
#include "connectors/buildium/BuildiumPager.h"
#include "sim/SimServerThread.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <sys/resource.h>

namespace {

long peakRssMb()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    pms::sim::SimOptions o;
    o.pms = pms::sim::SimPms::Buildium;
    o.scale = pms::sim::Scale::Large;
    o.asOf = QDate(2025, 1, 31);
    int pageSize = 1000;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--scale"))
            o.scale = pms::sim::parseScale(args.at(i + 1)).value_or(o.scale);
        else if (args.at(i) == QLatin1String("--page-size"))
            pageSize = args.at(i + 1).toInt();
    }
    QElapsedTimer t;
    t.start();
    pms::sim::SimServerThread sim(o);
    const QUrl base = sim.start();
    if (base.isEmpty()) {
        out << "cannot start the simulator\n";
        return 1;
    }
    out << "Buildium simulator (" << pms::sim::scaleName(o.scale) << ") generated in " << t.elapsed() << " ms\n";
    const long rssAfterSim = peakRssMb();

    QNetworkAccessManager nam;
    pms::buildium::BuildiumCredentials creds;
    creds.baseUrl = base;
    creds.clientId = o.clientId;
    creds.clientSecret = o.clientSecret;
    pms::ClientOptions opts;
    opts.pageSize = pageSize;
    pms::buildium::BuildiumClient client(&nam, creds, opts);

    using Step = pms::buildium::BuildiumStep;
    const QList<QPair<Step, const char *>> steps = { { Step::Portfolios, "portfolios (rental owners)" },
        { Step::Properties, "properties (rentals)" }, { Step::Units, "units" }, { Step::Leases, "leases" },
        { Step::WorkOrders, "work orders (tasks + work orders)" } };
    QElapsedTimer total;
    total.start();
    bool ok = true;
    for (const auto &[step, name] : steps) {
        QElapsedTimer st;
        st.start();
        const quint64 before = sim.server().requestCount();
        qint64 records = 0, problems = 0, contacts = 0;
        QEventLoop loop;
        pms::buildium::BuildiumPager *pager = client.pages(step);
        QObject::connect(pager, &pms::buildium::BuildiumPager::page, &loop, [&](const pms::buildium::BuildiumPage &p) {
            records += p.size();
            problems += p.problems.size();
            for (const pms::LeaseRecord &l : p.leases)
                contacts += l.contacts.size();
        });
        pms::Status status;
        QObject::connect(pager, &pms::buildium::BuildiumPager::finished, &loop, [&](const pms::Status &s) {
            status = s;
            loop.quit();
        });
        loop.exec();
        out << Qt::left << qSetFieldWidth(36) << name << qSetFieldWidth(0) << st.elapsed() << " ms, " << records
            << " records";
        if (contacts)
            out << " (" << contacts << " tenants)";
        out << ", " << problems << " refused, " << (sim.server().requestCount() - before) << " requests"
            << (status.ok() ? QString() : QStringLiteral(", FAILED: ") + status.errorMessage()) << '\n';
        ok = ok && status.ok();
    }
    out << "all steps: " << total.elapsed() << " ms; peak memory " << peakRssMb() << " MB (" << rssAfterSim
        << " MB after generating the data in this process)\n";
    return ok ? 0 : 1;
}
