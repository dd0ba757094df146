#include "ReconcileEngine.h"

#include "common/Clock.h"
#include "common/Json.h"
#include "common/Logging.h"
#include "connectors/ConnectorRegistry.h"
#include "connectors/PmsConnector.h"
#include "reconcile/ReconcilePlan.h"
#include "reconcile/Reconciler.h"
#include "storage/Database.h"
#include "storage/ReconciliationRepository.h"
#include "storage/SyncRunRepository.h"
#include "sync/NetworkSettings.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace pms {

namespace {

QString validTrigger(const QString &trigger)
{
    if (trigger == QLatin1String("schedule") || trigger == QLatin1String("cli"))
        return trigger;
    return QStringLiteral("manual");
}

} // namespace

ReconcileEngine::ReconcileEngine(Database &db, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_nam(nam)
{
    registerReconcileMetaTypes();
}

ReconcileEngine::~ReconcileEngine()
{
    if (m_job)
        m_job->cancel();
}

void ReconcileEngine::start(
    const ConnectionInfo &connection, const QString &secret, ReconcileMode mode, const QString &trigger)
{
    ReconcileOutcome refused;
    refused.connectionId = connection.id;
    refused.mode = mode;
    refused.status = QStringLiteral("failed");
    if (m_running) {
        refused.error = tr("Reconciliation is already running; wait for it to finish.");
        refused.errorCode = QStringLiteral("busy");
        Q_EMIT finished(refused);
        return;
    }
    const ConnectorRegistry::Entry *pms = ConnectorRegistry::find(connection.pms);
    if (Status s = pms ? pms->validateBaseUrl(connection.baseUrl)
                       : Status(ConnectorRegistry::create(nullptr, connection, {}, {}).error());
        !s.ok()) {
        refused.error = s.errorMessage();
        refused.errorCode = s.error().code;
        Q_EMIT finished(refused);
        return;
    }
    if (secret.isEmpty()) {
        refused.error = tr("No client secret for this connection: enter it in Settings.");
        refused.errorCode = QStringLiteral("auth");
        Q_EMIT finished(refused);
        return;
    }

    m_connection = connection;
    m_mode = mode;
    m_trigger = validTrigger(trigger);
    m_cancelRequested = false;
    m_snapshotId = 0;
    m_runId = 0;
    m_pmsIds.clear();
    m_recordsWithoutId = 0;
    m_warnings.clear();
    m_fetchMs = 0;
    m_startedAt = Clock::instance()->nowUtc();

    {
        Transaction tx(m_db);
        auto snapshot = ReconciliationRepository(m_db).startSnapshot(
            connection.id, m_trigger, json::formatDateTime(m_startedAt));
        auto run = SyncRunRepository(m_db).startRun(
            connection.id, SyncKind::Reconciliation, m_trigger, m_startedAt);
        Status committed
            = snapshot.ok() && run.ok() ? tx.commit() : Status(Error(tr("cannot record the run")));
        if (!committed.ok()) {
            refused.error = !snapshot.ok() ? snapshot.errorMessage()
                                           : (!run.ok() ? run.errorMessage() : committed.errorMessage());
            refused.errorCode = QStringLiteral("db");
            Q_EMIT finished(refused);
            return;
        }
        m_snapshotId = snapshot.value();
        m_runId = run.value();
    }
    // A unit a sync adds or re-activates while the list is read may be missing from the list only
    // because it is newer than the page that would have had it: only units active now are checked.
    m_running = true;
    m_timer.start();
    auto atStart = ReconciliationRepository(m_db).activeUnitIds(connection.id);
    if (!atStart.ok()) {
        abort(atStart.errorMessage(), QStringLiteral("db"));
        return;
    }
    m_activeAtStart = atStart.value();

    ClientOptions opts = NetworkSettings::clientOptions(m_db, m_clientOptions);
    opts.maxInFlight = qBound(1, connection.maxInFlight, 16);
    m_connector = pms->create(m_nam, connection, secret, opts);
    m_recordsRead = 0;
    // R13: the full list, every active unit of the PMS: no incremental window.
    m_job = m_connector->pages(RecordStep::Units, SyncWindow());
    connect(m_job, &RecordPager::page, this, &ReconcileEngine::onPage);
    connect(m_job, &RecordPager::warning, this, [this](const QString &w) { m_warnings.append(w); });
    connect(m_job, &RecordPager::finished, this, &ReconcileEngine::onListFinished);
    qCInfo(lcSync) << "reconciliation" << m_snapshotId << "started for connection" << connection.id
                   << (mode == ReconcileMode::Preview ? "(preview)" : "");
}

void ReconcileEngine::onPage(const RecordPage &page)
{
    if (!m_running || m_cancelRequested)
        return;
    for (const UnitRecord &u : page.units)
        m_pmsIds.insert(u.pmsId);
    m_recordsRead += page.units.size() + page.problems.size();
    Q_EMIT progress(ReconcileProgress { m_connection.id, page.pageIndex + 1, page.pagesExpected, m_recordsRead });
    // A record the client could not read is still in the PMS list: never deactivate it.
    for (const RecordProblem &p : page.problems) {
        if (p.id > 0)
            m_pmsIds.insert(p.id);
        else
            ++m_recordsWithoutId;
    }
}

void ReconcileEngine::onListFinished(const Status &status)
{
    if (!m_running)
        return;
    m_job = nullptr;
    m_fetchMs = m_timer.elapsed();
    if (m_cancelRequested || status.error().code == QLatin1String("cancelled")) {
        abort(tr("Cancelled; nothing was deactivated."), QStringLiteral("cancelled"));
        return;
    }
    if (!status.ok()) {
        if (status.error().code == QLatin1String("auth"))
            Q_EMIT authenticationFailed(m_connection.id, status.errorMessage());
        // R13: never deactivate on partial data.
        abort(tr("The PMS unit list could not be read completely (%1); nothing was deactivated.")
                  .arg(status.errorMessage()),
            status.error().code.isEmpty() ? QStringLiteral("pms") : status.error().code);
        return;
    }
    compareAndRecord();
}

QString ReconcileEngine::pmsTrouble() const
{
    QStringList trouble;
    if (m_recordsWithoutId > 0)
        trouble << numerus(
            tr("%n unit record(s) without a usable id", nullptr, m_recordsWithoutId), m_recordsWithoutId);
    trouble << m_warnings;
    // The sync before this run failed: the cache and the PMS may be out of step.
    for (const SyncRunRepository::RunRow &r : SyncRunRepository(m_db).recentRuns(m_connection.id, 5)) {
        if (r.id == m_runId || r.kind == QLatin1String("reconciliation")
            || r.status == QLatin1String("running"))
            continue;
        if (r.status == QLatin1String("failed"))
            trouble << tr("the last sync failed: %1").arg(r.error);
        break;
    }
    return trouble.join(QStringLiteral("; "));
}

void ReconcileEngine::compareAndRecord()
{
    QElapsedTimer t;
    t.start();
    ReconciliationRepository repo(m_db);
    auto active = repo.activeUnits(m_connection.id);
    if (!active.ok()) {
        abort(active.errorMessage(), QStringLiteral("db"));
        return;
    }
    active.value().removeIf([this](const ReconcileUnit &u) { return !m_activeAtStart.contains(u.id); });
    auto off = repo.reconciledOffUnits(m_connection.id);
    if (!off.ok()) {
        abort(off.errorMessage(), QStringLiteral("db"));
        return;
    }
    const ReconcileGuard guard = m_guardOverride ? *m_guardOverride : repo.guard();
    const ReconcilePlan plan
        = ReconcilePlan::compute(active.value(), m_pmsIds, off.value(), guard, pmsTrouble());
    const qint64 compareMs = t.restart();

    auto recorded
        = Reconciler::record(m_db, m_connection.id, m_snapshotId, plan, m_mode, Clock::instance()->nowUtc());
    if (!recorded.ok()) {
        abort(recorded.errorMessage(), QStringLiteral("db"));
        return;
    }
    ReconcileOutcome o = recorded.value();
    o.pmsUnits = m_pmsIds.size();
    o.fetchMs = m_fetchMs;
    o.compareMs = compareMs;
    o.writeMs = t.elapsed();
    if (o.status == QLatin1String("needs_confirmation"))
        o.error = plan.guardReason();
    finish(o);
}

void ReconcileEngine::cancel()
{
    if (!m_running)
        return;
    m_cancelRequested = true;
    if (m_job)
        m_job->cancel(); // finished("cancelled") follows and aborts the run
}

void ReconcileEngine::abort(const QString &error, const QString &code)
{
    m_db.rollback();
    const QDateTime now = Clock::instance()->nowUtc();
    if (Status s = ReconciliationRepository(m_db).finishSnapshot(
            m_snapshotId, QStringLiteral("aborted"), 0, 0, error, json::formatDateTime(now));
        !s.ok())
        qCWarning(lcSync) << "cannot close reconciliation snapshot" << m_snapshotId << s.errorMessage();
    ReconcileOutcome o;
    o.connectionId = m_connection.id;
    o.snapshotId = m_snapshotId;
    o.mode = m_mode;
    o.status = code == QLatin1String("cancelled") ? QStringLiteral("cancelled") : QStringLiteral("aborted");
    o.error = error;
    o.errorCode = code;
    o.pmsUnits = m_pmsIds.size();
    o.fetchMs = m_fetchMs;
    finish(o);
}

void ReconcileEngine::finishRunRow(const ReconcileOutcome &o)
{
    SyncRunRepository runs(m_db);
    QString status = QStringLiteral("succeeded");
    QString note;
    if (o.status == QLatin1String("cancelled"))
        status = QStringLiteral("cancelled");
    else if (!o.ok())
        status = QStringLiteral("failed");
    if (!o.ok())
        note = o.error;
    else if (o.status == QLatin1String("needs_confirmation"))
        note = tr("Stopped for confirmation: %1").arg(o.guardReason);
    else if (o.status == QLatin1String("dry_run"))
        note = numerus(tr("Preview: %n unit(s) would be deactivated.", nullptr, o.unitsToDeactivate),
            o.unitsToDeactivate);
    EntityCounts units;
    units.updated = o.unitsDeactivated;
    units.unchanged = o.unitsChecked - o.unitsToDeactivate;
    // Only a run that deactivated skips anything; a preview's units are waiting, not skipped.
    units.skipped = o.status == QLatin1String("completed") ? o.unitsToDeactivate - o.unitsDeactivated : 0;
    Transaction tx(m_db);
    runs.saveCounts(m_runId, { { QStringLiteral("units"), units } });
    runs.finishRun(m_runId, status, note, o.finishedAt);
    if (status == QLatin1String("succeeded") && o.status == QLatin1String("completed"))
        runs.setLastSuccess(m_connection.id, QStringLiteral("reconciliation"), m_startedAt, m_runId);
    if (Status s = tx.commit(); !s.ok())
        qCWarning(lcSync) << "cannot record reconciliation run" << m_runId << s.errorMessage();
}

void ReconcileEngine::finish(ReconcileOutcome o)
{
    o.runId = m_runId;
    o.startedAt = m_startedAt;
    o.finishedAt = Clock::instance()->nowUtc();
    finishRunRow(o);
    m_running = false;
    m_job = nullptr;
    if (m_connector) {
        m_connector->cancelAll();
        m_connector.release()->deleteLater();
    }
    qCInfo(lcSync) << "reconciliation" << o.snapshotId << o.status << o.unitsDeactivated << "deactivated of"
                   << o.unitsChecked << "checked" << o.error;
    Q_EMIT finished(o);
}

} // namespace pms
