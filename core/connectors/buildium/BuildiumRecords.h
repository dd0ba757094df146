#pragma once

#include "BuildiumTypes.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

namespace pms::buildium {

/// Turns Buildium Open API v1 JSON into the cache's records, or says why a record cannot be used.
/// Every field read is checked against the OpenAPI file's shape (an integer id above 0 within int32,
/// strings, booleans, YYYY-MM-DD dates, date-times with a zone, the enums the app relies on); the
/// first field that breaks it refuses the whole record with a reason that names the field.
class BuildiumRecords
{
    Q_DECLARE_TR_FUNCTIONS(pms::buildium::BuildiumRecords)

public:
    /// RentalOwnerMessage -> a portfolio (the owner's rentals).
    static Result<PortfolioRecord> portfolio(const QJsonObject &owner);
    /// RentalMessage -> a property. @p ownerOf: rental id -> rental owner id (the portfolio).
    static Result<PropertyRecord> property(const QJsonObject &rental, const QHash<qint64, qint64> &ownerOf);
    /// RentalUnitMessage -> a unit (Buildium lists only units that exist: every one is active).
    static Result<UnitRecord> unit(const QJsonObject &unit);
    /// LeaseMessage -> a lease with its current tenants as contacts; active when LeaseStatus is Active.
    static Result<LeaseRecord> lease(const QJsonObject &lease);
    /// WorkOrderMessage joined with its task (AllTasksMessage): the task holds the property, the
    /// requester, the status, and AssignedToUserId, whose user is the work order's "Managed By" (R5).
    static Result<WorkOrderRecord> workOrder(const QJsonObject &workOrder, const QJsonObject &task,
        const QHash<qint64, BuildiumUser> &users);
    /// UserMessage -> a user.
    static Result<BuildiumUser> user(const QJsonObject &user);
    /// The Id of any record, when it is a usable one (an integer from 1 to 2^31-1); 0 otherwise.
    static qint64 idOf(const QJsonObject &o);

    /// Buildium's task status in the words the app uses for every PMS ("New" -> "Open", ...).
    static QString statusWords(const QString &taskStatus);
    /// Low / Normal / High -> LOW / MEDIUM / HIGH (the app's priorities); empty when unknown.
    static QString priorityWords(const QString &priority);
    /// The reverse, for a work order made in the app; "Normal" when @p appPriority is not one.
    static QString buildiumPriority(const QString &appPriority);
};

} // namespace pms::buildium
