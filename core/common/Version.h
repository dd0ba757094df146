#pragma once

#include <QString>

namespace pms {

inline QString appVersion()
{
    return QStringLiteral(PMSBRIDGE_VERSION);
}

inline QByteArray userAgent()
{
    return QByteArrayLiteral("PMSBridge/") + QByteArrayLiteral(PMSBRIDGE_VERSION);
}

} // namespace pms
