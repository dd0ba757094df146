// Benchmark of the Propertyware simulator. Prints:
//  - the time to generate the large scale (100 portfolios, 2,000 buildings, 50,000 units and
//    leases, ~90,000 contacts, 200,000 work orders), and
//  - the throughput serving it: all units and all work orders fetched at limit=500 over loopback,
//    4 requests in flight, in pages/s and MB/s (the server runs in its own thread).
// Usage: bench_sim [--orderby "lastModifiedDateTime asc,id asc"] [--seed N]
#include "sim/SimServerThread.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace pms::sim;

namespace {

struct Fetch
{
    QString path;
    qint64 total = -1;
    qint64 nextOffset = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    SimOptions options;
    options.scale = Scale::Large;
    QString orderby;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--orderby"))
            orderby = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--seed"))
            options.seed = args.at(i + 1).toULongLong();
    }

    QElapsedTimer timer;
    timer.start();
    SimDataset probe(options);
    const qint64 generateMs = timer.elapsed();
    std::printf(
        "generate large scale: %lld ms (%d portfolios, %d buildings, %d units, %d leases, %d contacts, "
        "%d work orders, %d vendors)\n",
        static_cast<long long>(generateMs), probe.count(Entity::Portfolios), probe.count(Entity::Buildings),
        probe.count(Entity::Units), probe.count(Entity::Leases), probe.count(Entity::Contacts),
        probe.count(Entity::WorkOrders), probe.count(Entity::Vendors));
    std::fflush(stdout);

    // Serialization alone (what each page costs the server, without HTTP).
    timer.restart();
    const std::clock_t cpu0 = std::clock();
    const qint64 jsonBytes
        = probe.collectionJson(Entity::Units).size() + probe.collectionJson(Entity::WorkOrders).size();
    const double jsonSecs = double(timer.nsecsElapsed()) / 1e9;
    const double jsonCpu = double(std::clock() - cpu0) / CLOCKS_PER_SEC;
    std::printf(
        "serialize units + work orders in-process: %.1f MB in %.2f s = %.1f MB/s (%.2f s CPU = %.1f MB/s)\n",
        double(jsonBytes) / 1e6, jsonSecs, double(jsonBytes) / 1e6 / jsonSecs, jsonCpu,
        double(jsonBytes) / 1e6 / jsonCpu);
    std::fflush(stdout);

    SimServerThread sim(options);
    const QUrl base = sim.start();
    if (base.isEmpty()) {
        std::fprintf(stderr, "bench_sim: cannot start the simulator\n");
        return 1;
    }
    QNetworkAccessManager nam;
    constexpr int Limit = 500, InFlight = 4;
    QList<Fetch> fetches = { { QStringLiteral("/units") }, { QStringLiteral("/workorders") } };
    int current = 0, inFlight = 0, pages = 0, failures = 0;
    qint64 bytes = 0;

    std::function<void()> pump;
    auto issue = [&](Fetch &f) {
        QUrl url = base;
        url.setPath(url.path() + f.path);
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("limit"), QString::number(Limit));
        q.addQueryItem(QStringLiteral("offset"), QString::number(f.nextOffset));
        if (!orderby.isEmpty())
            q.addQueryItem(QStringLiteral("orderby"), orderby);
        url.setQuery(q);
        f.nextOffset += Limit;
        QNetworkRequest req(url);
        req.setRawHeader("x-propertyware-client-id", options.clientId.toUtf8());
        req.setRawHeader("x-propertyware-client-secret", options.clientSecret.toUtf8());
        req.setRawHeader("x-propertyware-system-id", options.systemId.toUtf8());
        QNetworkReply *reply = nam.get(req);
        ++inFlight;
        QObject::connect(reply, &QNetworkReply::finished, &app, [&, reply, index = current] {
            reply->deleteLater();
            --inFlight;
            const QByteArray body = reply->readAll();
            if (reply->error() != QNetworkReply::NoError) {
                ++failures;
            } else {
                ++pages;
                bytes += body.size();
                fetches[index].total = reply->rawHeader("X-Total-Count").toLongLong();
            }
            pump();
        });
    };
    pump = [&] {
        while (current < fetches.size()) {
            Fetch &f = fetches[current];
            // The first page tells the total; until then, one request at a time for that collection.
            const bool known = f.total >= 0;
            if (known && f.nextOffset >= f.total) {
                ++current;
                continue;
            }
            if (!known && f.nextOffset > 0)
                break;
            if (inFlight >= InFlight)
                break;
            issue(f);
        }
        if (current >= fetches.size() && inFlight == 0)
            app.quit();
    };

    timer.restart();
    const std::clock_t serveCpu0 = std::clock();
    pump();
    app.exec();
    const double secs = double(timer.nsecsElapsed()) / 1e9;
    const double serveCpu = double(std::clock() - serveCpu0) / CLOCKS_PER_SEC; // server + client threads
    std::printf(
        "serve units + work orders at limit=%d, %d in flight%s: %d pages, %.1f MB in %.2f s = %.0f pages/s, "
        "%.1f MB/s (%d failed; %.2f s CPU in server + client)\n",
        Limit, InFlight, orderby.isEmpty() ? "" : qPrintable(QStringLiteral(", orderby=") + orderby), pages,
        double(bytes) / 1e6, secs, pages / secs, double(bytes) / 1e6 / secs, failures, serveCpu);
    return failures == 0 ? 0 : 1;
}
