#pragma once

#include <QObject>
#include <QString>

namespace pms {

class Database;
class Scheduler;
class SyncController;
class SecretStore;

/// What every screen gets: the GUI thread's read connection to the cache, the sync engine's
/// GUI-side controller and the secret store. Owned by the main window; outlives the screens.
struct AppContext
{
    QString dbPath;
    Database *db = nullptr;               // GUI-thread connection (reads; small writes from dialogs)
    SyncController *sync = nullptr;       // may be null in tests that only show data
    SecretStore *secrets = nullptr;       // may be null in tests
    qint64 connectionId = 0;              // the connection the screens show (0: none yet)
    /// Secrets that must not outlive this run of the app (the demo's); may be null.
    SecretStore *sessionSecrets = nullptr;
    /// Runs the scheduled jobs; may be null (tests). The dashboard asks it for next runs.
    Scheduler *scheduler = nullptr;
};

} // namespace pms
