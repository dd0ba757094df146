#include "ErrorMapper.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pms {

namespace {

/// Server text goes into messages shown to users: keep it short and on one line.
QString tidy(QString s)
{
    s = s.simplified();
    if (s.size() > 300)
        s = s.left(300) + QChar(0x2026);
    return s;
}

} // namespace

QString ErrorMapper::errorResponseMessage(const QByteArray &body)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return {};
    const QJsonObject o = doc.object();
    QStringList parts;
    const QString user = o.value(QLatin1String("userMessage")).toString().trimmed();
    if (!user.isEmpty())
        parts << user;
    const QJsonArray errors = o.value(QLatin1String("errors")).toArray();
    for (const QJsonValue &e : errors) {
        const QJsonObject eo = e.toObject();
        const QString msg = eo.value(QLatin1String("message")).toString().trimmed();
        if (msg.isEmpty() || parts.contains(msg))
            continue;
        const QString key = eo.value(QLatin1String("key")).toString().trimmed();
        parts << (key.isEmpty() ? msg : QStringLiteral("%1: %2").arg(key, msg));
        if (parts.size() >= 6)
            break;
    }
    return tidy(parts.join(QStringLiteral("; ")));
}

bool ErrorMapper::looksLikeHtml(const QByteArray &body, const QByteArray &contentType)
{
    if (contentType.toLower().contains("html"))
        return true;
    const QByteArray head = body.left(512).trimmed().toLower();
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body");
}

Error ErrorMapper::httpError(int status, const QByteArray &body, const QString &host, const QString &path)
{
    const QString server = errorResponseMessage(body);
    if (status == 401 || status == 403) {
        QString msg = tr("The PMS rejected the client ID or secret (HTTP %1). Check them in Settings.").arg(status);
        if (status == 403 && !server.isEmpty())
            msg += QLatin1Char(' ') + tr("The PMS said: %1").arg(server);
        return Error(msg, QStringLiteral("auth"), status);
    }
    if (status == 404) {
        return Error(tr("The PMS at %1 has no \"%2\" (HTTP 404). It may have been deleted, or the base URL is wrong.")
                         .arg(host, path),
                     QStringLiteral("not-found"), status);
    }
    if (status == 408) {
        return Error(tr("The PMS at %1 gave up waiting for the request (HTTP 408). Try again later.").arg(host),
                     QStringLiteral("timeout"), status);
    }
    if (status == 429) {
        return Error(tr("The PMS at %1 is limiting requests (HTTP 429). Try again in a few minutes.").arg(host),
                     QStringLiteral("rate-limited"), status);
    }
    if (status >= 500 && status <= 599) {
        QString msg = tr("The PMS at %1 had a problem answering (HTTP %2). Try again later.").arg(host, QString::number(status));
        if (!server.isEmpty())
            msg += QLatin1Char(' ') + tr("The PMS said: %1").arg(server);
        return Error(msg, QStringLiteral("server"), status);
    }
    if (status >= 400 && status <= 499) {
        QString msg = server.isEmpty()
            ? tr("The PMS refused the request to \"%1\" (HTTP %2).").arg(path, QString::number(status))
            : tr("The PMS refused the request to \"%1\" (HTTP %2): %3").arg(path, QString::number(status), server);
        return Error(msg, QStringLiteral("http-%1").arg(status), status);
    }
    if (status >= 300 && status <= 399) {
        return Error(tr("The PMS at %1 redirected the request (HTTP %2) somewhere it was not followed. Check the base URL.")
                         .arg(host, QString::number(status)),
                     QStringLiteral("protocol"), status);
    }
    return Error(tr("The PMS at %1 answered with an unexpected HTTP status %2.").arg(host, QString::number(status)),
                 QStringLiteral("protocol"), status);
}

Error ErrorMapper::networkError(QNetworkReply::NetworkError error, const QString &detail, const QString &host)
{
    switch (error) {
    case QNetworkReply::SslHandshakeFailedError:
        return Error(tr("The secure connection to %1 failed: %2. The certificate must be valid; "
                        "certificate errors are never ignored.")
                         .arg(host, tidy(detail)),
                     QStringLiteral("tls"));
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError:
        return Error(tr("The PMS at %1 did not answer in time.").arg(host), QStringLiteral("timeout"));
    case QNetworkReply::OperationCanceledError:
        return cancelled();
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        return Error(tr("The PMS at %1 redirected the request somewhere it was not followed (%2). Check the base URL.")
                         .arg(host, tidy(detail)),
                     QStringLiteral("protocol"));
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProtocolInvalidOperationError:
        return Error(tr("The PMS at %1 answered in a way that could not be understood: %2.").arg(host, tidy(detail)),
                     QStringLiteral("protocol"));
    default:
        return Error(tr("Cannot reach the PMS at %1: %2. Check the internet connection and the base URL.")
                         .arg(host, tidy(detail)),
                     QStringLiteral("network"));
    }
}

Error ErrorMapper::timeout(const QString &host, int timeoutMs)
{
    return Error(tr("The PMS at %1 did not answer within %n second(s).", nullptr, std::max(1, (timeoutMs + 999) / 1000))
                     .arg(host),
                 QStringLiteral("timeout"));
}

Error ErrorMapper::shortBody(const QString &host, qint64 received, qint64 promised)
{
    return Error(tr("The connection to the PMS at %1 broke while the answer arrived (%2 of %3 bytes).")
                     .arg(host, QString::number(received), QString::number(promised)),
                 QStringLiteral("network"));
}

Error ErrorMapper::uncertain(const QString &host, const QString &why, int httpStatus)
{
    return Error(tr("The request to %1 may or may not have been saved by the PMS (%2). Check the PMS before "
                    "sending it again.")
                     .arg(host, tidy(why)),
                 QStringLiteral("uncertain"), httpStatus);
}

Error ErrorMapper::cancelled()
{
    return Error(tr("The request was cancelled."), QStringLiteral("cancelled"));
}

Error ErrorMapper::protocol(const QString &what, int httpStatus)
{
    return Error(tr("The PMS sent an answer that could not be read: %1.").arg(tidy(what)), QStringLiteral("protocol"),
                 httpStatus);
}

Error ErrorMapper::unreadableBody(const QByteArray &body, const QByteArray &contentType, const QString &parseError,
                                  int httpStatus)
{
    if (looksLikeHtml(body, contentType)) {
        return Error(tr("The PMS answered with a web page instead of data (HTTP %1). Check the base URL.").arg(httpStatus),
                     QStringLiteral("protocol"), httpStatus);
    }
    return protocol(parseError, httpStatus);
}

} // namespace pms
