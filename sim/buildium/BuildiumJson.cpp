#include "BuildiumJson.h"

#include "sim/SimJson.h"

#include <QDateTime>

namespace pms::sim::buildium {

namespace {

QDate dayOf(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).date();
}

// Buildium's date-times are UTC with a Z, whatever offset the record was written with.
void dateTime(JsonWriter &w, const char *name, qint64 secs)
{
    w.dateTimeField(name, secs, 0);
}

} // namespace

QString BuildiumJson::taskStatus(const QString &s)
{
    if (s == QLatin1String("Open"))
        return QStringLiteral("New");
    if (s == QLatin1String("In Progress"))
        return QStringLiteral("InProgress");
    if (s == QLatin1String("Completed"))
        return QStringLiteral("Completed");
    if (s == QLatin1String("On Hold"))
        return QStringLiteral("Deferred");
    return QStringLiteral("Closed"); // Closed, Cancelled
}

QString BuildiumJson::pwStatus(const QString &s)
{
    if (s == QLatin1String("New"))
        return QStringLiteral("Open");
    if (s == QLatin1String("InProgress"))
        return QStringLiteral("In Progress");
    if (s == QLatin1String("Completed"))
        return QStringLiteral("Completed");
    if (s == QLatin1String("Deferred"))
        return QStringLiteral("On Hold");
    if (s == QLatin1String("Closed"))
        return QStringLiteral("Closed");
    return {};
}

QString BuildiumJson::priority(const QString &p)
{
    if (p == QLatin1String("HIGH"))
        return QStringLiteral("High");
    if (p == QLatin1String("MEDIUM"))
        return QStringLiteral("Normal");
    if (p == QLatin1String("LOW"))
        return QStringLiteral("Low");
    return {};
}

QString BuildiumJson::pwPriority(const QString &p)
{
    if (p == QLatin1String("High"))
        return QStringLiteral("HIGH");
    if (p == QLatin1String("Normal"))
        return QStringLiteral("MEDIUM");
    if (p == QLatin1String("Low"))
        return QStringLiteral("LOW");
    return {};
}

QString BuildiumJson::leaseStatus(const SimLease &l, qint64 nowSecs)
{
    if (l.active)
        return QStringLiteral("Active");
    if (l.startDate.isValid() && l.startDate > dayOf(nowSecs))
        return QStringLiteral("Future");
    return QStringLiteral("Past");
}

QString BuildiumJson::entryAllowed(quint8 a)
{
    switch (a) {
    case 0:
        return QStringLiteral("No");
    case 1:
    case 2:
        return QStringLiteral("Yes");
    default:
        return QStringLiteral("Unknown");
    }
}

const SimStaff *BuildiumJson::staffByName(const SimStore &s, const QString &name)
{
    if (name.isEmpty())
        return nullptr;
    if (name == s.integration.name)
        return &s.integration;
    for (const SimStaff &st : s.staff)
        if (st.name == name)
            return &st;
    return nullptr;
}

const SimStaff *BuildiumJson::staffById(const SimStore &s, qint64 id)
{
    if (id == s.integration.userId)
        return &s.integration;
    for (const SimStaff &st : s.staff)
        if (st.userId == id)
            return &st;
    return nullptr;
}

qint64 BuildiumJson::assignedUserId(const SimStore &s, const SimWorkOrder &wo)
{
    const SimStaff *st = staffByName(s, wo.managedBy);
    return st ? st->userId : 0;
}

void BuildiumJson::split(const QString &full, QString &first, QString &last)
{
    const qsizetype space = full.indexOf(QLatin1Char(' '));
    first = space < 0 ? full : full.left(space);
    last = space < 0 ? QString() : full.mid(space + 1);
}

void BuildiumJson::address(JsonWriter &w, const char *name, const SimAddress &a) const
{
    w.key(name);
    w.beginObject();
    w.field("AddressLine1", a.address);
    w.field("AddressLine2", a.addressCont.isEmpty() ? QString() : a.addressCont);
    w.field("City", a.city);
    w.field("State", a.stateRegion);
    w.field("PostalCode", a.postalCode);
    w.field("Country", "UnitedStates");
    w.endObject();
}

void BuildiumJson::phones(JsonWriter &w, std::initializer_list<QPair<qint64, const char *>> numbers)
{
    w.key("PhoneNumbers");
    w.beginArray();
    for (const auto &[digits, type] : numbers) {
        if (!digits)
            continue;
        w.beginObject();
        w.field("Number", SimJson::formatPhone(digits, 0));
        w.field("Type", type);
        w.endObject();
    }
    w.endArray();
}

