// Benchmark: initial and incremental sync against `pmsbridge sim --scale large` running as a
// separate process. Prints wall times, records/s and the peak RSS of this (the syncing) process.
// With --db URL it also syncs the same account into that PostgreSQL database and copies the
// SQLite cache there (`cache copy`), each in a schema of its own, and prints the figures side
// by side with SQLite's from the same run.
//
// --pms buildium syncs from `sim --pms buildium` (the same data as the Buildium Open API);
// --pms both runs this program once per PMS (each its own process, so each peak RSS is its own)
// and prints their figures side by side.
//
//   build/tests/bench_sync [path/to/pmsbridge] [--pms propertyware|buildium|both] [--db postgresql://user@host:5432/db]
//   scripts/with-postgres.sh sh -c 'build/tests/bench_sync --db "$PMSBRIDGE_TEST_PG"'
#include "storage/CacheCopier.h"
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
#include <QUrlQuery>
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

struct Figures
{
    bool ok = false;
    double initialSecs = 0, incrementalSecs = 0;
    qint64 initialRecords = 0, incrementalRecords = 0;
    long peakRss = 0;
};

/// One initial sync and one incremental with 1 % changed, into the cache at @p location.
Figures syncInto(const QString &location, const QUrl &base, QNetworkAccessManager &nam, bool printCounts,
                 const QString &pms)
{
    Figures f;
    auto dbr = Database::open(location);
    if (!dbr.ok()) {
        std::fprintf(stderr, "bench_sync: %s\n", qPrintable(dbr.errorMessage()));
        return f;
    }
    Database &db = *dbr.value();
    ConnectionInfo c;
    c.name = QStringLiteral("bench");
    c.baseUrl = base;
    c.systemId = QStringLiteral("1001");
    c.clientId = QStringLiteral("demo-client");
    c.integrationUser = QStringLiteral("PMS Bridge");
    c.integrationEmail = QStringLiteral("bridge@pmsbridge.example");
    if (pms == QLatin1String("buildium")) {
        c.pms = pms;
        c.systemId = c.clientId;
        c.pmsSettings.insert(QStringLiteral("defaultVendorId"), 1);
    }
    c.id = ConnectionRepository(db).insert(c).value();

    SyncEngine engine(db, &nam);
    const long rssBefore = peakRssMb();
    QElapsedTimer t;
    t.start();
    const SyncOutcome initial = runSync(engine, c, SyncKind::Initial);
    f.initialSecs = t.elapsed() / 1000.0;
    f.initialRecords = totalRecords(initial);
    std::printf("initial sync on %s: %s in %.2f s, %lld records, %.0f records/s, peak RSS %ld MB (before: %ld MB)\n",
                qPrintable(db.dialect().displayName()), qPrintable(initial.status), f.initialSecs, f.initialRecords,
                f.initialRecords / f.initialSecs, peakRssMb(), rssBefore);
    if (printCounts)
        for (auto it = initial.counts.cbegin(); it != initial.counts.cend(); ++it)
            std::printf("  %-11s created %7d skipped %7d failed %d\n", qPrintable(it.key()), it->created, it->skipped,
                        it->failed);

    // 1 % of records change in the PMS.
    const QUrl control = pms == QLatin1String("buildium")
                             ? QUrl(base.toString() + QStringLiteral("/_sim"))
                             : QUrl(base.toString().replace(QStringLiteral("/pw/api/rest/v1"), QStringLiteral("/_sim")));
    const QList<QPair<QString, int>> touches = {{QStringLiteral("buildings"), 20}, {QStringLiteral("units"), 500},
                                                {QStringLiteral("leases"), 500}, {QStringLiteral("workorders"), 2000}};
    for (const auto &[entity, n] : touches)
        post(nam, QUrl(control.toString() + QStringLiteral("/touch?entity=%1&count=%2").arg(entity).arg(n)));
    t.restart();
    const SyncOutcome inc = runSync(engine, c, SyncKind::Incremental);
    f.incrementalSecs = t.elapsed() / 1000.0;
    f.incrementalRecords = totalRecords(inc);
    f.peakRss = peakRssMb();
    std::printf("incremental sync on %s (1%% changed): %s in %.2f s, %lld records looked at, peak RSS %ld MB\n",
                qPrintable(db.dialect().displayName()), qPrintable(inc.status), f.incrementalSecs, f.incrementalRecords,
                f.peakRss);
    if (printCounts)
        for (auto it = inc.counts.cbegin(); it != inc.counts.cend(); ++it)
            std::printf("  %-11s created %d updated %d unchanged %d skipped %d\n", qPrintable(it.key()), it->created,
                        it->updated, it->unchanged, it->skipped);
    f.ok = initial.status == QLatin1String("succeeded") && inc.status == QLatin1String("succeeded");
    return f;
}

/// @p url with its own schema, so a run never meets an earlier one's tables.
QString withSchema(const QString &url, const QString &schema)
{
    QUrl u(url);
    QUrlQuery q(u);
    q.removeAllQueryItems(QStringLiteral("schema"));
    q.addQueryItem(QStringLiteral("schema"), schema);
    u.setQuery(q);
    return u.toString();
}

