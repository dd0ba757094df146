#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace pms {

/// PMS records as the cache stores them, whatever the PMS: the PMS-owned fields, plus the raw
/// record. Every connector (core/connectors/<pms>/) turns its PMS's JSON into these.
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
    /// "pmsbridge:<uuid>" when the app made this work order (R10), whatever field the PMS keeps it in.
    QString searchTag;
    QString rawJson, createdAt, modifiedAt;
};


} // namespace pms
