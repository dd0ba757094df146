#pragma once

#include "FaultPlan.h"
#include "SimApi.h"
#include "SimDataset.h"
#include "SimOptions.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QTimer>
#include <QUrl>
#include <atomic>
#include <memory>

class QHttpServerResponder;

namespace pms::sim {

class SimControl;
namespace buildium {
class BuildiumApi;
}

/// The Propertyware API v1 simulator: an HTTP server on loopback serving SimApi under
/// /pw/api/rest/v1, the control endpoints (SimControl) under /_sim, with FaultPlan faults.
/// With SimOptions::pms = SimPms::Buildium it serves the Buildium Open API v1 instead
/// (buildium::BuildiumApi under /v1, its upload bucket under /bucket) over the same data.
///
///   pms::sim::SimOptions o;           // tiny, seed 1, demo-client / demo-secret / 1001
///   pms::sim::SimServer server(o);
///   quint16 port = server.listen();   // 0 = a free port; returns 0 on failure
///   QUrl base = server.baseUrl();     // http://127.0.0.1:PORT/pw/api/rest/v1
///   server.data().touch(pms::sim::Entity::Units, 10);
///   server.faults().setSpec("units:429#1");
///
/// The server answers in the thread it lives in (run it in its own thread with SimServerThread
/// when the client blocks its thread); data() and faults() may be used from any thread.
class SimServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    static constexpr const char *ApiPath = "/pw/api/rest/v1";

    explicit SimServer(const SimOptions &options = SimOptions(), QObject *parent = nullptr);
    ~SimServer() override;

    /// Listens on 127.0.0.1:@p port (0 = any free port). Returns the port, or 0 on failure.
    quint16 listen(quint16 port = 0);
    quint16 port() const { return m_port; }
    QUrl baseUrl() const; // http://127.0.0.1:PORT/pw/api/rest/v1; Buildium: http://127.0.0.1:PORT
    QUrl controlUrl() const; // http://127.0.0.1:PORT/_sim

    SimDataset &data() { return *m_data; }
    /// The Buildium API (files uploaded, ...); nullptr when serving Propertyware.
    buildium::BuildiumApi *buildiumApi() { return m_buildium.get(); }
    FaultPlan &faults() { return m_faults; }
    const SimOptions &options() const { return m_options; }
    quint64 requestCount() const { return m_requests.load(); }

    /// Starts or stops the live changes (a few records every options().liveIntervalMs).
    void setLive(bool on);
    /// One round of live changes (what the timer does each minute).
    void liveTick();

Q_SIGNALS:
    /// After each PMS request was answered (or given up on: status 0 for hang and reset).
    void served(const QString &method, const QString &path, int status);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void serveApi(std::shared_ptr<QHttpServerResponder> responder, QTcpSocket *socket,
        const SimRequest &request, const FaultPlan::Decision &decision);
    void send(QHttpServerResponder &responder, const SimResponse &response);
    void reset(
        std::shared_ptr<QHttpServerResponder> responder, QTcpSocket *socket, const SimResponse &response);
    void hang(std::shared_ptr<QHttpServerResponder> responder, QTcpSocket *socket);

    SimOptions m_options;
    std::unique_ptr<SimDataset> m_data;
    FaultPlan m_faults;
    std::unique_ptr<SimApi> m_api;
    std::unique_ptr<buildium::BuildiumApi> m_buildium;
    std::unique_ptr<SimControl> m_control;
    QHash<QTcpSocket *, std::shared_ptr<QHttpServerResponder>> m_hung;
    QTimer m_liveTimer;
    quint16 m_port = 0;
    std::atomic<quint64> m_requests { 0 };
};

} // namespace pms::sim
