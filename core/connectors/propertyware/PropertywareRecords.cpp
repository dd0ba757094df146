#include "PropertywareRecords.h"

#include "common/Json.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace pms::propertyware::records {

namespace {

QString raw(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString modified(const QJsonObject &o)
{
    return json::formatDateTime(json::dateTime(o, QLatin1String("lastModifiedDateTime")));
}

QString dateText(const QJsonObject &o, QLatin1StringView key)
{
    return json::formatDate(json::date(o, key));
}

Error noId(const char *what)
{
    return Error(QCoreApplication::translate("pms::Sync", "%1 without a valid id").arg(QString::fromLatin1(what)),
                 QStringLiteral("record"));
}

QString trimmed(const QJsonObject &o, QLatin1StringView key, int maxLen = 4000)
{
    return json::str(o, key).trimmed().left(maxLen);
}

} // namespace

Result<PortfolioRecord> portfolio(const QJsonObject &o)
{
    PortfolioRecord r;
    const auto id = json::id(o, QLatin1String("id"));
    if (!id)
        return noId("portfolio");
    r.pmsId = *id;
    r.name = trimmed(o, QLatin1String("name"));
    r.abbreviation = trimmed(o, QLatin1String("abbreviation"));
    r.active = json::boolean(o, QLatin1String("active")).value_or(true);
    r.rawJson = raw(o);
    r.modifiedAt = modified(o);
    return r;
}

QString integrationUserEmail(const QJsonObject &building, const QString &integrationUser)
{
    if (integrationUser.trimmed().isEmpty())
        return {};
    const QJsonArray managers = building.value(QLatin1String("propertyManagerList")).toArray();
    for (const QJsonValue &v : managers) {
        const QJsonObject m = v.toObject();
        if (json::str(m, QLatin1String("name")).trimmed().compare(integrationUser.trimmed(), Qt::CaseInsensitive) == 0)
            return json::str(m, QLatin1String("email")).trimmed();
    }
    return {};
}

Result<PropertyRecord> property(const QJsonObject &o, const QString &integrationUser)
{
    PropertyRecord r;
    const auto id = json::id(o, QLatin1String("id"));
    if (!id)
        return noId("building");
    r.pmsId = *id;
    r.pmsPortfolioId = json::id(o, QLatin1String("portfolioID"));
    r.name = trimmed(o, QLatin1String("name"));
    r.abbreviation = trimmed(o, QLatin1String("abbreviation"));
    const QJsonObject addr = o.value(QLatin1String("address")).toObject();
    r.address = trimmed(addr, QLatin1String("address"));
    const QString cont = trimmed(addr, QLatin1String("addressCont"));
    if (!cont.isEmpty())
        r.address += QStringLiteral(", ") + cont;
    r.city = trimmed(addr, QLatin1String("city"));
    r.state = trimmed(addr, QLatin1String("stateRegion"));
    r.postalCode = trimmed(addr, QLatin1String("postalCode"));
    // The property manager is the first listed user who is not our own integration user.
    const QJsonArray managers = o.value(QLatin1String("propertyManagerList")).toArray();
    for (const QJsonValue &v : managers) {
        const QJsonObject m = v.toObject();
        const QString name = trimmed(m, QLatin1String("name"));
        if (!integrationUser.isEmpty() && name.compare(integrationUser.trimmed(), Qt::CaseInsensitive) == 0)
            continue;
        r.managerUserId = json::id(m, QLatin1String("userID"));
        if (!r.managerUserId)
            r.managerUserId = json::id(m, QLatin1String("id"));
        r.managerName = name;
        r.managerEmail = trimmed(m, QLatin1String("email"));
        break;
    }
    r.active = json::boolean(o, QLatin1String("active")).value_or(true);
    r.rawJson = raw(o);
    r.modifiedAt = modified(o);
    return r;
}

Result<UnitRecord> unit(const QJsonObject &o)
{
    UnitRecord r;
    const auto id = json::id(o, QLatin1String("id"));
    if (!id)
        return noId("unit");
    r.pmsId = *id;
    r.pmsPropertyId = json::id(o, QLatin1String("buildingID"));
    r.name = trimmed(o, QLatin1String("name"));
    const QJsonObject addr = o.value(QLatin1String("address")).toObject();
    r.address = trimmed(addr, QLatin1String("address"));
    const QString cont = trimmed(addr, QLatin1String("addressCont"));
    if (!cont.isEmpty())
        r.address += QStringLiteral(", ") + cont;
    r.city = trimmed(addr, QLatin1String("city"));
    r.state = trimmed(addr, QLatin1String("stateRegion"));
    r.postalCode = trimmed(addr, QLatin1String("postalCode"));
    if (const auto f = json::number(o, QLatin1String("floorNumber")); f && *f > -1000 && *f < 1000)
        r.floor = int(*f);
    r.active = json::boolean(o, QLatin1String("active")).value_or(true);
    r.rawJson = raw(o);
    r.modifiedAt = modified(o);
    return r;
}

bool leaseIsActive(const QJsonObject &o)
{
    if (const auto a = json::boolean(o, QLatin1String("active")))
        return *a;
    const QString status = json::str(o, QLatin1String("status")).trimmed();
    return status.compare(QLatin1String("Active"), Qt::CaseInsensitive) == 0
           || status.compare(QLatin1String("Current"), Qt::CaseInsensitive) == 0;
}

Result<LeaseRecord> lease(const QJsonObject &o)
{
    LeaseRecord r;
    const auto id = json::id(o, QLatin1String("id"));
    if (!id)
        return noId("lease");
    r.pmsId = *id;
    r.pmsUnitId = json::id(o, QLatin1String("unitID"));
    r.pmsPropertyId = json::id(o, QLatin1String("buildingID"));
    r.name = trimmed(o, QLatin1String("leaseName"));
    r.status = trimmed(o, QLatin1String("status"));
    r.active = leaseIsActive(o);
    r.startDate = dateText(o, QLatin1String("startDate"));
    r.endDate = dateText(o, QLatin1String("endDate"));
    r.moveIn = dateText(o, QLatin1String("moveInDate"));
    r.moveOut = dateText(o, QLatin1String("moveOutDate"));
    if (r.moveOut.isEmpty())
        r.moveOut = dateText(o, QLatin1String("scheduleMoveOutDate"));
    if (const auto rent = json::number(o, QLatin1String("baseRent")); rent && *rent >= 0 && *rent < 1e9)
        r.baseRent = *rent;
    r.rawJson = raw(o);
    r.modifiedAt = modified(o);
    const QJsonArray contacts = o.value(QLatin1String("contacts")).toArray();
    for (const QJsonValue &v : contacts) {
        const QJsonObject c = v.toObject();
        const auto cid = json::id(c, QLatin1String("id"));
        if (!cid)
            continue;
        LeaseContactRecord lc;
        lc.pmsId = *cid;
        lc.firstName = trimmed(c, QLatin1String("firstName"), 200);
        lc.lastName = trimmed(c, QLatin1String("lastName"), 200);
        lc.email = trimmed(c, QLatin1String("email"), 320);
        for (const char *key : {"mobilePhone", "homePhone", "workPhone"}) {
            lc.phone = trimmed(c, QLatin1String(key), 64);
            if (!lc.phone.isEmpty())
                break;
        }
        lc.rawJson = raw(c);
        r.contacts.append(lc);
    }
    return r;
}

Result<WorkOrderRecord> workOrder(const QJsonObject &o)
{
    WorkOrderRecord r;
    const auto id = json::id(o, QLatin1String("id"));
    if (!id)
        return noId("work order");
    r.pmsId = *id;
    r.number = json::id(o, QLatin1String("number"));
    r.pmsPropertyId = json::id(o, QLatin1String("buildingID"));
    r.pmsUnitId = json::id(o, QLatin1String("unitID"));
    if (!r.pmsUnitId) {
        const QJsonArray ids = o.value(QLatin1String("unitIDs")).toArray();
        if (!ids.isEmpty() && ids.first().isDouble() && ids.first().toDouble() > 0)
            r.pmsUnitId = qint64(ids.first().toDouble());
    }
    r.managedBy = trimmed(o, QLatin1String("managedBy"), 200);
    r.requestedBy = trimmed(o, QLatin1String("requestedBy"), 200);
    r.status = trimmed(o, QLatin1String("status"), 100);
    r.priority = trimmed(o, QLatin1String("priority"), 20).toUpper();
    if (r.priority.isEmpty())
        r.priority = QStringLiteral("MEDIUM");
    r.category = trimmed(o, QLatin1String("category"), 200);
    r.description = trimmed(o, QLatin1String("description"), 20000);
    r.authorizeEnter = trimmed(o, QLatin1String("authorizeEnter"), 20);
    r.searchTag = trimmed(o, QLatin1String("searchTag"), 200);
    r.rawJson = raw(o);
    r.createdAt = json::formatDateTime(json::dateTime(o, QLatin1String("createdDateTime")));
    r.modifiedAt = modified(o);
    return r;
}

} // namespace pms::propertyware::records
