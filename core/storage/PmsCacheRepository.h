#pragma once

#include "common/Result.h"
#include "domain/PmsRecords.h"

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

    // A page's writes, each a few multi-row statements. An existing row (same connection and PMS
    // id) is updated by the rules of its table; the others are inserted. A key listed twice is
    // written once, with its last values. Row ids come back keyed by PMS id (contact id for
    // residents).
    using RowIds = QHash<qint64, qint64>;
    struct PropertyWrite { PropertyRecord record; std::optional<qint64> portfolioId; };
    /// @p active is the effective state the engine decided (R15: a unit disabled by hand stays off).
    struct UnitWrite
    {
        UnitRecord record;
        std::optional<qint64> propertyId;
        bool active = true;
        bool needsReview = false;
    };
    struct LeaseWrite { LeaseRecord record; std::optional<qint64> unitId, propertyId; };
    struct ResidentWrite { LeaseContactRecord contact; LeaseRecord lease; std::optional<qint64> propertyId, unitId; };
    struct WorkOrderWrite
    {
        WorkOrderRecord record;
        std::optional<qint64> propertyId, unitId, residentId, managerUserId;
        bool linked = true;
    };

    Result<RowIds> writePortfolios(qint64 connectionId, const QList<PortfolioRecord> &rows, const QString &now);
    /// R1/R15: an existing property has its PMS-owned columns refreshed; 'active' follows the PMS
    /// unless the property was disabled by hand or deactivated by reconciliation.
    Result<RowIds> writeProperties(qint64 connectionId, const QList<PropertyWrite> &rows, const QString &now);
    Result<RowIds> writeUnits(qint64 connectionId, const QList<UnitWrite> &rows, const QString &now);
    /// R8: every field of an existing lease is overwritten.
    Status writeLeases(qint64 connectionId, const QList<LeaseWrite> &rows, const QString &now);
    /// R3: an existing resident only has the property/unit and the move-in/move-out dates changed.
    Result<RowIds> writeResidents(qint64 connectionId, const QList<ResidentWrite> &rows, const QString &now);
    /// R7: work orders are only ever inserted from the PMS.
    Status insertWorkOrders(qint64 connectionId, const QList<WorkOrderWrite> &rows, const QString &now);

    /// A PMS work order that carries our marker (searchTag = a work order's client_ref) is the one
    /// the app created: the cache row gets its PMS id (when the push has not stored it yet) and no
    /// second row is made. True when @p clientRef belongs to a work order of @p connectionId.
    Result<bool> linkAppWorkOrder(qint64 connectionId, const QString &clientRef, qint64 pmsId, std::optional<qint64> number);

    /// R19: residents take the platform unit their unit is mapped to (NULL when unmapped).
    Status assignResidentsThroughMappings(qint64 connectionId);
    /// R19 off (Unit Sync switched off): no automatic assignment.
    Status clearResidentAssignments(qint64 connectionId);

private:
    Database &m_db;
};

} // namespace pms
