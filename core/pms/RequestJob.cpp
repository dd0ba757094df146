#include "RequestJob.h"

#include "ErrorMapper.h"
#include "PropertywareClient.h"
#include "RetryPolicy.h"
#include "common/Clock.h"
#include "common/Logging.h"
#include "common/Version.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>
#include <limits>

namespace pms {

namespace {

const char *methodName(RequestJob::Method m)
{
    switch (m) {
    case RequestJob::Method::Get: return "GET";
    case RequestJob::Method::Post: return "POST";
    case RequestJob::Method::Put: return "PUT";
    }
    return "?";
}

/// The body length the headers promise, when it can be checked (no compression, no chunking).
std::optional<qint64> promisedLength(const HttpResponse &r)
{
    const QByteArray encoding = r.header("content-encoding").trimmed().toLower();
    if (!encoding.isEmpty() && encoding != "identity")
        return std::nullopt; // Qt hands over the decoded body; the header counts the encoded one
    if (!r.headers.contains("content-length"))
        return std::nullopt;
    bool ok = false;
    const qint64 n = r.header("content-length").trimmed().toLongLong(&ok);
    if (!ok || n < 0)
        return std::nullopt;
    return n;
}

} // namespace

RequestJob::RequestJob(PropertywareClient *client, Method method, QString path, QUrlQuery query, QByteArray body,
                       QByteArray contentType, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_method(method)
    , m_path(std::move(path))
    , m_query(std::move(query))
    , m_body(std::move(body))
    , m_contentType(std::move(contentType))
{
    m_timeout.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &RequestJob::onTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        if (m_client && !m_done)
            m_client->requestSlot(this);
    });
}

RequestJob::~RequestJob()
{
    dropReply();
    releaseSlot();
    if (m_client)
        m_client->forgetJob(this);
}

QUrl RequestJob::url() const
{
    return m_client ? m_client->urlFor(m_path, m_query) : QUrl();
}

void RequestJob::begin()
{
    if (!m_client)
        return;
    m_host = m_client->credentials().baseUrl.host();
    std::optional<Error> early = m_preError;
    if (!early) {
        const Status valid = PropertywareClient::validateBaseUrl(m_client->credentials().baseUrl);
        if (!valid.ok())
            early = valid.error();
    }
    if (early) {
        // Queued, so a caller connecting right after creating the job still hears about it.
        HttpResponse r;
        r.error = *early;
        QMetaObject::invokeMethod(this, [this, r] { finishWith(r); }, Qt::QueuedConnection);
        return;
    }
    m_client->requestSlot(this);
}

void RequestJob::sendNow()
{
    m_holdsSlot = true;
    if (m_done || !m_client || !m_client->networkAccessManager()) {
        releaseSlot();
        return;
    }
    const PmsCredentials creds = m_client->credentials();
    const Status valid = PropertywareClient::validateBaseUrl(creds.baseUrl);
    if (!valid.ok()) { // the credentials were changed to a bad URL between attempts
        releaseSlot();
        HttpResponse r;
        r.error = valid.error();
        finishWith(r);
        return;
    }
    m_host = creds.baseUrl.host();
    if (!m_budgetClock.isValid())
        m_budgetClock.start();
    const qint64 left = budgetLeftMs();
    if (m_attempts > 0 && left <= 0) { // a retry that waited for a slot past the deadline
        releaseSlot();
        HttpResponse r;
        r.attempts = m_attempts;
        r.error = ErrorMapper::timeout(m_host, m_client->options().silenceLimitMs);
        finishWith(r);
        return;
    }
    ++m_attempts;
    m_timedOut = false;

    QNetworkRequest req(m_client->urlFor(m_path, m_query));
    req.setRawHeader("x-propertyware-client-id", creds.clientId.toUtf8());
    req.setRawHeader("x-propertyware-client-secret", creds.clientSecret.toUtf8());
    req.setRawHeader("x-propertyware-system-id", creds.systemId.toUtf8());
    req.setRawHeader("User-Agent", userAgent());
    req.setRawHeader("Accept", "application/json");
    if (!m_contentType.isEmpty())
        req.setRawHeader("Content-Type", m_contentType);
    // The secret travels in headers: never follow a redirect to another host or to plain http.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);

    QNetworkAccessManager *nam = m_client->networkAccessManager();
    QNetworkReply *reply = nullptr;
    switch (m_method) {
    case Method::Get: reply = nam->get(req); break;
    case Method::Post: reply = nam->post(req, m_body); break;
    case Method::Put: reply = nam->put(req, m_body); break;
    }
    m_reply = reply;
    qCDebug(lcNet) << methodName(m_method) << req.url().toDisplayString(QUrl::RemoveUserInfo) << "attempt"
                   << m_attempts;
    connect(reply, &QNetworkReply::finished, this, &RequestJob::onReplyFinished);
    auto keepAlive = [this](qint64, qint64) {
        if (m_timeout.isActive())
            m_timeout.start(); // a transfer timeout: any progress restarts it
    };
    connect(reply, &QNetworkReply::downloadProgress, this, keepAlive);
    connect(reply, &QNetworkReply::uploadProgress, this, keepAlive);
    m_attemptClock.start();
    // The transfer timeout, but never past the whole request's deadline.
    m_timeout.start(int(std::clamp<qint64>(std::min<qint64>(m_client->options().timeoutMs, left), 1,
                                           std::numeric_limits<int>::max())));
}

