#pragma once

#include "SimOptions.h"

#include <QByteArray>
#include <QObject>
#include <QThread>
#include <QUrl>

#include <functional>

namespace pms::sim {

/// The demo's simulator: a SimServer in a thread of its own (so the sync engine's requests never
/// wait on the window), started without blocking the caller. Once it listens, done(baseUrl,
/// platformUnitsCsv) runs on the owner's thread: the base URL (empty when no port could be
/// opened) and SimPlatformUnits::csv() of its data. Deleting it stops the server and joins the
/// thread. The app hands this to the window's DemoLauncher; ui itself does not know the simulator.
class SimDemoServer : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const QUrl &baseUrl, const QByteArray &platformUnitsCsv)>;

    static SimDemoServer *start(const SimOptions &options, QObject *owner, Done done);
    ~SimDemoServer() override;

private:
    explicit SimDemoServer(QObject *owner);

    QThread m_thread;
    QObject *m_holder = nullptr; // lives in m_thread, parent of the server
};

} // namespace pms::sim
