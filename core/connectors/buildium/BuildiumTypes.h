#pragma once

#include "pms/PmsTypes.h"
#include "connectors/ConnectorTypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace pms::buildium {

/// Where and as whom to talk to Buildium: an account-level API key (client ID and secret, sent as
/// x-buildium-client-id / x-buildium-client-secret). The secret comes from the keychain.
struct BuildiumCredentials
{
    QUrl baseUrl = QUrl(QStringLiteral("https://api.buildium.com")); // paths are /v1/...
    QString clientId;
    QString clientSecret;
};

/// An incremental window (R4): records updated in [from, to]. An invalid from = everything.
/// Buildium filters rentals, units, leases, owners and vendors by date-time (lastupdatedfrom /
/// lastupdatedto, UTC, seconds), but tasks and work orders only by date (YYYY-MM-DD): their window
/// is widened to whole UTC days, so a run may see a few records again (applying them is idempotent).
struct BuildiumWindow
{
    QDateTime from, to;
    bool isFull() const { return !from.isValid(); }
};

/// The steps of a sync, in the order the engine runs them, and what each delivers.
enum class BuildiumStep {
    Portfolios, // rental owners -> PortfolioRecord (Buildium has no portfolios; an owner's rentals are one)
    Properties, // rentals -> PropertyRecord
    Units, // rentals/units -> UnitRecord
    Leases, // leases (with their current tenants) -> LeaseRecord + LeaseContactRecord
    WorkOrders, // tasks joined with their work orders -> WorkOrderRecord
    Owners, // rentals/owners, raw (for R21's owner list)
    Vendors, // vendors, raw (for R21's service-provider list)
};
QString stepPath(BuildiumStep step); // "/v1/rentals", ...

/// One page of normalized records. Only the list that matches the step is filled. A record that
/// breaks the OpenAPI shapes is not in the lists but in problems, with its reason.
struct BuildiumPage
{
    BuildiumStep step = BuildiumStep::Properties;
    QList<PortfolioRecord> portfolios;
    QList<PropertyRecord> properties;
    QList<UnitRecord> units;
    QList<LeaseRecord> leases;
    QList<WorkOrderRecord> workOrders;
    QList<QJsonObject> raw; // Owners, Vendors
    QList<RecordProblem> problems;
    int pageIndex = 0;
    qint64 totalCount = -1; // the collection's X-Total-Count, -1 when not usable

    int size() const
    {
        return int(portfolios.size() + properties.size() + units.size() + leases.size() + workOrders.size()
            + raw.size());
    }
};

/// A Buildium staff user, as GET /v1/users lists it (R5: a task's AssignedToUserId is its "Managed By").
struct BuildiumUser
{
    qint64 id = 0;
    QString name, email;
    bool active = true;
};

/// A new work order (R10): a work order with a new to-do task.
struct BuildiumWorkOrderDraft
{
    qint64 propertyId = 0;
    qint64 unitId = 0; // 0 = the whole property
    qint64 assignedToUserId = 0; // the integration user
    qint64 vendorId = 0; // required by the API (the connection's vendor for new work orders); 0 is refused
    QString title; // the description's first line, with the search tag
    QString details; // WorkDetails
    QString priority = QStringLiteral("Normal"); // Low / Normal / High
    QString entryAllowed = QStringLiteral("Unknown"); // Unknown / Yes / No
    QDate dueDate;
};

} // namespace pms::buildium

Q_DECLARE_METATYPE(pms::buildium::BuildiumPage)
