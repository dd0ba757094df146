#include "BuildiumRequest.h"

#include "BuildiumClient.h"
#include "BuildiumErrors.h"
#include "common/Clock.h"
#include "common/Logging.h"
#include "pms/ErrorMapper.h"
#include "pms/RetryPolicy.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace pms::buildium {

namespace {

const char *methodName(BuildiumRequest::Method m)
{
    switch (m) {
    case BuildiumRequest::Method::Post:
        return "POST";
    case BuildiumRequest::Method::Put:
        return "PUT";
    default:
        return "GET";
    }
}

std::optional<qint64> promisedLength(const HttpResponse &r)
{
    if (!r.header("content-encoding").trimmed().isEmpty() || !r.headers.contains("content-length"))
        return std::nullopt;
    bool ok = false;
    const qint64 n = r.header("content-length").trimmed().toLongLong(&ok);
    return ok && n >= 0 ? std::optional<qint64>(n) : std::nullopt;
}

} // namespace

BuildiumRequest::BuildiumRequest(BuildiumClient *client, Method method, QString path, QUrlQuery query,
    QByteArray body, QByteArray contentType, QUrl absoluteUrl)
    : QObject(client)
    , m_client(client)
    , m_method(method)
    , m_path(std::move(path))
    , m_query(std::move(query))
    , m_body(std::move(body))
    , m_contentType(std::move(contentType))
    , m_absolute(std::move(absoluteUrl))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &BuildiumRequest::attempt);
    QMetaObject::invokeMethod(this, &BuildiumRequest::attempt, Qt::QueuedConnection);
}

BuildiumRequest::~BuildiumRequest()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QUrl BuildiumRequest::url() const
{
    if (m_absolute.isValid())
        return m_absolute;
    return m_client ? m_client->urlFor(m_path, m_query) : QUrl();
}

void BuildiumRequest::cancel()
{
    if (m_done)
        return;
    m_cancelled = true;
    m_retryTimer.stop();
    if (m_reply) {
        m_reply->abort(); // onReplyFinished() reports the cancellation
        return;
    }
    HttpResponse r;
    r.attempts = m_attempts;
    r.error = ErrorMapper::cancelled();
    finishWith(r);
}

qint64 BuildiumRequest::budgetLeftMs() const
{
    if (!m_client)
        return 0;
    return std::max<qint64>(0, m_client->options().silenceLimitMs - m_budget.elapsed());
}

void BuildiumRequest::attempt()
{
    if (m_done)
        return;
    if (m_cancelled || !m_client || !m_client->networkAccessManager()) {
        HttpResponse r;
        r.error = ErrorMapper::cancelled();
        finishWith(r);
        return;
    }
    if (m_preError) {
        HttpResponse r;
        r.error = m_preError;
        finishWith(r);
        return;
    }
    const QUrl target = url();
    // The key goes only to the configured API; an upload bucket gets the same https rule.
    const Status valid = BuildiumClient::validateBaseUrl(m_absolute.isValid() ? m_absolute : m_client->credentials().baseUrl);
    if (!valid.ok()) {
        HttpResponse r;
        r.error = valid.error();
        finishWith(r);
        return;
    }
    if (m_attempts == 0)
        m_budget.start();
    ++m_attempts;
    QNetworkRequest req(target);
    if (!m_absolute.isValid()) {
        const BuildiumCredentials creds = m_client->credentials();
        req.setRawHeader("x-buildium-client-id", creds.clientId.toUtf8());
        req.setRawHeader("x-buildium-client-secret", creds.clientSecret.toUtf8());
        req.setRawHeader("Accept", "application/json");
    }
    if (!m_contentType.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, m_contentType);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setTransferTimeout(int(std::clamp<qint64>(
        std::min<qint64>(m_client->options().timeoutMs, budgetLeftMs()), 1, std::numeric_limits<int>::max())));
    QNetworkAccessManager *nam = m_client->networkAccessManager();
    switch (m_method) {
    case Method::Get:
        m_reply = nam->get(req);
        break;
    case Method::Post:
        m_reply = nam->post(req, m_body);
        break;
    case Method::Put:
        m_reply = nam->put(req, m_body);
        break;
    }
    connect(m_reply, &QNetworkReply::finished, this, &BuildiumRequest::onReplyFinished);
}

