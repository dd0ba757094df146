#pragma once

#include "ui/common/AppContext.h"
#include "common/Result.h"
#include "sync/ScheduleSpec.h"
#include "sync/SyncTypes.h"

#include <QList>
#include <QObject>
#include <QPair>

#include <memory>

namespace pms {

class Database;

/// Owns what the window's AppContext points to: the GUI thread's cache connection, the
/// SyncController (engine in its worker thread), the secret stores and the Scheduler, whose due
/// jobs it starts (one at a time: a job that comes due while a sync runs waits for its end).
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
    void startNextQueued();

    std::unique_ptr<Database> m_db;
    AppContext m_ctx;
    QList<QPair<qint64, ScheduledJob>> m_queue;
};

} // namespace pms
