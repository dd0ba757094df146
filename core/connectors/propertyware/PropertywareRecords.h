#pragma once

#include "domain/PmsRecords.h"

#include <QJsonObject>

/// Propertyware API v1 JSON -> the normalized records (PmsRecords.h).
namespace pms::propertyware::records {
/// Turns one Propertyware JSON object into a record, or says why it cannot be used.
Result<PortfolioRecord> portfolio(const QJsonObject &o);
Result<PropertyRecord> property(const QJsonObject &o, const QString &integrationUser);
Result<UnitRecord> unit(const QJsonObject &o);
Result<LeaseRecord> lease(const QJsonObject &o);
Result<WorkOrderRecord> workOrder(const QJsonObject &o);
/// The email of the PMS user named @p integrationUser in a building's propertyManagerList, if listed.
QString integrationUserEmail(const QJsonObject &building, const QString &integrationUser);
/// Whether a lease counts as active (R2): the active flag, else a status of "Active"/"Current".
bool leaseIsActive(const QJsonObject &o);
} // namespace pms::propertyware::records
