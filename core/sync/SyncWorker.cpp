#include "SyncWorker.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "storage/ConnectionRepository.h"
#include "storage/Database.h"
#include "storage/SyncRunRepository.h"
#include "storage/TeamRepository.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

#include <algorithm>

namespace pms {

SyncWorker::SyncWorker(const QString &dbPath)
    : m_dbPath(dbPath)
{
}

SyncWorker::~SyncWorker()
{
    shutdown();
}

void SyncWorker::initialize()
{
    if (m_db)
        return;
    auto db = Database::open(m_dbPath);
    if (!db.ok()) {
        qCWarning(lcSync) << "sync worker cannot open the cache:" << db.errorMessage();
        return;
    }
    m_db = std::move(db).value();
    // On a shared PostgreSQL cache a 'running' run may be another desk's: the desk that becomes a
    // connection's runner ends what a dead runner left (TeamLink), not every desk at start.
    if (!m_db->isPostgres())
        SyncRunRepository(*m_db).failDanglingRuns(Clock::instance()->nowUtc());
    m_nam = new QNetworkAccessManager(this);
    m_engine = new SyncEngine(*m_db, m_nam, this);
    connect(m_engine, &SyncEngine::progress, this, &SyncWorker::progress);
    if (m_db->isPostgres())
        connect(m_engine, &SyncEngine::progress, this, &SyncWorker::shareProgress);
    connect(m_engine, &SyncEngine::pageApplied, this, &SyncWorker::cacheChanged);
    connect(m_engine, &SyncEngine::authenticationFailed, this, &SyncWorker::authenticationFailed);
    connect(m_engine, &SyncEngine::finished, this, [this](const SyncOutcome &o) {
        Q_EMIT finished(o);
        Q_EMIT cacheChanged();
    });
}

void SyncWorker::start(qint64 connectionId, const QString &secret, SyncKind kind, const QString &trigger)
{
    initialize();
    if (!m_engine) {
        SyncOutcome o;
        o.connectionId = connectionId;
        o.kind = kind;
        o.status = QStringLiteral("failed");
        o.error = QCoreApplication::translate("pms::SyncEngine", "Cannot open the cache %1.").arg(m_dbPath);
        Q_EMIT finished(o);
        return;
    }
    auto conn = ConnectionRepository(*m_db).get(connectionId);
    if (!conn.ok()) {
        SyncOutcome o;
        o.connectionId = connectionId;
        o.kind = kind;
        o.status = QStringLiteral("failed");
        o.error = conn.errorMessage();
        Q_EMIT finished(o);
        return;
    }
    Q_EMIT started(connectionId, kind);
    m_engine->start(conn.value(), secret, kind, trigger);
}

void SyncWorker::shareProgress(const SyncProgress &p)
{
    // Team mode: the other desks read the runner's progress from the run's row.
    if (p.runId <= 0 || p.steps <= 0)
        return;
    const double inStep = p.pagesTotal > 0 ? double(p.pagesDone) / p.pagesTotal : 0.0;
    const int percent = std::clamp(int(100.0 * (std::max(p.step - 1, 0) + std::min(inStep, 1.0)) / p.steps), 0, 100);
    const QDateTime now = Clock::instance()->nowUtc();
    if (p.runId == m_sharedRun && percent == m_sharedPercent)
        return;
    if (p.runId == m_sharedRun && m_sharedAt.isValid() && m_sharedAt.msecsTo(now) < 1000 && percent < 100)
        return; // at most about once a second
    m_sharedRun = p.runId;
    m_sharedPercent = percent;
    m_sharedAt = now;
    if (Status s = TeamRepository(*m_db).setRunProgress(p.runId, percent, now); !s.ok())
        qCWarning(lcSync) << "cannot share the run's progress:" << s.errorMessage();
}

void SyncWorker::cancel()
{
    if (m_engine)
        m_engine->cancel();
}

void SyncWorker::shutdown()
{
    if (m_engine) {
        m_engine->cancel();
        delete m_engine;
        m_engine = nullptr;
    }
    delete m_nam;
    m_nam = nullptr;
    m_db.reset();
}

} // namespace pms
