#include "RecordApplier.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "storage/Database.h"
#include "storage/SyncRunRepository.h"

#include <QScopeGuard>

namespace pms {

namespace {
bool sameModified(const QString &cached, const QString &incoming)
{
    return !incoming.isEmpty() && cached == incoming;
}

QString nameKey(qint64 unitId, const QString &fullName)
{
    return QString::number(unitId) + QLatin1Char('|') + fullName.simplified().toLower();
}
} // namespace

RecordApplier::RecordApplier(Database &db, SyncRunRepository &runs, const ConnectionInfo &connection, qint64 runId,
                             QHash<QString, EntityCounts> &counts)
    : m_cache(db)
    , m_runs(runs)
    , m_connection(connection)
    , m_runId(runId)
    , m_counts(counts)
{
}

RecordApplier::~RecordApplier() = default;

Status RecordApplier::load()
{
    auto index = m_cache.loadIndex(m_connection.id);
    if (!index.ok())
        return index.error();
    m_index = std::move(index).value();
    auto excluded = m_runs.excludedKeys(m_connection.id);
    if (!excluded.ok())
        return excluded.error();
    m_excluded = std::move(excluded).value();
    m_managerByPropertyId.clear();
    for (auto it = m_index.properties.cbegin(); it != m_index.properties.cend(); ++it)
        if (it->managerUserId)
            m_managerByPropertyId.insert(it->id, *it->managerUserId);
    return {};
}

Status RecordApplier::apply(Step step, const QString &entity, const RecordPage &page, const QString &now)
{
    m_now = now;
    // "Why didn't this sync?" changes of the page are written together at its end.
    const auto clear = qScopeGuard([this] {
        m_pageExclusions.clear();
        m_pageExclusionOrder.clear();
        m_writes = {};
    });
    for (const RecordProblem &p : page.problems) {
        m_counts[entity].failed++;
        if (p.id > 0)
            exclude(entity, p.id, tr("The PMS sent a record that could not be read: %1").arg(p.reason));
        else
            qCWarning(lcSync) << "skipped a record without id:" << p.reason;
    }
    Status s;
    auto each = [&s](const auto &list, auto rule) {
        for (const auto &r : list)
            if (s.ok())
                s = rule(r);
    };
    switch (step) {
    case Step::Portfolios: each(page.portfolios, [this](const PortfolioRecord &r) { return applyPortfolio(r); }); break;
    case Step::Properties: each(page.properties, [this](const PropertyRecord &r) { return applyProperty(r); }); break;
    case Step::Units: each(page.units, [this](const UnitRecord &r) { return applyUnit(r); }); break;
    case Step::Leases: each(page.leases, [this](const LeaseRecord &r) { return applyLease(r, true); }); break;
    case Step::ResidentsFromLeases: each(page.leases, [this](const LeaseRecord &r) { return applyLease(r, false); }); break;
    case Step::WorkOrders: each(page.workOrders, [this](const WorkOrderRecord &r) { return applyWorkOrder(r); }); break;
    }
    if (!s.ok())
        return s; // a database failure is not a bad record: the caller rolls the page back
    // The records first, then the exclusions: both in the page's transaction.
    if (s = flushWrites(); !s.ok())
        return s;
    return flushExclusions();
}

Status RecordApplier::applyPortfolio(const PortfolioRecord &r)
{
    EntityCounts &c = m_counts[QStringLiteral("portfolios")];
    const auto it = m_index.portfolios.constFind(r.pmsId);
    if (it == m_index.portfolios.cend()) {
        m_index.portfolios.insert(r.pmsId, 0);
        c.created++;
    } else if (sameModified(m_index.portfolioModified.value(r.pmsId), r.modifiedAt)) {
        c.unchanged++;
        return {};
    } else {
        c.updated++;
    }
    m_index.portfolioModified.insert(r.pmsId, r.modifiedAt);
    m_writes.portfolios.append(r);
    return {};
}

Status RecordApplier::applyProperty(const PropertyRecord &r)
{
    EntityCounts &c = m_counts[QStringLiteral("properties")];
    std::optional<qint64> portfolioId;
    if (r.pmsPortfolioId && m_index.portfolios.contains(*r.pmsPortfolioId))
        portfolioId = m_index.portfolios.value(*r.pmsPortfolioId);
    auto it = m_index.properties.find(r.pmsId);
    if (it == m_index.properties.end()) {
        m_index.properties.insert(r.pmsId, {0, r.managerUserId, r.modifiedAt});
        c.created++;
    } else if (sameModified(it->modifiedAt, r.modifiedAt)) {
        c.unchanged++;
        return {};
    } else {
        // R1: an existing property only has its integration data refreshed; local edits stay.
        it->managerUserId = r.managerUserId;
        it->modifiedAt = r.modifiedAt;
        c.updated++;
    }
    m_writes.properties.append({r, portfolioId});
    return {};
}

Status RecordApplier::applyUnit(const UnitRecord &r)
{
    EntityCounts &c = m_counts[QStringLiteral("units")];
    std::optional<qint64> propertyId;
    if (r.pmsPropertyId && m_index.properties.contains(*r.pmsPropertyId))
        propertyId = m_index.properties.value(*r.pmsPropertyId).id;
    if (!propertyId) {
        c.skipped++;
        return exclude(QStringLiteral("units"), r.pmsId,
                       r.pmsPropertyId ? tr("building %1 not in cache").arg(*r.pmsPropertyId)
                                       : tr("the unit names no building"));
    }
    auto it = m_index.units.find(r.pmsId);
    if (it == m_index.units.end()) {
        PmsCacheRepository::UnitRow row;
        row.propertyId = *propertyId;
        row.modifiedAt = r.modifiedAt;
        row.active = r.active;
        m_index.units.insert(r.pmsId, row);
        m_writes.units.append({r, propertyId, r.active, false});
        unexclude(QStringLiteral("units"), r.pmsId);
        c.created++;
        return {};
    }
    if (sameModified(it->modifiedAt, r.modifiedAt) && it->propertyId == *propertyId) {
        c.unchanged++;
        return {};
    }
    // R15: a unit disabled by hand is never re-activated automatically. A unit that
    // reconciliation deactivated and that the PMS lists again is flagged for review instead.
    bool active = r.active;
    bool needsReview = false;
    if (it->disabledByUser)
        active = false;
    else if (it->deactivatedByReconciliation) {
        active = false;
        needsReview = r.active;
    }
    m_writes.units.append({r, propertyId, active, needsReview});
    it->modifiedAt = r.modifiedAt;
    it->propertyId = *propertyId;
    it->active = active;
    c.updated++;
    return {};
}

Status RecordApplier::applyLease(const LeaseRecord &r, bool leaseRows)
{
    EntityCounts &lc = m_counts[QStringLiteral("leases")];
    EntityCounts &rc = m_counts[QStringLiteral("residents")];
    std::optional<qint64> unitId, propertyId;
    if (r.pmsUnitId && m_index.units.contains(*r.pmsUnitId)) {
        const auto &u = m_index.units[*r.pmsUnitId];
        unitId = u.id;
        propertyId = u.propertyId;
    }
    if (!propertyId && r.pmsPropertyId && m_index.properties.contains(*r.pmsPropertyId))
        propertyId = m_index.properties.value(*r.pmsPropertyId).id;

    if (leaseRows) {
        // R8: an existing lease has every field overwritten by the PMS values.
        const auto it = m_index.leaseModified.constFind(r.pmsId);
        if (it == m_index.leaseModified.cend()) {
            m_writes.leases.append({r, unitId, propertyId});
            lc.created++;
        } else if (sameModified(*it, r.modifiedAt)) {
            lc.unchanged++;
        } else {
            m_writes.leases.append({r, unitId, propertyId});
            lc.updated++;
        }
        m_index.leaseModified.insert(r.pmsId, r.modifiedAt);
    }

    if (!m_connection.userSync)
        return {};
    for (const LeaseContactRecord &contact : r.contacts) {
        auto existing = m_index.residents.find(contact.pmsId);
        if (existing != m_index.residents.end()) {
            // R3: only the unit/property and the move-in/out dates change, and only from the
            // resident's active lease (or the lease they are already on, when it ends).
            if (!r.active && existing->leaseId != r.pmsId) {
                rc.unchanged++;
                continue;
            }
            const qint64 newUnit = unitId.value_or(0);
            if (existing->unitId == newUnit && existing->moveIn == r.moveIn && existing->moveOut == r.moveOut
                && existing->leaseId == r.pmsId) {
                rc.unchanged++;
                continue;
            }
            if (!unitId && r.pmsUnitId) {
                rc.skipped++;
                if (Status s = exclude(QStringLiteral("residents"), contact.pmsId,
                                       tr("unit %1 of lease %2 not in cache").arg(*r.pmsUnitId).arg(r.pmsId));
                    !s.ok())
                    return s;
                continue;
            }
            m_writes.residents.append({contact, r, propertyId, unitId});
            existing->unitId = newUnit;
            existing->moveIn = r.moveIn;
            existing->moveOut = r.moveOut;
            existing->leaseId = r.pmsId;
            rc.updated++;
            continue;
        }
        // R2: a new resident is imported only from an active lease.
        if (!r.active) {
            rc.skipped++;
            if (Status s = exclude(QStringLiteral("residents"), contact.pmsId,
                                   tr("lease %1 inactive (status '%2')").arg(r.pmsId).arg(r.status));
                !s.ok())
                return s;
            continue;
        }
        if (!unitId) {
            rc.skipped++;
            const QString why = r.pmsUnitId ? tr("unit %1 not in cache").arg(*r.pmsUnitId)
                                            : tr("lease %1 names no unit").arg(r.pmsId);
            if (Status s = exclude(QStringLiteral("residents"), contact.pmsId, why); !s.ok())
                return s;
            continue;
        }
        m_writes.residents.append({contact, r, propertyId, unitId});
        PmsCacheRepository::ResidentRow row;
        row.unitId = *unitId;
        row.leaseId = r.pmsId;
        row.moveIn = r.moveIn;
        row.moveOut = r.moveOut;
        m_index.residents.insert(contact.pmsId, row);
        m_writes.newResidentNames.append(
            {nameKey(*unitId, contact.firstName + QLatin1Char(' ') + contact.lastName), contact.pmsId});
        unexclude(QStringLiteral("residents"), contact.pmsId);
        rc.created++;
    }
    return {};
}

Status RecordApplier::applyWorkOrder(const WorkOrderRecord &r)
{
    EntityCounts &c = m_counts[QStringLiteral("workorders")];
    // R7: a work order that exists is never updated from the PMS.
    if (m_index.workOrders.contains(r.pmsId)) {
        c.unchanged++;
        return {};
    }
    // Ours: created in the app and pushed (searchTag = its client_ref). The push may not have
    // stored the PMS id yet when this page arrives; link it instead of importing a copy.
    if (r.searchTag.startsWith(QLatin1String("pmsbridge:"))) {
        auto linked = m_cache.linkAppWorkOrder(m_connection.id, r.searchTag, r.pmsId, r.number);
        if (!linked.ok())
            return linked.error();
        if (linked.value()) {
            m_index.workOrders.insert(r.pmsId);
            c.unchanged++;
            return {};
        }
    }
    // R5: only the work orders managed by the integration user.
    const QString managedBy = r.managedBy.trimmed();
    if (managedBy.compare(m_connection.integrationUser.trimmed(), Qt::CaseInsensitive) != 0) {
        c.skipped++;
        const QString why = managedBy.isEmpty()
                                ? tr("Managed By is blank, not the integration user '%1'").arg(m_connection.integrationUser)
                                : tr("Managed By is '%1', not the integration user '%2'")
                                      .arg(managedBy.left(200), m_connection.integrationUser);
        return exclude(QStringLiteral("workorders"), r.pmsId, why);
    }
    // R6: link to the cached property and unit, the property's manager and a matching resident;
    // when the property or unit is not in the cache yet, keep it flagged "unlinked".
    std::optional<qint64> propertyId, unitId, residentId, managerUserId;
    bool linked = true;
    if (r.pmsUnitId) {
        if (m_index.units.contains(*r.pmsUnitId)) {
            const auto &u = m_index.units[*r.pmsUnitId];
            unitId = u.id;
            propertyId = u.propertyId;
        } else {
            linked = false;
        }
    }
    if (r.pmsPropertyId) {
        if (m_index.properties.contains(*r.pmsPropertyId)) {
            const auto &p = m_index.properties[*r.pmsPropertyId];
            propertyId = p.id;
            managerUserId = p.managerUserId;
        } else {
            linked = false;
        }
    } else if (!propertyId) {
        linked = false;
    }
    if (propertyId && !managerUserId && m_managerByPropertyId.contains(*propertyId))
        managerUserId = m_managerByPropertyId.value(*propertyId);
    if (unitId && !r.requestedBy.isEmpty()) {
        const auto res = m_index.residentsByName.constFind(nameKey(*unitId, r.requestedBy));
        if (res != m_index.residentsByName.cend())
            residentId = *res;
    }
    m_writes.workOrders.append({r, propertyId, unitId, residentId, managerUserId, linked});
    m_index.workOrders.insert(r.pmsId);
    unexclude(QStringLiteral("workorders"), r.pmsId);
    c.created++;
    return {};
}

Status RecordApplier::flushWrites()
{
    PageWrites w = std::exchange(m_writes, {});
    if (!w.portfolios.isEmpty()) {
        auto ids = m_cache.writePortfolios(m_connection.id, w.portfolios, m_now);
        if (!ids.ok())
            return ids.error();
        for (auto it = ids.value().cbegin(); it != ids.value().cend(); ++it)
            m_index.portfolios.insert(it.key(), it.value());
    }
    if (!w.properties.isEmpty()) {
        auto ids = m_cache.writeProperties(m_connection.id, w.properties, m_now);
        if (!ids.ok())
            return ids.error();
        for (const PmsCacheRepository::PropertyWrite &p : std::as_const(w.properties)) {
            const qint64 id = ids.value().value(p.record.pmsId);
            m_index.properties[p.record.pmsId].id = id;
            if (p.record.managerUserId)
                m_managerByPropertyId.insert(id, *p.record.managerUserId);
            else
                m_managerByPropertyId.remove(id);
        }
    }
    if (!w.units.isEmpty()) {
        auto ids = m_cache.writeUnits(m_connection.id, w.units, m_now);
        if (!ids.ok())
            return ids.error();
        for (auto it = ids.value().cbegin(); it != ids.value().cend(); ++it)
            m_index.units[it.key()].id = it.value();
    }
    if (!w.leases.isEmpty()) {
        if (Status s = m_cache.writeLeases(m_connection.id, w.leases, m_now); !s.ok())
            return s;
    }
    if (!w.residents.isEmpty()) {
        auto ids = m_cache.writeResidents(m_connection.id, w.residents, m_now);
        if (!ids.ok())
            return ids.error();
        for (auto it = ids.value().cbegin(); it != ids.value().cend(); ++it)
            m_index.residents[it.key()].id = it.value();
        for (const auto &[key, contactId] : std::as_const(w.newResidentNames))
            m_index.residentsByName.insert(key, ids.value().value(contactId));
    }
    if (!w.workOrders.isEmpty())
        return m_cache.insertWorkOrders(m_connection.id, w.workOrders, m_now);
    return {};
}

Status RecordApplier::exclude(const QString &entity, qint64 pmsId, const QString &reason)
{
    const QPair<QString, qint64> key{entity, pmsId};
    if (!m_pageExclusions.contains(key))
        m_pageExclusionOrder.append(key);
    m_pageExclusions.insert(key, reason.isEmpty() ? tr("Left out.") : reason);
    return {};
}

void RecordApplier::unexclude(const QString &entity, qint64 pmsId)
{
    const QPair<QString, qint64> key{entity, pmsId};
    const auto pending = m_pageExclusions.find(key);
    if (pending != m_pageExclusions.end()) {
        pending.value().clear(); // left out earlier in this page, imported after all
        return;
    }
    if (!m_excluded.value(entity).contains(pmsId))
        return; // nothing to forget
    m_pageExclusionOrder.append(key);
    m_pageExclusions.insert(key, QString());
}

Status RecordApplier::flushExclusions()
{
    QList<SyncRunRepository::ExclusionChange> changes;
    changes.reserve(m_pageExclusionOrder.size());
    for (const auto &key : std::as_const(m_pageExclusionOrder))
        changes.append({key.first, key.second, m_pageExclusions.value(key)});
    m_pageExclusions.clear();
    m_pageExclusionOrder.clear();
    if (changes.isEmpty())
        return {};
    Status s = m_runs.applyExclusions(m_connection.id, m_runId, changes, Clock::instance()->nowUtc());
    // A failure here ends the run (its page rolls back) and the next run reads the set again.
    if (s.ok()) {
        for (const SyncRunRepository::ExclusionChange &c : std::as_const(changes)) {
            if (c.reason.isEmpty())
                m_excluded[c.entity].remove(c.pmsId);
            else
                m_excluded[c.entity].insert(c.pmsId);
        }
    }
    return s;
}

} // namespace pms
