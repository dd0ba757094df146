#pragma once

#include "common/ConnectionInfo.h"
#include "common/Result.h"
#include "pms/PmsTypes.h"
#include "domain/WorkOrderTypes.h"

#include <QJsonDocument>
#include <QMetaType>
#include <QElapsedTimer>
#include <QObject>
#include <QSet>

class QNetworkAccessManager;

namespace pms {

class Database;
class PmsConnector;

/// What one drain of the outbox did.
struct PushOutcome
{
    qint64 connectionId = 0;
    int pushed = 0;      // outbox entries the PMS accepted
    int failed = 0;      // work orders left failed (a 400, credentials, a missing file ...)
    int waiting = 0;     // work orders left pending (a transient error; retried with back-off)
    QString authError;   // non-empty when the PMS rejected the credentials
    QString gateError;   // non-empty when work-order sync is off for the connection (R5)
    QString configError; // non-empty when nothing could be sent: the base URL is refused (nothing was changed)
    bool timedOut = false; // set by a caller that stopped waiting for the drain
};

/// Pushes the work-order outbox to the connection's PMS (R10–R12) through its connector
/// (PmsConnector: createWorkOrder, sendChange, closeWorkOrder, uploadAttachment, findWorkOrder),
/// one work order after the other and each work order's entries in order.
///
/// Transient errors (network, timeout, 5xx, rate limit) put the entry back with back-off
/// (next_attempt_at). 4xx answers and missing files fail the entry until the user edits the
/// work order or presses Sync Now; a 401 fails it with the credentials message, and the next
/// drain retries it. A create that may have reached the PMS (attempts > 0: an "uncertain"
/// answer, or a crash while in flight) is first looked up by its tag (the connector's
/// findWorkOrder) so it is never created twice.
///
/// While work-order sync is off for the connection (R5: its integration email is not its PMS
/// user's), nothing is sent: the due entries fail with that reason ("gate") and go again once the
/// emails agree. After the PMS refused the credentials, drains from the timer (@p now false) wait
/// for setSecret(); Sync Now tries again at once.
///
/// Lives in one thread (the sync worker's, or the command line's main thread); not re-entrant:
/// start() while busy only widens the next drain.
class WorkOrderPusher : public QObject
{
    Q_OBJECT
public:
    WorkOrderPusher(Database &db, QNetworkAccessManager *nam, const ConnectionInfo &connection, const QString &secret,
                    QObject *parent = nullptr);
    ~WorkOrderPusher() override;

    void setClientOptions(const ClientOptions &options);
    void setSecret(const QString &secret);
    bool isBusy() const { return m_busy; }

    /// The delay before attempt @p attempts + 1 after a transient failure: 30 s doubling, at most 1 h.
    static qint64 backoffSecs(int attempts);

public Q_SLOTS:
    /// Drains what is due. @p workOrderId > 0: only that work order. @p now: ignore back-off, and
    /// retry entries that failed (Sync Now). Entries that failed on credentials are always retried.
    void start(qint64 workOrderId = 0, bool now = false);

Q_SIGNALS:
    void finished(const pms::PushOutcome &outcome);
    /// A work order's sync state or history changed (views refresh).
    void workOrderChanged(qint64 workOrderId);

private:
    void holdAtGate(const QString &integrationEmail, const QString &pmsUserEmail);
    void nextWorkOrder();
    void pushHead();
    void lookUpThenCreate(const OutboxEntry &entry, const LocalWorkOrder &wo);
    void postCreate(const OutboxEntry &entry, const LocalWorkOrder &wo);
    void pushComment(const OutboxEntry &entry, const LocalWorkOrder &wo);
    void pushClose(const OutboxEntry &entry, const LocalWorkOrder &wo);
    void pushUpload(const OutboxEntry &entry, const LocalWorkOrder &wo);
    void succeeded(const OutboxEntry &entry, const QString &message);
    void failedWith(const OutboxEntry &entry, const Error &error);
    void finishWorkOrder();
    void finishDrain();
    /// The connection's connector, made on first use (nullptr when the cache names a PMS this
    /// build does not know; start() says so before).
    PmsConnector *connector();

    Database &m_db;
    QNetworkAccessManager *m_nam;
    ConnectionInfo m_connection;
    QString m_secret;
    ClientOptions m_options;
    PmsConnector *m_connector = nullptr;
    bool m_connectorStale = false; // the secret changed while a drain ran: a new connector for the next one
    QString m_pmsName;
    bool m_busy = false;
    bool m_stopping = false;
    bool m_recovered = false;
    bool m_authFailed = false; // the PMS refused m_secret: timer drains wait for a new one
    bool m_again = false;
    qint64 m_againId = 0;
    bool m_againNow = false;
    QList<qint64> m_queue;
    qint64 m_current = 0;
    QSet<qint64> m_retriedOnce;
    QElapsedTimer m_drainClock;
    PushOutcome m_outcome;
};

} // namespace pms

Q_DECLARE_METATYPE(pms::PushOutcome)
