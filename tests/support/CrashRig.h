#pragma once

#include "sim/SimServerThread.h"

#include <QStringList>
#include <QVariant>

#include <memory>

namespace pms::test {

/// What one `pmsbridge` child process did.
struct CliRun
{
    int code = -1;         // exit code; -1 when it did not end in time
    bool killed = false;   // it died of a signal (the crash hook's SIGKILL)
    QString out, err;
};

/// Kill -9 crash safety, shared by tests/sync/tst_crashsafety (small, in ctest) and
/// tests/bench/bench_crash (randomised, prints counts): runs the real binary against a simulator
/// in its own thread, lets PMSBRIDGE_CRASH_AT kill it at a chosen point, and checks what is left.
class CrashRig
{
public:
    CrashRig(QString binary, const sim::SimOptions &options);
    ~CrashRig();

    bool ok() const { return m_base.isValid(); }
    sim::SimServer &server() { return m_sim->server(); }

    /// A fresh cache at @p path with one connection to the simulator.
    bool makeCache(const QString &path);
    /// Runs `pmsbridge --db DB ARGS`; @p crashAt is PMSBRIDGE_CRASH_AT ("after-page:3"), empty for none.
    CliRun run(const QString &db, const QStringList &args, const QByteArray &crashAt = {});
    /// PRAGMA integrity_check: "ok", or what SQLite found.
    static QString integrity(const QString &db);
    static QVariant scalar(const QString &db, const QString &sql);
    /// The CSV exports a user sees (properties, units, residents, leases, work orders without the
    /// local id), for comparing two caches.
    QString exports(const QString &db);

private:
    QString m_binary;
    sim::SimOptions m_options;
    std::unique_ptr<sim::SimServerThread> m_sim;
    QUrl m_base;
};

} // namespace pms::test
