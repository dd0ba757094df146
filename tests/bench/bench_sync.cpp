// Benchmark: initial and incremental sync against `pmsbridge sim --scale large` running as a
// separate process. Prints wall times, records/s and the peak RSS of this (the syncing) process.
//
//   build/tests/bench_sync [path/to/pmsbridge]
#include "common/Clock.h"
#include "storage/ConnectionRepository.h"
#include "storage/Database.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>

#include <cstdio>

using namespace pms;

namespace {

long peakRssMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}

SyncOutcome runSync(SyncEngine &engine, const ConnectionInfo &c, SyncKind kind)
{
    SyncOutcome out;
    QEventLoop loop;
    QObject::connect(&engine, &SyncEngine::finished, &loop, [&](const SyncOutcome &o) {
        out = o;
        loop.quit();
    });
    engine.start(c, QStringLiteral("demo-secret"), kind, QStringLiteral("bench"));
    loop.exec();
    return out;
}

qint64 totalRecords(const SyncOutcome &o)
{
    qint64 n = 0;
    for (const EntityCounts &c : o.counts)
        n += c.total();
    return n;
}

void post(QNetworkAccessManager &nam, const QUrl &url)
{
    QEventLoop loop;
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = nam.post(req, QByteArray());
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (reply->error() != QNetworkReply::NoError)
        std::fprintf(stderr, "control request failed: %s\n", qPrintable(reply->errorString()));
    reply->deleteLater();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString binary = argc > 1 ? QString::fromLocal8Bit(argv[1]) : qEnvironmentVariable("PMSBRIDGE_BINARY");
    if (binary.isEmpty())
        binary = QCoreApplication::applicationDirPath() + QStringLiteral("/../app/pmsbridge");
    if (!QFileInfo(binary).isExecutable()) {
        std::fprintf(stderr, "bench_sync: cannot find pmsbridge at %s; pass its path\n", qPrintable(binary));
        return 2;
    }

    QProcess sim;
    sim.setProgram(binary);
    sim.setArguments({QStringLiteral("sim"), QStringLiteral("--scale"), QStringLiteral("large"), QStringLiteral("--port"),
                      QStringLiteral("0"), QStringLiteral("--seed"), QStringLiteral("1")});
    QElapsedTimer genTimer;
    genTimer.start();
    sim.start();
    if (!sim.waitForStarted(10000)) {
        std::fprintf(stderr, "bench_sync: the simulator did not start\n");
        return 1;
    }
    QByteArray line;
    while (!line.contains('\n') && sim.waitForReadyRead(120000))
        line += sim.readAllStandardOutput();
    const auto m = QRegularExpression(QStringLiteral("(http://\\S+)")).match(QString::fromUtf8(line));
    if (!m.hasMatch()) {
        std::fprintf(stderr, "bench_sync: no URL from the simulator: %s\n", line.constData());
        return 1;
    }
    const QUrl base(m.captured(1));
    std::printf("simulator (large) ready in %.1f s at %s\n", genTimer.elapsed() / 1000.0, qPrintable(base.toString()));

    QTemporaryDir dir;
    auto dbr = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!dbr.ok())
        return 1;
    Database &db = *dbr.value();
    ConnectionInfo c;
    c.name = QStringLiteral("bench");
    c.baseUrl = base;
    c.systemId = QStringLiteral("1001");
    c.clientId = QStringLiteral("demo-client");
    c.integrationUser = QStringLiteral("PMS Bridge");
    c.integrationEmail = QStringLiteral("bridge@pmsbridge.example");
    c.id = ConnectionRepository(db).insert(c).value();

    QNetworkAccessManager nam;
    SyncEngine engine(db, &nam);
    const long rssBefore = peakRssMb();
    QElapsedTimer t;
    t.start();
    const SyncOutcome initial = runSync(engine, c, SyncKind::Initial);
    const double initialSecs = t.elapsed() / 1000.0;
    const qint64 initialRecords = totalRecords(initial);
    std::printf("initial sync: %s in %.2f s, %lld records, %.0f records/s, peak RSS %ld MB (before: %ld MB)\n",
                qPrintable(initial.status), initialSecs, initialRecords, initialRecords / initialSecs, peakRssMb(),
                rssBefore);
    for (auto it = initial.counts.cbegin(); it != initial.counts.cend(); ++it)
        std::printf("  %-11s created %7d skipped %7d failed %d\n", qPrintable(it.key()), it->created, it->skipped,
                    it->failed);

    // 1 % of records change in the PMS.
    const QUrl control(base.toString().replace(QStringLiteral("/pw/api/rest/v1"), QStringLiteral("/_sim")));
    const QList<QPair<QString, int>> touches = {{QStringLiteral("buildings"), 20}, {QStringLiteral("units"), 500},
                                                {QStringLiteral("leases"), 500}, {QStringLiteral("workorders"), 2000}};
    for (const auto &[entity, n] : touches)
        post(nam, QUrl(control.toString() + QStringLiteral("/touch?entity=%1&count=%2").arg(entity).arg(n)));
    t.restart();
    const SyncOutcome inc = runSync(engine, c, SyncKind::Incremental);
    const double incSecs = t.elapsed() / 1000.0;
    std::printf("incremental sync (1%% changed): %s in %.2f s, %lld records looked at, peak RSS %ld MB\n",
                qPrintable(inc.status), incSecs, totalRecords(inc), peakRssMb());
    for (auto it = inc.counts.cbegin(); it != inc.counts.cend(); ++it)
        std::printf("  %-11s created %d updated %d unchanged %d skipped %d\n", qPrintable(it.key()), it->created,
                    it->updated, it->unchanged, it->skipped);
    std::printf("targets: initial <= 15 s and <= 400 MB; incremental <= 1.5 s\n");
    sim.terminate();
    sim.waitForFinished(5000);
    return initial.status == QLatin1String("succeeded") && inc.status == QLatin1String("succeeded") ? 0 : 1;
}
