#pragma once

#include "common/ConnectionInfo.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QThread;

namespace pms {

/// Settings ▸ Test Connection: the connection's own connector test (PmsConnector::testConnection:
/// one authenticated call, then what R5's gate needs), in a thread of its own with its own network
/// manager (the GUI thread never waits), and the result in the words a sync's errors use:
/// "Connected: Propertyware answered in 120 ms." or what to fix. Builds no HTTP request itself.
class ConnectionTester : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    /// "HTTPS is required for api.example.com" and friends; empty when @p url is usable.
    /// @p pms: the connector whose address it is (its example is shown).
    static QString checkBaseUrl(const QUrl &url, const QString &pms = QStringLiteral("propertyware"));

    /// Tests @p connection (its pms, address, ids, integration email) with @p secret.
    void start(const ConnectionInfo &connection, const QString &secret);
    void abort();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(bool ok, const QString &message);

private:
    void done(quint64 run, bool ok, const QString &message);

    QThread *m_thread = nullptr;
    QList<QPointer<QObject>> m_contexts; // one per test, in m_thread
    bool m_running = false;
    quint64 m_run = 0; // answers of an aborted or earlier test are dropped
    int m_timeoutMs = 20000;
};

} // namespace pms
