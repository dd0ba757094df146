#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace pms {

/// PMS records as the cache stores them: the PMS-owned fields, plus the raw record.
struct PortfolioRecord
{
    qint64 pmsId = 0;
    QString name, abbreviation;
    bool active = true;
    QString rawJson, modifiedAt;
};

struct PropertyRecord
{
    qint64 pmsId = 0;
    std::optional<qint64> pmsPortfolioId;
    QString name, abbreviation, address, city, state, postalCode;
    std::optional<qint64> managerUserId;
    QString managerName, managerEmail;
    bool active = true;
    QString rawJson, modifiedAt;
};

struct UnitRecord
{
    qint64 pmsId = 0;
    std::optional<qint64> pmsPropertyId;
    QString name, address, city, state, postalCode;
    std::optional<int> floor;
    bool active = true;
    QString rawJson, modifiedAt;
};

struct LeaseContactRecord
{
    qint64 pmsId = 0;
    QString firstName, lastName, email, phone;
    QString rawJson;
};

struct LeaseRecord
{
    qint64 pmsId = 0;
    std::optional<qint64> pmsUnitId, pmsPropertyId;
    QString name, status;
    bool active = false;
    QString startDate, endDate, moveIn, moveOut; // YYYY-MM-DD or empty
    std::optional<double> baseRent;
    QString rawJson, modifiedAt;
    QList<LeaseContactRecord> contacts;
};

struct WorkOrderRecord
{
    qint64 pmsId = 0;
    std::optional<qint64> number;
    std::optional<qint64> pmsPropertyId, pmsUnitId;
    QString managedBy, requestedBy, status, priority, category, description, authorizeEnter;
    QString rawJson, createdAt, modifiedAt;
};

/// Turns one PMS JSON object into a record, or says why it cannot be used.
namespace records {
Result<PortfolioRecord> portfolio(const QJsonObject &o);
Result<PropertyRecord> property(const QJsonObject &o, const QString &integrationUser);
Result<UnitRecord> unit(const QJsonObject &o);
Result<LeaseRecord> lease(const QJsonObject &o);
Result<WorkOrderRecord> workOrder(const QJsonObject &o);
/// The email of the PMS user named @p integrationUser in a building's propertyManagerList, if listed.
QString integrationUserEmail(const QJsonObject &building, const QString &integrationUser);
/// Whether a lease counts as active (R2): the active flag, else a status of "Active"/"Current".
bool leaseIsActive(const QJsonObject &o);
} // namespace records

} // namespace pms
