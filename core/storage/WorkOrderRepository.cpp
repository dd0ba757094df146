#include "WorkOrderRepository.h"

#include "common/CacheEvents.h"

#include "Database.h"
#include "OutboxRepository.h"
#include "common/Clock.h"
#include "common/Json.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace pms {

namespace {

QVariant ts(const QDateTime &dt)
{
    return dt.isValid() ? QVariant(json::formatDateTime(dt)) : QVariant();
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QString tr(const char *text)
{
    return QCoreApplication::translate("pms::WorkOrderRepository", text);
}

} // namespace

Result<qint64> WorkOrderRepository::create(const NewWorkOrder &wo)
{
    if (wo.pmsPropertyId <= 0)
        return Error(tr("Choose the property of the work order."), QStringLiteral("validation"));
    if (wo.description.trimmed().isEmpty())
        return Error(tr("Describe the work to be done."), QStringLiteral("validation"));
    QSqlQuery &p = m_db.prepare(QStringLiteral(
        "SELECT id, manager_user_id FROM properties WHERE connection_id=? AND pms_id=?"));
    p.addBindValue(wo.connectionId);
    p.addBindValue(wo.pmsPropertyId);
    if (Status s = Database::exec(p, "find property"); !s.ok())
        return s.error();
    if (!p.next())
        return Error(tr("Property %1 is not in the cache; run a sync first.").arg(wo.pmsPropertyId), QStringLiteral("validation"));
    const qint64 propertyId = p.value(0).toLongLong();
    const QVariant manager = p.value(1);
    p.finish();
    QVariant unitId;
    if (wo.pmsUnitId > 0) {
        QSqlQuery &u = m_db.prepare(QStringLiteral("SELECT id FROM units WHERE connection_id=? AND pms_id=? AND pms_property_id=?"));
        u.addBindValue(wo.connectionId);
        u.addBindValue(wo.pmsUnitId);
        u.addBindValue(wo.pmsPropertyId);
        if (Status s = Database::exec(u, "find unit"); !s.ok())
            return s.error();
        if (!u.next())
            return Error(tr("Unit %1 is not a unit of property %2 in the cache.").arg(wo.pmsUnitId).arg(wo.pmsPropertyId),
                         QStringLiteral("validation"));
        unitId = u.value(0);
        u.finish();
    }
    QVariant residentId;
    QString requestedBy; // the resident who asked, as the PMS fills "Requested by" for its own
    if (wo.residentPmsContactId > 0) {
        QSqlQuery &r = m_db.prepare(QStringLiteral(
            "SELECT id, coalesce(first_name, ''), coalesce(last_name, '') FROM residents WHERE connection_id=? AND pms_contact_id=?"));
        r.addBindValue(wo.connectionId);
        r.addBindValue(wo.residentPmsContactId);
        if (Database::exec(r, "find resident").ok() && r.next()) {
            residentId = r.value(0);
            requestedBy = QStringList{r.value(1).toString().trimmed(), r.value(2).toString().trimmed()}
                              .join(QLatin1Char(' ')).trimmed();
        }
        r.finish();
    }

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status().error();
    const QString now = json::formatDateTime(Clock::instance()->nowUtc());
    const QString ref = QStringLiteral("pmsbridge:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "INSERT INTO work_orders (connection_id, origin, pms_property_id, pms_unit_id, property_id, unit_id, resident_id, "
        "resident_pms_contact_id, manager_user_id, status, priority, category, description, authorize_enter, requested_by, linked, "
        "sync_state, client_ref, created_at, updated_at) VALUES (?,'app',?,?,?,?,?,?,?,'Open',?,?,?,?,?,1,'pending',?,?,?) RETURNING id"));
    q.addBindValue(wo.connectionId);
    q.addBindValue(wo.pmsPropertyId);
    q.addBindValue(idOrNull(wo.pmsUnitId));
    q.addBindValue(propertyId);
    q.addBindValue(unitId);
    q.addBindValue(residentId);
    q.addBindValue(idOrNull(wo.residentPmsContactId));
    q.addBindValue(manager);
    q.addBindValue(wo.priority.isEmpty() ? QStringLiteral("MEDIUM") : wo.priority.toUpper());
    q.addBindValue(nn(wo.category));
    q.addBindValue(wo.description.trimmed());
    q.addBindValue(wo.authorizeEnter.isEmpty() ? QStringLiteral("NO") : wo.authorizeEnter.toUpper());
    q.addBindValue(nn(requestedBy));
    q.addBindValue(ref);
    q.addBindValue(now);
    q.addBindValue(now);
    if (Status s = Database::exec(q, "create work order"); !s.ok())
        return s.error();
    const qint64 id = Database::returnedId(q);
    if (auto e = OutboxRepository(m_db).enqueue(id, QStringLiteral("create")); !e.ok())
        return e.error();
    if (Status s = addEvent(id, QStringLiteral("created"), tr("Created in PMS Bridge.")); !s.ok())
        return s.error();
    if (Status s = tx.commit(); !s.ok())
        return s.error();
    CacheEvents::notify(CacheEvents::WorkOrders, id);
    return id;
}

Status WorkOrderRepository::edit(qint64 id, const WorkOrderEdit &edit)
{
    auto current = get(id);
    if (!current.ok())
        return current.error();
    const LocalWorkOrder &w = current.value();
    QStringList changes;
    auto note = [&](const QString &label, const QString &before, const QString &after) {
        if (!after.isNull() && after != before)
            changes << tr("%1: \"%2\" → \"%3\"").arg(label, before, after);
    };
    note(tr("Description"), w.description, edit.description.isNull() ? QString() : edit.description.trimmed());
    note(tr("Category"), w.category, edit.category);
    note(tr("Priority"), w.priority, edit.priority.isNull() ? QString() : edit.priority.toUpper());
    note(tr("Permission to enter"), w.authorizeEnter, edit.authorizeEnter.isNull() ? QString() : edit.authorizeEnter.toUpper());
    if (changes.isEmpty())
        return {};
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status();
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "UPDATE work_orders SET description=COALESCE(?,description), category=COALESCE(?,category), "
        "priority=COALESCE(?,priority), authorize_enter=COALESCE(?,authorize_enter), updated_at=? WHERE id=?"));
    q.addBindValue(edit.description.isNull() ? QVariant() : QVariant(edit.description.trimmed()));
    q.addBindValue(edit.category.isNull() ? QVariant() : QVariant(edit.category));
    q.addBindValue(edit.priority.isNull() ? QVariant() : QVariant(edit.priority.toUpper()));
    q.addBindValue(edit.authorizeEnter.isNull() ? QVariant() : QVariant(edit.authorizeEnter.toUpper()));
    q.addBindValue(json::formatDateTime(Clock::instance()->nowUtc()));
    q.addBindValue(id);
    if (Status s = Database::exec(q, "edit work order"); !s.ok())
        return s;
    OutboxRepository outbox(m_db);
    if (auto r = outbox.retryFailed(w.connectionId, id); !r.ok())
        return r.error();
    const QString text = tr("Changed in PMS Bridge: %1").arg(changes.join(QStringLiteral("; ")));
    if (auto e = outbox.enqueue(id, QStringLiteral("comment"), QJsonObject{{QStringLiteral("text"), text}}); !e.ok())
        return e.error();
    if (Status s = addEvent(id, QStringLiteral("edited"), changes.join(QStringLiteral("; "))); !s.ok())
        return s;
    if (Status s = tx.commit(); !s.ok())
        return s;
    CacheEvents::notify(CacheEvents::WorkOrders, id);
    return {};
}

