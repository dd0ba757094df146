#pragma once

#include "SimOptions.h"
#include "SimRandom.h"
#include "SimRecords.h"
#include "common/Clock.h"

#include <QByteArray>
#include <QDateTime>
#include <QMutex>
#include <functional>
#include <memory>
#include <utility>

namespace pms::sim {

/// The simulator's data and the C++ API to change it between syncs. Thread-safe: every public
/// function locks, so a test thread can change data while the server thread serves it.
///
/// Every change moves the lastModifiedDateTime of what it changes to now() (the injected clock),
/// so an incremental sync with lastModifiedDateTimeStart = its previous run sees exactly those.
/// Functions that pick records ("touch 10 units") pick them with a seeded generator: the same
/// seed and the same calls change the same records.
class SimDataset
{
public:
    explicit SimDataset(const SimOptions &options);
    ~SimDataset();
    SimDataset(const SimDataset &) = delete;
    SimDataset &operator=(const SimDataset &) = delete;

    const SimOptions &options() const { return m_options; }
    /// Throws the data away and generates it again from the options (same seed, same data).
    void reset();

    // ---- time ---------------------------------------------------------------------------
    /// The clock "now" comes from; nullptr = pms::Clock::instance(). Not owned.
    void setClock(const pms::Clock *clock);
    /// Freezes "now" at @p utc (installs an internal manual clock).
    void setNow(const QDateTime &utc);
    void advanceSecs(qint64 secs); // moves the manual clock (installs one at now() if needed)
    QDateTime now() const;
    qint64 nowSecs() const;

    // ---- reading ------------------------------------------------------------------------
    int count(Entity entity) const;
    QList<qint64> ids(Entity entity) const;
    /// Changes on every write; lets callers cache what they computed from the data.
    quint64 version() const;
    /// The whole collection as the API would serve it, in id order (for determinism checks).
    QByteArray collectionJson(Entity entity) const;
    /// One record as GET /<entity>/{id} serves it; empty when there is no such record.
    QByteArray recordJson(Entity entity, qint64 id) const;

    /// Runs @p f(const SimStore &) under the lock.
    template<class F> decltype(auto) read(F &&f) const
    {
        QMutexLocker lock(&m_mutex);
        return f(std::as_const(m_store));
    }
    /// Runs @p f(const SimStore &, quint64 version, qint64 nowSecs) under the lock.
    template<class F> decltype(auto) readSnapshot(F &&f) const
    {
        QMutexLocker lock(&m_mutex);
        return f(std::as_const(m_store), m_version, nowLocked());
    }
    /// Runs @p f(SimStore &, qint64 nowSecs) under the lock and counts it as a change.
    template<class F> decltype(auto) change(F &&f)
    {
        QMutexLocker lock(&m_mutex);
        ++m_version;
        return f(m_store, nowLocked());
    }
    /// Runs @p f(SimStore &) under the lock and counts it as a change.
    template<class F> decltype(auto) write(F &&f)
    {
        QMutexLocker lock(&m_mutex);
        ++m_version;
        return f(m_store);
    }

    // ---- changes between syncs (all return the ids they changed, ascending) --------------
    QList<qint64> touch(Entity entity, int count);
    QList<qint64> touchIds(Entity entity, const QList<qint64> &ids);
    /// Renames @p count records (units get another name style, buildings and portfolios another
    /// name, contacts a new last name, vendors a new company name, leases follow their tenant).
    QList<qint64> rename(Entity entity, int count);
    bool renameRecord(Entity entity, qint64 id, const QString &newName);
    /// Moves a lease to another unit (and building); the old and new unit change too.
    bool moveLease(qint64 leaseId, qint64 unitId);
    QList<qint64> moveLeases(int count); // active leases to vacant active units
    QList<qint64> deleteUnits(int count);
    QList<qint64> deleteUnitIds(const QList<qint64> &ids);
    QList<qint64> deactivateUnits(int count);
    QList<qint64> deactivateUnitIds(const QList<qint64> &ids);
    /// New units in @p buildingId (0 = random active multi-unit buildings).
    QList<qint64> addUnits(int count, qint64 buildingId = 0);
    /// New open work orders; managedBy defaults to the integration user.
    QList<qint64> addWorkOrders(int count, const QString &managedBy = QString());

    /// Page-shift fault: clones @p count records of @p view (indices into the entity's vector, as
    /// served) taken before @p servedEnd, with ids that sort before the originals, so a client
    /// paging by offset sees records move forward. Caller holds no lock; view must be current.
    QList<qint64> insertBefore(Entity entity, const std::vector<int> &view, int servedEnd, int count,
        bool idAscending, quint64 expectedVersion);

private:
    QList<qint64> deleteUnitsLocked(const QList<qint64> &ids);
    QList<qint64> deactivateUnitsLocked(const QList<qint64> &ids);
    bool moveLeaseLocked(qint64 leaseId, qint64 unitId);
    QList<qint64> pickIds(Entity entity, int count, const std::function<bool(qint64)> &accept = {});
    qint64 nowLocked() const;

    SimOptions m_options;
    mutable QMutex m_mutex;
    SimStore m_store;
    SimRandom m_rng;
    quint64 m_version = 1;
    const pms::Clock *m_clock = nullptr;
    std::unique_ptr<pms::ManualClock> m_manualClock;
};

/// Calls f(std::vector<Record> &) for the vector that holds @p entity.
template<class Store, class F> decltype(auto) withRecords(Store &s, Entity entity, F &&f)
{
    switch (entity) {
    case Entity::Portfolios:
        return f(s.portfolios);
    case Entity::Buildings:
        return f(s.buildings);
    case Entity::Units:
        return f(s.units);
    case Entity::Leases:
        return f(s.leases);
    case Entity::Contacts:
        return f(s.contacts);
    case Entity::WorkOrders:
        return f(s.workOrders);
    case Entity::Vendors:
        return f(s.vendors);
    case Entity::Documents:
        break;
    }
    return f(s.documents);
}

} // namespace pms::sim
