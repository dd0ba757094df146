#pragma once

#include "SimServer.h"

#include <QThread>
#include <QUrl>

namespace pms::sim {

/// Runs a SimServer in a thread of its own, for clients that block their own thread (a sync
/// engine waiting on a reply in a worker, a benchmark):
///
///   pms::sim::SimServerThread sim(options);
///   QUrl base = sim.start();          // empty on failure
///   sim.server().data().touch(pms::sim::Entity::Units, 5);   // data() and faults() are thread-safe
///
/// The destructor stops the server and joins the thread.
class SimServerThread
{
public:
    explicit SimServerThread(const SimOptions &options = SimOptions());
    ~SimServerThread();
    SimServerThread(const SimServerThread &) = delete;
    SimServerThread &operator=(const SimServerThread &) = delete;

    /// Starts the thread and listens on 127.0.0.1:@p port; returns the base URL (empty on failure).
    QUrl start(quint16 port = 0);
    void stop();
    SimServer &server() { return *m_server; }
    QUrl baseUrl() const { return m_server ? m_server->baseUrl() : QUrl(); }

private:
    QThread m_thread;
    SimServer *m_server = nullptr; // lives in m_thread, deleted there
};

} // namespace pms::sim