Status WorkOrderRepository::complete(qint64 id, const QString &comment, const QList<WorkOrderAttachment> &attachments)
{
    auto current = get(id);
    if (!current.ok())
        return current.error();
    if (current->status == QLatin1String("Completed") || current->status == QLatin1String("Closed"))
        return Error(tr("Work order %1 is already completed.").arg(id), QStringLiteral("validation"));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status();
    const QDateTime now = Clock::instance()->nowUtc();
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "UPDATE work_orders SET status='Completed', completed_at=?, updated_at=? WHERE id=?"));
    q.addBindValue(ts(now));
    q.addBindValue(ts(now));
    q.addBindValue(id);
    if (Status s = Database::exec(q, "complete work order"); !s.ok())
        return s;
    OutboxRepository outbox(m_db);
    if (auto r = outbox.retryFailed(current->connectionId, id); !r.ok())
        return r.error();
    QJsonObject close{{QStringLiteral("completedDate"), json::formatDate(now.date())}};
    if (!comment.trimmed().isEmpty())
        close.insert(QStringLiteral("comments"), comment.trimmed());
    if (auto e = outbox.enqueue(id, QStringLiteral("close"), close); !e.ok())
        return e.error();
    QSqlQuery &a = m_db.prepare(QStringLiteral(
        "INSERT INTO work_order_attachments (work_order_id, kind, file_name, stored_path, mime_type, size_bytes, added_at) "
        "VALUES (?,?,?,?,?,?,?) RETURNING id"));
    for (const WorkOrderAttachment &att : attachments) {
        a.addBindValue(id);
        a.addBindValue(att.kind);
        a.addBindValue(att.fileName);
        a.addBindValue(att.storedPath);
        a.addBindValue(att.mimeType.isEmpty() ? QStringLiteral("application/octet-stream") : att.mimeType);
        a.addBindValue(att.sizeBytes);
        a.addBindValue(ts(now));
        if (Status s = Database::exec(a, "add attachment"); !s.ok())
            return s;
        const qint64 attId = Database::returnedId(a);
        if (auto e = outbox.enqueue(id, QStringLiteral("upload"), QJsonObject{{QStringLiteral("attachmentId"), attId}}); !e.ok())
            return e.error();
    }
    // The closing comment goes into the history too: the detail pane, `workorder show` and the
    // history all show it, not only the PMS.
    QString message = QCoreApplication::translate("pms::WorkOrderRepository", "Completed in PMS Bridge with %n attachment(s).",
                                                  nullptr, int(attachments.size()));
    if (!comment.trimmed().isEmpty())
        message += QLatin1Char(' ')
            + QCoreApplication::translate("pms::WorkOrderRepository", "Closing comment: %1").arg(comment.trimmed());
    if (Status s = addEvent(id, QStringLiteral("completed"), message); !s.ok())
        return s;
    if (Status s = tx.commit(); !s.ok())
        return s;
    CacheEvents::notify(CacheEvents::WorkOrders, id);
    return {};
}

