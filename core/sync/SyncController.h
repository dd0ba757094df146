#pragma once

#include "sync/SyncTypes.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace pms {

class SecretStore;
class SyncWorker;

/// The GUI-thread face of the sync engine. Owns a worker QThread in which the engine runs with
/// its own QNetworkAccessManager and database connection; everything crosses by queued signals.
class SyncController : public QObject
{
    Q_OBJECT
public:
    /// @p dbPath is the cache file the worker opens its own connection to.
    explicit SyncController(const QString &dbPath, QObject *parent = nullptr);
    ~SyncController() override;

    /// Supplies the client secret of a connection (from the keychain or asked once per session).
    void setSecret(qint64 connectionId, const QString &secret);
    bool hasSecret(qint64 connectionId) const;
    bool isRunning() const { return m_running; }

public Q_SLOTS:
    void start(qint64 connectionId, pms::SyncKind kind, const QString &trigger = QStringLiteral("manual"));
    /// Stops at the next page boundary; the cache stays consistent.
    void cancel();
    /// Pushes pending work-order changes now (all, or one work order when @p workOrderId > 0).
    void push(qint64 connectionId, qint64 workOrderId = 0);

Q_SIGNALS:
    void started(qint64 connectionId, pms::SyncKind kind);
    void progress(const pms::SyncProgress &progress);
    void finished(const pms::SyncOutcome &outcome);
    /// Something in the cache changed (a page applied, a push done): views may refresh.
    void cacheChanged();
    /// The PMS rejected the credentials: the window asks for the secret again.
    void authenticationFailed(qint64 connectionId, const QString &message);

private:
    QThread m_thread;
    SyncWorker *m_worker = nullptr;
    QHash<qint64, QString> m_secrets;
    bool m_running = false;
};

} // namespace pms
