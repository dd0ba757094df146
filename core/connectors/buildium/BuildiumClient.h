#pragma once

#include "BuildiumRequest.h"
#include "BuildiumTypes.h"
#include "pms/RetryPolicy.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace pms::buildium {

class BuildiumListJob;
class BuildiumPager;
class BuildiumUploadJob;
class BuildiumTaskStatusJob;

/// The Buildium Open API v1 client (../shared/buildium/openapi.json), the Buildium half of the
/// connector seam. It lives in the thread of the QNetworkAccessManager it is given.
///
/// Low level: get()/send() one request, list() all pages of one collection (limit/offset,
/// X-Total-Count, de-duplicated by Id). High level, what a connector interface needs:
///   pages(step, window)          normalized records page by page (BuildiumPage), incremental window
///   createWorkOrder(draft)       POST /v1/workorders with a new task; parseCreatedWorkOrder()
///   updateWorkOrder(id, fields)  PUT /v1/workorders/{id}
///   setTaskStatus(taskId, s)     GET the task, PUT it back with TaskStatus = s (how a work order closes)
///   uploadFile(...)              POST /v1/files/uploadrequests, then the bucket, then the new file's id
///   testConnection(email)        the key works and the integration user exists (R5's gate)
///   connectionFields()           the fields of the connection form
/// Every job deletes itself after its finished() signal; connect right after creating it.
class BuildiumClient : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxPageSize = 1000; // the file: limit 1..1000

    BuildiumClient(QNetworkAccessManager *nam, BuildiumCredentials creds, ClientOptions opts = {},
        QObject *parent = nullptr);
    ~BuildiumClient() override;

    /// https, or http only to a loopback host; errors "invalid-url", "insecure-url".
    static Status validateBaseUrl(const QUrl &url);
    static QList<ConnectionField> connectionFields();

    void setCredentials(BuildiumCredentials creds) { m_creds = std::move(creds); }
    BuildiumCredentials credentials() const { return m_creds; }
    ClientOptions options() const { return m_opts; }
    RetryPolicy retryPolicy() const;
    void setRandomSource(RetryPolicy::Random random) { m_random = std::move(random); }
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }
    QUrl urlFor(const QString &path, const QUrlQuery &query = {}) const;
    /// The page size lists ask for: ClientOptions::pageSize clamped to 1..1000.
    int pageSize() const;

    BuildiumRequest *get(const QString &path, const QUrlQuery &query = {});
    BuildiumRequest *send(BuildiumRequest::Method method, const QString &path, const QJsonObject &body);
    BuildiumListJob *list(const QString &path, const QUrlQuery &filters = {});
    BuildiumPager *pages(BuildiumStep step, const BuildiumWindow &window = {});

    BuildiumRequest *createWorkOrder(const BuildiumWorkOrderDraft &draft);
    /// The work order and task ids of a 201 to createWorkOrder().
    struct Created
    {
        qint64 workOrderId = 0, taskId = 0;
    };
    static Result<Created> parseCreatedWorkOrder(const HttpResponse &response);
    /// Work orders whose title contains @p tag (the look-up before a second POST).
    BuildiumRequest *findWorkOrdersByTitle(const QString &tag);
    BuildiumRequest *updateWorkOrder(qint64 workOrderId, const QJsonObject &putMessage);
    BuildiumTaskStatusJob *setTaskStatus(qint64 taskId, const QString &status, const QString &message = {});
    BuildiumUploadJob *uploadFile(const QString &entityType, qint64 entityId, qint64 categoryId, const QString &title,
        const QString &filePath, const QString &description = {});
    /// GET /v1/users?email=...: finished() carries the user, or an "integration-user" error.
    BuildiumRequest *findUserByEmail(const QString &email);
    static Result<BuildiumUser> parseUser(const HttpResponse &response, const QString &email);
    /// One authenticated call (GET /v1/rentals?limit=1): a refused key stops here.
    BuildiumRequest *testConnection();

    /// Query parameters of an incremental window for @p step (see BuildiumWindow).
    static QUrlQuery windowQuery(BuildiumStep step, const BuildiumWindow &window);

    void cancelAll();

private:
    QPointer<QNetworkAccessManager> m_nam;
    BuildiumCredentials m_creds;
    ClientOptions m_opts;
    RetryPolicy::Random m_random;
};

} // namespace pms::buildium
