#include "SimServer.h"

#include "SimControl.h"
#include "buildium/BuildiumApi.h"
#include "common/Logging.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <sys/socket.h>

namespace pms::sim {

namespace {

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

const QByteArray HtmlPage
    = "<!DOCTYPE html>\n<html><head><title>Service Temporarily Unavailable</title></head>\n"
      "<body><h1>Service Temporarily Unavailable</h1><p>The server is temporarily unable to service your "
      "request. Please try again later.</p><hr><address>Apache Server at api.propertyware.com Port "
      "443</address>"
      "</body></html>\n";

} // namespace

SimServer::SimServer(const SimOptions &options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(options)
    , m_data(std::make_unique<SimDataset>(options))
    , m_faults(options.seed)
{
    m_api = std::make_unique<SimApi>(*m_data, m_options);
    if (options.pms == SimPms::Buildium)
        m_buildium = std::make_unique<buildium::BuildiumApi>(*m_data, m_options);
    m_control = std::make_unique<SimControl>(*m_data, m_faults, [this]() -> QByteArray {
        return QByteArray("\"requests\":") + QByteArray::number(m_requests.load()) + ",\"baseUrl\":\""
            + baseUrl().toString().toUtf8() + '"';
    });
    if (!options.faults.isEmpty()) {
        QString error;
        if (!m_faults.setSpec(options.faults, &error))
            qCWarning(lcSim) << "ignoring fault spec:" << error;
    }
    m_liveTimer.setInterval(std::max(10, options.liveIntervalMs));
    connect(&m_liveTimer, &QTimer::timeout, this, &SimServer::liveTick);
    if (options.live)
        m_liveTimer.start();
}

SimServer::~SimServer()
{
    m_hung.clear();
}

quint16 SimServer::listen(quint16 port)
{
    m_port = QAbstractHttpServer::listen(QHostAddress::LocalHost, port);
    if (m_buildium)
        m_buildium->setRootUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)));
    return m_port;
}

QUrl SimServer::baseUrl() const
{
    if (m_buildium)
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(QLatin1String(ApiPath)));
}

QUrl SimServer::controlUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/_sim").arg(m_port));
}

void SimServer::setLive(bool on)
{
    if (on)
        m_liveTimer.start();
    else
        m_liveTimer.stop();
}

void SimServer::liveTick()
{
    const auto units = m_data->touch(Entity::Units, 2);
    const auto renamed = m_data->rename(Entity::Contacts, 1);
    const auto orders = m_data->addWorkOrders(1);
    m_data->touch(Entity::WorkOrders, 2);
    m_data->touch(Entity::Leases, 1);
    qCInfo(lcSim) << "live: touched units" << units << "renamed contacts" << renamed << "new work orders"
                  << orders;
}

void SimServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    auto responder = makeResponder(request, socket);
    send(responder, SimResponse::error(404, QStringLiteral("path"), QStringLiteral("Not found")));
}

bool SimServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    const QString fullPath = request.url().path();
    SimRequest r;
    r.method = methodName(request.method());
    r.query = request.query();
    r.headers = request.headers();
    r.body = request.body();

    if (fullPath == QLatin1String("/_sim") || fullPath.startsWith(QLatin1String("/_sim/"))) {
        r.path = fullPath.mid(5);
        send(*responder, m_control->handle(r));
        return true;
    }
    if (m_buildium) {
        // Buildium: everything below the root (/v1/..., and the upload bucket /bucket/...).
        r.path = fullPath;
        ++m_requests;
        const FaultPlan::Decision decision = m_faults.decide(
            buildium::BuildiumApi::routeOf(r.path), buildium::BuildiumApi::isCollectionGet(r.method, r.path));
        if (decision.delayMs > 0) {
            QPointer<QTcpSocket> guard(socket);
            QTimer::singleShot(decision.delayMs, this, [this, responder, guard, r, decision] {
                if (guard)
                    serveApi(responder, guard, r, decision);
            });
        } else {
            serveApi(responder, socket, r, decision);
        }
        return true;
    }
    const QString api = QLatin1String(ApiPath);
    if (fullPath != api && !fullPath.startsWith(api + QLatin1Char('/'))) {
        send(*responder,
            SimResponse::error(404, QStringLiteral("path"),
                QStringLiteral("No resource at %1; the API is under %2").arg(fullPath, api)));
        return true;
    }
    r.path = fullPath.mid(api.size());
    if (r.path.isEmpty())
        r.path = QStringLiteral("/");
    ++m_requests;
    const FaultPlan::Decision decision
        = m_faults.decide(SimApi::routeOf(r.path), SimApi::isCollectionGet(r.method, r.path));
    if (decision.delayMs > 0) {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(decision.delayMs, this, [this, responder, guard, r, decision] {
            if (guard)
                serveApi(responder, guard, r, decision);
        });
    } else {
        serveApi(responder, socket, r, decision);
    }
    return true;
}

