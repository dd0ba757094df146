#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace pms {

/// One PMS account (one system ID) the cache holds data for (R22). The secret is not here:
/// it lives in the keychain (see SecretStore).
struct ConnectionInfo
{
    qint64 id = 0;
    QString pms = QStringLiteral("propertyware"); // the connector's registry key (ConnectorRegistry)
    QString name;
    QUrl baseUrl;
    QString systemId;
    QString clientId;
    QString integrationUser;   // "Managed By" of the work orders meant for us (R5)
    QString integrationEmail;  // must equal the PMS user's email for work-order sync (R5)
    QString pmsUserEmail;      // what the PMS told us, empty when unknown
    bool active = true;
    bool userSync = true;
    bool unitSync = true;      // R20
    int lookbackHours = 72;    // R4
    int maxInFlight = 4;
    QDateTime createdAt;
    /// The connector's own form fields that have no member here (Buildium: "defaultVendorId").
    QJsonObject pmsSettings;

    /// The key under which the secret is kept in the keychain.
    QString secretKey() const { return QStringLiteral("%1@%2").arg(clientId, systemId); }
};

} // namespace pms
