#include "SimDataset.h"

#include "SimGenerator.h"
#include "SimJson.h"
#include "SimNames.h"

#include <QRegularExpression>
#include <QTimeZone>
#include <type_traits>

namespace pms::sim {

SimDataset::SimDataset(const SimOptions &options)
    : m_options(options)
    , m_rng(options.seed ^ 0xD1B54A32D192ED03ull)
{
    reset();
}

SimDataset::~SimDataset() = default;

void SimDataset::reset()
{
    QMutexLocker lock(&m_mutex);
    const QDate asOf = m_options.asOf.isValid() ? m_options.asOf
                                                : QDateTime::fromSecsSinceEpoch(nowLocked(), Qt::UTC).date();
    m_store = SimGenerator(m_options, asOf).generate();
    m_rng = SimRandom(m_options.seed ^ 0xD1B54A32D192ED03ull);
    ++m_version;
}

// ---- time -----------------------------------------------------------------------------------

void SimDataset::setClock(const pms::Clock *clock)
{
    QMutexLocker lock(&m_mutex);
    m_clock = clock;
    m_manualClock.reset();
}

void SimDataset::setNow(const QDateTime &utc)
{
    QMutexLocker lock(&m_mutex);
    if (!m_manualClock)
        m_manualClock = std::make_unique<pms::ManualClock>(utc);
    m_manualClock->setNow(utc);
}

void SimDataset::advanceSecs(qint64 secs)
{
    QMutexLocker lock(&m_mutex);
    if (!m_manualClock)
        m_manualClock
            = std::make_unique<pms::ManualClock>(QDateTime::fromSecsSinceEpoch(nowLocked(), Qt::UTC));
    m_manualClock->advanceSecs(secs);
}

qint64 SimDataset::nowLocked() const
{
    if (m_manualClock)
        return m_manualClock->nowUtc().toSecsSinceEpoch();
    const pms::Clock *clock = m_clock ? m_clock : pms::Clock::instance();
    return clock->nowUtc().toSecsSinceEpoch();
}

qint64 SimDataset::nowSecs() const
{
    QMutexLocker lock(&m_mutex);
    return nowLocked();
}

QDateTime SimDataset::now() const
{
    return QDateTime::fromSecsSinceEpoch(nowSecs(), Qt::UTC);
}

// ---- reading --------------------------------------------------------------------------------

int SimDataset::count(Entity entity) const
{
    QMutexLocker lock(&m_mutex);
    return withRecords(m_store, entity, [](const auto &v) { return int(v.size()); });
}

QList<qint64> SimDataset::ids(Entity entity) const
{
    QMutexLocker lock(&m_mutex);
    return withRecords(m_store, entity, [](const auto &v) {
        QList<qint64> out;
        out.reserve(qsizetype(v.size()));
        for (const auto &r : v)
            out.append(r.id);
        return out;
    });
}

quint64 SimDataset::version() const
{
    QMutexLocker lock(&m_mutex);
    return m_version;
}

QByteArray SimDataset::collectionJson(Entity entity) const
{
    QMutexLocker lock(&m_mutex);
    const SimJson json(m_store, nowLocked());
    QByteArray out;
    JsonWriter w(out);
    w.beginArray();
    withRecords(m_store, entity, [&](const auto &v) {
        for (const auto &r : v)
            json.write(w, r);
    });
    w.endArray();
    return out;
}

QByteArray SimDataset::recordJson(Entity entity, qint64 id) const
{
    QMutexLocker lock(&m_mutex);
    const SimJson json(m_store, nowLocked());
    return withRecords(m_store, entity, [&](const auto &v) {
        const auto *r = findById(v, id);
        return r ? json.one(*r) : QByteArray();
    });
}

// ---- changes --------------------------------------------------------------------------------

QList<qint64> SimDataset::pickIds(Entity entity, int count, const std::function<bool(qint64)> &accept)
{
    QList<qint64> candidates = withRecords(m_store, entity, [&](const auto &v) {
        QList<qint64> out;
        for (const auto &r : v)
            if (!accept || accept(r.id))
                out.append(r.id);
        return out;
    });
    const int n = std::min<int>(std::max(0, count), int(candidates.size()));
    for (int i = 0; i < n; ++i) // partial Fisher-Yates
        std::swap(candidates[i], candidates[qsizetype(m_rng.range(i, candidates.size() - 1))]);
    candidates.resize(n);
    std::sort(candidates.begin(), candidates.end());
    return candidates;
}

QList<qint64> SimDataset::touch(Entity entity, int count)
{
    QList<qint64> picked;
    {
        QMutexLocker lock(&m_mutex);
        picked = pickIds(entity, count);
    }
    return touchIds(entity, picked);
}

QList<qint64> SimDataset::touchIds(Entity entity, const QList<qint64> &ids)
{
    QMutexLocker lock(&m_mutex);
    ++m_version;
    const qint64 now = nowLocked();
    return withRecords(m_store, entity, [&](auto &v) {
        QList<qint64> done;
        for (qint64 id : ids)
            if (auto *r = findById(v, id)) {
                r->stamp.modifiedAt = now;
                done.append(id);
            }
        std::sort(done.begin(), done.end());
        return done;
    });
}

namespace {

// The field a rename changes: what a person would call the record's name.
template<class T> QString &nameField(T &r)
{
    if constexpr (std::is_same_v<T, SimContact>)
        return r.lastName;
    else if constexpr (std::is_same_v<T, SimLease>)
        return r.leaseName;
    else if constexpr (std::is_same_v<T, SimWorkOrder>)
        return r.description;
    else if constexpr (std::is_same_v<T, SimDocument>)
        return r.fileName;
    else
        return r.name;
}

} // namespace

bool SimDataset::renameRecord(Entity entity, qint64 id, const QString &newName)
{
    QMutexLocker lock(&m_mutex);
    ++m_version;
    const qint64 now = nowLocked();
    return withRecords(m_store, entity, [&](auto &v) {
        auto *r = findById(v, id);
        if (!r)
            return false;
        nameField(*r) = newName;
        r->stamp.modifiedAt = now;
        return true;
    });
}

QList<qint64> SimDataset::rename(Entity entity, int count)
{
    const SimNames &n = SimNames::instance();
    QMutexLocker lock(&m_mutex);
    ++m_version;
    const qint64 now = nowLocked();
    const QList<qint64> picked = pickIds(entity, count);
    for (qint64 id : picked) {
        withRecords(m_store, entity, [&](auto &v) {
            auto *r = findById(v, id);
            using T = std::decay_t<decltype(*r)>;
            QString name;
            if constexpr (std::is_same_v<T, SimUnit>) {
                const QString digits = QString(r->name).remove(QRegularExpression(QStringLiteral("[^0-9]")));
                const int num = digits.isEmpty() ? int(r->id % 100) : digits.right(4).toInt();
                name = SimGenerator::unitName(
                    int(m_rng.range(0, 5)), std::max(1, num / 100), std::max(1, num % 100), num);
            } else if constexpr (std::is_same_v<T, SimContact>) {
                name = m_rng.pick(n.lastNames);
            } else if constexpr (std::is_same_v<T, SimLease>) {
                const SimContact *c = findById(m_store.contacts, r->contacts[0].contactId);
                name = c ? c->firstName + QLatin1Char(' ') + c->lastName : r->leaseName;
            } else if constexpr (std::is_same_v<T, SimWorkOrder>) {
                name = r->description + QLatin1String(" (updated)");
            } else if constexpr (std::is_same_v<T, SimDocument>) {
                name = QLatin1String("renamed-") + r->fileName;
            } else if constexpr (std::is_same_v<T, SimBuilding> || std::is_same_v<T, SimPortfolio>) {
                name = m_rng.pick(n.buildingNames) + QLatin1Char(' ') + m_rng.pick(n.buildingSuffixes);
            } else {
                name = r->name + QLatin1String(" LLC");
            }
            if (name == nameField(*r))
                name += QLatin1String(" 2"); // a rename always changes the name
            nameField(*r) = name;
            r->stamp.modifiedAt = now;
        });
    }
    return picked;
}

bool SimDataset::moveLeaseLocked(qint64 leaseId, qint64 unitId)
{
    SimLease *l = findById(m_store.leases, leaseId);
    SimUnit *to = findById(m_store.units, unitId);
    if (!l || !to || l->unitId == unitId)
        return false;
    const qint64 now = nowLocked();
    if (SimUnit *from = findById(m_store.units, l->unitId); from && from->leaseId == leaseId) {
        from->leaseId = 0;
        from->stamp.modifiedAt = now;
    }
    l->unitId = to->id;
    l->buildingId = to->buildingId;
    l->portfolioId = to->portfolioId;
    l->stamp.modifiedAt = now;
    if (l->active) {
        to->leaseId = l->id;
        to->stamp.modifiedAt = now;
    }
    for (int i = 0; i < l->contactCount; ++i)
        if (SimContact *c = findById(m_store.contacts, l->contacts[size_t(i)].contactId))
            c->address = to->address;
    return true;
}

bool SimDataset::moveLease(qint64 leaseId, qint64 unitId)
{
    QMutexLocker lock(&m_mutex);
    ++m_version;
    return moveLeaseLocked(leaseId, unitId);
}

QList<qint64> SimDataset::moveLeases(int count)
{
    QMutexLocker lock(&m_mutex);
    ++m_version;
    const QList<qint64> leases = pickIds(Entity::Leases, count, [this](qint64 id) {
        const SimLease *l = findById(m_store.leases, id);
        return l && l->active;
    });
    QList<qint64> vacant = pickIds(Entity::Units, count, [this](qint64 id) {
        const SimUnit *u = findById(m_store.units, id);
        return u && u->active && u->leaseId == 0;
    });
    QList<qint64> done;
    for (int i = 0; i < leases.size() && i < vacant.size(); ++i)
        if (moveLeaseLocked(leases[i], vacant[i]))
            done.append(leases[i]);
    return done;
}

QList<qint64> SimDataset::deleteUnitsLocked(const QList<qint64> &ids)
{
    QList<qint64> done;
    for (qint64 id : ids) {
        auto it = std::lower_bound(m_store.units.begin(), m_store.units.end(), id,
            [](const SimUnit &u, qint64 x) { return u.id < x; });
        if (it == m_store.units.end() || it->id != id)
            continue;
        if (SimBuilding *b = findById(m_store.buildings, it->buildingId))
            b->countUnit = std::max(0, b->countUnit - 1);
        m_store.units.erase(it);
        done.append(id);
    }
    std::sort(done.begin(), done.end());
    return done;
}

QList<qint64> SimDataset::deleteUnits(int count)
{
    QMutexLocker lock(&m_mutex);
    ++m_version;
    return deleteUnitsLocked(pickIds(Entity::Units, count));
}

QList<qint64> SimDataset::deleteUnitIds(const QList<qint64> &ids)
{
    QMutexLocker lock(&m_mutex);
    ++m_version;
    return deleteUnitsLocked(ids);
}

QList<qint64> SimDataset::deactivateUnitsLocked(const QList<qint64> &ids)
{
    const qint64 now = nowLocked();
    QList<qint64> done;
    for (qint64 id : ids)
        if (SimUnit *u = findById(m_store.units, id); u && u->active) {
            u->active = false;
            u->stamp.modifiedAt = now;
            done.append(id);
        }
    std::sort(done.begin(), done.end());
    return done;
}

QList<qint64> SimDataset::deactivateUnits(int count)
{
    QMutexLocker lock(&m_mutex);
    ++m_version;
    return deactivateUnitsLocked(pickIds(Entity::Units, count, [this](qint64 id) {
        const SimUnit *u = findById(m_store.units, id);
        return u && u->active;
    }));
}

QList<qint64> SimDataset::deactivateUnitIds(const QList<qint64> &ids)
{
    QMutexLocker lock(&m_mutex);
    ++m_version;
    return deactivateUnitsLocked(ids);
}

QList<qint64> SimDataset::addUnits(int count, qint64 buildingId)
{
    QMutexLocker lock(&m_mutex);
    ++m_version;
    const qint64 now = nowLocked();
    std::vector<qint64> targets;
    if (buildingId) {
        if (!findById(m_store.buildings, buildingId))
            return {};
        targets.push_back(buildingId);
    } else {
        for (const SimBuilding &b : m_store.buildings)
            if (b.active && b.multiUnit)
                targets.push_back(b.id);
    }
    if (targets.empty())
        return {};
    QList<qint64> done;
    for (int i = 0; i < count; ++i) {
        SimBuilding *b = findById(m_store.buildings, targets[size_t(m_rng.index(qsizetype(targets.size())))]);
        SimUnit u;
        u.id = issueId(m_store, Entity::Units, m_store.units, SimGenerator::UnitBase);
        u.buildingId = b->id;
        u.portfolioId = b->portfolioId;
        ++b->countUnit;
        const int floor = std::max(1, b->numberFloors) + 1;
        u.name = SimGenerator::unitName(1, floor, b->countUnit % 100, b->countUnit);
        u.abbreviation = b->abbreviation + QLatin1Char('-') + u.name;
        u.address = b->address;
        u.address.addressCont = QLatin1String("Unit ") + u.name;
        u.type = QStringLiteral("Apartment");
        u.floorNumber = floor;
        u.bedrooms = int(m_rng.range(1, 3));
        u.bathrooms = 1;
        u.totalArea = 700 + 250.0 * u.bedrooms;
        u.targetRent = b->targetRent;
        u.stamp.createdAt = u.stamp.modifiedAt = now;
        u.stamp.createdBy = u.stamp.modifiedBy = b->stamp.createdBy;
        m_store.units.push_back(u);
        done.append(u.id);
    }
    return done;
}

QList<qint64> SimDataset::addWorkOrders(int count, const QString &managedBy)
{
    const SimNames &n = SimNames::instance();
    QMutexLocker lock(&m_mutex);
    ++m_version;
    const qint64 now = nowLocked();
    QList<qint64> done;
    if (m_store.units.empty())
        return done;
    for (int i = 0; i < count; ++i) {
        const SimUnit &u = m_store.units[size_t(m_rng.index(qsizetype(m_store.units.size())))];
        SimWorkOrder w;
        w.id = issueId(m_store, Entity::WorkOrders, m_store.workOrders, SimGenerator::WorkOrderBase);
        w.number = m_store.nextWorkOrderNumber++;
        w.portfolioId = u.portfolioId;
        w.buildingId = u.buildingId;
        w.unitId = u.id;
        const SimIssue &issue = n.issues.at(m_rng.index(n.issues.size()));
        w.description = issue.description;
        w.category = issue.category;
        w.specificLocation = issue.location;
        w.type = QStringLiteral("Service Request");
        w.status = QStringLiteral("Open");
        w.priority = QStringLiteral("MEDIUM");
        w.source = QStringLiteral("Tenant Portal");
        w.managedBy = managedBy.isNull() ? m_store.integration.name : managedBy;
        if (const SimLease *l = u.leaseId ? findById(m_store.leases, u.leaseId) : nullptr)
            if (const SimContact *c = findById(m_store.contacts, l->contacts[0].contactId))
                w.requestedBy = c->firstName + QLatin1Char(' ') + c->lastName;
        w.publishToTenantPortal = true;
        w.authorizeEnter = 1;
        w.stamp.createdAt = w.stamp.modifiedAt = now;
        w.stamp.createdBy = w.stamp.modifiedBy = w.requestedBy.isEmpty() ? w.managedBy : w.requestedBy;
        m_store.workOrders.push_back(w);
        done.append(w.id);
    }
    return done;
}

QList<qint64> SimDataset::insertBefore(Entity entity, const std::vector<int> &view, int servedEnd, int count,
    bool idAscending, quint64 expectedVersion)
{
    QMutexLocker lock(&m_mutex);
    if (m_version != expectedVersion || view.empty() || count <= 0)
        return {};
    ++m_version;
    const qint64 now = nowLocked();
    return withRecords(m_store, entity, [&](auto &v) {
        using T = std::decay_t<decltype(v.front())>;
        const int from = std::clamp(servedEnd, 1, int(view.size()));
        std::vector<T> clones;
        qint64 low = v.front().id;
        QList<qint64> ids;
        for (int i = 0; i < count; ++i) {
            T c = v[size_t(view[size_t(i % from)])];
            c.id = idAscending ? --low : issueId(m_store, entity, v, 1);
            c.stamp.createdAt = now;
            c.stamp.modifiedAt = now; // a new record is modified when it is created
            if constexpr (std::is_same_v<T, SimWorkOrder>)
                c.number = m_store.nextWorkOrderNumber++;
            if constexpr (std::is_same_v<T, SimUnit>)
                c.leaseId = 0;
            ids.append(c.id);
            clones.push_back(std::move(c));
        }
        std::sort(clones.begin(), clones.end(), [](const T &a, const T &b) { return a.id < b.id; });
        if (idAscending)
            v.insert(
                v.begin(), std::make_move_iterator(clones.begin()), std::make_move_iterator(clones.end()));
        else
            v.insert(v.end(), std::make_move_iterator(clones.begin()), std::make_move_iterator(clones.end()));
        std::sort(ids.begin(), ids.end());
        return ids;
    });
}

} // namespace pms::sim
