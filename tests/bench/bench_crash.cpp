// Randomised crash safety (issue 17): kill -9 a real `pmsbridge` at random moments of syncs,
// imports and pushes against the simulator, and count what held. Not a ctest test (the small,
// fixed version is tests/sync/tst_crashsafety); prints its counts and exits 1 when anything broke.
//   bench_crash [--trials N] [--seed S] [--scale tiny|small]   (PMSBRIDGE_BINARY or ../app/pmsbridge)
#include "support/CrashRig.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace pms;
using namespace pms::test;

namespace {

struct Counts
{
    int trials = 0, killed = 0, ranThrough = 0, integrityOk = 0;
    int syncs = 0, converged = 0;
    int imports = 0, allOrNothing = 0;
    int pushes = 0, exactlyOnce = 0;
    QStringList problems;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int trials = 30;
    quint32 seed = 1;
    sim::Scale scale = sim::Scale::Small;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--trials"))
            trials = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--seed"))
            seed = args.at(i + 1).toUInt();
        else if (args.at(i) == QLatin1String("--scale"))
            scale = args.at(i + 1) == QLatin1String("tiny") ? sim::Scale::Tiny : sim::Scale::Small;
    }
    QString binary = qEnvironmentVariable("PMSBRIDGE_BINARY");
    if (binary.isEmpty())
        binary = QCoreApplication::applicationDirPath() + QStringLiteral("/../app/pmsbridge");
    if (!QFile::exists(binary)) {
        std::fprintf(stderr, "bench_crash: no pmsbridge at %s; set PMSBRIDGE_BINARY\n", qPrintable(binary));
        return 2;
    }

    sim::SimOptions o;
    o.scale = scale;
    o.seed = 17;
    CrashRig rig(binary, o);
    if (!rig.ok()) {
        std::fprintf(stderr, "bench_crash: the simulator did not start\n");
        return 2;
    }
    QTemporaryDir dir;
    int cacheNo = 0;
    const auto freshCache = [&] {
        const QString path = dir.filePath(QStringLiteral("c%1.sqlite").arg(++cacheNo));
        rig.makeCache(path);
        return path;
    };
    QElapsedTimer clock;
    clock.start();

    // The simulator answers at all.
    const QString ref = freshCache();
    if (rig.run(ref, {QStringLiteral("sync"), QStringLiteral("--initial")}).code != 0) {
        std::fprintf(stderr, "bench_crash: the reference sync failed\n");
        return 2;
    }
    const QString csv = dir.filePath(QStringLiteral("units.csv"));
    const int rows = 20000;
    {
        QFile f(csv);
        f.open(QIODevice::WriteOnly);
        f.write("name,building,floor,external_ref\n");
        for (int i = 1; i <= rows; ++i)
            f.write("Bench unit " + QByteArray::number(i) + ",B,1,BR-" + QByteArray::number(i) + "\n");
    }

    QRandomGenerator rnd(seed);
    Counts c;
    for (int t = 0; t < trials; ++t) {
        ++c.trials;
        const int kind = int(rnd.bounded(3));
        const QString db = freshCache();
        if (kind == 0) {
            ++c.syncs;
            const QByteArray at = "after-page:" + QByteArray::number(rnd.bounded(1, 40));
            const CliRun k = rig.run(db, {QStringLiteral("sync"), QStringLiteral("--initial")}, at);
            k.killed ? ++c.killed : ++c.ranThrough;
            const bool intact = CrashRig::integrity(db) == QLatin1String("ok");
            c.integrityOk += intact;
            const CliRun again = rig.run(db, {QStringLiteral("sync")});
            // Pushes add work orders to the simulator: compare with an uninterrupted run made now.
            const QString now = freshCache();
            rig.run(now, {QStringLiteral("sync"), QStringLiteral("--initial")});
            const QString expected = rig.exports(now);
            const QString got = rig.exports(db);
            const bool same = again.code == 0 && got == expected;
            if (!same && qEnvironmentVariableIsSet("BENCH_CRASH_DIFF"))
                std::fprintf(stderr, "\n--- expected\n%s\n--- got\n%s\n", qPrintable(expected), qPrintable(got));
            c.converged += same;
            if (!intact || !same)
                c.problems << QStringLiteral("sync killed at %1: integrity %2, converged %3").arg(QLatin1String(at)).arg(intact).arg(same);
        } else if (kind == 1) {
            ++c.imports;
            const QByteArray at = "import-row:" + QByteArray::number(rnd.bounded(1, rows + 1));
            const CliRun k = rig.run(db, {QStringLiteral("import"), QStringLiteral("platform-units"), csv}, at);
            k.killed ? ++c.killed : ++c.ranThrough;
            const bool intact = CrashRig::integrity(db) == QLatin1String("ok");
            c.integrityOk += intact;
            const int n = CrashRig::scalar(db, QStringLiteral("SELECT count(*) FROM platform_units")).toInt();
            const bool whole = n == 0 || n == rows;
            c.allOrNothing += whole;
            if (!intact || !whole)
                c.problems << QStringLiteral("import killed at %1: integrity %2, %3 rows").arg(QLatin1String(at)).arg(intact).arg(n);
        } else {
            ++c.pushes;
            rig.run(db, {QStringLiteral("sync"), QStringLiteral("--initial")});
            const QString property = CrashRig::scalar(db, QStringLiteral("SELECT pms_id FROM properties LIMIT 1")).toString();
            const QString text = QStringLiteral("Bench push %1").arg(t);
            rig.run(db, {QStringLiteral("workorder"), QStringLiteral("create"), QStringLiteral("--property"), property,
                         QStringLiteral("--description"), text});
            const int before = rig.server().data().count(sim::Entity::WorkOrders);
            const CliRun k = rig.run(db, {QStringLiteral("push")}, QByteArrayLiteral("after-post:1"));
            k.killed ? ++c.killed : ++c.ranThrough;
            const bool intact = CrashRig::integrity(db) == QLatin1String("ok");
            c.integrityOk += intact;
            rig.run(db, {QStringLiteral("push")});
            const int after = rig.server().data().count(sim::Entity::WorkOrders);
            const bool once = after == before + 1
                && CrashRig::scalar(db, QStringLiteral("SELECT sync_state FROM work_orders WHERE description='%1'").arg(text)).toString()
                    == QLatin1String("synced");
            c.exactlyOnce += once;
            if (!intact || !once)
                c.problems << QStringLiteral("push: integrity %1, %2 new PMS work orders").arg(intact).arg(after - before);
        }
        std::fprintf(stderr, "\rtrial %d/%d", t + 1, trials);
    }
    std::fprintf(stderr, "\n");
    std::printf("bench_crash: %d trials (seed %u, %s simulator) in %.1f s\n", c.trials, seed,
                scale == sim::Scale::Tiny ? "tiny" : "small", clock.elapsed() / 1000.0);
    std::printf("  killed by the hook           %d (ran through: %d)\n", c.killed, c.ranThrough);
    std::printf("  integrity_check ok           %d/%d\n", c.integrityOk, c.trials);
    std::printf("  syncs converged              %d/%d\n", c.converged, c.syncs);
    std::printf("  imports all or nothing       %d/%d\n", c.allOrNothing, c.imports);
    std::printf("  pushes exactly once          %d/%d\n", c.exactlyOnce, c.pushes);
    for (const QString &p : std::as_const(c.problems))
        std::printf("  PROBLEM: %s\n", qPrintable(p));
    return c.problems.isEmpty() ? 0 : 1;
}
