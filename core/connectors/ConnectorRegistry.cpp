#include "ConnectorRegistry.h"

#include "buildium/BuildiumClient.h"
#include "buildium/BuildiumConnector.h"
#include "pms/PropertywareClient.h"
#include "propertyware/PropertywareConnector.h"

#include <QCoreApplication>

namespace pms {

QString recordStepName(RecordStep step)
{
    switch (step) {
    case RecordStep::Portfolios: return QStringLiteral("portfolios");
    case RecordStep::Properties: return QStringLiteral("properties");
    case RecordStep::Units: return QStringLiteral("units");
    case RecordStep::Leases: return QStringLiteral("leases");
    case RecordStep::WorkOrders: return QStringLiteral("workorders");
    }
    return {};
}

const QList<ConnectorRegistry::Entry> &ConnectorRegistry::entries()
{
    // One entry per connector folder; the first is the default (connect without --pms).
    static const QList<Entry> all{
        {QStringLiteral("propertyware"), [] { return QStringLiteral("Propertyware"); },
         &propertyware::PropertywareConnector::connectionFields, &PropertywareClient::validateBaseUrl,
         [](QNetworkAccessManager *nam, const ConnectionInfo &c, const QString &secret, const ClientOptions &o)
             -> std::unique_ptr<PmsConnector> {
             return std::make_unique<propertyware::PropertywareConnector>(nam, c, secret, o);
         }},
        {QStringLiteral("buildium"), [] { return QStringLiteral("Buildium"); },
         &buildium::BuildiumClient::connectionFields, &buildium::BuildiumClient::validateBaseUrl,
         [](QNetworkAccessManager *nam, const ConnectionInfo &c, const QString &secret, const ClientOptions &o)
             -> std::unique_ptr<PmsConnector> {
             return std::make_unique<buildium::BuildiumConnector>(nam, c, secret, o);
         }},
    };
    return all;
}

const ConnectorRegistry::Entry *ConnectorRegistry::find(const QString &kind)
{
    for (const Entry &e : entries())
        if (e.kind.compare(kind.trimmed(), Qt::CaseInsensitive) == 0)
            return &e;
    return nullptr;
}

QStringList ConnectorRegistry::kinds()
{
    QStringList out;
    for (const Entry &e : entries())
        out << e.kind;
    return out;
}

QString ConnectorRegistry::displayName(const QString &kind)
{
    const Entry *e = find(kind);
    return e ? e->displayName() : kind;
}

Result<std::unique_ptr<PmsConnector>> ConnectorRegistry::create(QNetworkAccessManager *nam,
    const ConnectionInfo &connection, const QString &secret, const ClientOptions &options)
{
    const Entry *e = find(connection.pms.isEmpty() ? QStringLiteral("propertyware") : connection.pms);
    if (!e)
        return Error(QCoreApplication::translate("pms::ConnectorRegistry",
                         "Connection %1 is to a PMS this version of PMS Bridge cannot talk to ('%2'); it knows %3.")
                         .arg(connection.name, connection.pms, kinds().join(QStringLiteral(", "))),
            QStringLiteral("config"));
    return e->create(nam, connection, secret, options);
}

} // namespace pms
