#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <algorithm>
#include <array>
#include <optional>
#include <vector>

namespace pms::sim {

/// The collections the simulator serves. Documents are only created (POST /docs).
enum class Entity { Portfolios, Buildings, Units, Leases, Contacts, WorkOrders, Vendors, Documents };
constexpr int EntityCount = 8;

std::optional<Entity> parseEntity(const QString &name); // "units", "workorders", ... (case-insensitive)
QString entityName(Entity entity); // the REST path segment, e.g. "workorders"

/// Propertyware's Address.
struct SimAddress
{
    QString address, addressCont, city, stateRegion, postalCode, country;
};

/// Who and when: every record has one. Times are seconds since the epoch (UTC); tzOffsetMin says
/// how the record's date-times are written ("Z" when 0, otherwise a numeric offset, same instant).
struct SimStamp
{
    qint64 createdAt = 0;
    qint64 modifiedAt = 0;
    QString createdBy, modifiedBy;
    qint16 tzOffsetMin = 0;
};

/// A PMS user: the property managers of buildings, and the integration user.
struct SimStaff
{
    qint64 userId = 0;
    QString name, email, role;
};

struct SimPortfolio
{
    qint64 id = 0;
    QString name, abbreviation, stickyNote;
    bool active = true;
    quint8 cashAccrual = 0; // COMPANY_DEFAULT, CASH, ACCRUAL
    quint8 spendingLimitTime = 0; // NO_LIMIT, DOLLAR_PER_MONTH, DOLLAR_PER_YEAR
    bool doNotPayOwnerDraw = false;
    double maintenanceSpendingLimit = 0;
    double targetOperatingReserve = 0;
    QDate closingDate;
    SimStamp stamp;
};

struct SimBuilding
{
    qint64 id = 0, portfolioId = 0;
    QString name, abbreviation, county, neighborhood, website, maintenanceNotice, searchTag;
    SimAddress address;
    bool active = true;
    bool commercial = false;
    bool multiUnit = true;
    bool integrationManager = false; // the integration user is in propertyManagerList
    quint8 propertyType = 0; // index into the Building.propertyType enum
    int numberFloors = 1, yearBuilt = 0, countUnit = 0;
    int managerIndex = -1; // into SimStore::staff; -1 = no property manager
    double totalArea = 0, targetRent = 0;
    SimStamp stamp;
};

struct SimUnit
{
    qint64 id = 0, buildingId = 0, portfolioId = 0;
    qint64 leaseId = 0; // current lease, 0 = vacant
    QString name, abbreviation, type, maintenanceNotice;
    SimAddress address;
    bool active = true;
    bool rentable = true, ready = true;
    int bedrooms = 0, floorNumber = 0;
    double bathrooms = 0, totalArea = 0, targetRent = 0;
    SimStamp stamp;
};

struct SimLeaseContact
{
    qint64 contactId = 0;
    quint8 role = 0; // 0 Tenant, 1 Co-Tenant, 2 Guarantor, 3 Occupant
    bool primary = false;
    bool namedOnLease = true;
};

struct SimLease
{
    qint64 id = 0, portfolioId = 0, buildingId = 0, unitId = 0;
    QString leaseName, status, comments, searchTag;
    bool active = false;
    QDate startDate, endDate, moveInDate, moveOutDate, noticeGivenDate, scheduleMoveOutDate, signedDate;
    double baseRent = 0, arBalance = 0;
    std::array<SimLeaseContact, 3> contacts {};
    int contactCount = 0;
    SimStamp stamp;
};

struct SimContact
{
    qint64 id = 0, leaseId = 0;
    QString firstName, middleName, lastName, email, altEmail, company, salutation, suffix, comments;
    SimAddress address;
    quint8 type = 0; // TENANT, PROSPECT, OWNER, VENDOR, OTHER
    quint8 gender = 0; // UNKNOWN, MALE, FEMALE, DECLINE_TO_STATE; 255 = not set
    quint8 phoneStyle = 0;
    bool namedOnLease = false;
    qint64 mobilePhone = 0, homePhone = 0, workPhone = 0; // 10 digits, 0 = none
    QDate birthDate;
    SimStamp stamp;
};

struct SimWorkOrder
{
    qint64 id = 0, portfolioId = 0, buildingId = 0, unitId = 0, vendorId = 0;
    int number = 0;
    QString description, category, type, status, priority, source, specificLocation;
    QString managedBy, requestedBy, searchTag;
    QDate startDate, scheduledEndDate, completedDate, approvedDate;
    bool approved = false, publishToTenantPortal = false, publishToOwnerPortal = false;
    quint8 authorizeEnter = 0; // NO, ANYTIME, SPECIFIEDTIME; 255 = not set
    double costEstimate = -1, hourEstimate = -1; // < 0 = not set
    SimStamp stamp;
};

struct SimVendor
{
    qint64 id = 0;
    QString name, companyName, email, phone, address, city, state, zip, country, type, accountNumber, website,
        comments;
    bool active = true, eligible1099 = false;
    double creditLimit = 0;
    int paymentTermDaysToPay = 30;
    SimStamp stamp;
};

struct SimDocument
{
    qint64 id = 0, entityId = 0;
    QString entityType, fileName, fileType, description;
    QByteArray sha256; // hex, of the uploaded bytes
    qint64 size = 0;
    bool publishToTenantPortal = false, publishToOwnerPortal = false;
    SimStamp stamp;
};

struct SimComment
{
    qint64 id = 0;
    QString text;
    SimStamp stamp;
};

struct SimTask
{
    qint64 id = 0, workOrderId = 0;
    QString description, delegates, tags;
    bool completed = false, privateTask = false, starred = false;
    QDate dueDate;
    qint64 completedAt = 0;
    std::vector<SimComment> comments;
    SimStamp stamp;
};

/// All the simulator's data. Every vector is kept sorted by id (lookups are binary searches).
struct SimStore
{
    std::vector<SimStaff> staff;
    SimStaff integration;
    std::vector<SimPortfolio> portfolios;
    std::vector<SimBuilding> buildings;
    std::vector<SimUnit> units;
    std::vector<SimLease> leases;
    std::vector<SimContact> contacts;
    std::vector<SimWorkOrder> workOrders;
    std::vector<SimVendor> vendors;
    std::vector<SimDocument> documents;
    std::vector<SimTask> tasks;
    qint64 nextTaskId = 1, nextCommentId = 1;
    std::array<qint64, EntityCount> highWater {}; // the highest id ever issued: ids are never reused
    int nextWorkOrderNumber = 1;
    qint64 asOfMidnight = 0; // the day the data was generated for (seconds since epoch)
};

template<class T> const T *findById(const std::vector<T> &v, qint64 id)
{
    auto it = std::lower_bound(v.begin(), v.end(), id, [](const T &r, qint64 x) { return r.id < x; });
    return (it != v.end() && it->id == id) ? &*it : nullptr;
}

template<class T> T *findById(std::vector<T> &v, qint64 id)
{
    auto it = std::lower_bound(v.begin(), v.end(), id, [](const T &r, qint64 x) { return r.id < x; });
    return (it != v.end() && it->id == id) ? &*it : nullptr;
}

/// A new id for a record of @p entity: above every id issued so far (deleted ones included).
template<class T> qint64 issueId(SimStore &s, Entity entity, const std::vector<T> &v, qint64 base)
{
    qint64 &high = s.highWater[size_t(entity)];
    const qint64 id = std::max({ base, high + 1, v.empty() ? base : v.back().id + 1 });
    high = id;
    return id;
}

} // namespace pms::sim
