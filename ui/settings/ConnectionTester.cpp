#include "ConnectionTester.h"

#include "common/Version.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace pms {

namespace {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QUrl withPath(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString p = url.path();
    while (p.endsWith(QLatin1Char('/')))
        p.chop(1);
    url.setPath(p + QLatin1Char('/') + path);
    return url;
}

} // namespace

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
{
}

ConnectionTester::~ConnectionTester()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void ConnectionTester::setNetworkAccessManager(QNetworkAccessManager *nam)
{
    if (m_ownsNam)
        delete m_nam;
    m_nam = nam;
    m_ownsNam = false;
}

QString ConnectionTester::checkBaseUrl(const QUrl &url)
{
    if (url.isEmpty())
        return tr("Enter the address of the Propertyware API, e.g. https://api.propertyware.com/pw/api/rest/v1");
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return tr("This is not a web address. It looks like https://api.propertyware.com/pw/api/rest/v1");
    if (url.scheme() == QLatin1String("http") && !isLoopbackHost(url.host()))
        return tr("HTTPS is required for %1: use https:// (plain http is only allowed on this computer).")
            .arg(url.host());
    return {};
}

void ConnectionTester::start(const QUrl &baseUrl, const QString &systemId, const QString &clientId,
                             const QString &secret)
{
    abort();
    if (const QString problem = checkBaseUrl(baseUrl); !problem.isEmpty()) {
        // Asynchronous like every other answer, so callers handle one path only.
        QMetaObject::invokeMethod(this, [this, problem] { done(false, problem); }, Qt::QueuedConnection);
        return;
    }
    if (!m_nam) {
        m_nam = new QNetworkAccessManager(this);
        m_ownsNam = true;
    }
    m_baseUrl = baseUrl;
    m_systemId = systemId.trimmed();
    m_clientId = clientId.trimmed();
    m_secret = secret;
    send(Step::Health);
}

void ConnectionTester::abort()
{
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void ConnectionTester::send(Step step)
{
    m_step = step;
    QUrl url = withPath(m_baseUrl, step == Step::Health ? QStringLiteral("health") : QStringLiteral("portfolios"));
    if (step == Step::Portfolios)
        url.setQuery(QUrlQuery({{QStringLiteral("limit"), QStringLiteral("1")}}));
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("x-propertyware-client-id"), m_clientId.toUtf8());
    request.setRawHeader(QByteArrayLiteral("x-propertyware-client-secret"), m_secret.toUtf8());
    request.setRawHeader(QByteArrayLiteral("x-propertyware-system-id"), m_systemId.toUtf8());
    m_timer.start();
    m_reply = m_nam->get(request);
    connect(m_reply, &QNetworkReply::finished, this, &ConnectionTester::onReply);
}

void ConnectionTester::onReply()
{
    QNetworkReply *reply = qobject_cast<QNetworkReply *>(sender());
    if (!reply || reply != m_reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    const qint64 elapsed = m_timer.elapsed();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status < 200 || status >= 300) {
        done(false, describeFailure(reply, status));
        return;
    }
    if (m_step == Step::Health) {
        m_healthMs = elapsed;
        send(Step::Portfolios);
        return;
    }
    const QByteArray body = reply->readAll();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray()) {
        done(false, tr("%1 answered, but not like the Propertyware API (HTTP %2, no list of portfolios). "
                       "Check the base URL.")
                        .arg(m_baseUrl.host())
                        .arg(status));
        return;
    }
    bool haveTotal = false;
    qint64 total = reply->rawHeader(QByteArrayLiteral("X-Total-Count")).trimmed().toLongLong(&haveTotal);
    if (!haveTotal)
        total = doc.array().size();
    // Both forms go through tr() with %n, so languages with more plural forms get them all.
    const int n = int(qMin<qint64>(total, INT_MAX));
    const QString visible = n == 1 ? tr("%n portfolio visible", nullptr, n) : tr("%n portfolios visible", nullptr, n);
    done(true, tr("Connected: Propertyware answered in %1 ms; %2.").arg(QLocale().toString(m_healthMs), visible));
}

QString ConnectionTester::describeFailure(QNetworkReply *reply, int status) const
{
    const QString host = m_baseUrl.host();
    switch (status) {
    case 401:
        return tr("The PMS rejected the client ID or secret (HTTP 401).");
    case 403:
        return tr("The PMS accepted the client ID but refused access to system ID %1 (HTTP 403). "
                  "Check the system ID and the API user's permissions.")
            .arg(m_systemId);
    case 404:
        return tr("There is no Propertyware API at %1 (HTTP 404). Check the base URL; it usually ends "
                  "in /pw/api/rest/v1.")
            .arg(m_baseUrl.toString(QUrl::RemoveUserInfo));
    case 429:
        return tr("The PMS asks to slow down (HTTP 429). Wait a minute and test again.");
    default:
        break;
    }
    if (status >= 500)
        return tr("The PMS at %1 has a problem of its own (HTTP %2). Try again later.").arg(host).arg(status);
    if (status >= 300)
        return tr("The PMS at %1 refused the request (HTTP %2).").arg(host).arg(status);
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("Cannot reach %1: connection refused.").arg(host);
    case QNetworkReply::HostNotFoundError:
        return tr("Cannot reach %1: the name is unknown. Check the address and the network.").arg(host);
    case QNetworkReply::RemoteHostClosedError:
        return tr("Cannot reach %1: it closed the connection.").arg(host);
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return tr("Cannot reach %1: no answer within %n seconds.", nullptr, qMax(2, m_timeoutMs / 1000)).arg(host);
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        return tr("Cannot connect securely to %1: %2").arg(host, reply->errorString());
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
        return tr("Cannot reach %1: this computer is offline.").arg(host);
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return tr("Cannot reach %1 through the proxy: %2").arg(host, reply->errorString());
    default:
        return tr("Cannot reach %1: %2").arg(host, reply->errorString());
    }
}

void ConnectionTester::done(bool ok, const QString &message)
{
    Q_EMIT finished(ok, message);
}

} // namespace pms
