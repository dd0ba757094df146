#pragma once

#include "SimDataset.h"
#include "SimQuery.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QUrlQuery>
#include <memory>

namespace pms::sim {

using SimHeaders = QList<QPair<QByteArray, QByteArray>>;

/// One HTTP request, as the simulator sees it (independent of the HTTP server, so it can be tested).
struct SimRequest
{
    QByteArray method; // "GET", "POST", ...
    QString path; // below /pw/api/rest/v1, e.g. "/units/1000003"
    QUrlQuery query;
    SimHeaders headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const; // case-insensitive; empty if absent
};

struct SimResponse
{
    int status = 200;
    QByteArray contentType = "application/json;charset=UTF-8";
    SimHeaders headers;
    QByteArray body;

    static SimResponse json(int status, QByteArray body);
    /// An ErrorResponse {errorCode, errors:[{key, message}], userMessage}.
    static SimResponse error(int status, const QString &key, const QString &message);
};

/// The Propertyware REST v1 endpoints the bridge uses, over a SimDataset:
///   GET  /health, /portfolios, /buildings, /units, /leases, /contacts, /workorders, /vendors, /docs
///   GET  /<collection>/{id}, /workorders/{id}/tasks
///   POST /workorders, /workorders/{id}/tasks, /workorders/{id}/tasks/{taskId}/comments,
///        /docs?entityType=..&entityId=.. (multipart/form-data, part "file")
///   PUT  /workorders/closeworkorder/{id}
/// Every request needs the three x-propertyware-* headers (else 401 with an ErrorResponse).
class SimApi
{
public:
    SimApi(SimDataset &data, const SimOptions &options);

    /// @p pageShift > 0: after serving a collection page, insert that many records before the
    /// next offset (the pageshift fault).
    SimResponse handle(const SimRequest &request, int pageShift = 0);

    /// "units" for "/units/12"; the fault-plan route of a path.
    static QString routeOf(const QString &path);
    static bool isCollectionGet(const QByteArray &method, const QString &path);

private:
    std::optional<SimResponse> checkAuth(const SimRequest &r) const;
    SimResponse health(qint64 now) const;
    SimResponse collection(Entity entity, const SimRequest &r, int pageShift);
    SimResponse single(Entity entity, const QString &idText) const;
    SimResponse createWorkOrder(const SimRequest &r);
    SimResponse closeWorkOrder(const QString &idText, const SimRequest &r);
    SimResponse listTasks(const QString &idText) const;
    SimResponse createTask(const QString &idText, const SimRequest &r);
    SimResponse addComment(const QString &idText, const QString &taskText, const SimRequest &r);
    SimResponse uploadDocument(const SimRequest &r);
    std::optional<SimResponse> jsonBody(const SimRequest &r, QJsonObject &out) const;

    struct CachedView
    {
        QString key;
        quint64 version = 0;
        std::shared_ptr<const std::vector<int>> view;
    };
    std::shared_ptr<const std::vector<int>> cachedView(const QString &key, quint64 version);
    void storeView(const QString &key, quint64 version, std::shared_ptr<const std::vector<int>> view);

    SimDataset &m_data;
    SimOptions m_options;
    QMutex m_cacheMutex;
    QList<CachedView> m_cache; // most recent first
};

} // namespace pms::sim
