#pragma once

#include <QObject>
#include <QUrl>

class QThread;

namespace pms {

struct AppContext;
class Database;

/// Starts the Propertyware simulator in its own thread (small scale, live changes), then creates
/// or updates the "Demo" connection to it in the cache and hands its secret (kept in the session
/// store, never in the keychain) to the SyncController. Asynchronous: ready() or failed().
class DemoLauncher : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString scale = QStringLiteral("small");
        quint64 seed = 1;
        bool live = true;
    };

    DemoLauncher(AppContext &context, QObject *parent = nullptr);
    ~DemoLauncher() override;

    void start();
    void start(const Options &options);
    bool isRunning() const { return m_baseUrl.isValid(); }
    QUrl baseUrl() const { return m_baseUrl; }

    /// No connection and nothing imported by hand: the demo may fill this cache.
    static bool cacheIsEmpty(Database &db);
    /// Creates or updates the demo connection to @p baseUrl; returns its id (0 on failure).
    static qint64 upsertDemoConnection(Database &db, const QUrl &baseUrl, QString *error = nullptr);
    static QString demoSecret() { return QStringLiteral("demo-secret"); }

Q_SIGNALS:
    void ready(qint64 connectionId);
    void failed(const QString &message);

private:
    void serverListening(const QUrl &baseUrl, const QString &error);

    AppContext &m_ctx;
    QThread *m_thread = nullptr;
    QObject *m_holder = nullptr; // lives in m_thread, parent of the server
    QUrl m_baseUrl;
    bool m_starting = false;
};

} // namespace pms
