#pragma once

#include "sim/SimServer.h"
#include "common/Clock.h"
#include "common/ConnectionInfo.h"
#include "support/TestSupport.h"
#include "sync/SyncEngine.h"

#include <QNetworkAccessManager>

#include <memory>

namespace pms::test {

/// An in-process simulator on loopback, a fresh cache with one connection to it, and a sync
/// engine in the test's thread. Time is a ManualClock shared by the engine and the simulator.
class SyncFixture
{
public:
    explicit SyncFixture(sim::SimOptions options = {});
    ~SyncFixture();

    sim::SimServer &server() { return *m_server; }
    sim::SimDataset &sim() { return m_server->data(); }
    Database &db() { return m_cache.db(); }
    ConnectionInfo &connection() { return m_connection; }
    ManualClock &clock() { return m_clock; }
    QString secret = QStringLiteral("demo-secret");

    /// Runs one sync to the end (or @p timeoutMs) and returns its outcome.
    SyncOutcome run(SyncKind kind, int timeoutMs = 60000);
    SyncEngine &engine() { return *m_engine; }

    /// One value of a query, for assertions.
    QVariant scalar(const QString &sql, const QVariantList &binds = {});
    /// Runs one statement on the cache (to set a scene up); false, with a warning, when it fails.
    bool exec(const QString &sql, const QVariantList &binds = {});

private:
    ManualClock m_clock;
    std::unique_ptr<sim::SimServer> m_server;
    TempCache m_cache;
    ConnectionInfo m_connection;
    QNetworkAccessManager m_nam;
    std::unique_ptr<SyncEngine> m_engine;
};

} // namespace pms::test
