#pragma once

#include "pms/RequestJob.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

class QNetworkReply;

namespace pms::buildium {

class BuildiumClient;

/// One HTTP request to Buildium (or, for an upload, to the ticket's bucket) with a transfer
/// timeout, capped retries with back-off (pms::RetryPolicy, Retry-After honoured) and a deadline:
/// from its first attempt it takes at most ClientOptions::silenceLimitMs, retries included.
///
/// GET is retried on 408, 429, 5xx and network errors; POST/PUT only when Buildium cannot have
/// processed them (408, 429, 503, connection refused, host not found); a POST/PUT that breaks after
/// being sent ends with the error code "uncertain". Redirects are never followed (the key travels
/// in headers). finished() comes once, queued, even for a request that fails before it starts.
class BuildiumRequest : public QObject
{
    Q_OBJECT

public:
    enum class Method { Get, Post, Put };

    /// @p url absolute: the request goes there without the API key (an upload bucket); otherwise
    /// @p path ("/v1/rentals") is resolved against the client's base URL and sent with the key.
    BuildiumRequest(BuildiumClient *client, Method method, QString path, QUrlQuery query = {}, QByteArray body = {},
        QByteArray contentType = {}, QUrl absoluteUrl = {});
    ~BuildiumRequest() override;

    void cancel();
    /// Makes the request end with @p error instead of being sent (call right after creating it).
    void failBeforeStart(Error error) { m_preError = std::move(error); }
    QUrl url() const;
    QString path() const { return m_path; }
    int attempts() const { return m_attempts; }

Q_SIGNALS:
    void finished(const pms::HttpResponse &response);
    void retryScheduled(int retry, qint64 delayMs, const QString &reason);

private:
    void attempt();
    void onReplyFinished();
    void retryOrFinish(HttpResponse failed, bool retryable, std::optional<qint64> retryAfterMs);
    void finishWith(HttpResponse response);
    qint64 budgetLeftMs() const;
    bool idempotent() const { return m_method == Method::Get; }

    QPointer<BuildiumClient> m_client;
    Method m_method;
    QString m_path;
    QUrlQuery m_query;
    QByteArray m_body, m_contentType;
    QUrl m_absolute;
    std::optional<Error> m_preError;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    QElapsedTimer m_budget;
    int m_attempts = 0;
    bool m_cancelled = false;
    bool m_done = false;
};

} // namespace pms::buildium
