#pragma once

#include "storage/TeamRepository.h"
#include "domain/SyncTypes.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QSqlDriver>
#include <QStringList>
#include <QTimer>

#include <memory>

namespace pms {

class Database;

/// Team mode's link of one desk to a shared PostgreSQL cache (see ARCHITECTURE.md "Team mode").
/// Lives in the sync thread with a database session of its own, which it keeps for the life of
/// the window: that session holds the runner locks of the connections this desk runs (the server
/// releases them when the session dies, so a crashed or cut-off desk is replaced), hears "Sync
/// now" requests and other desks' changes (LISTEN), and reads what the other desks do (the live
/// run, who is on the cache). Looks again every tick (2 s; $PMSBRIDGE_TEAM_TICK_MS): a desk that
/// wants a runner lock asks for it then, so a dead runner is replaced within a tick of the server
/// dropping its session. Not used on SQLite (one desk).
class TeamLink : public QObject
{
    Q_OBJECT
public:
    explicit TeamLink(const QString &dbPath, QObject *parent = nullptr);
    ~TeamLink() override;

    /// True when @p dbPath is a cache several desks can share (a PostgreSQL URL).
    static bool isTeamCache(const QString &dbPath);
    static int tickMs();

public Q_SLOTS:
    void initialize();
    /// Competes for the runner lock of @p connectionId (a desk does once it has its secret).
    void want(qint64 connectionId);
    /// Asks the runner of @p connectionId for a run of @p kind (a request row and a NOTIFY).
    void requestSync(qint64 connectionId, pms::SyncKind kind);
    /// Tells the other desks that this desk committed a change (CacheEvents::Tables bits).
    void sendChange(int tables, qint64 workOrderId);
    void shutdown();

Q_SIGNALS:
    /// This desk became (true) or stopped being (false) the runner of @p connectionId. On
    /// becoming it, @p interrupted are the kinds of the runs the previous runner left unfinished.
    void runnerChanged(qint64 connectionId, bool runner, const QList<pms::SyncKind> &interrupted);
    /// Another desk asked this runner for a run.
    void syncRequested(qint64 connectionId, pms::SyncKind kind);
    /// requestSync() ended: @p runner is who was asked ("DESK (person)"), or @p error why not.
    void requestSent(qint64 connectionId, const QString &runner, const QString &error);
    /// The run another desk is running for @p run.connectionId changed (runId 0: it ended).
    void liveRunChanged(const pms::LiveRun &run);
    /// The desks on the cache ("DESK (person)"), this one included.
    void desksChanged(const QStringList &desks);
    /// Another desk committed a change (CacheEvents::Tables bits).
    void remoteChange(int tables, qint64 workOrderId);

private:
    bool ensureOpen();
    void drop(const QString &why);
    void tick();
    void takeRequests(qint64 connectionId);
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);

    QString m_dbPath;
    std::unique_ptr<Database> m_db;
    QTimer *m_timer = nullptr;
    QSet<qint64> m_wanted, m_held;
    QHash<qint64, LiveRun> m_live;
    QStringList m_desks;
    QString m_syncChannel, m_changeChannel;
};

} // namespace pms
