#pragma once

#include "ui/common/AppContext.h"
#include "common/Result.h"
#include "domain/ScheduleSpec.h"
#include "domain/SyncTypes.h"

#include <QList>
#include <QObject>
#include <QPair>

#include <memory>

namespace pms {

class Database;

/// Owns what the window's AppContext points to: the GUI thread's cache connection, the
/// SyncController (engine in its worker thread), the secret stores and the Scheduler, whose due
/// jobs it starts (one at a time: a job that comes due while a sync runs waits for its end). On a
/// shared PostgreSQL cache only the connection's runner desk runs them (team mode), and runs
/// what other desks ask for.
class AppSession : public QObject
{
    Q_OBJECT
public:
    ~AppSession() override;

    /// Opens (creating and migrating) the cache at @p dbPath. @p secrets: the store to use
    /// (default: the system keychain with a session fallback); the session takes ownership.
    static Result<std::unique_ptr<AppSession>> open(const QString &dbPath, SecretStore *secrets = nullptr);

    AppContext &context() { return m_ctx; }

public Q_SLOTS:
    /// (Re)reads the schedules of every connection into the scheduler.
    void reloadSchedules();
    /// Reads a connection's secret from the stores and hands it to the SyncController.
    void loadSecret(qint64 connectionId);

Q_SIGNALS:
    void secretLoaded(qint64 connectionId, bool found);

private:
    AppSession() = default;
    void onDue(qint64 connectionId, pms::ScheduledJob job);
    void enqueue(qint64 connectionId, pms::SyncKind kind, const QString &trigger);
    void startNextQueued();
    void onRunnerChanged(qint64 connectionId, bool runner, const QList<pms::SyncKind> &interrupted);

    struct QueuedRun
    {
        qint64 connectionId = 0;
        SyncKind kind = SyncKind::Incremental;
        QString trigger;
        bool operator==(const QueuedRun &o) const { return connectionId == o.connectionId && kind == o.kind; }
    };

    std::unique_ptr<Database> m_db;
    AppContext m_ctx;
    QList<QueuedRun> m_queue;
};

} // namespace pms