Result<LocalWorkOrder> WorkOrderRepository::get(qint64 id)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT id, connection_id, pms_id, origin, pms_property_id, pms_unit_id, resident_pms_contact_id, status, priority, "
        "category, description, authorize_enter, sync_state, sync_error, client_ref, created_at, completed_at, number "
        "FROM work_orders WHERE id=?"));
    q.addBindValue(id);
    if (Status s = Database::exec(q, "read work order"); !s.ok())
        return s.error();
    if (!q.next())
        return Error(tr("There is no work order %1.").arg(id), QStringLiteral("not-found"));
    LocalWorkOrder w;
    w.id = q.value(0).toLongLong();
    w.connectionId = q.value(1).toLongLong();
    w.pmsId = q.value(2).toLongLong();
    w.origin = q.value(3).toString();
    w.pmsPropertyId = q.value(4).toLongLong();
    w.pmsUnitId = q.value(5).toLongLong();
    w.residentPmsContactId = q.value(6).toLongLong();
    w.status = q.value(7).toString();
    w.priority = q.value(8).toString();
    w.category = q.value(9).toString();
    w.description = q.value(10).toString();
    w.authorizeEnter = q.value(11).toString();
    w.syncState = q.value(12).toString();
    w.syncError = q.value(13).toString();
    w.clientRef = q.value(14).toString();
    w.createdAt = json::parseDateTime(q.value(15).toString());
    w.completedAt = json::parseDateTime(q.value(16).toString());
    w.number = q.value(17).toLongLong();
    q.finish();
    return w;
}

Result<QList<WorkOrderEvent>> WorkOrderRepository::events(qint64 id)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT id, at, kind, message FROM work_order_events WHERE work_order_id=? ORDER BY id"));
    q.addBindValue(id);
    if (Status s = Database::exec(q, "read work order history"); !s.ok())
        return s.error();
    QList<WorkOrderEvent> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), json::parseDateTime(q.value(1).toString()), q.value(2).toString(), q.value(3).toString()});
    return out;
}

namespace {
WorkOrderAttachment readAttachment(const QSqlQuery &q)
{
    WorkOrderAttachment a;
    a.id = q.value(0).toLongLong();
    a.workOrderId = q.value(1).toLongLong();
    a.kind = q.value(2).toString();
    a.fileName = q.value(3).toString();
    a.storedPath = q.value(4).toString();
    a.mimeType = q.value(5).toString();
    a.sizeBytes = q.value(6).toLongLong();
    a.pmsDocId = q.value(7).toLongLong();
    a.addedAt = json::parseDateTime(q.value(8).toString());
    a.uploadedAt = json::parseDateTime(q.value(9).toString());
    return a;
}
const char *AttColumns = "id, work_order_id, kind, file_name, stored_path, mime_type, size_bytes, pms_doc_id, added_at, uploaded_at";
} // namespace