void BuildiumRequest::onReplyFinished()
{
    QNetworkReply *reply = qobject_cast<QNetworkReply *>(sender());
    if (!reply || reply != m_reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    HttpResponse r;
    r.attempts = m_attempts;
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();
    const QString detail = reply->errorString();
    if (reply->isOpen())
        r.body = reply->readAll();
    for (const auto &p : reply->rawHeaderPairs())
        r.headers.insert(p.first.toLower(), p.second);
    r.contentType = r.headers.value("content-type");
    if (m_done)
        return;
    const QString host = url().host();
    qCDebug(lcNet) << methodName(m_method) << m_path << "->" << r.httpStatus << netError;
    if (m_cancelled) {
        r.error = ErrorMapper::cancelled();
        finishWith(r);
        return;
    }
    const bool idem = idempotent();
    const bool transportError = netError != QNetworkReply::NoError && int(netError) < 200;
    if (r.httpStatus >= 200 && r.httpStatus <= 299 && !transportError) {
        const std::optional<qint64> promised = promisedLength(r);
        if (!promised || r.body.size() >= *promised) {
            finishWith(r);
            return;
        }
        Error e = ErrorMapper::shortBody(host, r.body.size(), *promised);
        if (!idem)
            e = ErrorMapper::uncertain(host, e.message);
        r.httpStatus = 0;
        r.body.clear();
        r.error = e;
        retryOrFinish(r, idem, std::nullopt);
        return;
    }
    if (r.httpStatus > 0 && !transportError) {
        const bool retryable = RetryPolicy::isRetryableStatus(r.httpStatus, idem);
        Error e;
        if (m_absolute.isValid()) // the bucket (S3) answers in XML, not an ApiErrorResponse
            e = Error(tr("The Buildium file store refused the upload (HTTP %1): %2")
                          .arg(r.httpStatus)
                          .arg(QString::fromUtf8(r.body).section(QStringLiteral("<Message>"), 1).section(
                              QStringLiteral("</Message>"), 0, 0).left(300)),
                r.httpStatus >= 500 ? QStringLiteral("server") : QStringLiteral("http-%1").arg(r.httpStatus),
                r.httpStatus);
        else
            e = BuildiumErrors::httpError(r.httpStatus, r.body, m_path);
        if (!idem && !retryable && r.httpStatus >= 500)
            e = ErrorMapper::uncertain(host, e.message, r.httpStatus);
        std::optional<qint64> retryAfter;
        if (r.headers.contains("retry-after"))
            retryAfter = RetryPolicy::parseRetryAfter(r.headers.value("retry-after"), Clock::instance()->nowUtc());
        r.error = e;
        retryOrFinish(r, retryable, retryAfter);
        return;
    }
    r.httpStatus = 0;
    // A transfer timeout aborts the reply: OperationCanceledError without our cancel() is a timeout.
    const QNetworkReply::NetworkError err
        = netError == QNetworkReply::OperationCanceledError ? QNetworkReply::TimeoutError : netError;
    if (err == QNetworkReply::NoError) {
        r.error = ErrorMapper::protocol(tr("the answer had no HTTP status"));
        finishWith(r);
        return;
    }
    Error e = ErrorMapper::networkError(err, detail, host);
    if (err == QNetworkReply::TimeoutError)
        e = ErrorMapper::timeout(host, m_client ? m_client->options().timeoutMs : 0);
    const bool retryable = RetryPolicy::isRetryableNetworkError(err, idem) || (idem && err == QNetworkReply::TimeoutError);
    if (!idem && !RetryPolicy::neverReachedServer(err)
        && (e.code == QLatin1String("network") || e.code == QLatin1String("timeout")))
        e = ErrorMapper::uncertain(host, e.message);
    r.error = e;
    retryOrFinish(r, retryable, std::nullopt);
}

void BuildiumRequest::retryOrFinish(HttpResponse failed, bool retryable, std::optional<qint64> retryAfterMs)
{
    if (!m_client || !retryable) {
        finishWith(failed);
        return;
    }
    const RetryPolicy policy = m_client->retryPolicy();
    const ClientOptions opts = m_client->options();
    if (!policy.canRetry(m_attempts)) {
        finishWith(failed);
        return;
    }
    if (retryAfterMs && *retryAfterMs > opts.maxRetryAfterMs) {
        failed.error->message += QLatin1Char(' ')
            + tr("Buildium asked to wait %n second(s) before trying again.", nullptr,
                int(std::min<qint64>(*retryAfterMs / 1000, 999999999)));
        finishWith(failed);
        return;
    }
    const qint64 delay = policy.delayMs(m_attempts, retryAfterMs);
    if (delay >= budgetLeftMs()) {
        if (failed.error->code == QLatin1String("timeout"))
            failed.error = ErrorMapper::timeout(url().host(), opts.silenceLimitMs);
        finishWith(failed);
        return;
    }
    Q_EMIT retryScheduled(m_attempts, delay, failed.error->message);
    m_retryTimer.start(int(delay));
}

void BuildiumRequest::finishWith(HttpResponse response)
{
    if (m_done)
        return;
    m_done = true;
    m_retryTimer.stop();
    // Queued: a caller connecting right after creating the request never misses it.
    QMetaObject::invokeMethod(
        this,
        [this, response] {
            Q_EMIT finished(response);
            deleteLater();
        },
        Qt::QueuedConnection);
}

} // namespace pms::buildium
