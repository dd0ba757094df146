#pragma once

#include "BuildiumJson.h"
#include "sim/SimApi.h"
#include "sim/SimDataset.h"

#include <QHash>
#include <QMutex>
#include <QUrl>
#include <functional>
#include <memory>
#include <vector>

namespace pms::sim::buildium {

/// The Buildium Open API v1 endpoints PMS Bridge uses, over the same SimDataset the Propertyware
/// API serves (so both simulators hold the same portfolio), coded to ../shared/buildium/openapi.json:
///
///   GET  /v1/rentals, /v1/rentals/units, /v1/leases, /v1/leases/tenants, /v1/tasks, /v1/workorders,
///        /v1/rentals/owners, /v1/vendors, /v1/users, /v1/files, /v1/files/categories, and each /{id}
///   POST /v1/workorders (WorkOrderPostMessage, with a new Task or an existing TaskId)
///   PUT  /v1/workorders/{id} (WorkOrderPutMessage), /v1/tasks/todorequests/{id} and
///        /v1/tasks/residentrequests/{id} (a task's status: how a work order is closed)
///   POST /v1/files/uploadrequests (FileUploadPostMessage -> FileUploadTicketMessage), then the
///        ticket's BucketUrl (/bucket/{key}, multipart: the FormData fields in order, "file" last,
///        204; no API key, the ticket is the authorization; expires after 5 minutes)
///
/// Every /v1 request needs x-buildium-client-id and x-buildium-client-secret (else 401 with an
/// ApiErrorResponse). Collections: limit 1..1000 (default 50), offset, X-Total-Count, orderby
/// ("Id asc", "LastUpdatedDateTime desc"), lastupdatedfrom/lastupdatedto (date-times in UTC,
/// YYYY-MM-DDTHH:MM:SSZ; plain dates YYYY-MM-DD for tasks and work orders, as the file says), and
/// each collection's filters (status, propertyids, statuses, assignedtoid, taskids, ...).
class BuildiumApi
{
public:
    static constexpr const char *BucketPath = "/bucket/";
    static constexpr qint64 FileBase = 4000001;
    static constexpr int TicketLifetimeSecs = 300;

    BuildiumApi(SimDataset &data, const SimOptions &options);

    /// Where the upload tickets point (the server's root URL, e.g. http://127.0.0.1:PORT).
    void setRootUrl(const QUrl &root) { m_root = root; }

    /// @p request.path is the full path, e.g. "/v1/rentals/units/1000003" or "/bucket/KEY".
    SimResponse handle(const SimRequest &request, int pageShift = 0);

    /// The fault-plan route of a path: rentals, units, leases, tenants, tasks, workorders, owners,
    /// vendors, users, files, bucket.
    static QString routeOf(const QString &path);
    static bool isCollectionGet(const QByteArray &method, const QString &path);
    /// The permission a route needs, as the file names it ("Maintenance > Work Orders").
    static QString permissionOf(const QString &route);
    /// An ApiErrorResponse with one {Key, Value}.
    static SimResponse error(int status, const QString &key, const QString &value);
    /// The 403 the API sends when the key lacks the route's permission: names it.
    static SimResponse forbidden(const QString &route, const QByteArray &method);

    QList<BuildiumFile> files() const;

private:
    enum class Coll { Rentals, Units, Leases, Tenants, Tasks, WorkOrders, Owners, Vendors, Users };
    struct Query;
    std::optional<SimResponse> checkAuth(const SimRequest &r) const;
    SimResponse collection(Coll c, const SimRequest &r, int pageShift);
    SimResponse single(Coll c, const QString &idText) const;
    SimResponse createWorkOrder(const SimRequest &r);
    SimResponse updateWorkOrder(const QString &idText, const SimRequest &r);
    SimResponse updateTask(const QString &idText, const SimRequest &r, bool resident);
    SimResponse uploadRequest(const SimRequest &r);
    SimResponse bucket(const QString &key, const SimRequest &r);
    SimResponse listFiles(const SimRequest &r) const;
    SimResponse categories() const;
    std::optional<SimResponse> jsonBody(const SimRequest &r, QJsonObject &out) const;

    struct Ticket
    {
        QString key, physicalFileName, fileName, title, description, entityType;
        qint64 entityId = 0, categoryId = 0, expiresAt = 0;
        QList<QPair<QString, QString>> formData;
    };

    SimDataset &m_data;
    SimOptions m_options;
    QUrl m_root;
    mutable QMutex m_mutex; // tickets, files, the view cache
    QHash<QString, Ticket> m_tickets;
    QList<BuildiumFile> m_files;
    quint64 m_ticketSerial = 0;
    struct CachedView
    {
        QString key;
        quint64 version = 0;
        std::shared_ptr<const std::vector<int>> view;
    };
    QList<CachedView> m_cache;
};

} // namespace pms::sim::buildium
