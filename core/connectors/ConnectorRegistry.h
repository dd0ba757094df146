#pragma once

#include "common/ConnectionInfo.h"
#include "connectors/ConnectorTypes.h"

#include <QStringList>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace pms {

class PmsConnector;

/// Every PMS the app can talk to: one entry per connector folder (core/connectors/<pms>/).
/// Adding a PMS is a new folder and one line in ConnectorRegistry.cpp.
class ConnectorRegistry
{
public:
    struct Entry
    {
        QString kind; // "propertyware": what the connection row's pms column holds
        std::function<QString()> displayName; // translated: "Propertyware"
        std::function<QList<ConnectionField>()> fields; // the connection form, in order
        std::function<Status(const QUrl &)> validateBaseUrl;
        std::function<std::unique_ptr<PmsConnector>(
            QNetworkAccessManager *nam, const ConnectionInfo &connection, const QString &secret,
            const ClientOptions &options)>
            create;
    };

    static const QList<Entry> &entries();
    /// The entry of @p kind, or nullptr.
    static const Entry *find(const QString &kind);
    static QStringList kinds();
    /// "Propertyware", "Buildium"; the kind itself when unknown.
    static QString displayName(const QString &kind);
    /// The connector of @p connection's PMS, or an error that names the PMS the cache asks for.
    static Result<std::unique_ptr<PmsConnector>> create(QNetworkAccessManager *nam, const ConnectionInfo &connection,
        const QString &secret, const ClientOptions &options);
};

} // namespace pms
