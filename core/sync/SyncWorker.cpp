#include "SyncWorker.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "storage/ConnectionRepository.h"
#include "storage/Database.h"
#include "storage/SyncRunRepository.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

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
    SyncRunRepository(*m_db).failDanglingRuns(Clock::instance()->nowUtc());
    m_nam = new QNetworkAccessManager(this);
    m_engine = new SyncEngine(*m_db, m_nam, this);
    connect(m_engine, &SyncEngine::progress, this, &SyncWorker::progress);
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
