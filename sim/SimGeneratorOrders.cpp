// SimGenerator, continued: vendors and work orders.
#include "SimGenerator.h"
#include "SimNames.h"

#include <cmath>

namespace pms::sim {

namespace {

constexpr qint64 Day = 86400;

double roundTo(double v, double step)
{
    return std::round(v / step) * step;
}

} // namespace

void SimGenerator::makeVendors(SimStore &s)
{
    const SimNames &n = SimNames::instance();
    qint64 cursor = VendorBase;
    for (int i = 0; i < m_sizes.vendors; ++i) {
        SimVendor v;
        v.id = nextId(cursor);
        const int k = i % n.vendorNames.size();
        const SimCity &city = n.cities.at(m_rng.index(n.cities.size()));
        v.companyName = n.vendorNames.at(k);
        v.name = i < n.vendorNames.size() ? v.companyName : v.companyName + QLatin1String(" - ") + city.name;
        v.type = n.vendorTypes.at(k);
        v.email = m_rng.chance(0.9)
            ? QStringLiteral("office@") + asciiFold(v.companyName).toLower() + QStringLiteral(".example")
            : QString();
        v.phone = QStringLiteral("(%1) 555-%2")
                      .arg(m_rng.range(201, 989))
                      .arg(m_rng.range(100, 9999), 4, 10, QLatin1Char('0'));
        v.address = QString::number(m_rng.range(10, 9999)) + QLatin1Char(' ') + m_rng.pick(n.streets)
            + QLatin1Char(' ') + m_rng.pick(n.streetTypes);
        v.city = city.name;
        v.state = city.state;
        v.zip = QString::number(city.zipBase + m_rng.range(0, 30));
        v.country = QStringLiteral("US");
        v.active = !m_rng.chance(0.1);
        v.eligible1099 = m_rng.chance(0.7);
        v.creditLimit = m_rng.chance(0.5) ? 0 : roundTo(double(m_rng.range(500, 20000)), 100);
        v.paymentTermDaysToPay = m_rng.chance(0.8) ? 30 : 15;
        v.accountNumber = m_rng.chance(0.5) ? QStringLiteral("V-") + QString::number(10000 + i) : QString();
        v.stamp = stamp(800);
        s.vendors.push_back(v);
    }
}

void SimGenerator::makeWorkOrders(SimStore &s)
{
    const SimNames &n = SimNames::instance();
    static const QList<QString> statuses
        = { QStringLiteral("Open"), QStringLiteral("In Progress"), QStringLiteral("Completed"),
              QStringLiteral("Closed"), QStringLiteral("Cancelled"), QStringLiteral("On Hold") };
    static const double statusCut[] = { 0.15, 0.25, 0.75, 0.90, 0.95, 1.0 };
    static const QList<QString> priorities
        = { QStringLiteral("HIGH"), QStringLiteral("MEDIUM"), QStringLiteral("LOW") };
    qint64 cursor = WorkOrderBase;
    const qint64 maxUnitId = s.units.empty() ? UnitBase : s.units.back().id;
    for (int i = 0; i < m_sizes.workOrders; ++i) {
        SimWorkOrder w;
        w.id = nextId(cursor);
        w.number = s.nextWorkOrderNumber++;
        const SimUnit &u = s.units[size_t(m_rng.index(qsizetype(s.units.size())))];
        const SimBuilding *b = findById(s.buildings, u.buildingId);
        w.buildingId = u.buildingId;
        w.portfolioId = u.portfolioId;
        const double where = m_rng.unit();
        if (where < 0.85)
            w.unitId = u.id;
        else if (where < 0.853)
            w.unitId = maxUnitId + 1000 + m_rng.range(0, 999); // refers to a unit that does not exist
        const SimIssue &issue = n.issues.at(m_rng.index(n.issues.size()));
        w.description = issue.description;
        w.category = m_rng.chance(0.95) ? issue.category : QString();
        w.specificLocation = w.unitId ? issue.location : QStringLiteral("Common area");
        w.type = m_rng.pick(n.woTypes);
        w.source = m_rng.chance(0.9) ? m_rng.pick(n.woSources) : QString();
        const double st = m_rng.unit();
        int si = 0;
        while (st >= statusCut[si])
            ++si;
        w.status = statuses.at(si);
        w.priority = m_rng.chance(0.05) ? QString()
                                        : priorities.at(m_rng.chance(0.15) ? 0
                                                : m_rng.chance(0.6)        ? 1
                                                                           : 2);
        // Who manages it: the integration user (~10 %), another staff member, or nobody yet.
        const double mb = m_rng.unit();
        const QString manager = b && b->managerIndex >= 0 ? s.staff[size_t(b->managerIndex)].name : QString();
        if (mb < 0.10)
            w.managedBy = s.integration.name;
        else if (mb < 0.62)
            w.managedBy = m_rng.chance(0.8) && !manager.isEmpty() ? manager : m_rng.pick(s.staff).name;
        else if (mb < 0.97)
            w.managedBy = QString(); // submitted by a resident, not assigned
        else
            w.managedBy = QStringLiteral("");
        // Who asked: often a tenant of that unit, by full name.
        const SimLease *lease = u.leaseId ? findById(s.leases, u.leaseId) : nullptr;
        const double rb = m_rng.unit();
        if (lease && w.unitId == u.id && rb < 0.6) {
            const SimContact *c
                = findById(s.contacts, lease->contacts[size_t(m_rng.index(lease->contactCount))].contactId);
            if (c)
                w.requestedBy = c->firstName + QLatin1Char(' ') + c->lastName;
        } else if (rb < 0.8) {
            w.requestedBy = manager.isEmpty() ? staffName() : manager;
        } else if (rb < 0.85) {
            w.requestedBy = QStringLiteral("Owner");
        }
        // A work order is created, worked on, then last touched when it was completed (or later).
        w.stamp.createdAt = m_asOfMidnight - m_rng.range(Day, 730 * Day);
        if (m_rng.chance(0.01))
            w.stamp.tzOffsetMin = qint16(-60 * m_rng.range(5, 8));
        w.stamp.createdBy = w.requestedBy.isEmpty() || m_rng.chance(0.5) ? manager : w.requestedBy;
        w.stamp.modifiedBy = w.managedBy.isEmpty() ? w.stamp.createdBy : w.managedBy;
        const QDate created = QDateTime::fromSecsSinceEpoch(w.stamp.createdAt, Qt::UTC).date();
        const bool done = w.status == QLatin1String("Completed") || w.status == QLatin1String("Closed");
        if (w.status != QLatin1String("Open") && w.status != QLatin1String("Cancelled"))
            w.startDate = created.addDays(m_rng.range(0, 5));
        if (m_rng.chance(0.6))
            w.scheduledEndDate = created.addDays(m_rng.range(1, 21));
        if (done) {
            w.completedDate = (w.startDate.isValid() ? w.startDate : created).addDays(m_rng.range(0, 10));
            w.costEstimate = roundTo(double(m_rng.range(40, 2500)) + m_rng.unit(), 0.01);
            w.hourEstimate = double(m_rng.range(1, 16)) / 2.0;
        }
        const QDate yesterday = m_asOf.addDays(-1);
        if (w.startDate.isValid())
            w.startDate = std::min(w.startDate, yesterday);
        if (w.completedDate.isValid())
            w.completedDate = std::min(w.completedDate, yesterday);
        const QDate lastDay = std::max({ created, w.startDate, w.completedDate });
        w.stamp.modifiedAt = std::min(m_asOfMidnight - 1,
            QDateTime(lastDay, QTime(0, 0), Qt::UTC).toSecsSinceEpoch() + m_rng.range(6 * 3600, 3 * Day));
        w.stamp.modifiedAt = std::max(w.stamp.modifiedAt, w.stamp.createdAt);
        w.approved = done || m_rng.chance(0.5);
        if (w.approved && m_rng.chance(0.5))
            w.approvedDate = created;
        w.publishToTenantPortal = m_rng.chance(0.6);
        w.publishToOwnerPortal = m_rng.chance(0.2);
        w.authorizeEnter = m_rng.chance(0.3) ? quint8(255) : quint8(m_rng.range(0, 2));
        if (!s.vendors.empty() && (done || m_rng.chance(0.3)))
            w.vendorId = s.vendors[size_t(m_rng.index(qsizetype(s.vendors.size())))].id;
        s.workOrders.push_back(std::move(w));
    }
}

} // namespace pms::sim
