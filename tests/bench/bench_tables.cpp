// The Work Orders screen on a big cache (default 1,000,000 work orders): how long until the
// first rows show, a jump to the last row, a search, a sort; the largest gap between ticks of a
// 5 ms timer on the GUI thread (the watchdog) while a writer thread applies sync-like batches
// and the table scrolls; and the process's memory. Prints the figures against the targets.
//
//   bench_tables [--rows N] [--db FILE|URL] [--sync-seconds S]
// With --db, an existing cache with enough work orders is reused (seeding a million takes a
// while); otherwise a temporary one is made. --db takes a postgresql:// URL too, e.g.
//   scripts/with-postgres.sh sh -c 'build/tests/bench_tables --db "$PMSBRIDGE_TEST_PG?schema=bench"'

#include "models/WorkOrdersModel.h"
#include "storage/Database.h"
#include "support/TestDataSeeder.h"
#include "ui/common/AppContext.h"
#include "ui/table/DataTableView.h"
#include "ui/table/TablePanel.h"
#include "ui/workorders/WorkOrdersPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <ctime>
#include <cstdio>
#include <functional>

using namespace pms;

namespace {

QString g_phase; // what the bench is doing, for the watchdog's report

/// Ticks every 5 ms on the GUI thread and remembers the largest gap between two ticks.
class Watchdog : public QObject
{
public:
    Watchdog()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const qint64 cpu = threadCpuNs();
            if (m_last > 0) {
                const double gap = (now - m_last) / 1e6;
                m_max = std::max(m_max, gap);
                // How much of the gap the GUI thread spent working (the rest it waited for a
                // CPU: two cores shared with other processes).
                const double busy = (cpu - m_lastCpu) / 1e6;
                if (busy > m_maxBusy) {
                    m_maxBusy = busy;
                    m_busyPhase = g_phase;
                }
                if (gap > 50)
                    ++m_over50;
            }
            m_last = now;
            m_lastCpu = cpu;
        });
        m_clock.start();
        m_timer.start();
    }
    static qint64 threadCpuNs()
    {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
    }
    void reset()
    {
        m_maxBusy = 0;
        m_max = 0;
        m_over50 = 0;
        m_last = 0;
    }
    double maxGapMs() const { return m_max; }
    double maxBusyMs() const { return m_maxBusy; }
    QString busyPhase() const { return m_busyPhase; }
    int over50() const { return m_over50; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_lastCpu = 0;
    double m_max = 0;
    double m_maxBusy = 0;
    QString m_busyPhase;
    int m_over50 = 0;
};

/// Runs the event loop until @p done or @p timeoutMs; returns the elapsed milliseconds (-1 on
/// timeout). The bench's own wait: the product code never spins a nested loop.
double waitUntil(const std::function<bool()> &done, int timeoutMs = 60000)
{
    QElapsedTimer t;
    t.start();
    if (done())
        return t.nsecsElapsed() / 1e6;
    QEventLoop loop;
    QTimer poll;
    poll.setTimerType(Qt::PreciseTimer);
    poll.setInterval(1);
    bool ok = false;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done()) {
            ok = true;
            loop.quit();
        } else if (t.elapsed() > timeoutMs) {
            loop.quit();
        }
    });
    poll.start();
    loop.exec();
    return ok ? t.nsecsElapsed() / 1e6 : -1;
}

bool visibleRowsLoaded(DataTableView *view)
{
    auto *m = view->tableModel();
    if (m->isLoading())
        return false;
    const int first = view->rowAt(0);
    if (first < 0)
        return m->rowCount() == 0;
    int last = view->rowAt(view->viewport()->height() - 1);
    if (last < 0)
        last = m->rowCount() - 1;
    for (int r = first; r <= last; ++r)
        if (!m->isRowLoaded(r))
            return false;
    return true;
}

double rssMb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

struct Figure
{
    QString what;
    double value;
    double target;    // <= target passes; 0: no target
    QString unit;
};
QList<Figure> g_figures;

void report(const QString &what, double value, double target = 0, const QString &unit = QStringLiteral("ms"))
{
    g_figures << Figure{what, value, target, unit};
    std::printf("  %-58s %10.1f %-3s %s\n", qPrintable(what), value, qPrintable(unit),
                target <= 0 ? "" : value >= 0 && value <= target ? "ok" : "OVER TARGET");
    std::fflush(stdout);
}

QByteArray loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().split(' ').mid(0, 3).join(' ') : QByteArray("?");
}

qint64 countWorkOrders(Database &db)
{
    QSqlQuery q(db.sql());
    return q.exec(QStringLiteral("SELECT count(*) FROM work_orders")) && q.next() ? q.value(0).toLongLong() : 0;
}

