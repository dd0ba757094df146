#pragma once

#include "workorders/WorkOrderPusher.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;

namespace pms {

class Database;

/// The work-order pusher in the sync thread: its own cache connection and network manager, one
/// WorkOrderPusher per connection, and a timer that drains what back-off made due again.
/// Reached only through queued calls from SyncController::push().
class PushWorker : public QObject
{
    Q_OBJECT
public:
    explicit PushWorker(const QString &dbPath);
    ~PushWorker() override;

    /// How often due entries are looked for while the app runs (default one minute).
    void setInterval(int ms) { m_timer.setInterval(ms); }
    /// Team mode: the timer drains only the connections this desk runs (@p runnerOf, then setRunner()).
    void setTeamMode(const QSet<qint64> &runnerOf)
    {
        m_teamMode = true;
        m_runnerOf = runnerOf;
    }

public Q_SLOTS:
    void push(qint64 connectionId, const QString &secret, qint64 workOrderId, bool now);
    void shutdown();
    void setRunner(qint64 connectionId, bool runner);

Q_SIGNALS:
    void finished(const pms::PushOutcome &outcome);
    void workOrderChanged(qint64 workOrderId);
    void authenticationFailed(qint64 connectionId, const QString &message);

private:
    bool initialize();
    void tick();

    QString m_dbPath;
    std::unique_ptr<Database> m_db;
    QNetworkAccessManager *m_nam = nullptr;
    QHash<qint64, WorkOrderPusher *> m_pushers;
    QTimer m_timer;
    bool m_teamMode = false;
    QSet<qint64> m_runnerOf;
};

} // namespace pms
