#pragma once

#include "common/Result.h"
#include "sync/PmsRecords.h"

#include <QHash>
#include <QSet>

namespace pms {

class Database;

/// Writes PMS records into the cache. It only touches PMS-owned columns and raw_json; local_*
/// columns (what the user edited) are never written here (R1).
class PmsCacheRepository
{
public:
    explicit PmsCacheRepository(Database &db) : m_db(db) {}

    struct PropertyRow { qint64 id = 0; std::optional<qint64> managerUserId; QString modifiedAt; };
    struct UnitRow
    {
        qint64 id = 0;
        qint64 propertyId = 0;
        QString modifiedAt;
        bool active = true;
        bool disabledByUser = false;
        bool deactivatedByReconciliation = false;
    };
    struct ResidentRow { qint64 id = 0; qint64 unitId = 0; qint64 leaseId = 0; QString moveIn, moveOut; };

    /// What the cache holds for a connection, loaded once per run so a page needs no lookups.
    struct Index
    {
        QHash<qint64, qint64> portfolios;          // pms id -> row id
        QHash<qint64, QString> portfolioModified;
        QHash<qint64, PropertyRow> properties;     // pms id -> row
        QHash<qint64, UnitRow> units;
        QHash<qint64, ResidentRow> residents;      // pms contact id -> row
        QHash<qint64, QString> leaseModified;      // pms id -> lastModified
        QSet<qint64> workOrders;                   // pms ids
        QHash<QString, qint64> residentsByName;    // "<unit id>|<lower full name>" -> resident id
    };
    Result<Index> loadIndex(qint64 connectionId);

    Result<qint64> insertPortfolio(qint64 connectionId, const PortfolioRecord &r, const QString &now);
    Status updatePortfolio(qint64 id, const PortfolioRecord &r, const QString &now);

    Result<qint64> insertProperty(qint64 connectionId, const PropertyRecord &r, std::optional<qint64> portfolioId,
                                  const QString &now);
    Status updateProperty(qint64 id, const PropertyRecord &r, std::optional<qint64> portfolioId, const QString &now);

    /// @p active is the effective state the engine decided (R15: a unit disabled by hand stays off).
    Result<qint64> insertUnit(qint64 connectionId, const UnitRecord &r, std::optional<qint64> propertyId,
                              const QString &now);
    Status updateUnit(qint64 id, const UnitRecord &r, std::optional<qint64> propertyId, bool active, bool needsReview,
                      const QString &now);

    Result<qint64> insertLease(qint64 connectionId, const LeaseRecord &r, std::optional<qint64> unitId,
                               std::optional<qint64> propertyId, const QString &now);
    /// R8: every field of an existing lease is overwritten.
    Status updateLease(qint64 connectionId, const LeaseRecord &r, std::optional<qint64> unitId,
                       std::optional<qint64> propertyId, const QString &now);

    Result<qint64> insertResident(qint64 connectionId, const LeaseContactRecord &c, const LeaseRecord &lease,
                                  std::optional<qint64> propertyId, std::optional<qint64> unitId, const QString &now);
    /// R3: only the property/unit and the move-in/move-out dates of an existing resident change.
    Status updateResidentPlacement(qint64 id, const LeaseRecord &lease, std::optional<qint64> propertyId,
                                   std::optional<qint64> unitId, const QString &now);

    /// A PMS work order that carries our marker (searchTag = a work order's client_ref) is the one
    /// the app created: the cache row gets its PMS id (when the push has not stored it yet) and no
    /// second row is made. True when @p clientRef belongs to a work order of @p connectionId.
    Result<bool> linkAppWorkOrder(qint64 connectionId, const QString &clientRef, qint64 pmsId, std::optional<qint64> number);
    Result<qint64> insertWorkOrder(qint64 connectionId, const WorkOrderRecord &r, std::optional<qint64> propertyId,
                                   std::optional<qint64> unitId, std::optional<qint64> residentId,
                                   std::optional<qint64> managerUserId, bool linked, const QString &now);

    /// R19: residents take the platform unit their unit is mapped to (NULL when unmapped).
    Status assignResidentsThroughMappings(qint64 connectionId);
    /// R19 off (Unit Sync switched off): no automatic assignment.
    Status clearResidentAssignments(qint64 connectionId);

private:
    Database &m_db;
};

} // namespace pms
