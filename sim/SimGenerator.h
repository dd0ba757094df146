#pragma once

#include "SimOptions.h"
#include "SimRandom.h"
#include "SimRecords.h"

namespace pms::sim {

/// Builds a deterministic SimStore from (scale, seed, asOf): the same inputs give the same records.
/// Data looks like a real Propertyware account, mess included (unit names "12-03", "#1203",
/// "Apt 12C"; blank optional fields; non-ASCII names; a few odd but legal values).
class SimGenerator
{
public:
    SimGenerator(const SimOptions &options, QDate asOf);
    SimStore generate();

    // Shared with SimDataset for records made later (add units / work orders).
    static QString asciiFold(const QString &s);
    static QString emailFor(SimRandom &rng, const QString &first, const QString &last);
    static QString unitName(int style, int floor, int number, int seq);

    static constexpr qint64 PortfolioBase = 100001, BuildingBase = 200001, UnitBase = 1000001,
                            LeaseBase = 3000001, ContactBase = 5000001, WorkOrderBase = 8000001,
                            VendorBase = 700001, DocumentBase = 9000001, TaskBase = 600001,
                            CommentBase = 650001, StaffUserBase = 20001, IntegrationUserId = 29001;

private:
    struct Sizes
    {
        int portfolios, buildings, units, workOrders, vendors, staff;
    };
    qint64 nextId(qint64 &cursor);
    SimStamp stamp(qint64 maxAgeDays);
    QString staffName();
    void makeStaff(SimStore &s);
    void makePortfolios(SimStore &s);
    void makeBuildings(SimStore &s);
    void makeUnits(SimStore &s);
    void makeLeases(SimStore &s);
    void makeOwners(SimStore &s);
    void makeVendors(SimStore &s);
    void makeWorkOrders(SimStore &s);
    std::vector<int> unitsPerBuilding();
    SimContact makeTenant(SimStore &s, const SimLease &lease, const QString &sharedLastName);

    SimOptions m_options;
    Sizes m_sizes {};
    SimRandom m_rng;
    qint64 m_asOfMidnight = 0;
    QDate m_asOf;
    qint64 m_contactCursor = ContactBase;
};

} // namespace pms::sim
