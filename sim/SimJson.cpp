#include "SimJson.h"

#include <charconv>
#include <cmath>

namespace pms::sim {

namespace {

const char *const CashAccrual[] = { "COMPANY_DEFAULT", "CASH", "ACCRUAL" };
const char *const PortfolioLimitTime[] = { "NO_LIMIT", "DOLLAR_PER_MONTH", "DOLLAR_PER_YEAR" };
const char *const PropertyTypes[] = { "NONE", "APARTMENT", "CONDO", "COMMERCIAL", "DU_FOUR_PLEX", "HOUSE",
    "SECTION_8_AFFORDABLE", "SENIOR", "SHORT_TERM_VACATION", "STUDENT", "TOWNHOUSE", "OTHER" };
const char *const ContactTypes[] = { "TENANT", "PROSPECT", "OWNER", "VENDOR", "OTHER" };
const char *const Genders[] = { "UNKNOWN", "MALE", "FEMALE", "DECLINE_TO_STATE" };
const char *const LeaseRoles[] = { "Tenant", "Co-Tenant", "Guarantor", "Occupant" };
const char *const AuthorizeEnter[] = { "NO", "ANYTIME", "SPECIFIEDTIME" };

} // namespace

// ---- SimJson -------------------------------------------------------------------------------

QString SimJson::formatPhone(qint64 n, int style)
{
    if (n <= 0)
        return {};
    const QString area = QString::number(n / 10000000),
                  exch = QString::number(n / 10000 % 1000).rightJustified(3, u'0'),
                  line = QString::number(n % 10000).rightJustified(4, u'0');
    switch (style) {
    case 0:
        return QLatin1Char('(') + area + QLatin1String(") ") + exch + QLatin1Char('-') + line;
    case 1:
        return area + QLatin1Char('-') + exch + QLatin1Char('-') + line;
    case 2:
        return area + exch + line;
    default:
        return QLatin1String("+1 ") + area + QLatin1Char(' ') + exch + QLatin1Char(' ') + line;
    }
}

QString SimJson::unitLocation(const SimStore &store, qint64 buildingId, qint64 unitId)
{
    const SimBuilding *b = findById(store.buildings, buildingId);
    const SimUnit *u = unitId ? findById(store.units, unitId) : nullptr;
    if (!b)
        return {};
    if (!u || !b->multiUnit)
        return b->name;
    return b->name + QLatin1String(" - ") + u->name;
}

void SimJson::writeLocation(JsonWriter &w, qint64 buildingId, qint64 unitId) const
{
    // Same text as unitLocation(), written without building a QString.
    w.key("location");
    const SimBuilding *b = findById(m_store.buildings, buildingId);
    const SimUnit *u = unitId ? findById(m_store.units, unitId) : nullptr;
    if (!b)
        w.nullValue();
    else if (!u || !b->multiUnit)
        w.value(b->name);
    else
        w.stringValue({ b->name, u" - ", u->name });
}

QByteArray SimJson::errorBody(
    const QString &errorCode, const QList<QPair<QString, QString>> &errors, const QString &userMessage)
{
    QByteArray out;
    JsonWriter w(out);
    w.beginObject();
    w.field("errorCode", errorCode);
    w.key("errors");
    w.beginArray();
    for (const auto &e : errors) {
        w.beginObject();
        w.field("key", e.first);
        w.field("message", e.second);
        w.endObject();
    }
    w.endArray();
    w.field("userMessage", userMessage);
    w.endObject();
    return out;
}

void SimJson::writeCreated(JsonWriter &w, const SimStamp &s)
{
    w.field("createdBy", s.createdBy);
    w.dateTimeField("createdDateTime", s.createdAt, s.tzOffsetMin);
}

void SimJson::writeModified(JsonWriter &w, const SimStamp &s)
{
    w.field("lastModifiedBy", s.modifiedBy);
    w.dateTimeField("lastModifiedDateTime", s.modifiedAt, s.tzOffsetMin);
}

void SimJson::writeAddress(JsonWriter &w, const char *name, const SimAddress &a) const
{
    w.key(name);
    if (a.address.isNull() && a.city.isNull() && a.postalCode.isNull()) {
        w.nullValue();
        return;
    }
    w.beginObject();
    w.field("address", a.address);
    w.field("addressCont", a.addressCont);
    w.field("city", a.city);
    w.field("country", a.country);
    w.field("postalCode", a.postalCode);
    w.field("stateRegion", a.stateRegion);
    w.endObject();
}

void SimJson::write(JsonWriter &w, const SimPortfolio &p) const
{
    w.beginObject();
    w.field("abbreviation", p.abbreviation);
    w.field("active", p.active);
    w.field("cashAccrual", CashAccrual[p.cashAccrual % 3]);
    w.dateField("closingDate", p.closingDate);
    writeCreated(w, p.stamp);
    w.field("doNotPayOwnerDraw", p.doNotPayOwnerDraw);
    w.field("id", p.id);
    writeModified(w, p.stamp);
    w.field("maintenanceSpendingLimit", p.maintenanceSpendingLimit);
    w.field("maintenanceSpendingLimitTime", PortfolioLimitTime[p.spendingLimitTime % 3]);
    w.field("name", p.name);
    w.field("stickyNote", p.stickyNote);
    w.field("targetOperatingReserve", p.targetOperatingReserve);
    w.endObject();
}

void SimJson::write(JsonWriter &w, const SimBuilding &b) const
{
    w.beginObject();
    w.field("abbreviation", b.abbreviation);
    w.field("active", b.active);
    writeAddress(w, "address", b.address);
    w.field("areaUnits", "Sq Ft");
    w.field("category", b.commercial ? "COMMERCIAL" : "RESIDENTIAL");
    w.field("countUnit", b.countUnit);
    w.field("county", b.county);
    writeCreated(w, b.stamp);
    w.field("id", b.id);
    writeModified(w, b.stamp);
    w.field("maintenanceNotice", b.maintenanceNotice);
    w.field("multiUnit", b.multiUnit ? "Multi Family" : "Single Family");
    w.field("name", b.name);
    w.field("neighborhood", b.neighborhood);
    w.field("numberFloors", b.numberFloors);
    w.field("portfolioID", b.portfolioId);
    w.key("propertyManagerList");
    w.beginArray();
    auto manager = [&w](const SimStaff &s, qint64 entryId) {
        w.beginObject();
        w.field("email", s.email);
        w.field("id", entryId);
        w.field("name", s.name);
        w.field("roleAsString", s.role);
        w.field("userID", s.userId);
        w.endObject();
    };
    if (b.managerIndex >= 0 && size_t(b.managerIndex) < m_store.staff.size())
        manager(m_store.staff[size_t(b.managerIndex)], b.id * 10 + 1);
    if (b.integrationManager)
        manager(m_store.integration, b.id * 10 + 2);
    w.endArray();
    w.field("propertyType", PropertyTypes[b.propertyType % 12]);
    w.field("searchTag", b.searchTag);
    w.field("targetRent", b.targetRent);
    w.field("targetRentUnits", "DOLLAR_PER_MONTH");
    w.field("totalArea", b.totalArea);
    w.field("type", b.commercial ? "Commercial" : b.multiUnit ? "Multi-Family" : "Single-Family");
    w.field("website", b.website);
    w.field("yearBuilt", b.yearBuilt);
    w.endObject();
}

void SimJson::write(JsonWriter &w, const SimUnit &u) const
{
    w.beginObject();
    w.field("abbreviation", u.abbreviation);
    w.field("active", u.active);
    writeAddress(w, "address", u.address);
    w.field("areaUnits", "Sq Ft");
    w.field("buildingID", u.buildingId);
    w.field("category", u.type == QLatin1String("Commercial") ? "COMMERCIAL" : "RESIDENTIAL");
    writeCreated(w, u.stamp);
    w.field("floorNumber", u.floorNumber);
    w.field("id", u.id);
    writeModified(w, u.stamp);
    w.idField("leaseID", u.leaseId);
    w.field("maintenanceNotice", u.maintenanceNotice);
    w.field("name", u.name);
    w.field("numberOfBathrooms", u.bathrooms);
    w.field("numberOfBedrooms", u.bedrooms);
    w.field("portfolioID", u.portfolioId);
    w.field("ready", u.ready);
    w.field("rentable", u.rentable);
    w.field("status", u.leaseId ? "Occupied" : "Vacant");
    w.field("targetRent", u.targetRent);
    w.field("targetRentUnits", "DOLLAR_PER_MONTH");
    w.field("totalArea", u.totalArea);
    w.field("type", u.type);
    w.endObject();
}

void SimJson::write(JsonWriter &w, const SimLease &l) const
{
    w.beginObject();
    w.field("active", l.active);
    w.field("arBalance", l.arBalance);
    w.field("baseRent", l.baseRent);
    w.field("buildingID", l.buildingId);
    w.field("comments", l.comments);
    w.key("contacts");
    w.beginArray();
    for (int i = 0; i < l.contactCount; ++i) {
        const SimLeaseContact &lc = l.contacts[size_t(i)];
        const SimContact *c = findById(m_store.contacts, lc.contactId);
        if (!c)
            continue;
        w.beginObject();
        w.field("company", c->company);
        w.field("email", c->email);
        w.field("firstName", c->firstName);
        w.phoneField("homePhone", c->homePhone, c->phoneStyle);
        w.field("id", c->id);
        w.field("lastName", c->lastName);
        w.phoneField("mobilePhone", c->mobilePhone, c->phoneStyle);
        w.field("namedOnLease", lc.namedOnLease);
        w.field("primary", lc.primary);
        w.field("role", LeaseRoles[lc.role % 4]);
        w.phoneField("workPhone", c->workPhone, c->phoneStyle);
        w.endObject();
    }
    w.endArray();
    writeCreated(w, l.stamp);
    w.dateField("endDate", l.endDate);
    w.field("id", l.id);
    writeModified(w, l.stamp);
    w.field("leaseBalance", l.arBalance);
    w.field("leaseName", l.leaseName);
    writeLocation(w, l.buildingId, l.unitId);
    w.dateField("moveInDate", l.moveInDate);
    w.dateField("moveOutDate", l.moveOutDate);
    w.dateField("noticeGivenDate", l.noticeGivenDate);
    w.field("portfolioID", l.portfolioId);
    w.dateField("scheduleMoveOutDate", l.scheduleMoveOutDate);
    w.field("searchTag", l.searchTag);
    w.dateField("signedDate", l.signedDate);
    w.dateField("startDate", l.startDate);
    w.field("status", l.status);
    w.field("unitID", l.unitId);
    w.endObject();
}

void SimJson::write(JsonWriter &w, const SimContact &c) const
{
    w.beginObject();
    writeAddress(w, "address", c.address);
    w.field("altEmail", c.altEmail);
    w.dateField("birthDate", c.birthDate);
    w.field("comments", c.comments);
    w.field("company", c.company);
    writeCreated(w, c.stamp);
    w.field("email", c.email);
    w.field("firstName", c.firstName);
    w.key("gender");
    if (c.gender < 4)
        w.asciiValue(Genders[c.gender]);
    else
        w.nullValue();
    w.phoneField("homePhone", c.homePhone, c.phoneStyle);
    w.field("id", c.id);
    writeModified(w, c.stamp);
    w.field("lastName", c.lastName);
    w.field("middleName", c.middleName);
    w.phoneField("mobilePhone", c.mobilePhone, c.phoneStyle);
    w.field("namedOnLease", c.namedOnLease);
    w.field("salutation", c.salutation);
    w.field("suffix", c.suffix);
    w.field("type", ContactTypes[c.type % 5]);
    w.phoneField("workPhone", c.workPhone, c.phoneStyle);
    w.endObject();
}

void SimJson::write(JsonWriter &w, const SimWorkOrder &wo) const
{
    w.beginObject();
    w.field("age", std::max<qint64>(0, (m_now - wo.stamp.createdAt) / 86400));
    w.field("approved", wo.approved);
    w.dateField("approvedDate", wo.approvedDate);
    w.key("assignedVendors");
    w.beginArray();
    if (const SimVendor *v = wo.vendorId ? findById(m_store.vendors, wo.vendorId) : nullptr) {
        w.beginObject();
        w.field("email", v->email);
        w.field("id", v->id);
        w.field("name", v->name);
        w.field("phone", v->phone);
        w.endObject();
    }
    w.endArray();
    w.key("authorizeEnter");
    if (wo.authorizeEnter < 3)
        w.asciiValue(AuthorizeEnter[wo.authorizeEnter]);
    else
        w.nullValue();
    w.field("buildingID", wo.buildingId);
    w.field("category", wo.category);
    w.dateField("completedDate", wo.completedDate);
    w.key("costEstimate");
    if (wo.costEstimate >= 0)
        w.value(wo.costEstimate);
    else
        w.nullValue();
    writeCreated(w, wo.stamp);
    w.field("description", wo.description);
    w.key("hourEstimate");
    if (wo.hourEstimate >= 0)
        w.value(wo.hourEstimate);
    else
        w.nullValue();
    w.field("id", wo.id);
    writeModified(w, wo.stamp);
    QString leaseName;
    if (const SimUnit *u = wo.unitId ? findById(m_store.units, wo.unitId) : nullptr)
        if (const SimLease *l = u->leaseId ? findById(m_store.leases, u->leaseId) : nullptr)
            leaseName = l->leaseName;
    w.field("lease", leaseName);
    writeLocation(w, wo.buildingId, wo.unitId);
    w.field("managedBy", wo.managedBy);
    w.field("number", wo.number);
    w.field("portfolioID", wo.portfolioId);
    w.field("priority", wo.priority);
    w.field("publishToOwnerPortal", wo.publishToOwnerPortal);
    w.field("publishToTenantPortal", wo.publishToTenantPortal);
    w.field("requestedBy", wo.requestedBy);
    w.dateField("scheduledEndDate", wo.scheduledEndDate);
    w.field("searchTag", wo.searchTag);
    w.field("source", wo.source);
    w.field("specificLocation", wo.specificLocation);
    w.dateField("startDate", wo.startDate);
    w.field("status", wo.status);
    w.field("type", wo.type);
    w.idField("unitID", wo.unitId);
    w.endObject();
}

void SimJson::write(JsonWriter &w, const SimVendor &v) const
{
    w.beginObject();
    w.field("accountNumber", v.accountNumber);
    w.field("active", v.active);
    w.field("address", v.address);
    w.field("city", v.city);
    w.field("comments", v.comments);
    w.field("companyName", v.companyName);
    w.field("country", v.country);
    writeCreated(w, v.stamp);
    w.field("creditLimit", v.creditLimit);
    w.field("eligible1099", v.eligible1099);
    w.field("email", v.email);
    w.field("id", v.id);
    writeModified(w, v.stamp);
    w.field("name", v.name);
    w.field("paymentTermDaysToPay", v.paymentTermDaysToPay);
    w.field("phone", v.phone);
    w.field("state", v.state);
    w.field("type", v.type);
    w.field("website", v.website);
    w.field("zip", v.zip);
    w.endObject();
}

void SimJson::write(JsonWriter &w, const SimDocument &d) const
{
    w.beginObject();
    writeCreated(w, d.stamp);
    w.field("description", d.description);
    w.field("entityId", d.entityId);
    w.field("entityType", d.entityType);
    w.field("fileName", d.fileName);
    w.field("fileType", d.fileType);
    w.field("id", d.id);
    writeModified(w, d.stamp);
    w.field("publishToOwnerPortal", d.publishToOwnerPortal);
    w.field("publishToTenantPortal", d.publishToTenantPortal);
    w.endObject();
}

void SimJson::write(JsonWriter &w, const SimTask &t) const
{
    w.beginObject();
    w.field("completed", t.completed);
    w.dateTimeField("completedTime", t.completedAt, 0);
    writeCreated(w, t.stamp);
    w.field("delegates", t.delegates);
    w.field("description", t.description);
    w.dateField("dueDate", t.dueDate);
    w.field("id", t.id);
    writeModified(w, t.stamp);
    w.field("privateTask", t.privateTask);
    w.field("starred", t.starred);
    w.field("tags", t.tags);
    w.endObject();
}

void SimJson::write(JsonWriter &w, const SimComment &c) const
{
    w.beginObject();
    writeCreated(w, c.stamp);
    w.field("id", c.id);
    writeModified(w, c.stamp);
    w.field("text", c.text);
    w.endObject();
}

} // namespace pms::sim