void BuildiumJson::rental(JsonWriter &w, const SimBuilding &b) const
{
    w.beginObject();
    w.field("Id", b.id);
    w.field("Name", b.name);
    w.field("StructureDescription", b.maintenanceNotice.isEmpty() ? QString() : b.maintenanceNotice);
    w.field("NumberUnits", b.countUnit);
    w.field("IsActive", b.active);
    address(w, "Address", b.address);
    if (b.yearBuilt > 0)
        w.field("YearBuilt", b.yearBuilt);
    w.field("RentalType", b.commercial ? "Commercial" : "Residential");
    w.field("RentalSubType", b.commercial ? "Office" : b.multiUnit ? "MultiFamily" : "SingleFamily");
    if (b.managerIndex >= 0 && size_t(b.managerIndex) < m_store.staff.size()) {
        const SimStaff &m = m_store.staff[size_t(b.managerIndex)];
        QString first, last;
        split(m.name, first, last);
        w.key("RentalManager");
        w.beginObject();
        w.field("Id", m.userId);
        w.field("FirstName", first);
        w.field("LastName", last);
        w.field("IsCompany", false);
        w.field("Email", m.email);
        w.endObject();
    } else {
        w.nullField("RentalManager");
    }
    w.endObject();
}

void BuildiumJson::unit(JsonWriter &w, const SimUnit &u) const
{
    static const char *beds[] = { "Studio", "OneBed", "TwoBed", "ThreeBed", "FourBed", "FiveBed", "SixBed",
        "SevenBed", "EightBed", "NineBedPlus" };
    const SimBuilding *b = findById(m_store.buildings, u.buildingId);
    w.beginObject();
    w.field("Id", u.id);
    w.field("PropertyId", u.buildingId);
    w.field("BuildingName", b ? b->name : QString());
    w.field("UnitNumber", u.name);
    w.field("Description", u.type.isEmpty() ? QString() : u.type);
    w.field("MarketRent", u.targetRent);
    address(w, "Address", u.address);
    w.field("UnitBedrooms", beds[std::clamp(u.bedrooms, 0, 9)]);
    const double baths = u.bathrooms;
    w.field("UnitBathrooms",
        baths <= 0        ? "NotSet"
            : baths < 1.5 ? "OneBath"
            : baths < 2   ? "OnePointFiveBath"
            : baths < 2.5 ? "TwoBath"
            : baths < 3   ? "TwoPointFiveBath"
            : baths < 3.5 ? "ThreeBath"
            : baths < 4   ? "ThreePointFiveBath"
            : baths < 4.5 ? "FourBath"
            : baths < 5   ? "FourPointFiveBath"
                          : "FiveBath");
    w.field("UnitSize", qint64(u.totalArea));
    w.field("IsUnitListed", !u.leaseId && u.rentable);
    w.field("IsUnitOccupied", u.leaseId != 0);
    w.endObject();
}

void BuildiumJson::tenant(JsonWriter &w, const SimContact &c) const
{
    w.beginObject();
    w.field("Id", c.id);
    w.field("FirstName", c.firstName);
    w.field("LastName", c.lastName);
    w.field("Email", c.email.isEmpty() ? QString() : c.email);
    w.field("AlternateEmail", c.altEmail.isEmpty() ? QString() : c.altEmail);
    phones(w, { { c.mobilePhone, "Cell" }, { c.homePhone, "Home" }, { c.workPhone, "Office" } });
    dateTime(w, "CreatedDateTime", c.stamp.createdAt);
    w.dateField("DateOfBirth", c.birthDate);
    address(w, "Address", c.address);
    w.field("MailingPreference", "PrimaryAddress");
    w.field("Comment", c.comments.isEmpty() ? QString() : c.comments);
    w.endObject();
}

