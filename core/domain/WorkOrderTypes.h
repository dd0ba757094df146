#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace pms {

/// What the user enters for a new work order created in the app (R10).
struct NewWorkOrder
{
    qint64 connectionId = 0;
    qint64 pmsPropertyId = 0;        // the Propertyware building id (required)
    qint64 pmsUnitId = 0;            // 0 = none
    qint64 residentPmsContactId = 0; // 0 = none
    QString description;
    QString category;
    QString priority = QStringLiteral("MEDIUM"); // LOW | MEDIUM | HIGH
    QString authorizeEnter = QStringLiteral("NO"); // NO | ANYTIME | SPECIFIEDTIME
};

/// A change of a work order the user made after creating it; pushed as a task comment.
struct WorkOrderEdit
{
    QString description;
    QString category;
    QString priority;
    QString authorizeEnter;
};

/// One file attached to a work order at completion (R11).
struct WorkOrderAttachment
{
    qint64 id = 0;
    qint64 workOrderId = 0;
    QString kind; // photo | call_log | sms_log | invoice
    QString fileName;
    QString storedPath;
    QString mimeType;
    qint64 sizeBytes = 0;
    qint64 pmsDocId = 0;
    QDateTime addedAt;
    QDateTime uploadedAt;
};

/// The local view of one work order, as the pusher and the dialogs need it.
struct LocalWorkOrder
{
    qint64 id = 0;         // its number, in the window and on the command line
    qint64 connectionId = 0;
    qint64 pmsId = 0;
    qint64 number = 0;     // Propertyware's work-order number, 0 until the PMS gave one
    QString origin;
    qint64 pmsPropertyId = 0;
    qint64 pmsUnitId = 0;
    qint64 residentPmsContactId = 0;
    QString status;
    QString priority;
    QString category;
    QString description;
    QString authorizeEnter;
    QString syncState;
    QString syncError;
    QString clientRef;
    QDateTime createdAt;
    QDateTime completedAt;
};

/// One line of a work order's history (work_order_events).
struct WorkOrderEvent
{
    qint64 id = 0;
    QDateTime at;
    QString kind; // created, edited, completed, pushed, pms_answer, failed, retry ...
    QString message;
};

/// One outbox entry: a change waiting to reach the PMS.
struct OutboxEntry
{
    qint64 id = 0;
    qint64 workOrderId = 0;
    QString op; // create | comment | close | upload
    QJsonObject payload;
    QString state; // pending | in_flight | done | failed
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;
    QDateTime createdAt;
};

/// One entry of a pick list in the work-order dialogs (a property, unit or resident by PMS id).
struct WorkOrderChoice
{
    qint64 pmsId = 0;
    QString name;
};

} // namespace pms
