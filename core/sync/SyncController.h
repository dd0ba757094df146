#pragma once

#include "domain/ReconcileTypes.h"
#include "workorders/WorkOrderPusher.h"
#include "storage/TeamRepository.h"
#include "domain/SyncTypes.h"

#include <QObject>
#include <QSet>
#include <QThread>

#include <functional>
#include <memory>

namespace pms {

class PushWorker;
class ReconcileWorker;
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

    /// Supplies the client secret of a connection (from the keychain or asked once per session),
    /// and resumes its work-order outbox: what a restart or a refused secret left waiting goes now.
    void setSecret(qint64 connectionId, const QString &secret);
    bool hasSecret(qint64 connectionId) const;
    bool isRunning() const { return m_running; }

    /// Team mode (SyncControllerTeam.cpp): on a PostgreSQL cache several desks share, this desk
    /// runs a connection's jobs only while it is the connection's runner (a lock the database
    /// gives to one desk). On SQLite there is one desk, which runs everything.
    bool teamMode() const { return m_team != nullptr; }
    bool isRunnerFor(qint64 connectionId) const { return !m_team || m_runnerOf.contains(connectionId); }

public Q_SLOTS:
    /// In team mode on a desk that is not the connection's runner, a scheduled start does
    /// nothing (the runner runs it) and any other asks the runner for the run (syncRequestSent).
    void start(qint64 connectionId, pms::SyncKind kind, const QString &trigger = QStringLiteral("manual"));
    /// Stops at the next page boundary; the cache stays consistent.
    void cancel();
    /// Pushes the work-order outbox (SyncControllerPush.cpp): all of the connection's due changes,
    /// or one work order's when @p workOrderId > 0. @p now (Sync Now) ignores back-off and retries
    /// what failed; without it only what is due goes (a new change, the resume after a restart).
    /// Once started, the push worker also looks for due entries every minute.
    void push(qint64 connectionId, qint64 workOrderId = 0, bool now = true);
    /// Reconciliation (R13–R16) in the sync thread with its own connection and network manager
    /// (SyncControllerReconcile.cpp). Emits started/progress/finished like a run of kind
    /// Reconciliation, then reconciliationFinished() with the details. start() with
    /// SyncKind::Reconciliation (the scheduler's job) is reconcile(id, Apply, trigger).
    void reconcile(qint64 connectionId, pms::ReconcileMode mode, const QString &trigger = QStringLiteral("manual"));
    /// Applies exactly the preview @p snapshotId (a dry run, or a run R16 stopped).
    void confirmReconciliation(qint64 connectionId, qint64 snapshotId);

Q_SIGNALS:
    void started(qint64 connectionId, pms::SyncKind kind);
    void progress(const pms::SyncProgress &progress);
    void finished(const pms::SyncOutcome &outcome);
    /// Something in the cache changed (a page applied, a push done): views may refresh.
    void cacheChanged();
    /// The PMS rejected the credentials: the window asks for the secret again.
    void authenticationFailed(qint64 connectionId, const QString &message);
    /// A reconciliation run or confirmation ended (also when refused at once).
    void reconciliationFinished(const pms::ReconcileOutcome &outcome);
    /// A push() ended (SyncControllerPush.cpp): entries pushed, work orders failed or waiting.
    void pushFinished(const pms::PushOutcome &outcome);

    /// Team mode: this desk became or stopped being the runner of @p connectionId; on becoming it,
    /// @p interrupted are the kinds of the runs the previous runner left unfinished.
    void runnerChanged(qint64 connectionId, bool runner, const QList<pms::SyncKind> &interrupted);
    /// Team mode: another desk asked this runner for a run ("Sync now" there).
    void syncRequested(qint64 connectionId, pms::SyncKind kind);
    /// Team mode: start() on a non-runner desk asked @p runner ("DESK (person)"; empty when no
    /// desk runs the connection right now), or could not (@p error).
    void syncRequestSent(qint64 connectionId, const QString &runner, const QString &error);
    /// Team mode: the run another desk runs changed (runId 0: it ended).
    void liveRunChanged(const pms::LiveRun &run);
    /// Team mode: the desks on the cache ("DESK (person)").
    void desksChanged(const QStringList &desks);
    /// Team mode: another desk committed a change (CacheEvents::Tables bits); CacheEvents::changed
    /// follows, so screens need not listen to this.
    void remoteCacheChange(int tables, qint64 workOrderId);

private:
    QThread m_thread;
    SyncWorker *m_worker = nullptr;
    QHash<qint64, QString> m_secrets;
    bool m_running = false;
    ReconcileWorker *reconcileWorker();
    void cancelReconciliation();
    ReconcileWorker *m_reconcileWorker = nullptr;
    PushWorker *pushWorker();
    PushWorker *m_pushWorker = nullptr;
    QString m_dbPath;
    void setUpTeam();
    void tearDownTeam();
    void wantRunner(qint64 connectionId);
    void forwardStart(qint64 connectionId, pms::SyncKind kind, const QString &trigger);
    void onRunnerChanged(qint64 connectionId, bool runner, const QList<pms::SyncKind> &interrupted);
    class TeamLink *m_team = nullptr;
    QSet<qint64> m_runnerOf;
    qint64 m_runningConnection = 0;
};

} // namespace pms
