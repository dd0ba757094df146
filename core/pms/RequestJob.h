#pragma once

#include "PmsTypes.h"
#include "common/Result.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

#include <optional>

class QNetworkReply;

namespace pms {

class PropertywareClient;

/// What one request ended with, after its retries: an HTTP answer (any 2xx), or an error.
struct HttpResponse
{
    int httpStatus = 0;
    QByteArray body;
    QByteArray contentType;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    std::optional<Error> error;            // set when the request failed (no 2xx)
    int attempts = 0;

    bool ok() const { return !error.has_value(); }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

/// One HTTP request with a transfer timeout and retries; the base of GetJob and SendJob, and what
/// ListJob uses for each page. It waits for a slot from the client (the in-flight limit) before
/// every attempt and gives it back while it sleeps before a retry.
///
/// Retries: on 408, 429, 5xx and network errors for GET; POST/PUT only when the request cannot have
/// been processed (408, 429, 503, connection refused, host not found). A POST/PUT that breaks after
/// sending ends with the error code "uncertain". A body shorter than its Content-Length (a reset or
/// a close part-way through) is such a network error, not an answer to parse.
///
/// Deadline: from its first attempt a request takes at most ClientOptions::silenceLimitMs, retries
/// and back-off included; a PMS that stays silent that long ends it with the error code "timeout".
class RequestJob : public QObject
{
    Q_OBJECT

public:
    enum class Method { Get, Post, Put };

    RequestJob(PropertywareClient *client, Method method, QString path, QUrlQuery query = {},
               QByteArray body = {}, QByteArray contentType = {}, QObject *parent = nullptr);
    ~RequestJob() override;

    /// Aborts the request; completed() follows (queued) with the error code "cancelled".
    void cancel();

    Method method() const { return m_method; }
    QString path() const { return m_path; }
    bool isIdempotent() const { return m_method == Method::Get; }
    bool isFinished() const { return m_done; }
    int attempts() const { return m_attempts; }
    /// The URL of the request (base URL + path + query), for logs and tests.
    QUrl url() const;

Q_SIGNALS:
    /// Emitted once, when the request is done for good (success, final error or cancel).
    void completed(const pms::HttpResponse &response);
    /// Emitted before waiting to try again: which retry, how long, and why.
    void retryScheduled(int retry, qint64 delayMs, const QString &reason);

protected:
    /// Called once at the end; the default emits completed(). Subclasses turn it into their signal.
    virtual void onCompleted(const HttpResponse &response);
    /// Makes the job fail with this error instead of sending anything (e.g. an unreadable file).
    void failBeforeStart(Error error) { m_preError = std::move(error); }

private:
    friend class PropertywareClient;
    friend class ListJob;
    void begin();                 // by the client: queue the first attempt
    void sendNow();               // by the client: a slot is ours
    void detachFromClient();      // by the client's destructor
    void onReplyFinished();
    void onTimeout();
    void finishWith(HttpResponse response);
    void retryOrFinish(const HttpResponse &failed, bool retryable, std::optional<qint64> retryAfterMs);
    void releaseSlot();
    void dropReply();
    qint64 budgetLeftMs() const;

    QPointer<PropertywareClient> m_client;
    Method m_method;
    QString m_path;
    QUrlQuery m_query;
    QByteArray m_body;
    QByteArray m_contentType;
    QString m_host;
    std::optional<Error> m_preError;

    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QTimer m_retryTimer;
    QElapsedTimer m_attemptClock;
    QElapsedTimer m_budgetClock; // since the first attempt: bounds the whole request
    int m_attempts = 0;
    bool m_holdsSlot = false;
    bool m_queued = false;
    bool m_timedOut = false;
    bool m_cancelled = false;
    bool m_done = false;
};

} // namespace pms

Q_DECLARE_METATYPE(pms::HttpResponse)
