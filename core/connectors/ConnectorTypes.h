#pragma once

#include "pms/PmsTypes.h"
#include "domain/PmsRecords.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace pms {

/// The collections a sync reads, whatever the PMS calls them (issue 19's connector seam).
enum class RecordStep {
    Portfolios, // Propertyware portfolios; Buildium rental owners
    Properties, // Propertyware buildings; Buildium rentals
    Units,
    Leases, // with their residents (contacts / current tenants)
    WorkOrders,
};

/// An incremental window (R4): records changed in [from, to]. An invalid from = everything.
struct SyncWindow
{
    QDateTime from, to;
    bool isFull() const { return !from.isValid(); }
};

/// One page of normalized records, as every connector delivers them. Only the list of the step is
/// filled; a record that could not be used is in problems with its reason (kept in "why didn't
/// this sync?" when it has an id).
struct RecordPage
{
    RecordStep step = RecordStep::Portfolios;
    QList<PortfolioRecord> portfolios;
    QList<PropertyRecord> properties;
    QList<UnitRecord> units;
    QList<LeaseRecord> leases;
    QList<WorkOrderRecord> workOrders;
    QList<RecordProblem> problems;
    int pageIndex = 0; // 0, 1, 2, ... in delivery order
    int pagesExpected = 0; // the current estimate, 0 when unknown
    /// The email the PMS has for the connection's integration user, when this page told it (R5).
    QString integrationUserEmail;

    qsizetype size() const
    {
        return portfolios.size() + properties.size() + units.size() + leases.size() + workOrders.size();
    }
};

/// What a connector job found out: a connection test (and a sync's first call), or one work-order
/// push (R10, R11).
struct ConnectorReply
{
    Status status; // failed: the words of a sync's errors ("auth" when the key or secret is refused)
    /// A push: the PMS's id of the work order created or found (0: not found), or of the document
    /// uploaded.
    qint64 pmsId = 0;
    int number = 0; // the work order's number, when the PMS gives one
    /// The email the PMS has for the integration user, when the test looked it up (R5).
    QString pmsUserEmail;
    /// Non-empty when work-order sync must stay off on this PMS, and why (R5's gate).
    QString workOrderGate;
};

/// One field of the connection form (Settings, the welcome page, `connect`), so the window needs
/// no knowledge of any PMS.
struct ConnectionField
{
    QString key; // "baseUrl", "systemId", "clientId", "clientSecret", "integrationUser", "integrationEmail", or
                 // a connector's own key kept in ConnectionInfo::pmsSettings (Buildium: "defaultVendorId")
    QString label; // translated
    QString hint; // translated
    QString defaultValue;
    bool secret = false;
    bool required = true;
};

QString recordStepName(RecordStep step); // "portfolios", "properties", ...

} // namespace pms

Q_DECLARE_METATYPE(pms::RecordPage)
Q_DECLARE_METATYPE(pms::ConnectorReply)
