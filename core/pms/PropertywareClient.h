#pragma once

#include "GetJob.h"
#include "ListJob.h"
#include "PmsTypes.h"
#include "RequestJob.h"
#include "RetryPolicy.h"
#include "SendJob.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>

class QNetworkAccessManager;

namespace pms {

/// The Propertyware REST client: one job per request, all sharing a bounded number of requests in
/// flight. It lives in the thread of the QNetworkAccessManager it is given (the sync engine's).
///
/// Every job is owned by the client, starts at once (or when a slot frees up) and deletes itself
/// after its finished() signal. Connect to the job right after creating it: nothing is emitted
/// before control returns to the event loop.
class PropertywareClient : public QObject
{
    Q_OBJECT

public:
    PropertywareClient(QNetworkAccessManager *nam, PmsCredentials creds, ClientOptions opts = {},
                       QObject *parent = nullptr);
    ~PropertywareClient() override;

    /// https, or http only for a loopback host (127.0.0.0/8, ::1, localhost). Errors: "invalid-url",
    /// "insecure-url".
    static Status validateBaseUrl(const QUrl &url);

    /// Used by requests started after the call, and by retries of requests already running.
    void setCredentials(PmsCredentials creds);
    PmsCredentials credentials() const { return m_creds; }
    ClientOptions options() const { return m_opts; }

    /// All pages of a collection, ordered by id, de-duplicated; filters e.g. lastModifiedDateTimeStart,
    /// lastModifiedDateTimeEnd, includeDeactivated. limit, offset and orderby are set by the job.
    ListJob *list(PmsEntity entity, const QUrlQuery &filters = {});
    /// One object or array, e.g. "health", "workorders/123", "leases/5/contacts".
    GetJob *get(const QString &path, const QUrlQuery &query = {});
    /// POST /workorders, /workorders/{id}/tasks, .../comments.
    SendJob *postJson(const QString &path, const QJsonObject &body);
    /// PUT /workorders/closeworkorder/{id}.
    SendJob *putJson(const QString &path, const QJsonObject &body);
    /// Multipart POST /docs?entityType=WORK_ORDER&entityId=..: a "file" part with the file's name and,
    /// when given, a "description" part.
    SendJob *uploadDocument(const QString &entityType, qint64 entityId, const QString &filePath,
                            const QString &description = {});

    /// Cancels every job; each still emits its finished() with the error code "cancelled".
    void cancelAll();

    /// Requests on the wire now (for tests and diagnostics).
    int inFlight() const { return m_inFlight; }
    /// Replaces the random source of the retry jitter (tests).
    void setRandomSource(RetryPolicy::Random random);
    RetryPolicy retryPolicy() const;
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

    /// The full URL for an API path ("workorders/12") and query, against the current base URL.
    QUrl urlFor(const QString &path, const QUrlQuery &query = {}) const;

private:
    friend class RequestJob;
    friend class ListJob;
    void requestSlot(RequestJob *job);
    void releaseSlot(RequestJob *job);
    void forgetJob(RequestJob *job);
    void startWaiting();
    void adopt(QObject *job);

    QPointer<QNetworkAccessManager> m_nam;
    PmsCredentials m_creds;
    ClientOptions m_opts;
    RetryPolicy::Random m_random;
    QList<QPointer<RequestJob>> m_waiting;
    QList<QPointer<QObject>> m_jobs; // top-level jobs, for cancelAll()
    int m_inFlight = 0;
    bool m_destroying = false;
    bool m_holdQueue = false;
};

} // namespace pms