void BuildiumJson::lease(JsonWriter &w, const SimLease &l) const
{
    const SimUnit *u = findById(m_store.units, l.unitId);
    const QString status = leaseStatus(l, m_now);
    w.beginObject();
    w.field("Id", l.id);
    w.field("PropertyId", l.buildingId);
    w.field("UnitId", l.unitId);
    w.field("UnitNumber", u ? u->name : QString());
    w.dateField("LeaseFromDate", l.startDate);
    w.dateField("LeaseToDate", l.endDate);
    w.field("LeaseType", l.endDate.isValid() ? "Fixed" : "AtWill");
    w.field("LeaseStatus", status);
    w.field("IsEvictionPending", false);
    w.field("TermType", l.endDate.isValid() ? "Standard" : "MonthToMonth");
    w.key("CurrentTenants");
    w.beginArray();
    for (int i = 0; i < l.contactCount; ++i)
        if (const SimContact *c = findById(m_store.contacts, l.contacts[size_t(i)].contactId))
            tenant(w, *c);
    w.endArray();
    w.field("CurrentNumberOfOccupants", l.contactCount);
    w.key("AccountDetails");
    w.beginObject();
    w.field("SecurityDeposit", l.baseRent);
    w.field("Rent", l.baseRent);
    w.endObject();
    w.field("AutomaticallyMoveOutTenants", false);
    dateTime(w, "CreatedDateTime", l.stamp.createdAt);
    dateTime(w, "LastUpdatedDateTime", l.stamp.modifiedAt);
    w.key("MoveOutData");
    w.beginArray();
    if (l.moveOutDate.isValid())
        for (int i = 0; i < l.contactCount; ++i) {
            w.beginObject();
            w.field("TenantId", l.contacts[size_t(i)].contactId);
            w.dateField("MoveOutDate", l.moveOutDate);
            w.dateField("NoticeGivenDate", l.noticeGivenDate);
            w.endObject();
        }
    w.endArray();
    w.field("PaymentDueDay", 1);
    w.key("Tenants");
    w.beginArray();
    const char *tenantStatus = status == QLatin1String("Active") ? "Current"
        : status == QLatin1String("Future")                      ? "Future"
                                                                  : "MovedOut";
    for (int i = 0; i < l.contactCount; ++i) {
        w.beginObject();
        w.field("Id", l.contacts[size_t(i)].contactId);
        w.field("Status", tenantStatus);
        w.dateField("MoveInDate", l.moveInDate);
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

bool BuildiumJson::isResidentRequest(const SimWorkOrder &wo) const
{
    QByteArray probe;
    JsonWriter w(probe);
    task(w, wo);
    return probe.contains("\"TaskType\":\"ResidentRequest\"");
}

void BuildiumJson::task(JsonWriter &w, const SimWorkOrder &wo, TaskShape shape) const
{
    w.beginObject();
    w.field("Id", taskIdOf(wo.id));
    const SimLease *lease = nullptr;
    if (const SimUnit *u = wo.unitId ? findById(m_store.units, wo.unitId) : nullptr)
        lease = u->leaseId ? findById(m_store.leases, u->leaseId) : nullptr;
    const SimContact *requester = nullptr;
    if (lease && !wo.requestedBy.isEmpty())
        for (int i = 0; i < lease->contactCount && !requester; ++i) {
            const SimContact *c = findById(m_store.contacts, lease->contacts[size_t(i)].contactId);
            if (c && c->firstName + QLatin1Char(' ') + c->lastName == wo.requestedBy)
                requester = c;
        }
    if (shape == TaskShape::All)
        w.field("TaskType", requester ? "ResidentRequest" : "Todo");
    if (!wo.category.isEmpty()) {
        w.key("Category");
        w.beginObject();
        w.field("Id", qint64(qHash(wo.category) % 900 + 100));
        w.field("Name", wo.category);
        w.endObject();
    }
    w.field("Title", wo.description);
    w.field("Description", wo.specificLocation.isEmpty() ? QString() : wo.specificLocation);
    w.key("Property");
    w.beginObject();
    w.field("Id", wo.buildingId);
    w.field("Type", "Rental");
    w.endObject();
    w.idField("UnitId", wo.unitId);
    if (lease && shape != TaskShape::ToDo) {
        w.key("UnitAgreement");
        w.beginObject();
        w.field("Id", lease->id);
        w.field("Type", "Lease");
        w.endObject();
    }
    if (requester && shape != TaskShape::ToDo) {
        w.key("RequestedByUserEntity");
        w.beginObject();
        w.field("Type", "RentalTenant");
        w.field("Id", requester->id);
        w.field("FirstName", requester->firstName);
        w.field("LastName", requester->lastName);
        w.field("IsCompany", false);
        w.endObject();
    }
    w.idField("AssignedToUserId", assignedUserId(m_store, wo));
    w.field("TaskStatus", taskStatus(wo.status));
    const QString p = priority(wo.priority);
    w.field("Priority", p.isEmpty() ? QStringLiteral("Normal") : p);
    w.dateField("DueDate", wo.scheduledEndDate);
    dateTime(w, "CreatedDateTime", wo.stamp.createdAt);
    dateTime(w, "LastUpdatedDateTime", wo.stamp.modifiedAt);
    w.endObject();
}

void BuildiumJson::workOrder(JsonWriter &w, const SimWorkOrder &wo) const
{
    const QString p = priority(wo.priority);
    const QString status = taskStatus(wo.status);
    w.beginObject();
    w.field("Id", wo.id);
    w.key("Task");
    w.beginObject();
    w.field("Id", taskIdOf(wo.id));
    w.field("Type", "Todo");
    w.idField("UnitId", wo.unitId);
    w.field("Title", wo.description);
    w.dateField("DueDate", wo.scheduledEndDate);
    w.field("Priority", p.isEmpty() ? QStringLiteral("Normal") : p);
    w.field("Status", status);
    w.endObject();
    w.field("Title", wo.description);
    w.dateField("DueDate", wo.scheduledEndDate);
    w.field("Priority", p.isEmpty() ? QStringLiteral("Unknown") : p);
    w.field("Status", status);
    w.field("WorkDetails", wo.specificLocation.isEmpty() ? QString() : wo.specificLocation);
    w.field("EntryAllowed", entryAllowed(wo.authorizeEnter));
    w.idField("VendorId", wo.vendorId);
    if (wo.costEstimate >= 0)
        w.field("Amount", wo.costEstimate);
    w.key("LineItems");
    w.beginArray();
    w.endArray();
    w.endObject();
}

void BuildiumJson::owner(JsonWriter &w, const SimPortfolio &p) const
{
    w.beginObject();
    w.field("Id", p.id);
    w.field("IsCompany", true);
    w.field("IsActive", p.active);
    w.field("CompanyName", p.name);
    w.field("Comment", p.stickyNote.isEmpty() ? QString() : p.stickyNote);
    w.key("PropertyIds");
    w.beginArray();
    for (const SimBuilding &b : m_store.buildings)
        if (b.portfolioId == p.id)
            w.value(b.id);
    w.endArray();
    w.endObject();
}

void BuildiumJson::vendor(JsonWriter &w, const SimVendor &v) const
{
    w.beginObject();
    w.field("Id", v.id);
    w.field("IsCompany", !v.companyName.isEmpty());
    w.field("IsActive", v.active);
    QString first, last;
    split(v.name, first, last);
    w.field("FirstName", first);
    w.field("LastName", last);
    w.field("PrimaryEmail", v.email.isEmpty() ? QString() : v.email);
    w.field("CompanyName", v.companyName.isEmpty() ? QString() : v.companyName);
    w.key("PhoneNumbers");
    w.beginArray();
    if (!v.phone.isEmpty()) {
        w.beginObject();
        w.field("Number", v.phone);
        w.field("Type", "Office");
        w.endObject();
    }
    w.endArray();
    w.field("Website", v.website.isEmpty() ? QString() : v.website);
    if (!v.type.isEmpty()) {
        w.key("Category");
        w.beginObject();
        w.field("Id", qint64(qHash(v.type) % 900 + 100));
        w.field("Name", v.type);
        w.endObject();
    }
    w.key("Address");
    w.beginObject();
    w.field("AddressLine1", v.address);
    w.field("City", v.city);
    w.field("State", v.state);
    w.field("PostalCode", v.zip);
    w.field("Country", "UnitedStates");
    w.endObject();
    w.field("Comments", v.comments.isEmpty() ? QString() : v.comments);
    w.field("AccountNumber", v.accountNumber.isEmpty() ? QString() : v.accountNumber);
    w.endObject();
}

void BuildiumJson::user(JsonWriter &w, const SimStaff &s) const
{
    QString first, last;
    split(s.name, first, last);
    w.beginObject();
    w.field("Id", s.userId);
    w.key("UserTypes");
    w.beginArray();
    w.asciiValue("Staff");
    w.endArray();
    w.field("IsActive", true);
    w.field("FirstName", first);
    w.field("LastName", last);
    w.field("Email", s.email);
    w.field("IsCompany", false);
    w.endObject();
}

void BuildiumJson::file(JsonWriter &w, const BuildiumFile &f)
{
    w.beginObject();
    w.field("Id", f.id);
    w.key("FileEntity");
    w.beginObject();
    w.field("Id", f.entityId);
    w.field("EntityType", f.entityType);
    w.endObject();
    w.field("CategoryId", f.categoryId);
    w.field("Title", f.title);
    w.field("Description", f.description.isEmpty() ? QString() : f.description);
    w.field("PhysicalFileName", f.physicalFileName);
    w.field("Size", f.size);
    w.field("ContentType", f.contentType);
    dateTime(w, "UploadedDateTime", f.uploadedAt);
    w.endObject();
}

QByteArray BuildiumJson::errorBody(
    const QString &errorCode, const QString &userMessage, const QList<QPair<QString, QString>> &errors)
{
    QByteArray out;
    JsonWriter w(out);
    w.beginObject();
    w.field("UserMessage", userMessage);
    w.field("ErrorCode", errorCode);
    w.key("Errors");
    w.beginArray();
    for (const auto &[k, v] : errors) {
        w.beginObject();
        w.field("Key", k);
        w.field("Value", v);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return out;
}

} // namespace pms::sim::buildium
