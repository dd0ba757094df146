// Reconciliation at 50,000 units: the PMS list fetch (simulator, large scale) and the reconciliation
// proper (cache read, in-memory compare with hash sets, snapshot and deactivation writes) reported
// separately; then the CSV export of a snapshot with 50,000 deactivated units. Prints its figures.
#include "common/Clock.h"
#include "common/ConnectionInfo.h"
#include "common/Json.h"
#include "csv/CsvExporter.h"
#include "reconcile/ReconcileEngine.h"
#include "reconcile/ReconcilePlan.h"
#include "reconcile/Reconciler.h"
#include "sim/SimServerThread.h"
#include "storage/ConnectionRepository.h"
#include "storage/ReconciliationRepository.h"
#include "support/TestSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <cstdio>

using namespace pms;

namespace {

QTextStream out(stdout);

void fail(const QString &what)
{
    out << "FAILED: " << what << Qt::endl;
    std::exit(1);
}

void seedFromSimulator(Database &db, qint64 connectionId, sim::SimDataset &data)
{
    QElapsedTimer t;
    t.start();
    Transaction tx(db);
    QSqlQuery p(db.sql()), u(db.sql());
    p.prepare(QStringLiteral(
        "INSERT INTO properties (connection_id, pms_id, name, address, synced_at) VALUES (?, ?, ?, ?, ?)"));
    u.prepare(QStringLiteral(
        "INSERT INTO units (connection_id, pms_id, pms_property_id, property_id, name, address, synced_at) "
        "VALUES (?, ?, ?, (SELECT id FROM properties WHERE connection_id = ? AND pms_id = ?), ?, ?, ?)"));
    const QString synced = QStringLiteral("2026-11-20T10:00:00Z");
    const int units = data.read([&](const sim::SimStore &s) {
        for (const auto &b : s.buildings) {
            p.addBindValue(connectionId);
            p.addBindValue(b.id);
            p.addBindValue(b.name);
            p.addBindValue(b.address.address);
            p.addBindValue(synced);
            if (!p.exec())
                fail(p.lastError().text());
        }
        int n = 0;
        for (const auto &unit : s.units) {
            if (!unit.active)
                continue;
            u.addBindValue(connectionId);
            u.addBindValue(unit.id);
            u.addBindValue(unit.buildingId);
            u.addBindValue(connectionId);
            u.addBindValue(unit.buildingId);
            u.addBindValue(unit.name);
            u.addBindValue(unit.address.address);
            u.addBindValue(synced);
            if (!u.exec())
                fail(u.lastError().text());
            ++n;
        }
        return n;
    });
    if (!tx.commit().ok())
        fail(QStringLiteral("seed commit"));
    out << "cache seeded with " << units << " active units in " << t.elapsed() << " ms" << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qputenv("QT_LOGGING_RULES", "pmsbridge.*.info=false");
    ManualClock clock(QDateTime(QDate(2026, 11, 27), QTime(11, 0), Qt::UTC));
    Clock::setInstance(&clock);

    // --- the PMS: the simulator's large scale (50,000 units), in its own thread
    QElapsedTimer t;
    t.start();
    sim::SimOptions options;
    options.scale = sim::Scale::Large;
    options.asOf = QDate(2026, 11, 20);
    sim::SimServerThread simulator(options);
    const QUrl base = simulator.start();
    if (base.isEmpty())
        fail(QStringLiteral("simulator did not start"));
    out << "simulator (large) generated in " << t.elapsed() << " ms" << Qt::endl;
    // Exactly 50,000 active units in the PMS (and so in the cache).
    const int activeInPms = simulator.server().data().read([](const sim::SimStore &s) {
        return int(
            std::count_if(s.units.begin(), s.units.end(), [](const sim::SimUnit &u) { return u.active; }));
    });
    if (activeInPms < 50000)
        simulator.server().data().addUnits(50000 - activeInPms);

    test::TempCache cache;
    ConnectionInfo c;
    c.name = QStringLiteral("Bench");
    c.baseUrl = base;
    c.systemId = options.systemId;
    c.clientId = options.clientId;
    c.maxInFlight = 4;
    c.id = ConnectionRepository(cache.db()).insert(c).value();
    seedFromSimulator(cache.db(), c.id, simulator.server().data());

    // 1 % of the units leave the PMS.
    QList<qint64> ids;
    simulator.server().data().read([&](const sim::SimStore &s) {
        for (size_t i = 0; i < s.units.size() && ids.size() < 500; i += 97)
            if (s.units[i].active)
                ids << s.units[i].id;
        return 0;
    });
    const QList<qint64> gone = simulator.server().data().deleteUnitIds(ids);
    out << "deleted " << gone.size() << " units in the PMS" << Qt::endl;

    // --- one reconciliation run through the engine (fetch + compare + write)
    QNetworkAccessManager nam;
    ReconcileEngine engine(cache.db(), &nam);
    ReconcileOutcome outcome;
    QObject::connect(&engine, &ReconcileEngine::finished, [&](const ReconcileOutcome &o) {
        outcome = o;
        app.quit();
    });
    clock.advanceSecs(60);
    t.restart();
    engine.start(c, options.clientSecret, ReconcileMode::Apply, QStringLiteral("cli"));
    app.exec();
    const qint64 totalMs = t.elapsed();
    if (outcome.status != QLatin1String("completed"))
        fail(QStringLiteral("run %1: %2").arg(outcome.status, outcome.error));
    out << "\nreconciliation run, " << outcome.unitsChecked << " active units, " << outcome.pmsUnits
        << " units in the PMS list, " << outcome.unitsDeactivated << " deactivated:" << Qt::endl;
    out << "  PMS unit list fetch (HTTP, paged):          " << outcome.fetchMs << " ms" << Qt::endl;
    out << "  reconciliation (cache read + compare):      " << outcome.compareMs
        << " ms   (target <= 1000 ms)" << Qt::endl;
    out << "  snapshot + deactivations + property log:    " << outcome.writeMs << " ms" << Qt::endl;
    out << "  whole run:                                  " << totalMs << " ms" << Qt::endl;

    // Restore what the run deactivated: 50,000 active units again.
    QList<qint64> deactivated;
    for (const ReconcilePropertySummary &p : outcome.properties)
        for (const ReconcileUnit &u : p.missing)
            deactivated << u.id;
    t.restart();
    auto restored = Reconciler::restore(cache.db(), deactivated, clock.nowUtc());
    out << "  restoring them (logged):                    " << t.elapsed() << " ms for " << restored.value()
        << " units" << Qt::endl;

    // --- the compare alone, in memory (hash sets), averaged
    ReconciliationRepository repo(cache.db());
    t.restart();
    auto active = repo.activeUnits(c.id);
    const qint64 readMs = t.elapsed();
    QSet<qint64> pmsIds;
    simulator.server().data().read([&](const sim::SimStore &s) {
        for (const auto &u : s.units)
            if (u.active)
                pmsIds.insert(u.id);
        return 0;
    });
    for (int i = 0; i < 200; ++i) // 200 more units gone, on top of those already deactivated
        pmsIds.remove(active->at(i * 37).pmsId);
    const int rounds = 20;
    t.restart();
    int missing = 0;
    for (int i = 0; i < rounds; ++i)
        missing = int(ReconcilePlan::compute(active.value(), pmsIds, {}, ReconcileGuard()).missing().size());
    out << "\nin-memory compare of " << active->size() << " active units against " << pmsIds.size()
        << " PMS ids (" << missing << " missing): " << QString::number(double(t.elapsed()) / rounds, 'f', 1)
        << " ms per run; reading the active units from the cache: " << readMs << " ms" << Qt::endl;

    // --- 50,000 deactivated rows: record them, then export the snapshot as CSV
    ReconcileGuard permissive;
    permissive.maxShare = 1.0;
    const ReconcilePlan all = ReconcilePlan::compute(active.value(), {}, {}, permissive);
    clock.advanceSecs(60);
    auto sid = repo.startSnapshot(c.id, QStringLiteral("cli"), json::formatDateTime(clock.nowUtc()));
    t.restart();
    auto recorded
        = Reconciler::record(cache.db(), c.id, sid.value(), all, ReconcileMode::Apply, clock.nowUtc());
    if (!recorded.ok())
        fail(recorded.errorMessage());
    out << "\nrecording " << recorded->unitsDeactivated
        << " deactivations (items + units + property log): " << t.elapsed() << " ms" << Qt::endl;

    QTemporaryDir dir;
    QSaveFile file(dir.filePath(QStringLiteral("deactivated.csv")));
    file.open(QIODevice::WriteOnly);
    CsvExporter::Options opts;
    opts.snapshot = QString::number(sid.value());
    t.restart();
    auto rows = CsvExporter::exportEntity(cache.db(), ExportEntity::Deactivated, file, opts);
    file.commit();
    const qint64 exportMs = t.elapsed();
    if (!rows.ok())
        fail(rows.errorMessage());
    out << "CSV export of " << rows.value() << " deactivated rows ("
        << QFileInfo(file.fileName()).size() / 1024 << " KiB, QSaveFile): " << exportMs
        << " ms   (target <= 1000 ms)" << Qt::endl;
    Clock::setInstance(nullptr);
    return 0;
}