void SimServer::serveApi(std::shared_ptr<QHttpServerResponder> responder, QTcpSocket *socket,
    const SimRequest &r, const FaultPlan::Decision &decision)
{
    using Kind = FaultPlan::Kind;
    const std::optional<FaultPlan::Rule> &fault = decision.terminal;
    if (fault && fault->kind == Kind::Hang) {
        hang(responder, socket);
        Q_EMIT served(QString::fromLatin1(r.method), r.path, 0);
        return;
    }
    SimResponse response;
    if (fault && fault->kind == Kind::Status && m_buildium) {
        const QString route = buildium::BuildiumApi::routeOf(r.path);
        if (fault->status == 401)
            response = buildium::BuildiumApi::error(401, QStringLiteral("x-buildium-client-secret"),
                QStringLiteral("The API key has been deleted or its secret changed."));
        else if (fault->status == 403)
            response = buildium::BuildiumApi::forbidden(route, r.method);
        else
            response = buildium::BuildiumApi::error(fault->status, QStringLiteral("simulator"),
                QStringLiteral("Simulated error %1 (fault injection)").arg(fault->status));
        if (fault->status == 429 || (fault->status == 503 && fault->value > 0))
            response.headers.append({ "Retry-After", QByteArray::number(fault->value) });
    } else if (fault && fault->kind == Kind::Status) {
        if (fault->status == 401)
            response = SimResponse::error(401, QStringLiteral("x-propertyware-client-secret"),
                QStringLiteral("The API key has been revoked or expired."));
        else
            response = SimResponse::error(fault->status, QStringLiteral("simulator"),
                QStringLiteral("Simulated error %1 (fault injection)").arg(fault->status));
        if (fault->status == 429 || (fault->status == 503 && fault->value > 0))
            response.headers.append({ "Retry-After", QByteArray::number(fault->value) });
    } else if (m_buildium) {
        response = m_buildium->handle(r, decision.pageShift);
    } else {
        response = m_api->handle(r, decision.pageShift);
    }
    if (fault) {
        switch (fault->kind) {
        case Kind::Reset:
            reset(responder, socket, response);
            Q_EMIT served(QString::fromLatin1(r.method), r.path, 0);
            return;
        case Kind::Truncate:
            response.body.truncate(std::max<qsizetype>(1, response.body.size() / 2));
            break;
        case Kind::BadJson:
            response.status = 200;
            response.body.chop(1);
            response.body.append(",}");
            break;
        case Kind::WrongType:
            response.status = 200;
            response.contentType = "text/html; charset=utf-8";
            response.body = HtmlPage;
            break;
        default:
            break;
        }
    }
    send(*responder, response);
    Q_EMIT served(QString::fromLatin1(r.method), r.path, response.status);
}

void SimServer::send(QHttpServerResponder &responder, const SimResponse &response)
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    responder.writeHeader("Content-Type", response.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    for (const auto &h : response.headers)
        responder.writeHeader(h.first, h.second);
    responder.writeBody(response.body);
}

void SimServer::reset(
    std::shared_ptr<QHttpServerResponder> responder, QTcpSocket *socket, const SimResponse &response)
{
    // Promise the whole body, send half, then reset the connection (RST, not a clean close).
    responder->writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    responder->writeHeader("Content-Type", response.contentType);
    responder->writeHeader("Content-Length", QByteArray::number(response.body.size()));
    for (const auto &h : response.headers)
        responder->writeHeader(h.first, h.second);
    responder->writeBody(response.body.left(response.body.size() / 2));
    socket->flush();
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(30, this, [guard, responder] {
        if (!guard)
            return;
        const qintptr fd = guard->socketDescriptor();
        if (fd >= 0) {
            struct linger l
            {
                1, 0
            };
            ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &l, sizeof l);
        }
        guard->abort();
    });
}

void SimServer::hang(std::shared_ptr<QHttpServerResponder> responder, QTcpSocket *socket)
{
    // Keep the responder (and so the request) open until the client gives up.
    m_hung.insert(socket, responder);
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] { m_hung.remove(socket); });
}

} // namespace pms::sim