Result<QList<WorkOrderAttachment>> WorkOrderRepository::attachments(qint64 id)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT %1 FROM work_order_attachments WHERE work_order_id=? ORDER BY id")
                                    .arg(QLatin1String(AttColumns)));
    q.addBindValue(id);
    if (Status s = Database::exec(q, "read attachments"); !s.ok())
        return s.error();
    QList<WorkOrderAttachment> out;
    while (q.next())
        out.append(readAttachment(q));
    return out;
}

Result<WorkOrderAttachment> WorkOrderRepository::attachment(qint64 attachmentId)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT %1 FROM work_order_attachments WHERE id=?").arg(QLatin1String(AttColumns)));
    q.addBindValue(attachmentId);
    if (Status s = Database::exec(q, "read attachment"); !s.ok())
        return s.error();
    if (!q.next())
        return Error(tr("The attachment %1 is gone from the cache.").arg(attachmentId), QStringLiteral("not-found"));
    WorkOrderAttachment a = readAttachment(q);
    q.finish();
    return a;
}

Status WorkOrderRepository::addEvent(qint64 id, const QString &kind, const QString &message)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("INSERT INTO work_order_events (work_order_id, at, kind, message) VALUES (?,?,?,?)"));
    q.addBindValue(id);
    q.addBindValue(json::formatDateTime(Clock::instance()->nowUtc()));
    q.addBindValue(kind);
    q.addBindValue(nn(message));
    return Database::exec(q, "add work order event");
}

Status WorkOrderRepository::setPmsId(qint64 id, qint64 pmsId, int number)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("UPDATE work_orders SET pms_id=?, number=COALESCE(?, number) WHERE id=?"));
    q.addBindValue(pmsId);
    q.addBindValue(number > 0 ? QVariant(number) : QVariant());
    q.addBindValue(id);
    return Database::exec(q, "store PMS work order id");
}

Status WorkOrderRepository::setAttachmentUploaded(qint64 attachmentId, qint64 pmsDocId)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("UPDATE work_order_attachments SET pms_doc_id=?, uploaded_at=? WHERE id=?"));
    q.addBindValue(idOrNull(pmsDocId));
    q.addBindValue(json::formatDateTime(Clock::instance()->nowUtc()));
    q.addBindValue(attachmentId);
    return Database::exec(q, "mark attachment uploaded");
}

Result<QList<WorkOrderChoice>> WorkOrderRepository::choices(QSqlQuery &q)
{
    if (Status s = Database::exec(q, "read choices"); !s.ok())
        return s.error();
    QList<WorkOrderChoice> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString()});
    return out;
}

Result<QList<WorkOrderChoice>> WorkOrderRepository::propertyChoices(qint64 connectionId)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT pms_id, n FROM (SELECT pms_id, COALESCE(NULLIF(local_name,''), NULLIF(name,''), 'Property ' || pms_id) AS n "
        "FROM properties WHERE connection_id=? AND active=1) c ORDER BY ") + m_db.dialect().caseInsensitive(QStringLiteral("n")));
    q.addBindValue(connectionId);
    return choices(q);
}

Result<QList<WorkOrderChoice>> WorkOrderRepository::unitChoices(qint64 connectionId, qint64 pmsPropertyId)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT pms_id, n FROM (SELECT pms_id, COALESCE(NULLIF(local_name,''), NULLIF(name,''), 'Unit ' || pms_id) AS n "
        "FROM units WHERE connection_id=? AND pms_property_id=? AND active=1) c ORDER BY ")
        + m_db.dialect().caseInsensitive(QStringLiteral("n")));
    q.addBindValue(connectionId);
    q.addBindValue(pmsPropertyId);
    return choices(q);
}

Result<QList<WorkOrderChoice>> WorkOrderRepository::residentChoices(qint64 connectionId, qint64 pmsPropertyId, qint64 pmsUnitId)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT pms_contact_id, n FROM (SELECT pms_contact_id, trim(first_name || ' ' || last_name) AS n FROM residents "
        "WHERE connection_id=? AND pms_property_id=? AND (? = 0 OR pms_unit_id = ?)) c ORDER BY ")
        + m_db.dialect().caseInsensitive(QStringLiteral("n")));
    q.addBindValue(connectionId);
    q.addBindValue(pmsPropertyId);
    q.addBindValue(pmsUnitId);
    q.addBindValue(pmsUnitId);
    return choices(q);
}

} // namespace pms
