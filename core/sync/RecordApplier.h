#pragma once

#include "common/ConnectionInfo.h"
#include "connectors/ConnectorTypes.h"
#include "domain/SyncTypes.h"
#include "storage/PmsCacheRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace pms {

class Database;
class SyncRunRepository;

/// Applies pages of normalized records to the cache by the rules R1–R8 (and R19's links),
/// whatever the PMS: what is new, changed, unchanged or left out (and why), written a few
/// statements per page inside the caller's transaction. One per run: it keeps an index of what
/// the cache holds for the connection, and which records have a "why didn't this sync?" reason.
class RecordApplier
{
    Q_DECLARE_TR_FUNCTIONS(pms::RecordApplier)
public:
    /// What a page's records are applied as.
    enum class Step { Portfolios, Properties, Units, Leases, ResidentsFromLeases, WorkOrders };

    /// @p counts: the run's counts per entity, which every page adds to.
    RecordApplier(Database &db, SyncRunRepository &runs, const ConnectionInfo &connection, qint64 runId,
                  QHash<QString, EntityCounts> &counts);
    ~RecordApplier();

    /// Reads the index of the connection's rows and the records left out before.
    Status load();
    /// Applies @p page as @p step's records (counted under @p entity), stamped @p now. The caller
    /// holds the transaction: on a failure nothing of the page may be committed.
    Status apply(Step step, const QString &entity, const RecordPage &page, const QString &now);

private:
    Status applyPortfolio(const PortfolioRecord &r);
    Status applyProperty(const PropertyRecord &r);
    Status applyUnit(const UnitRecord &r);
    Status applyLease(const LeaseRecord &r, bool leaseRows);
    Status applyWorkOrder(const WorkOrderRecord &r);
    /// Keeps why the record was left out (written with the page).
    Status exclude(const QString &entity, qint64 pmsId, const QString &reason);
    /// The record was imported: forget why it was left out before.
    void unexclude(const QString &entity, qint64 pmsId);
    /// Writes the page's records (gathered by the apply* rules) and fills in the new rows' ids.
    Status flushWrites();
    /// Writes the page's exclusion changes (one state per record).
    Status flushExclusions();

    PmsCacheRepository m_cache;
    SyncRunRepository &m_runs;
    ConnectionInfo m_connection;
    qint64 m_runId = 0;
    QHash<QString, EntityCounts> &m_counts;
    QString m_now;
    PmsCacheRepository::Index m_index;
    QHash<qint64, qint64> m_managerByPropertyId; // property row id -> manager user id
    /// The records that have a reason in the cache now (entity -> PMS ids), read at load() and kept
    /// current by the run's own writes (one runner per connection): a record imported without ever
    /// having been left out costs no DELETE.
    QHash<QString, QSet<qint64>> m_excluded;
    QHash<QPair<QString, qint64>, QString> m_pageExclusions; // (entity, PMS id) -> reason, empty to clear
    QList<QPair<QString, qint64>> m_pageExclusionOrder;
    /// What the page being applied writes; rows new to the cache have id 0 in m_index until
    /// flushWrites() sends them.
    struct PageWrites
    {
        QList<PortfolioRecord> portfolios;
        QList<PmsCacheRepository::PropertyWrite> properties;
        QList<PmsCacheRepository::UnitWrite> units;
        QList<PmsCacheRepository::LeaseWrite> leases;
        QList<PmsCacheRepository::ResidentWrite> residents;
        QList<PmsCacheRepository::WorkOrderWrite> workOrders;
        QList<QPair<QString, qint64>> newResidentNames; // name key -> contact id
    } m_writes;
};

} // namespace pms
