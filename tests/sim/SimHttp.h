#pragma once
// A small blocking HTTP client for the simulator's tests: real loopback HTTP through
// QNetworkAccessManager, waiting on the reply with a timeout (QSignalSpy spins the event loop,
// so an in-process server in the same thread keeps answering).

#include "sim/SimServer.h"

#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QUrlQuery>
#include <memory>

namespace pms::sim::test {

struct HttpResult
{
    bool finished = false; // false: no reply within the timeout
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        return {};
    }
    qint64 totalCount() const
    {
        return header("X-Total-Count").isEmpty() ? -1 : header("X-Total-Count").toLongLong();
    }
    QJsonDocument json(QJsonParseError *e = nullptr) const { return QJsonDocument::fromJson(body, e); }
    QJsonArray array() const { return json().array(); }
    QJsonObject object() const { return json().object(); }
    QList<qint64> ids(QLatin1String key = QLatin1String("id")) const // Buildium: "Id"
    {
        QList<qint64> out;
        for (const QJsonValue &v : array())
            out.append(qint64(v.toObject().value(key).toDouble()));
        return out;
    }
    /// The first error of an ErrorResponse: {errorCode, errors:[{key, message}], userMessage}.
    QString errorKey() const
    {
        return object()
            .value(QLatin1String("errors"))
            .toArray()
            .first()
            .toObject()
            .value(QLatin1String("key"))
            .toString();
    }
};

class SimHttp
{
public:
    explicit SimHttp(const SimServer &server)
        : m_base(server.baseUrl())
        , m_control(server.controlUrl())
        , m_clientId(server.options().clientId)
        , m_secret(server.options().clientSecret)
        , m_system(server.options().systemId)
        , m_buildium(server.options().pms == SimPms::Buildium)
    { }

    QString clientId() const { return m_clientId; }
    void setCredentials(const QString &id, const QString &secret, const QString &system)
    {
        m_clientId = id;
        m_secret = secret;
        m_system = system;
    }
    void setAuth(bool on) { m_auth = on; }

    QNetworkRequest request(const QString &path, const QUrlQuery &query = {}) const
    {
        QUrl url = m_base;
        const qsizetype mark = path.indexOf(QLatin1Char('?'));
        url.setPath(url.path() + path.left(mark));
        url.setQuery(mark >= 0 ? QUrlQuery(path.mid(mark + 1)) : query);
        QNetworkRequest req(url);
        if (m_auth && m_buildium) {
            req.setRawHeader("x-buildium-client-id", m_clientId.toUtf8());
            req.setRawHeader("x-buildium-client-secret", m_secret.toUtf8());
        } else if (m_auth) {
            req.setRawHeader("x-propertyware-client-id", m_clientId.toUtf8());
            req.setRawHeader("x-propertyware-client-secret", m_secret.toUtf8());
            req.setRawHeader("x-propertyware-system-id", m_system.toUtf8());
        }
        return req;
    }

    HttpResult wait(QNetworkReply *reply, int timeoutMs = 10000)
    {
        std::unique_ptr<QNetworkReply> owner(reply);
        HttpResult r;
        if (!reply->isFinished()) {
            QSignalSpy spy(reply, &QNetworkReply::finished);
            spy.wait(timeoutMs);
        }
        r.finished = reply->isFinished();
        if (!r.finished) {
            reply->abort();
            return r;
        }
        r.error = reply->error();
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        r.headers = reply->rawHeaderPairs();
        return r;
    }

    HttpResult get(const QString &path, const QUrlQuery &query = {}, int timeoutMs = 10000)
    {
        return wait(m_nam.get(request(path, query)), timeoutMs);
    }
    HttpResult get(const QString &path, const QString &query, int timeoutMs = 10000)
    {
        return get(path, QUrlQuery(query), timeoutMs);
    }
    HttpResult sendJson(const QByteArray &verb, const QString &path, const QByteArray &json,
        const QByteArray &contentType = "application/json")
    {
        QNetworkRequest req = request(path);
        req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        return wait(m_nam.sendCustomRequest(req, verb, json));
    }
    HttpResult postFile(const QString &path, const QUrlQuery &query, const QByteArray &data,
        const QString &fileName, const QByteArray &partName = "file")
    {
        auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentDispositionHeader,
            QByteArray("form-data; name=\"" + partName + "\"; filename=\"" + fileName.toUtf8() + "\""));
        part.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/octet-stream"));
        part.setBody(data);
        multi->append(part);
        QNetworkReply *reply = m_nam.post(request(path, query), multi);
        multi->setParent(reply);
        return wait(reply);
    }
    /// A control endpoint: POST /_sim/<path>?<query>.
    HttpResult control(
        const QByteArray &verb, const QString &path, const QString &query = {}, const QByteArray &body = {})
    {
        QUrl url = m_control;
        url.setPath(url.path() + path);
        url.setQuery(query);
        QNetworkRequest req(url);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("text/plain"));
        return wait(m_nam.sendCustomRequest(req, verb, body));
    }
    /// Every record of a collection, paging with @p limit.
    QJsonArray all(const QString &path, const QString &extraQuery = {}, int limit = 500)
    {
        QJsonArray out;
        for (qint64 offset = 0;; offset += limit) {
            QUrlQuery q(extraQuery);
            q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
            q.addQueryItem(QStringLiteral("offset"), QString::number(offset));
            const HttpResult r = get(path, q);
            if (r.status != 200)
                return out;
            const QJsonArray page = r.array();
            for (const QJsonValue &v : page)
                out.append(v);
            if (page.size() < limit)
                return out;
        }
    }
    QNetworkAccessManager &nam() { return m_nam; }

private:
    QNetworkAccessManager m_nam;
    QUrl m_base, m_control;
    QString m_clientId, m_secret, m_system;
    bool m_buildium = false; // x-buildium-* headers instead of x-propertyware-*
    bool m_auth = true;
};

} // namespace pms::sim::test