qint64 firstConnection(Database &db)
{
    QSqlQuery q(db.sql());
    return q.exec(QStringLiteral("SELECT min(id) FROM connections")) && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PMSBridgeBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_tables"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rows"), QStringLiteral("work orders in the cache"), QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("db"), QStringLiteral("cache file to use (made when missing)"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("sync-seconds"), QStringLiteral("how long the simulated sync runs"), QStringLiteral("S"), QStringLiteral("12")});
    parser.process(app);
    const qint64 rows = parser.value(QStringLiteral("rows")).toLongLong();
    QTemporaryDir tmp;
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : tmp.filePath(QStringLiteral("bench.sqlite"));

    auto opened = Database::open(path);
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.errorMessage()));
        return 1;
    }
    std::unique_ptr<Database> db = std::move(opened).value();
    qint64 connection = firstConnection(*db);
    if (connection == 0 || countWorkOrders(*db) < rows) {
        std::printf("Seeding %lld work orders into %s ...\n", rows, qPrintable(path));
        std::fflush(stdout);
        QElapsedTimer t;
        t.start();
        if (connection == 0) {
            SeedOptions o;
            o.properties = 240;
            o.unitsPerProperty = 24;
            o.workOrders = 0;
            o.syncRuns = 200;
            auto id = TestDataSeeder::seed(*db, o);
            if (!id.ok()) {
                std::fprintf(stderr, "%s\n", qPrintable(id.errorMessage()));
                return 1;
            }
            connection = id.value();
        }
        const qint64 missing = rows - countWorkOrders(*db);
        if (Status s = TestDataSeeder::addWorkOrders(*db, connection, missing, 99, {}, 50000); !s.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(s.errorMessage()));
            return 1;
        }
        if (db->isPostgres()) {
            db->execRaw(QStringLiteral("ANALYZE")); // what autovacuum would do a little later
            std::printf("  seeded in %.1f s\n", t.elapsed() / 1000.0);
        } else {
            db->execRaw(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            std::printf("  seeded in %.1f s (%.0f MB)\n", t.elapsed() / 1000.0, QFileInfo(path).size() / 1048576.0);
        }
    }
    const qint64 total = countWorkOrders(*db);
    std::printf("\nWork Orders screen, %lld work orders (%s)\n", total, qPrintable(path));
    std::printf("  RSS before the screen opens: %.0f MB; load average %s\n\n", rssMb("VmRSS:"),
                qPrintable(QString::fromLatin1(loadAverage())));

    AppContext ctx;
    ctx.dbPath = path;
    ctx.db = db.get();
    ctx.connectionId = connection;
    Watchdog watchdog;

    // 1. Open the screen: the first rows, then the count and the ordered ids (background).
    g_phase = QStringLiteral("opening the screen");
    QElapsedTimer open;
    open.start();
    auto page = std::make_unique<WorkOrdersPage>(ctx);
    const double constructed = open.nsecsElapsed() / 1e6;
    page->resize(1400, 900);
    page->show();
    const double shown = open.nsecsElapsed() / 1e6;
    WorkOrdersModel *model = page->model();
    DataTableView *view = page->panel()->view();
    report(QStringLiteral("first rows on screen after the screen opens"), waitUntil([&] { return visibleRowsLoaded(view); }) + 0 * open.elapsed(), 150);
    report(QStringLiteral("  widgets made (the process's first window)"), constructed);
    report(QStringLiteral("  widgets shown"), shown - constructed);
    waitUntil([&] { return model->countKnown() && model->rowCount() == model->matchingCount(); });
    report(QStringLiteral("  row count known (COUNT on the loader thread)"), open.nsecsElapsed() / 1e6);
    waitUntil([&] { return model->isSettled(); });
    report(QStringLiteral("  ordered id list in (background)"), open.nsecsElapsed() / 1e6);

    // 2. Jumps.
    g_phase = QStringLiteral("jumps");
    view->scrollToBottom();
    report(QStringLiteral("jump to the last row"), waitUntil([&] { return visibleRowsLoaded(view); }), 150);
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() / 2);
    report(QStringLiteral("jump to the middle"), waitUntil([&] { return visibleRowsLoaded(view); }), 150);
    view->scrollToTop();
    waitUntil([&] { return visibleRowsLoaded(view); });

    // 3. Searches and a sort, timed from the moment the model gets them (after the box's pause).
    const auto timeQuery = [&](const QString &label, const std::function<void()> &change, double target) {
        QElapsedTimer t;
        t.start();
        change();
        model->reload(); // what the model's zero-timer would do next
        g_phase = label;
        report(label, waitUntil([&] { return !model->isLoading() && visibleRowsLoaded(view); }), target);
        waitUntil([&] { return model->countKnown(); });
        report(QStringLiteral("  its count known (%L1 rows)").arg(model->matchingCount()), t.nsecsElapsed() / 1e6);
        waitUntil([&] { return model->isSettled(); });
    };
    timeQuery(QStringLiteral("search \"disposal\" (common word): first rows"), [&] { model->setSearch(QStringLiteral("disposal")); }, 300);
    timeQuery(QStringLiteral("search \"mold bathroom\" (two words): first rows"), [&] { model->setSearch(QStringLiteral("mold bathroom")); }, 300);
    timeQuery(QStringLiteral("search \"7654321\" (a rare word or number): first rows"), [&] { model->setSearch(QStringLiteral("7654321")); }, 300);
    model->setSearch({});
    waitUntil([&] { return model->isSettled(); });
    timeQuery(QStringLiteral("filter sync state = failed: first rows"), [&] { model->setValueFilter(QStringLiteral("sync_state"), {QStringLiteral("failed")}); }, 300);
    model->setValueFilter(QStringLiteral("sync_state"), {});
    waitUntil([&] { return model->isSettled(); });
    timeQuery(QStringLiteral("sort by status (indexed): first rows"), [&] { model->sort(model->columnIndex(QStringLiteral("status")), Qt::AscendingOrder); }, 300);
    timeQuery(QStringLiteral("sort by description (no index): first rows"), [&] { model->sort(model->columnIndex(QStringLiteral("description")), Qt::DescendingOrder); }, 0);
    {
        // Jump before the id list of a new sort is in: the OFFSET path (read in reverse).
        model->sort(model->columnIndex(QStringLiteral("number")), Qt::AscendingOrder);
        waitUntil([&] { return !model->isLoading() && model->countKnown(); });
        const bool idsIn = model->isSettled();
        view->scrollToBottom();
        report(QStringLiteral("jump to the last row before the id list is in%1").arg(idsIn ? QStringLiteral(" (ids were in)") : QString()),
               waitUntil([&] { return visibleRowsLoaded(view); }), 0);
        waitUntil([&] { return model->isSettled(); });
    }
    model->sort(0, Qt::DescendingOrder);
    waitUntil([&] { return model->isSettled(); });
    report(QStringLiteral("largest GUI-thread gap so far (watchdog, 5 ms ticks)"), watchdog.maxGapMs(), 0);
    report(QStringLiteral("  of which the GUI thread was busy (thread CPU time)"), watchdog.maxBusyMs(), 0);
    std::printf("    (longest busy stretch during: %s)\n", qPrintable(watchdog.busyPhase()));

    // 4. A sync writes while the user scrolls: the GUI thread must never stall.
    const int syncSeconds = parser.value(QStringLiteral("sync-seconds")).toInt();
    std::atomic<bool> stop{false};
    std::atomic<int> batches{0};
    std::atomic<qint64> written{0};
    QThread *writer = QThread::create([&] {
        auto w = Database::open(path);
        if (!w.ok())
            return;
        quint32 seed = 1000;
        while (!stop.load()) {
            TestDataSeeder::addWorkOrders(*w.value(), connection, 500, ++seed, {}, 500);
            TestDataSeeder::touchWorkOrders(*w.value(), connection, 1500, ++seed);
            written += 2000;
            ++batches;
            // The cache changed: the window refreshes (at most once a second, like the main window).
            QMetaObject::invokeMethod(model, [model] { model->refreshSoon(1000); }, Qt::QueuedConnection);
            QThread::msleep(50);
        }
    });
    int refreshes = 0;
    QObject::connect(model, &SqlTableModel::rowsRelocated, [&] { ++refreshes; });
    QTimer scroller;
    auto *rng = QRandomGenerator::global();
    int scrollSteps = 0;
    QObject::connect(&scroller, &QTimer::timeout, [&] {
        QScrollBar *bar = view->verticalScrollBar();
        // Mostly wheel-sized steps, sometimes a drag of the thumb far away.
        if (++scrollSteps % 25 == 0)
            bar->setValue(int(rng->bounded(bar->maximum() + 1)));
        else
            bar->setValue(std::min(bar->maximum(), bar->value() + 3 + int(rng->bounded(30))));
    });
    watchdog.reset();
    writer->start();
    scroller.start(16);
    g_phase = QStringLiteral("sync");
    waitUntil([] { return false; }, syncSeconds * 1000);
    scroller.stop();
    // Read the watchdog before joining the writer: the join is the bench's, not the window's.
    const double syncGap = watchdog.maxGapMs();
    const double syncBusy = watchdog.maxBusyMs();
    const int syncOver50 = watchdog.over50();
    stop = true;
    writer->wait();
    delete writer;
    waitUntil([&] { return model->isSettled() && visibleRowsLoaded(view); }, 20000);
    std::printf("\n  simulated sync: %d batches in transactions (%lld rows inserted or updated), %d refreshes, %d scroll steps\n",
                batches.load(), written.load(), refreshes, scrollSteps);
    report(QStringLiteral("largest GUI-thread gap while the sync writes and the table scrolls"), syncGap, 50);
    report(QStringLiteral("  longest GUI-thread busy stretch in that time (thread CPU)"), syncBusy, 50);
    report(QStringLiteral("  gaps over 50 ms"), syncOver50, 0, QStringLiteral(""));
    report(QStringLiteral("rows after the sync (count on screen)"), model->rowCount(), 0, QStringLiteral(""));

    report(QStringLiteral("app RSS now"), rssMb("VmRSS:"), 250, QStringLiteral("MB"));
    report(QStringLiteral("app RSS peak"), rssMb("VmHWM:"), 250, QStringLiteral("MB"));

    int over = 0;
    for (const Figure &f : g_figures)
        if (f.target > 0 && !(f.value >= 0 && f.value <= f.target))
            ++over;
    std::printf("\n%s\n", over == 0 ? "All targets met." : qPrintable(QStringLiteral("%1 figure(s) over target.").arg(over)));
    page.reset();
    return 0;
}
