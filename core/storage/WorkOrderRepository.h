#pragma once

#include "common/Result.h"
#include "domain/WorkOrderTypes.h"

class QSqlQuery;

namespace pms {

class Database;

/// Work orders created and changed in the app, their attachments and their history. Every
/// change goes into the outbox in the same transaction (OutboxRepository), so nothing the user
/// did is lost if the app stops before it reached the PMS.
class WorkOrderRepository
{
public:
    explicit WorkOrderRepository(Database &db) : m_db(db) {}

    /// Inserts an app work order (origin 'app', a fresh client_ref "pmsbridge:<uuid>") and its
    /// 'create' outbox entry. Errors when the property (or unit) is not in the cache.
    Result<qint64> create(const NewWorkOrder &wo);
    /// Applies the changed fields and queues a 'comment' entry describing them. Failed entries
    /// of the work order are retried (the user touched it).
    Status edit(qint64 id, const WorkOrderEdit &edit);
    /// Marks it Completed, records the attachments (already copied by AttachmentStore) and
    /// queues 'close' then one 'upload' per attachment.
    Status complete(qint64 id, const QString &comment, const QList<WorkOrderAttachment> &attachments);

    Result<LocalWorkOrder> get(qint64 id);
    Result<QList<WorkOrderEvent>> events(qint64 id);
    Result<QList<WorkOrderAttachment>> attachments(qint64 id);
    Result<WorkOrderAttachment> attachment(qint64 attachmentId);

    Status addEvent(qint64 id, const QString &kind, const QString &message);
    /// The PMS created it: its id and number.
    Status setPmsId(qint64 id, qint64 pmsId, int number);
    Status setAttachmentUploaded(qint64 attachmentId, qint64 pmsDocId);

    /// Pick lists for the dialogs: active properties of a connection, units of a property,
    /// residents of a property (and unit, when given), by name.
    Result<QList<WorkOrderChoice>> propertyChoices(qint64 connectionId);
    Result<QList<WorkOrderChoice>> unitChoices(qint64 connectionId, qint64 pmsPropertyId);
    Result<QList<WorkOrderChoice>> residentChoices(qint64 connectionId, qint64 pmsPropertyId, qint64 pmsUnitId);

private:
    Result<QList<WorkOrderChoice>> choices(QSqlQuery &q);
    Database &m_db;
};

} // namespace pms