qint64 RequestJob::budgetLeftMs() const
{
    const qint64 budget = m_client ? std::max(1, m_client->options().silenceLimitMs) : 0;
    return budget - (m_budgetClock.isValid() ? m_budgetClock.elapsed() : 0);
}

void RequestJob::onTimeout()
{
    if (!m_reply)
        return;
    qCInfo(lcNet) << methodName(m_method) << m_path << "timed out after" << m_attemptClock.elapsed() << "ms";
    m_timedOut = true;
    m_reply->abort(); // finished() follows (now or from the event loop) and is handled as a timeout
}

void RequestJob::onReplyFinished()
{
    QNetworkReply *reply = qobject_cast<QNetworkReply *>(sender());
    if (!reply || reply != m_reply)
        return;
    m_timeout.stop();

    HttpResponse r;
    r.attempts = m_attempts;
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();
    const QString netDetail = reply->errorString();
    if (reply->isOpen()) // not after an abort
        r.body = reply->readAll();
    const auto pairs = reply->rawHeaderPairs();
    for (const auto &p : pairs)
        r.headers.insert(p.first.toLower(), p.second);
    r.contentType = r.headers.value("content-type");
    dropReply();
    releaseSlot();
    if (m_done)
        return;

    qCDebug(lcNet) << methodName(m_method) << m_path << "->" << r.httpStatus << netError << "in"
                   << m_attemptClock.elapsed() << "ms";

    const bool idempotent = isIdempotent();
    if (m_timedOut) {
        const int timeoutMs = int(m_timeout.interval());
        HttpResponse failed = r;
        failed.httpStatus = 0;
        failed.error = idempotent ? ErrorMapper::timeout(m_host, timeoutMs)
                                  : ErrorMapper::uncertain(m_host, ErrorMapper::timeout(m_host, timeoutMs).message);
        retryOrFinish(failed, idempotent, std::nullopt);
        return;
    }
    // Qt's codes below 200 are transport and proxy failures. One can come after the status line
    // (a connection reset halfway through the body): then the status says nothing about the body.
    const bool transportError = netError != QNetworkReply::NoError && int(netError) < 200;
    if (r.httpStatus >= 200 && r.httpStatus <= 299 && !transportError) {
        // Qt may end a reply without an error when the connection closes part-way through the body:
        // a body shorter than its Content-Length broke on the way, and is retried like a reset.
        const std::optional<qint64> promised = promisedLength(r);
        if (!promised || r.body.size() >= *promised) {
            finishWith(r);
            return;
        }
        qCInfo(lcNet) << methodName(m_method) << m_path << "body cut short:" << r.body.size() << "of" << *promised
                      << "bytes";
        Error e = ErrorMapper::shortBody(m_host, r.body.size(), *promised);
        if (!idempotent)
            e = ErrorMapper::uncertain(m_host, e.message);
        r.httpStatus = 0;
        r.body.clear();
        r.error = e;
        retryOrFinish(r, idempotent, std::nullopt);
        return;
    }
    if (r.httpStatus > 0 && !transportError) {
        const bool retryable = RetryPolicy::isRetryableStatus(r.httpStatus, idempotent);
        Error e = ErrorMapper::httpError(r.httpStatus, r.body, m_host, m_path);
        if (!idempotent && !retryable && r.httpStatus >= 500)
            e = ErrorMapper::uncertain(m_host, e.message, r.httpStatus);
        std::optional<qint64> retryAfter;
        if (r.headers.contains("retry-after"))
            retryAfter = RetryPolicy::parseRetryAfter(r.headers.value("retry-after"), Clock::instance()->nowUtc());
        r.error = e;
        retryOrFinish(r, retryable, retryAfter);
        return;
    }
    if (netError == QNetworkReply::NoError) {
        r.error = ErrorMapper::protocol(tr("the answer had no HTTP status"));
        finishWith(r);
        return;
    }
    r.httpStatus = 0;
    Error e = ErrorMapper::networkError(netError, netDetail, m_host);
    const bool retryable = RetryPolicy::isRetryableNetworkError(netError, idempotent);
    if (!idempotent && !RetryPolicy::neverReachedServer(netError)
        && (e.code == QLatin1String("network") || e.code == QLatin1String("timeout")))
        e = ErrorMapper::uncertain(m_host, e.message);
    r.error = e;
    retryOrFinish(r, retryable, std::nullopt);
}

