#pragma once

#include <QHash>
#include <QString>
#include <QUrl>

namespace pms {

/// What the connection form holds before it is saved.
struct ConnectionDraft
{
    qint64 id = 0;              // 0: not saved yet
    QString pms = QStringLiteral("propertyware"); // the connector (ConnectorRegistry)
    QString name;
    QString baseUrl;
    QString systemId;
    QString clientId;
    QString secret;             // empty: keep the stored one
    bool hasStoredSecret = false;
    QString integrationUser;
    QString integrationEmail;
    int lookbackHours = 72;
    QString vendorId;           // Buildium: the vendor for new work orders
};

/// The Settings form's checks, one message per field, in words that say what to do.
class ConnectionValidator
{
public:
    enum class Field { Name, BaseUrl, SystemId, ClientId, Secret, IntegrationUser, IntegrationEmail, Lookback, Vendor };

    /// Problems by field; empty when the draft can be saved.
    static QHash<Field, QString> validate(const ConnectionDraft &draft);
    /// Only what Test Connection needs (address, system ID for Propertyware, client ID, secret).
    static QHash<Field, QString> validateForTest(const ConnectionDraft &draft);
};

inline size_t qHash(ConnectionValidator::Field f, size_t seed = 0) noexcept
{
    return ::qHash(int(f), seed);
}

} // namespace pms
