#pragma once

#include "sim/JsonWriter.h"
#include "sim/SimRecords.h"

#include <QByteArray>
#include <QList>
#include <QPair>

namespace pms::sim::buildium {

/// A file uploaded through the two-step flow (POST /v1/files/uploadrequests, then the bucket).
struct BuildiumFile
{
    qint64 id = 0, entityId = 0, categoryId = 0, size = 0;
    QString entityType, title, description, physicalFileName, fileName, contentType;
    QByteArray sha256;
    qint64 uploadedAt = 0;
};

/// Turns the simulator's records (the same store the Propertyware API serves) into Buildium Open
/// API v1 JSON, field names and enum values as in ../shared/buildium/openapi.json:
///   SimBuilding  -> RentalMessage          SimUnit     -> RentalUnitMessage
///   SimLease     -> LeaseMessage (+ CurrentTenants, Tenants, MoveOutData)
///   SimContact   -> TenantMessage          SimWorkOrder -> AllTasksMessage and WorkOrderMessage
///   SimPortfolio -> RentalOwnerMessage     SimVendor   -> VendorMessage     SimStaff -> UserMessage
/// A work order's task has the id taskIdOf(workOrder.id); its AssignedToUserId is the staff user
/// whose name is the work order's "managed by".
class BuildiumJson
{
public:
    static constexpr qint64 TaskIdOffset = 10000000;
    static qint64 taskIdOf(qint64 workOrderId) { return workOrderId + TaskIdOffset; }
    static qint64 workOrderIdOf(qint64 taskId) { return taskId - TaskIdOffset; }

    BuildiumJson(const SimStore &store, qint64 nowSecs)
        : m_store(store)
        , m_now(nowSecs)
    { }

    void rental(JsonWriter &w, const SimBuilding &b) const;
    void unit(JsonWriter &w, const SimUnit &u) const;
    void lease(JsonWriter &w, const SimLease &l) const;
    void tenant(JsonWriter &w, const SimContact &c) const;
    /// AllTasksMessage (GET /v1/tasks), ToDoTaskMessage or ResidentRequestTaskMessage (their PUTs).
    enum class TaskShape { All, ToDo, ResidentRequest };
    void task(JsonWriter &w, const SimWorkOrder &wo, TaskShape shape = TaskShape::All) const;
    /// Whether a work order's task is a resident request (its requester is a tenant of its unit).
    bool isResidentRequest(const SimWorkOrder &wo) const;
    void workOrder(JsonWriter &w, const SimWorkOrder &wo) const;
    void owner(JsonWriter &w, const SimPortfolio &p) const;
    void vendor(JsonWriter &w, const SimVendor &v) const;
    void user(JsonWriter &w, const SimStaff &s) const;
    static void file(JsonWriter &w, const BuildiumFile &f);

    /// ApiErrorResponse {UserMessage, ErrorCode, Errors:[{Key, Value}]}.
    static QByteArray errorBody(const QString &errorCode, const QString &userMessage,
        const QList<QPair<QString, QString>> &errors);

    // Values as Buildium names them.
    static QString taskStatus(const QString &pwStatus); // "Open" -> "New", ...
    static QString pwStatus(const QString &taskStatus); // the reverse; empty when unknown
    static QString priority(const QString &pwPriority); // "HIGH" -> "High", "MEDIUM" -> "Normal"; empty if none
    static QString pwPriority(const QString &priority);
    static QString leaseStatus(const SimLease &l, qint64 nowSecs); // Active / Past / Future
    static QString entryAllowed(quint8 authorizeEnter); // Unknown / Yes / No
    /// The staff user (or the integration user) with this name; nullptr when none.
    static const SimStaff *staffByName(const SimStore &s, const QString &name);
    static const SimStaff *staffById(const SimStore &s, qint64 id);
    static qint64 assignedUserId(const SimStore &s, const SimWorkOrder &wo);

private:
    void address(JsonWriter &w, const char *name, const SimAddress &a) const;
    static void phones(JsonWriter &w, std::initializer_list<QPair<qint64, const char *>> numbers);
    static void split(const QString &full, QString &first, QString &last);

    const SimStore &m_store;
    qint64 m_now = 0;
};

} // namespace pms::sim::buildium
