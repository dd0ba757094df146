#include "FakeNetworkAccessManager.h"

#include <QTimer>

namespace pms::test {

namespace {

/// What QNetworkAccessManager reports for an HTTP error status (see qnetworkreplyhttpimpl.cpp).
QNetworkReply::NetworkError errorForStatus(int status)
{
    switch (status) {
    case 400: return QNetworkReply::ProtocolInvalidOperationError;
    case 401: return QNetworkReply::AuthenticationRequiredError;
    case 403: return QNetworkReply::ContentAccessDenied;
    case 404: return QNetworkReply::ContentNotFoundError;
    case 405: return QNetworkReply::ContentOperationNotPermittedError;
    case 407: return QNetworkReply::ProxyAuthenticationRequiredError;
    case 409: return QNetworkReply::ContentConflictError;
    case 410: return QNetworkReply::ContentGoneError;
    case 418: return QNetworkReply::ProtocolInvalidOperationError;
    case 500: return QNetworkReply::InternalServerError;
    case 501: return QNetworkReply::OperationNotImplementedError;
    case 503: return QNetworkReply::ServiceUnavailableError;
    default: break;
    }
    if (status >= 400 && status < 500)
        return QNetworkReply::UnknownContentError;
    if (status >= 500)
        return QNetworkReply::UnknownServerError;
    return QNetworkReply::NoError;
}

QByteArray verbFor(QNetworkAccessManager::Operation op, const QNetworkRequest &request)
{
    switch (op) {
    case QNetworkAccessManager::HeadOperation: return "HEAD";
    case QNetworkAccessManager::GetOperation: return "GET";
    case QNetworkAccessManager::PutOperation: return "PUT";
    case QNetworkAccessManager::PostOperation: return "POST";
    case QNetworkAccessManager::DeleteOperation: return "DELETE";
    default: return request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    }
}

} // namespace

FakeResponse FakeResponse::json(const QJsonDocument &doc, int status)
{
    return raw(status, doc.toJson(QJsonDocument::Compact), "application/json");
}

FakeResponse FakeResponse::raw(int status, QByteArray body, QByteArray contentType)
{
    FakeResponse r;
    r.status = status;
    r.body = std::move(body);
    if (!contentType.isEmpty())
        r.headers.append({"Content-Type", contentType});
    return r;
}

FakeResponse FakeResponse::networkError(QNetworkReply::NetworkError error, QString message)
{
    FakeResponse r;
    r.status = 0;
    r.error = error;
    r.errorString = message.isEmpty() ? QStringLiteral("fake network error %1").arg(int(error)) : message;
    return r;
}

FakeResponse FakeResponse::hanging()
{
    FakeResponse r;
    r.hang = true;
    return r;
}

FakeResponse &FakeResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

FakeResponse &FakeResponse::delayed(int ms)
{
    delayMs = ms;
    return *this;
}

FakeNetworkAccessManager::FakeNetworkAccessManager(QObject *parent)
    : QNetworkAccessManager(parent)
{
}

QNetworkReply *FakeNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request,
                                                       QIODevice *outgoingData)
{
    FakeRequest seen;
    seen.index = int(m_requests.size());
    seen.operation = op;
    seen.verb = verbFor(op, request);
    seen.url = request.url();
    seen.request = request;
    if (outgoingData)
        seen.body = outgoingData->readAll();
    m_requests.append(seen);
    Q_EMIT requestSeen(seen);

    FakeResponse response;
    if (!m_queue.isEmpty())
        response = m_queue.takeFirst();
    else if (m_handler)
        response = m_handler(seen);
    else
        response = FakeResponse::raw(404, R"({"userMessage":"no fake answer for this request"})");

    auto *reply = new FakeNetworkReply(op, request, std::move(response), this);
    ++m_open;
    m_maxOpen = std::max(m_maxOpen, m_open);
    connect(reply, &QNetworkReply::finished, this, [this] { --m_open; });
    connect(reply, &FakeNetworkReply::abortedByClient, this, [this] { ++m_aborted; });
    return reply;
}

FakeNetworkReply::FakeNetworkReply(QNetworkAccessManager::Operation op, const QNetworkRequest &request,
                                   FakeResponse response, QObject *parent)
    : QNetworkReply(parent)
    , m_response(std::move(response))
{
    setRequest(request);
    setUrl(request.url());
    setOperation(op);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    if (!m_response.hang)
        QTimer::singleShot(std::max(0, m_response.delayMs), this, &FakeNetworkReply::respond);
}

void FakeNetworkReply::respond()
{
    if (isFinished())
        return;
    if (m_response.status > 0) {
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_response.status);
        for (const auto &h : std::as_const(m_response.headers))
            setRawHeader(h.first, h.second);
        m_content = m_response.body;
        // A transport error set together with a status: the connection broke after the headers.
        const QNetworkReply::NetworkError e
            = m_response.error != QNetworkReply::NoError ? m_response.error : errorForStatus(m_response.status);
        if (e != QNetworkReply::NoError)
            setError(e, m_response.errorString.isEmpty() ? QStringLiteral("HTTP status %1").arg(m_response.status)
                                                         : m_response.errorString);
        Q_EMIT metaDataChanged();
        if (!m_content.isEmpty()) {
            Q_EMIT readyRead();
            Q_EMIT downloadProgress(m_content.size(), m_content.size());
        }
        if (e != QNetworkReply::NoError)
            Q_EMIT errorOccurred(e);
    } else {
        setError(m_response.error, m_response.errorString);
        Q_EMIT errorOccurred(m_response.error);
    }
    setFinished(true);
    Q_EMIT finished();
}

void FakeNetworkReply::abort()
{
    if (isFinished())
        return;
    m_aborted = true;
    Q_EMIT abortedByClient();
    setError(QNetworkReply::OperationCanceledError, QStringLiteral("Operation canceled"));
    Q_EMIT errorOccurred(QNetworkReply::OperationCanceledError);
    setFinished(true);
    Q_EMIT finished();
}

qint64 FakeNetworkReply::bytesAvailable() const
{
    return m_content.size() - m_pos + QIODevice::bytesAvailable();
}

qint64 FakeNetworkReply::readData(char *data, qint64 maxSize)
{
    if (m_pos >= m_content.size())
        return isFinished() ? -1 : 0;
    const qint64 n = std::min<qint64>(maxSize, m_content.size() - m_pos);
    memcpy(data, m_content.constData() + m_pos, size_t(n));
    m_pos += n;
    return n;
}

} // namespace pms::test