/// --pms both: this program once per PMS, their "figures:" lines side by side.
int bothSideBySide(const QStringList &args)
{
    struct Run
    {
        QString pms;
        QStringList figures;
        int rc = 1;
    };
    QList<Run> runs{{QStringLiteral("propertyware"), {}, 1}, {QStringLiteral("buildium"), {}, 1}};
    for (Run &r : runs) {
        QProcess child;
        child.setProgram(QCoreApplication::applicationFilePath());
        child.setArguments(QStringList(args) << QStringLiteral("--pms") << r.pms);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start();
        child.waitForFinished(-1);
        const QString out = QString::fromUtf8(child.readAllStandardOutput());
        std::printf("--- %s ---\n%s", qPrintable(r.pms), qPrintable(out));
        for (const QString &line : out.split(QLatin1Char('\n')))
            if (line.startsWith(QLatin1String("figures: ")))
                r.figures = line.mid(9).split(QLatin1Char(' '));
        r.rc = child.exitCode();
    }
    std::printf("\n%-34s %14s %14s\n", "large scale, SQLite", "Propertyware", "Buildium");
    const char *rows[] = {"initial sync (s)", "initial records", "incremental sync (s)", "incremental records",
                          "peak RSS (MB)"};
    for (int i = 0; i < 5; ++i)
        std::printf("%-34s %14s %14s\n", rows[i], qPrintable(runs[0].figures.value(i, QStringLiteral("-"))),
                    qPrintable(runs[1].figures.value(i, QStringLiteral("-"))));
    std::printf("targets: initial <= 15 s and <= 400 MB; incremental <= 1.5 s\n");
    return runs[0].rc == 0 && runs[1].rc == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString binary = qEnvironmentVariable("PMSBRIDGE_BINARY");
    QString pgUrl;
    QString pms = QStringLiteral("propertyware");
    const QStringList args = app.arguments().mid(1);
    QStringList passOn; // what a child of --pms both gets
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--db") && i + 1 < args.size()) {
            pgUrl = args.at(++i);
            passOn << QStringLiteral("--db") << pgUrl;
        } else if (args.at(i).startsWith(QLatin1String("--db="))) {
            pgUrl = args.at(i).mid(5);
            passOn << args.at(i);
        } else if (args.at(i) == QLatin1String("--pms") && i + 1 < args.size()) {
            pms = args.at(++i);
        } else {
            binary = args.at(i);
            passOn << binary;
        }
    }
    if (pms == QLatin1String("both"))
        return bothSideBySide(passOn);
    if (pms != QLatin1String("propertyware") && pms != QLatin1String("buildium")) {
        std::fprintf(stderr, "bench_sync: --pms is propertyware, buildium or both, not '%s'\n", qPrintable(pms));
        return 2;
    }
    if (binary.isEmpty())
        binary = QCoreApplication::applicationDirPath() + QStringLiteral("/../app/pmsbridge");
    if (!QFileInfo(binary).isExecutable()) {
        std::fprintf(stderr, "bench_sync: cannot find pmsbridge at %s; pass its path\n", qPrintable(binary));
        return 2;
    }

    QProcess sim;
    sim.setProgram(binary);
    sim.setArguments({QStringLiteral("sim"), QStringLiteral("--scale"), QStringLiteral("large"), QStringLiteral("--port"),
                      QStringLiteral("0"), QStringLiteral("--seed"), QStringLiteral("1"), QStringLiteral("--pms"), pms});
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

    QNetworkAccessManager nam;
    QTemporaryDir dir;
    const QString sqlitePath = dir.filePath(QStringLiteral("bench.sqlite"));
    const Figures lite = syncInto(sqlitePath, base, nam, true, pms);
    std::printf("targets (SQLite): initial <= 15 s and <= 400 MB; incremental <= 1.5 s\n");
    std::printf("figures: %.2f %lld %.2f %lld %ld\n", lite.initialSecs, lite.initialRecords, lite.incrementalSecs,
                lite.incrementalRecords, lite.peakRss);
    bool ok = lite.ok;

    if (!pgUrl.isEmpty()) {
        const QString tag = QString::number(QCoreApplication::applicationPid());
        const Figures pg = syncInto(withSchema(pgUrl, QStringLiteral("bench_sync_") + tag), base, nam, false, pms);
        ok = ok && pg.ok;
        std::printf("PostgreSQL / SQLite: initial %.2f s / %.2f s = %.2fx (target <= 1.5x); incremental %.2f s / %.2f s "
                    "(target <= 1.5 s)\n",
                    pg.initialSecs, lite.initialSecs, pg.initialSecs / lite.initialSecs, pg.incrementalSecs,
                    lite.incrementalSecs);

        // cache copy of the SQLite cache just synced into an empty PostgreSQL schema.
        auto from = Database::open(sqlitePath);
        auto to = Database::open(withSchema(pgUrl, QStringLiteral("bench_copy_") + tag));
        if (!from.ok() || !to.ok()) {
            std::fprintf(stderr, "bench_sync: cannot open the caches for the copy: %s\n",
                         qPrintable(!from.ok() ? from.errorMessage() : to.errorMessage()));
            return 1;
        }
        QElapsedTimer t;
        t.start();
        auto copied = CacheCopier::copy(*from.value(), *to.value(), false);
        const double copySecs = t.elapsed() / 1000.0;
        if (!copied.ok()) {
            std::fprintf(stderr, "bench_sync: cache copy failed: %s\n", qPrintable(copied.errorMessage()));
            return 1;
        }
        qint64 rows = 0;
        for (const auto &c : std::as_const(copied.value()))
            rows += c.target;
        std::printf("cache copy SQLite -> PostgreSQL: %lld rows verified in %.2f s, %.0f rows/s (target <= 30 s)\n", rows,
                    copySecs, rows / copySecs);
        // Leave the server as it was.
        for (const QString schema : {QStringLiteral("bench_sync_") + tag, QStringLiteral("bench_copy_") + tag})
            to.value()->execRaw(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(schema));
    }
    sim.terminate();
    sim.waitForFinished(5000);
    return ok ? 0 : 1;
}
