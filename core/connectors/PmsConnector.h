#pragma once

#include "connectors/ConnectorTypes.h"
#include "domain/WorkOrderTypes.h"

#include <QJsonObject>
#include <QObject>

namespace pms {

/// The records of one sync step, page by page. A page is delivered whole or not at all; finished()
/// comes once, then the pager deletes itself.
class RecordPager : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    /// Stops; finished() follows with code "cancelled".
    virtual void cancel() = 0;

Q_SIGNALS:
    void page(const pms::RecordPage &page);
    void warning(const QString &message);
    void finished(const pms::Status &status);
};

/// One request-shaped piece of work of a connector (a connection test). finished() comes once,
/// then the job deletes itself.
class ConnectorJob : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    /// A multi-request push reached a point worth keeping (e.g. Propertyware made the task a
    /// comment goes to): the outbox entry's payload to resume from if the rest fails.
    void checkpoint(const QJsonObject &payload);
    void finished(const pms::ConnectorReply &reply);
};

/// What the sync engine, reconciliation and the connection form need from a PMS. One per
/// connection and run, in the thread of the QNetworkAccessManager it was made with
/// (ConnectorRegistry::create). Implementations live in core/connectors/<pms>/; nothing outside
/// those folders (and the simulators) builds an HTTP request to a PMS.
class PmsConnector : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    /// The registry key ("propertyware", "buildium").
    virtual QString kind() const = 0;
    /// One authenticated call (a refused key or secret fails with code "auth", and the words say
    /// which field to fix), then what R5's gate needs to know about the integration user.
    virtual ConnectorJob *testConnection() = 0;
    /// The normalized records of @p step changed in @p window (a full window: all of them).
    virtual RecordPager *pages(RecordStep step, const SyncWindow &window) = 0;
    /// "Propertyware", "Buildium": how messages name the PMS.
    virtual QString displayName() const = 0;

    // The work-order outbox (R10–R12). Every job's reply status uses the words of a sync's errors;
    // "validation" (and 4xx) failures are permanent, "auth" stops the drain, the rest is retried.
    /// Creates @p wo, tagged with its client_ref so it can be found again (reply.pmsId, number).
    virtual ConnectorJob *createWorkOrder(const LocalWorkOrder &wo) = 0;
    /// Looks for @p wo made by an earlier attempt (its tag), changed since @p since: reply.pmsId,
    /// 0 when the PMS does not have it.
    virtual ConnectorJob *findWorkOrder(const LocalWorkOrder &wo, const QDateTime &since) = 0;
    /// Sends an edit made in the app (@p text says what changed). @p payload is the outbox entry's,
    /// with what an earlier attempt's checkpoint() kept.
    virtual ConnectorJob *sendChange(const LocalWorkOrder &wo, const QString &text, const QJsonObject &payload) = 0;
    /// Closes (completes) the work order; @p payload is the outbox entry's (e.g. a comment).
    virtual ConnectorJob *closeWorkOrder(const LocalWorkOrder &wo, const QJsonObject &payload) = 0;
    /// Uploads one attachment of the work order (reply.pmsId: the PMS's document or file id).
    virtual ConnectorJob *uploadAttachment(const LocalWorkOrder &wo, const WorkOrderAttachment &attachment) = 0;

    /// Cancels every job and pager still running.
    virtual void cancelAll() = 0;
};

} // namespace pms