void RequestJob::retryOrFinish(const HttpResponse &failed, bool retryable, std::optional<qint64> retryAfterMs)
{
    if (!m_client || !retryable) {
        finishWith(failed);
        return;
    }
    const RetryPolicy policy = m_client->retryPolicy();
    if (!policy.canRetry(m_attempts)) {
        qCInfo(lcNet) << methodName(m_method) << m_path << "giving up after" << m_attempts << "attempts";
        finishWith(failed);
        return;
    }
    const qint64 delay = policy.delayMs(m_attempts, retryAfterMs);
    if (delay >= budgetLeftMs() && !(retryAfterMs && *retryAfterMs > m_client->options().maxRetryAfterMs)) {
        // The next try would start after the request's deadline: give up now, with the reason.
        qCInfo(lcNet) << methodName(m_method) << m_path << "deadline reached after" << m_attempts << "attempts in"
                      << m_budgetClock.elapsed() << "ms";
        HttpResponse r = failed;
        if (failed.error->code == QLatin1String("timeout"))
            r.error = ErrorMapper::timeout(m_host, m_client->options().silenceLimitMs);
        finishWith(r);
        return;
    }
    if (retryAfterMs && *retryAfterMs > m_client->options().maxRetryAfterMs) {
        HttpResponse r = failed;
        Error e = *failed.error;
        e.message += QLatin1Char(' ') + tr("The PMS asked to wait %n second(s) before trying again.", nullptr,
                                           int(std::min<qint64>(*retryAfterMs / 1000, 999999999)));
        r.error = e;
        finishWith(r);
        return;
    }
    qCInfo(lcNet) << methodName(m_method) << m_path << "retry" << m_attempts << "in" << delay << "ms:"
                  << failed.error->code;
    Q_EMIT retryScheduled(m_attempts, delay, failed.error->message);
    if (m_done) // a slot connected to retryScheduled cancelled us
        return;
    m_retryTimer.start(int(std::min<qint64>(delay, std::numeric_limits<int>::max())));
}

void RequestJob::cancel()
{
    if (m_done)
        return;
    m_cancelled = true;
    m_done = true;
    m_timeout.stop();
    m_retryTimer.stop();
    dropReply();
    releaseSlot();
    if (m_client)
        m_client->forgetJob(this);
    HttpResponse r;
    r.attempts = m_attempts;
    r.error = ErrorMapper::cancelled();
    QMetaObject::invokeMethod(this, [this, r] { onCompleted(r); }, Qt::QueuedConnection);
}

void RequestJob::finishWith(HttpResponse response)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    m_retryTimer.stop();
    dropReply();
    releaseSlot();
    if (m_client)
        m_client->forgetJob(this);
    if (response.error)
        qCDebug(lcNet) << methodName(m_method) << m_path << "failed:" << response.error->code;
    onCompleted(response);
}

void RequestJob::onCompleted(const HttpResponse &response)
{
    Q_EMIT completed(response);
}

void RequestJob::releaseSlot()
{
    if (!m_holdsSlot)
        return;
    m_holdsSlot = false;
    if (m_client)
        m_client->releaseSlot(this);
}

void RequestJob::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

void RequestJob::detachFromClient()
{
    m_timeout.stop();
    m_retryTimer.stop();
    dropReply();
    m_holdsSlot = false;
    m_client = nullptr;
}

} // namespace pms
