#pragma once

#include <QByteArray>
#include <QObject>
#include <QUrl>

#include <functional>

namespace pms {

struct AppContext;
class Database;

/// Starts the Propertyware simulator (through the starter the app installed: ui does not know the
/// simulator), then creates or updates the "Demo" connection to it in the cache, imports the
/// access platform's units the simulator describes into a cache that has none (on a pool thread,
/// with its own connection), and hands the secret (kept in the session store, never in the
/// keychain) to the SyncController. Asynchronous: ready() or failed().
class DemoLauncher : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString scale = QStringLiteral("small");
        quint64 seed = 1;
        bool live = true;
        QString pms = QStringLiteral("propertyware"); // or "buildium": which simulator and connection
    };

    /// Called once: done(baseUrl, platformUnitsCsv) on the owner's thread; an empty URL when the
    /// simulator could not listen.
    using SimulatorDone = std::function<void(const QUrl &baseUrl, const QByteArray &platformUnitsCsv)>;
    /// Starts a simulator without blocking; the returned object (a child of @p owner) keeps it
    /// running until it is deleted.
    using SimulatorStarter = std::function<QObject *(const Options &options, QObject *owner, SimulatorDone done)>;
    /// Installed once by the app (app/commands/DemoSimulator.cpp) and by tests that run the demo.
    static void setSimulatorStarter(SimulatorStarter starter);

    DemoLauncher(AppContext &context, QObject *parent = nullptr);
    ~DemoLauncher() override;

    void start();
    void start(const Options &options);
    bool isRunning() const { return m_baseUrl.isValid(); }
    QUrl baseUrl() const { return m_baseUrl; }

    /// No connection and nothing imported by hand: the demo may fill this cache.
    static bool cacheIsEmpty(Database &db);
    /// Creates or updates the demo connection to @p baseUrl; returns its id (0 on failure).
    static qint64 upsertDemoConnection(Database &db, const QUrl &baseUrl, QString *error = nullptr,
                                       const QString &pms = QStringLiteral("propertyware"));
    static QString demoSecret() { return QStringLiteral("demo-secret"); }
    /// How many platform units the last start imported (0 when the cache had some already).
    qint64 importedPlatformUnits() const { return m_importedPlatformUnits; }

Q_SIGNALS:
    void ready(qint64 connectionId);
    void failed(const QString &message);

private:
    void serverListening(const QUrl &baseUrl, const QByteArray &platformUnitsCsv);
    void finish(qint64 connectionId);

    AppContext &m_ctx;
    QObject *m_simulator = nullptr; // keeps the simulator running
    QUrl m_baseUrl;
    qint64 m_importedPlatformUnits = 0;
    bool m_starting = false;
    QString m_pms = QStringLiteral("propertyware");
};

} // namespace pms
