#include "SyncFixture.h"

#include "storage/ConnectionRepository.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace pms::test {

SyncFixture::SyncFixture(sim::SimOptions options)
    : m_clock(QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC))
{
    Clock::setInstance(&m_clock);
    options.asOf = QDate(2026, 11, 20);
    m_server = std::make_unique<sim::SimServer>(options);
    m_server->data().setClock(&m_clock);
    if (m_server->listen(0) == 0)
        qFatal("simulator did not start");
    m_connection.name = QStringLiteral("Test");
    m_connection.baseUrl = m_server->baseUrl();
    m_connection.systemId = options.systemId;
    if (options.pms == sim::SimPms::Buildium) {
        // A Buildium account is its API key: the client id stands in for the system id (R22).
        m_connection.pms = QStringLiteral("buildium");
        m_connection.systemId = options.clientId;
        m_connection.pmsSettings.insert(QStringLiteral("defaultVendorId"), 1);
    }
    m_connection.clientId = options.clientId;
    m_connection.integrationUser = options.integrationUser;
    m_connection.integrationEmail = options.integrationEmail;
    auto id = ConnectionRepository(m_cache.db()).insert(m_connection);
    if (!id.ok())
        qFatal("cannot add connection: %s", qPrintable(id.errorMessage()));
    m_connection.id = id.value();
    m_engine = std::make_unique<SyncEngine>(m_cache.db(), &m_nam);
    ClientOptions opts;
    opts.backoffBaseMs = 5;
    opts.backoffCapMs = 40;
    opts.timeoutMs = 3000;
    opts.maxAttempts = 4;
    m_engine->setClientOptions(opts);
}

SyncFixture::~SyncFixture()
{
    m_engine.reset();
    Clock::setInstance(nullptr);
}

SyncOutcome SyncFixture::run(SyncKind kind, int timeoutMs)
{
    // Re-read the connection: a run may have learnt the PMS user's email.
    if (auto c = ConnectionRepository(m_cache.db()).get(m_connection.id); c.ok()) {
        const ConnectionInfo stored = c.value();
        m_connection.pmsUserEmail = stored.pmsUserEmail;
    }
    QSignalSpy spy(m_engine.get(), &SyncEngine::finished);
    m_engine->start(m_connection, secret, kind, QStringLiteral("test"));
    if (spy.isEmpty() && !spy.wait(timeoutMs))
        qWarning("sync did not finish in %d ms", timeoutMs);
    if (spy.isEmpty())
        return {};
    return spy.takeFirst().at(0).value<SyncOutcome>();
}

QVariant SyncFixture::scalar(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(m_cache.db().sql());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

bool SyncFixture::exec(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(m_cache.db().sql());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (q.exec())
        return true;
    qWarning("SyncFixture::exec: %s", qPrintable(q.lastError().text()));
    return false;
}

} // namespace pms::test
