#include "SyncEngine.h"

#include "common/Clock.h"
#include "common/CrashPoint.h"
#include "common/Json.h"
#include "common/Logging.h"
#include "connectors/ConnectorRegistry.h"
#include "connectors/PmsConnector.h"
#include "storage/ConnectionRepository.h"
#include "storage/Database.h"
#include "storage/SyncRunRepository.h"
#include "sync/NetworkSettings.h"

#include <QCoreApplication>

namespace pms {

namespace {
constexpr qint64 kProgressIntervalMs = 100;
} // namespace

SyncEngine::SyncEngine(Database &db, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_nam(nam)
{
    qRegisterMetaType<pms::SyncProgress>();
    qRegisterMetaType<pms::SyncOutcome>();
    qRegisterMetaType<pms::SyncKind>();
}

SyncEngine::~SyncEngine()
{
    if (m_job)
        m_job->cancel();
    if (m_running)
        m_db.rollback();
}

QStringList SyncEngine::stepsFor(SyncKind kind)
{
    switch (kind) {
    case SyncKind::Initial:
    case SyncKind::Incremental:
        return {QStringLiteral("portfolios"), QStringLiteral("properties"), QStringLiteral("units"),
                QStringLiteral("leases"), QStringLiteral("workorders")};
    case SyncKind::PropertiesResidents:
        return {QStringLiteral("portfolios"), QStringLiteral("properties"), QStringLiteral("units"),
                QStringLiteral("residents")};
    case SyncKind::Leases:
        return {QStringLiteral("leases")};
    default:
        return {};
    }
}

void SyncEngine::start(const ConnectionInfo &connection, const QString &secret, SyncKind kind, const QString &trigger)
{
    if (m_running) {
        SyncOutcome o;
        o.connectionId = connection.id;
        o.kind = kind;
        o.status = QStringLiteral("failed");
        o.error = tr("A sync is already running; wait for it to finish or cancel it.");
        o.errorCode = QStringLiteral("busy");
        Q_EMIT finished(o);
        return;
    }
    m_connection = connection;
    m_kind = kind;
    m_trigger = trigger;
    m_running = true;
    m_cancelRequested = false;
    m_runId = 0;
    m_counts.clear();
    m_note.clear();
    m_discoveredPmsUserEmail.clear();
    m_records = 0;
    m_pagesDone = 0;
    m_pagesExpected = 0;
    m_stepIndex = -1;
    m_startedAt = Clock::instance()->nowUtc();
    m_runTimer.start();

    if (stepsFor(kind).isEmpty()) {
        finish(QStringLiteral("failed"), tr("This kind of run is not a PMS pull."));
        return;
    }
    m_workOrderGate.clear();
    const ConnectorRegistry::Entry *pms = ConnectorRegistry::find(connection.pms);
    Status usable = pms ? pms->validateBaseUrl(connection.baseUrl)
                        : Status(ConnectorRegistry::create(nullptr, connection, {}, {}).error());
    if (!usable.ok()) {
        // Refused before any request, but recorded like any failed run: Sync Activity and the
        // connection's status show why (issue 17: it used to wait forever, silently).
        m_runs = std::make_unique<SyncRunRepository>(m_db);
        if (auto run = m_runs->startRun(connection.id, kind, trigger, m_startedAt, QDateTime(), QDateTime()); run.ok())
            m_runId = run.value();
        finish(QStringLiteral("failed"), usable.errorMessage(), usable.error().code);
        return;
    }
    if (secret.isEmpty()) {
        finish(QStringLiteral("failed"), tr("No client secret for this connection: enter it in Settings."),
               QStringLiteral("auth"));
        return;
    }
    ClientOptions opts = NetworkSettings::clientOptions(m_db, m_clientOptions);
    opts.maxInFlight = qBound(1, connection.maxInFlight, 16);
    m_connector = pms->create(m_nam, connection, secret, opts);
    m_runs = std::make_unique<SyncRunRepository>(m_db);

    // An authenticated call before anything is written: a wrong secret changes nothing.
    ConnectorJob *job = m_connector->testConnection();
    connect(job, &ConnectorJob::finished, this, &SyncEngine::preflightDone);
}

void SyncEngine::preflightDone(const ConnectorReply &reply)
{
    const Status &result = reply.status;
    if (!result.ok()) {
        if (result.error().code == QLatin1String("auth")) {
            Q_EMIT authenticationFailed(m_connection.id, result.errorMessage());
            // Nothing recorded: a rejected secret must leave the cache as it was.
            m_runId = 0;
            SyncOutcome o;
            o.connectionId = m_connection.id;
            o.kind = m_kind;
            o.status = QStringLiteral("failed");
            o.error = result.errorMessage();
            o.errorCode = result.error().code;
            o.startedAt = m_startedAt;
            o.finishedAt = Clock::instance()->nowUtc();
            m_running = false;
            // We are inside the job's signal: the connector (which owns the job) goes later.
            m_connector.release()->deleteLater();
            Q_EMIT finished(o);
            return;
        }
        beginRun();
        if (m_running)
            finish(QStringLiteral("failed"), result.errorMessage(), result.error().code);
        return;
    }
    m_workOrderGate = reply.workOrderGate;
    notePmsUserEmail(reply.pmsUserEmail);
    if (m_cancelRequested) {
        beginRun();
        if (m_running)
            finish(QStringLiteral("cancelled"), tr("Cancelled."));
        return;
    }
    beginRun();
    if (m_running)
        startNextStep();
}

void SyncEngine::beginRun()
{
    // The incremental window: the start of the last successful run minus the look-back (R4),
    // so a failed run never moves it forward.
    m_windowStart = QDateTime();
    if (m_kind == SyncKind::Incremental || m_kind == SyncKind::PropertiesResidents) {
        QDateTime last;
        const QStringList jobs = m_kind == SyncKind::Incremental
                                     ? QStringList{QStringLiteral("initial"), QStringLiteral("incremental")}
                                     : QStringList{QStringLiteral("initial"), QStringLiteral("incremental"),
                                                   QStringLiteral("properties_residents")};
        for (const QString &job : jobs) {
            const QDateTime t = m_runs->lastSuccess(m_connection.id, job);
            if (t.isValid() && (!last.isValid() || t > last))
                last = t;
        }
        if (last.isValid())
            m_windowStart = last.addSecs(-qint64(qMax(1, m_connection.lookbackHours)) * 3600);
    }
    auto run = m_runs->startRun(m_connection.id, m_kind, m_trigger, m_startedAt, m_windowStart,
                                m_windowStart.isValid() ? m_startedAt : QDateTime());
    if (!run.ok()) {
        m_runId = 0;
        finish(QStringLiteral("failed"), run.errorMessage());
        return;
    }
    m_runId = run.value();
    m_applier = std::make_unique<RecordApplier>(m_db, *m_runs, m_connection, m_runId, m_counts);
    if (Status s = m_applier->load(); !s.ok()) {
        finish(QStringLiteral("failed"), s.errorMessage());
        return;
    }
    m_steps.clear();
    switch (m_kind) {
    case SyncKind::Initial:
    case SyncKind::Incremental:
        m_steps = {Step::Portfolios, Step::Properties, Step::Units, Step::Leases, Step::WorkOrders};
        if (m_kind == SyncKind::Incremental)
            m_steps[3] = Step::ResidentsFromLeases; // R8: lease rows are the nightly job's
        break;
    case SyncKind::PropertiesResidents:
        m_steps = {Step::Portfolios, Step::Properties, Step::Units, Step::ResidentsFromLeases};
        break;
    case SyncKind::Leases:
        m_steps = {Step::Leases};
        break;
    default:
        break;
    }
    if (!m_connection.userSync) {
        m_steps.removeAll(Step::ResidentsFromLeases);
    }
}

QString SyncEngine::stepEntity(Step step) const
{
    switch (step) {
    case Step::Portfolios: return QStringLiteral("portfolios");
    case Step::Properties: return QStringLiteral("properties");
    case Step::Units: return QStringLiteral("units");
    case Step::Leases: return QStringLiteral("leases");
    case Step::ResidentsFromLeases: return QStringLiteral("residents");
    case Step::WorkOrders: return QStringLiteral("workorders");
    }
    return {};
}

QString SyncEngine::stepTitle(Step step) const
{
    switch (step) {
    case Step::Portfolios: return tr("portfolios");
    case Step::Properties: return tr("properties");
    case Step::Units: return tr("units");
    case Step::Leases: return tr("leases and residents");
    case Step::ResidentsFromLeases: return tr("residents");
    case Step::WorkOrders: return tr("work orders");
    }
    return {};
}

RecordStep SyncEngine::stepRecords(Step step) const
{
    switch (step) {
    case Step::Portfolios: return RecordStep::Portfolios;
    case Step::Properties: return RecordStep::Properties;
    case Step::Units: return RecordStep::Units;
    case Step::Leases:
    case Step::ResidentsFromLeases: return RecordStep::Leases;
    case Step::WorkOrders: return RecordStep::WorkOrders;
    }
    return RecordStep::Portfolios;
}

SyncWindow SyncEngine::stepWindow(Step step) const
{
    // Leases are re-read whole every night (R8); the rest follows the window.
    SyncWindow w;
    if (step != Step::Leases)
        w.from = m_windowStart;
    return w;
}

void SyncEngine::notePmsUserEmail(const QString &email)
{
    if (email.isEmpty() || email == m_discoveredPmsUserEmail)
        return;
    m_discoveredPmsUserEmail = email;
    ConnectionRepository(m_db).setPmsUserEmail(m_connection.id, email);
}

bool SyncEngine::workOrderSyncAllowed(QString *why) const
{
    const QString pmsEmail = !m_discoveredPmsUserEmail.isEmpty() ? m_discoveredPmsUserEmail : m_connection.pmsUserEmail;
    if (!m_workOrderGate.isEmpty()) {
        *why = tr("Work-order sync is off: %1").arg(m_workOrderGate);
        return false;
    }
    if (m_connection.integrationUser.trimmed().isEmpty()) {
        *why = tr("Work-order sync is off: no integration user is set on this connection (Settings).");
        return false;
    }
    if (!pmsEmail.isEmpty() && pmsEmail.compare(m_connection.integrationEmail.trimmed(), Qt::CaseInsensitive) != 0) {
        *why = tr("Work-order sync is off: the integration email '%1' is not the email the PMS has for user '%2' ('%3'). "
                  "Correct it in Settings.")
                   .arg(m_connection.integrationEmail, m_connection.integrationUser, pmsEmail);
        return false;
    }
    return true;
}

void SyncEngine::startNextStep()
{
    ++m_stepIndex;
    if (m_cancelRequested) {
        finish(QStringLiteral("cancelled"), tr("Cancelled."));
        return;
    }
    if (m_stepIndex >= m_steps.size()) {
        finish(QStringLiteral("succeeded"), QString());
        return;
    }
    const Step step = m_steps.at(m_stepIndex);
    m_counts[stepEntity(step)]; // the entity shows in the summary even when nothing came
    if (step == Step::Leases || step == Step::ResidentsFromLeases)
        m_counts[QStringLiteral("residents")];
    if (step == Step::WorkOrders) {
        QString why;
        if (!workOrderSyncAllowed(&why)) {
            m_note = why;
            Transaction tx(m_db);
            m_runs->recordExclusion(m_connection.id, m_runId, QStringLiteral("workorders"), 0, why,
                                    Clock::instance()->nowUtc());
            tx.commit();
            qCInfo(lcSync) << "work orders skipped:" << why;
            startNextStep();
            return;
        }
        Transaction tx(m_db);
        m_runs->clearExclusion(m_connection.id, QStringLiteral("workorders"), 0);
        tx.commit();
    }
    m_pagesDone = 0;
    m_pagesExpected = 0;
    m_stepTimer.start();
    m_job = m_connector->pages(stepRecords(step), stepWindow(step));
    connect(m_job, &RecordPager::page, this, &SyncEngine::onPage);
    connect(m_job, &RecordPager::warning, this, [](const QString &w) { qCWarning(lcSync) << w; });
    connect(m_job, &RecordPager::finished, this, &SyncEngine::onStepFinished);
    emitProgress(true);
}

void SyncEngine::onPage(const RecordPage &page)
{
    if (!m_running || m_cancelRequested || m_stepIndex < 0 || m_stepIndex >= m_steps.size())
        return;
    const Step step = m_steps.at(m_stepIndex);
    const QString entity = stepEntity(step);
    const QString now = json::formatDateTime(Clock::instance()->nowUtc());

    Transaction tx(m_db);
    if (Status s = tx.ok() ? m_db.relaxCommitDurability() : tx.status(); !s.ok()) {
        m_job->cancel();
        finish(QStringLiteral("failed"), s.errorMessage());
        return;
    }
    notePmsUserEmail(page.integrationUserEmail);
    Status s = m_applier->apply(step, entity, page, now);
    if (s.ok())
        s = tx.commit();
    if (!s.ok()) {
        // A database failure is not a bad record: stop, keep the cache as it was before this page.
        m_db.rollback();
        m_job->cancel();
        finish(QStringLiteral("failed"), s.errorMessage());
        return;
    }
    crashPoint("after-page");
    m_records += page.size();
    m_pagesDone = page.pageIndex + 1;
    m_pagesExpected = page.pagesExpected;
    Q_EMIT pageApplied();
    emitProgress(false);
}

void SyncEngine::onStepFinished(const Status &status)
{
    if (!m_running)
        return;
    if (m_cancelRequested || status.error().code == QLatin1String("cancelled")) {
        finish(QStringLiteral("cancelled"), tr("Cancelled."));
        return;
    }
    if (!status.ok()) {
        if (status.error().code == QLatin1String("auth"))
            Q_EMIT authenticationFailed(m_connection.id, status.errorMessage());
        const Step step = m_steps.at(m_stepIndex);
        finish(QStringLiteral("failed"), tr("While reading %1: %2").arg(stepTitle(step), status.errorMessage()),
               status.error().code);
        return;
    }
    startNextStep();
}

void SyncEngine::cancel()
{
    if (!m_running)
        return;
    m_cancelRequested = true;
    if (m_job)
        m_job->cancel();
}

void SyncEngine::finish(const QString &status, const QString &error, const QString &code)
{
    if (!m_running)
        return;
    m_db.rollback(); // nothing is open here unless a page failed half-way
    const QDateTime end = Clock::instance()->nowUtc();
    if (m_runId > 0 && m_runs) {
        Transaction tx(m_db);
        if (status == QLatin1String("succeeded")) {
            const QString kind = syncKindName(m_kind);
            m_runs->setLastSuccess(m_connection.id, kind, m_startedAt, m_runId);
            if (m_kind == SyncKind::Initial)
                for (const char *job : {"incremental", "properties_residents", "leases"})
                    m_runs->setLastSuccess(m_connection.id, QString::fromLatin1(job), m_startedAt, m_runId);
            if (m_kind == SyncKind::Incremental)
                m_runs->setLastSuccess(m_connection.id, QStringLiteral("properties_residents"), m_startedAt, m_runId);
            // R19: residents follow the mapping of their unit on every sync (when Unit Sync is on).
            if (m_connection.userSync && m_connection.unitSync)
                PmsCacheRepository(m_db).assignResidentsThroughMappings(m_connection.id);
        }
        m_runs->saveCounts(m_runId, m_counts);
        QString err = error;
        if (err.isEmpty() && !m_note.isEmpty())
            err = m_note;
        m_runs->finishRun(m_runId, status, err, end);
        tx.commit();
    }
    SyncOutcome o;
    o.connectionId = m_connection.id;
    o.runId = m_runId;
    o.kind = m_kind;
    o.status = status;
    o.error = error.isEmpty() ? m_note : error;
    o.errorCode = status == QLatin1String("failed") && code.isEmpty() ? QStringLiteral("db") : code;
    if (status == QLatin1String("cancelled"))
        o.errorCode = QStringLiteral("cancelled");
    o.counts = m_counts;
    o.startedAt = m_startedAt;
    o.finishedAt = end;
    m_running = false;
    m_job = nullptr;
    m_applier.reset(); // the run's index of the cache
    if (m_connector) {
        m_connector->cancelAll();
        m_connector.release()->deleteLater();
    }
    qCInfo(lcSync) << "run" << m_runId << syncKindName(m_kind) << status << error;
    Q_EMIT finished(o);
}

void SyncEngine::emitProgress(bool force)
{
    const qint64 now = m_runTimer.elapsed();
    if (!force && m_lastProgressMs >= 0 && now - m_lastProgressMs < kProgressIntervalMs)
        return;
    m_lastProgressMs = now;
    SyncProgress p;
    p.connectionId = m_connection.id;
    p.runId = m_runId;
    p.kind = m_kind;
    const Step step = m_steps.value(m_stepIndex);
    p.entity = stepTitle(step);
    p.pagesDone = m_pagesDone;
    p.pagesTotal = m_pagesExpected;
    p.records = m_records;
    p.step = m_stepIndex + 1;
    p.steps = int(m_steps.size());
    const double secs = m_runTimer.elapsed() / 1000.0;
    p.recordsPerSecond = secs > 0.05 ? m_records / secs : 0;
    if (m_pagesDone > 0 && m_pagesExpected > m_pagesDone) {
        const double perPage = m_stepTimer.elapsed() / 1000.0 / m_pagesDone;
        p.secondsLeft = int(perPage * (m_pagesExpected - m_pagesDone) + 0.5);
    }
    Q_EMIT progress(p);
}

} // namespace pms
