#include "NetworkSettings.h"

#include "storage/ConnectionRepository.h"

#include <QCoreApplication>

#include <algorithm>

namespace pms {

int NetworkSettings::silenceLimitSecs(Database &db)
{
    bool ok = false;
    const int v = AppSettingsRepository(db).value(silenceLimitKey()).toInt(&ok);
    if (!ok || v < kMinSilenceLimitSecs)
        return kDefaultSilenceLimitSecs;
    return std::min(v, kMaxSilenceLimitSecs);
}

Status NetworkSettings::setSilenceLimitSecs(Database &db, int seconds)
{
    if (seconds < kMinSilenceLimitSecs || seconds > kMaxSilenceLimitSecs)
        return Error(QCoreApplication::translate("pms::NetworkSettings",
                                                 "The time to wait for a silent PMS must be between %1 and %2 seconds.")
                         .arg(kMinSilenceLimitSecs)
                         .arg(kMaxSilenceLimitSecs),
                     QStringLiteral("usage"));
    return AppSettingsRepository(db).setValue(silenceLimitKey(), QString::number(seconds));
}

ClientOptions NetworkSettings::clientOptions(Database &db, ClientOptions base)
{
    const int limitMs = silenceLimitSecs(db) * 1000;
    base.silenceLimitMs = std::min(std::max(1, base.silenceLimitMs), limitMs);
    base.timeoutMs = std::min(std::max(1, base.timeoutMs), base.silenceLimitMs);
    return base;
}

} // namespace pms
