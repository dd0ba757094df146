#pragma once

#include "common/Result.h"
#include "pms/PmsTypes.h"

namespace pms {

class Database;

/// How long the app waits for a silent PMS, kept in the cache (app_settings
/// "pms.silence_limit_seconds", default 60 s): every request, and so every sync step, reconciliation,
/// push and connection check, gives up within it. Settings shows it; the command line follows it.
class NetworkSettings
{
public:
    static constexpr int kDefaultSilenceLimitSecs = 60;
    static constexpr int kMinSilenceLimitSecs = 1;
    static constexpr int kMaxSilenceLimitSecs = 3600;
    static QString silenceLimitKey() { return QStringLiteral("pms.silence_limit_seconds"); }

    /// The stored limit, or the default when none (or nothing usable) is stored.
    static int silenceLimitSecs(Database &db);
    static Status setSilenceLimitSecs(Database &db, int seconds);

    /// @p base with the stored limit applied: the smaller of the two silence limits, and a transfer
    /// timeout no longer than it.
    static ClientOptions clientOptions(Database &db, ClientOptions base = {});
};

} // namespace pms
