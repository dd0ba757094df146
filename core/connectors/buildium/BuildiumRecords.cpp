#include "BuildiumRecords.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace pms::buildium {

namespace {

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

/// Reads fields of one record and keeps the first way the record breaks the file's shapes.
class Reader
{
public:
    explicit Reader(const QJsonObject &o, QString where = {})
        : m_o(o)
        , m_where(std::move(where))
    { }

    std::optional<QString> problem() const { return m_problem; }
    void fail(const QString &why)
    {
        if (!m_problem)
            m_problem = why;
    }

    qint64 requiredId(const char *name)
    {
        const QJsonValue v = m_o.value(QLatin1String(name));
        if (v.isUndefined() || v.isNull()) {
            fail(BuildiumRecords::tr("it has no %1").arg(path(name)));
            return 0;
        }
        return id(name);
    }

    /// An optional int32 id: 0 when absent or null.
    qint64 id(const char *name)
    {
        const QJsonValue v = m_o.value(QLatin1String(name));
        if (v.isUndefined() || v.isNull())
            return 0;
        const double d = v.toDouble();
        if (!v.isDouble() || d != std::floor(d) || d < 1 || d > 2147483647.0) {
            fail(BuildiumRecords::tr("%1 is %2, not an id (a whole number from 1 to 2147483647)")
                     .arg(path(name), describe(v)));
            return 0;
        }
        return qint64(d);
    }

    QString string(const char *name)
    {
        const QJsonValue v = m_o.value(QLatin1String(name));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString()) {
            fail(BuildiumRecords::tr("%1 is %2, not text").arg(path(name), describe(v)));
            return {};
        }
        return v.toString().trimmed();
    }

    std::optional<bool> boolean(const char *name)
    {
        const QJsonValue v = m_o.value(QLatin1String(name));
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isBool()) {
            fail(BuildiumRecords::tr("%1 is %2, not true or false").arg(path(name), describe(v)));
            return std::nullopt;
        }
        return v.toBool();
    }

    std::optional<double> number(const char *name)
    {
        const QJsonValue v = m_o.value(QLatin1String(name));
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isDouble()) {
            fail(BuildiumRecords::tr("%1 is %2, not a number").arg(path(name), describe(v)));
            return std::nullopt;
        }
        return v.toDouble();
    }

    /// YYYY-MM-DD, returned as such; empty when absent.
    QString date(const char *name)
    {
        const QString s = string(name);
        if (s.isEmpty())
            return {};
        static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        if (!re.match(s).hasMatch() || !QDate::fromString(s, Qt::ISODate).isValid()) {
            fail(BuildiumRecords::tr("%1 is '%2', not a date (YYYY-MM-DD)").arg(path(name), s));
            return {};
        }
        return s;
    }

    /// A date-time, returned in UTC as YYYY-MM-DDTHH:mm:ssZ; empty when absent. One without a zone
    /// is taken as UTC (the file says Buildium's date-times are UTC).
    QString dateTime(const char *name)
    {
        const QString s = string(name);
        if (s.isEmpty())
            return {};
        QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
        if (!dt.isValid())
            dt = QDateTime::fromString(s, Qt::ISODate);
        if (!dt.isValid() || s.size() < 19 || s.at(10) != QLatin1Char('T')) {
            fail(BuildiumRecords::tr("%1 is '%2', not a date and time").arg(path(name), s));
            return {};
        }
        if (dt.timeSpec() == Qt::LocalTime)
            dt = QDateTime(dt.date(), dt.time(), Qt::UTC);
        return dt.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
    }

    /// One of @p allowed (the file's enum), empty when absent.
    QString oneOf(const char *name, std::initializer_list<const char *> allowed)
    {
        const QString s = string(name);
        if (s.isEmpty())
            return {};
        for (const char *a : allowed)
            if (s == QLatin1String(a))
                return s;
        fail(BuildiumRecords::tr("%1 is '%2', which the Buildium API does not define").arg(path(name), s));
        return {};
    }

    /// A nested object; an empty Reader over {} when absent or null.
    Reader object(const char *name)
    {
        const QJsonValue v = m_o.value(QLatin1String(name));
        if (!v.isUndefined() && !v.isNull() && !v.isObject())
            fail(BuildiumRecords::tr("%1 is %2, not an object").arg(path(name), describe(v)));
        Reader r(v.toObject(), path(name));
        return r;
    }
    void adopt(const Reader &child)
    {
        if (child.m_problem)
            fail(*child.m_problem);
    }
    QJsonArray array(const char *name)
    {
        const QJsonValue v = m_o.value(QLatin1String(name));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray()) {
            fail(BuildiumRecords::tr("%1 is %2, not a list").arg(path(name), describe(v)));
            return {};
        }
        return v.toArray();
    }
    bool has(const char *name) const
    {
        const QJsonValue v = m_o.value(QLatin1String(name));
        return !v.isUndefined() && !v.isNull();
    }
    QString path(const char *name) const
    {
        return m_where.isEmpty() ? QString::fromLatin1(name) : QString(m_where + QLatin1Char('.') + QLatin1String(name));
    }
    const QJsonObject &json() const { return m_o; }

private:
    static QString describe(const QJsonValue &v)
    {
        switch (v.type()) {
        case QJsonValue::Bool:
            return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        case QJsonValue::Double:
            return QString::number(v.toDouble(), 'g', 12);
        case QJsonValue::String:
            return QLatin1Char('\'') + v.toString().left(40) + QLatin1Char('\'');
        case QJsonValue::Array:
            return BuildiumRecords::tr("a list");
        case QJsonValue::Object:
            return BuildiumRecords::tr("an object");
        default:
            return BuildiumRecords::tr("empty");
        }
    }

    QJsonObject m_o;
    QString m_where;
    std::optional<QString> m_problem;
};

struct Address
{
    QString line, city, state, postalCode;
};

Address readAddress(Reader &r, const char *name)
{
    Reader a = r.object(name);
    Address out;
    QStringList lines;
    for (const char *f : { "AddressLine1", "AddressLine2", "AddressLine3" }) {
        const QString s = a.string(f);
        if (!s.isEmpty())
            lines << s;
    }
    out.line = lines.join(QStringLiteral(", "));
    out.city = a.string("City");
    out.state = a.string("State");
    out.postalCode = a.string("PostalCode");
    r.adopt(a);
    return out;
}

QString joinName(const QString &first, const QString &last)
{
    return QString(first + QLatin1Char(' ') + last).trimmed();
}

Error refused(const QString &what, qint64 id, const QString &why)
{
    return Error(id > 0 ? BuildiumRecords::tr("Buildium %1 %2 cannot be used: %3.").arg(what).arg(id).arg(why)
                        : BuildiumRecords::tr("A Buildium %1 cannot be used: %2.").arg(what, why),
        QStringLiteral("invalid-record"));
}

} // namespace

qint64 BuildiumRecords::idOf(const QJsonObject &o)
{
    const QJsonValue v = o.value(QLatin1String("Id"));
    const double d = v.toDouble();
    return v.isDouble() && d == std::floor(d) && d >= 1 && d <= 2147483647.0 ? qint64(d) : 0;
}

QString BuildiumRecords::statusWords(const QString &s)
{
    if (s == QLatin1String("New"))
        return QStringLiteral("Open");
    if (s == QLatin1String("InProgress"))
        return QStringLiteral("In Progress");
    if (s == QLatin1String("Deferred"))
        return QStringLiteral("On Hold");
    return s; // Completed, Closed
}

QString BuildiumRecords::priorityWords(const QString &p)
{
    if (p == QLatin1String("Low"))
        return QStringLiteral("LOW");
    if (p == QLatin1String("Normal"))
        return QStringLiteral("MEDIUM");
    if (p == QLatin1String("High"))
        return QStringLiteral("HIGH");
    return {};
}

QString BuildiumRecords::buildiumPriority(const QString &p)
{
    const QString u = p.trimmed().toUpper();
    if (u == QLatin1String("LOW"))
        return QStringLiteral("Low");
    if (u == QLatin1String("HIGH"))
        return QStringLiteral("High");
    return QStringLiteral("Normal");
}

Result<PortfolioRecord> BuildiumRecords::portfolio(const QJsonObject &o)
{
    Reader r(o);
    PortfolioRecord p;
    p.pmsId = r.requiredId("Id");
    const QString company = r.string("CompanyName");
    const QString person = joinName(r.string("FirstName"), r.string("LastName"));
    const std::optional<bool> isCompany = r.boolean("IsCompany");
    p.name = isCompany.value_or(!company.isEmpty()) && !company.isEmpty() ? company : person;
    if (p.name.isEmpty())
        p.name = company;
    p.active = r.boolean("IsActive").value_or(true);
    for (const QJsonValue &v : r.array("PropertyIds")) {
        const double d = v.toDouble();
        if (!v.isDouble() || d != std::floor(d) || d < 1)
            r.fail(tr("PropertyIds holds %1, not a rental id").arg(v.isDouble() ? QString::number(d) : tr("a non-number")));
    }
    if (auto why = r.problem())
        return refused(tr("rental owner"), idOf(o), *why);
    p.rawJson = compact(o);
    return p;
}

Result<PropertyRecord> BuildiumRecords::property(const QJsonObject &o, const QHash<qint64, qint64> &ownerOf)
{
    Reader r(o);
    PropertyRecord p;
    p.pmsId = r.requiredId("Id");
    p.name = r.string("Name");
    if (const auto owner = ownerOf.constFind(p.pmsId); owner != ownerOf.constEnd())
        p.pmsPortfolioId = *owner;
    const Address a = readAddress(r, "Address");
    p.address = a.line;
    p.city = a.city;
    p.state = a.state;
    p.postalCode = a.postalCode;
    r.number("NumberUnits");
    r.oneOf("RentalType", { "None", "Residential", "Commercial" });
    p.active = r.boolean("IsActive").value_or(true);
    if (r.has("RentalManager")) {
        Reader m = r.object("RentalManager");
        if (const qint64 id = m.id("Id"))
            p.managerUserId = id;
        p.managerName = joinName(m.string("FirstName"), m.string("LastName"));
        if (p.managerName.isEmpty())
            p.managerName = m.string("CompanyName");
        p.managerEmail = m.string("Email");
        r.adopt(m);
    }
    if (p.pmsId && p.name.isEmpty())
        r.fail(tr("it has no Name"));
    if (auto why = r.problem())
        return refused(tr("rental property"), idOf(o), *why);
    p.rawJson = compact(o);
    return p;
}

Result<UnitRecord> BuildiumRecords::unit(const QJsonObject &o)
{
    Reader r(o);
    UnitRecord u;
    u.pmsId = r.requiredId("Id");
    u.pmsPropertyId = r.requiredId("PropertyId");
    u.name = r.string("UnitNumber");
    const Address a = readAddress(r, "Address");
    u.address = a.line;
    u.city = a.city;
    u.state = a.state;
    u.postalCode = a.postalCode;
    r.number("MarketRent");
    r.boolean("IsUnitOccupied");
    u.active = true;
    if (auto why = r.problem())
        return refused(tr("rental unit"), idOf(o), *why);
    u.rawJson = compact(o);
    return u;
}

Result<LeaseRecord> BuildiumRecords::lease(const QJsonObject &o)
{
    Reader r(o);
    LeaseRecord l;
    l.pmsId = r.requiredId("Id");
    l.pmsUnitId = r.requiredId("UnitId");
    if (const qint64 property = r.id("PropertyId"))
        l.pmsPropertyId = property;
    l.status = r.oneOf("LeaseStatus", { "Active", "Past", "Future" });
    if (l.status.isEmpty() && l.pmsId)
        r.fail(tr("it has no LeaseStatus"));
    l.active = l.status == QLatin1String("Active");
    l.startDate = r.date("LeaseFromDate");
    l.endDate = r.date("LeaseToDate");
    l.modifiedAt = r.dateTime("LastUpdatedDateTime");
    if (r.has("AccountDetails")) {
        Reader acc = r.object("AccountDetails");
        l.baseRent = acc.number("Rent");
        r.adopt(acc);
    }
    // Move-in: the earliest of the lease's tenants; move-out: the latest planned.
    for (const QJsonValue &v : r.array("Tenants")) {
        Reader t(v.toObject(), r.path("Tenants"));
        if (!v.isObject())
            t.fail(tr("%1 holds something that is not a tenant").arg(r.path("Tenants")));
        const QString in = t.date("MoveInDate");
        if (!in.isEmpty() && (l.moveIn.isEmpty() || in < l.moveIn))
            l.moveIn = in;
        r.adopt(t);
    }
    for (const QJsonValue &v : r.array("MoveOutData")) {
        Reader m(v.toObject(), r.path("MoveOutData"));
        const QString out = m.date("MoveOutDate");
        if (!out.isEmpty() && out > l.moveOut)
            l.moveOut = out;
        r.adopt(m);
    }
    QStringList names;
    for (const QJsonValue &v : r.array("CurrentTenants")) {
        Reader t(v.toObject(), r.path("CurrentTenants"));
        LeaseContactRecord c;
        if (!v.isObject())
            t.fail(tr("%1 holds something that is not a tenant").arg(r.path("CurrentTenants")));
        c.pmsId = t.requiredId("Id");
        c.firstName = t.string("FirstName");
        c.lastName = t.string("LastName");
        c.email = t.string("Email");
        // A cell phone first, else the first number listed.
        for (const QJsonValue &pv : t.array("PhoneNumbers")) {
            Reader p(pv.toObject(), t.path("PhoneNumbers"));
            const QString number = p.string("Number");
            const QString type = p.oneOf("Type", { "NotSet", "Home", "Office", "Cell", "Personal", "Fax", "Other" });
            if (!number.isEmpty() && (c.phone.isEmpty() || type == QLatin1String("Cell")) && type != QLatin1String("Fax"))
                c.phone = number;
            t.adopt(p);
        }
        r.adopt(t);
        c.rawJson = compact(v.toObject());
        if (c.pmsId)
            l.contacts.append(c);
        names << joinName(c.firstName, c.lastName);
    }
    const QString unitNumber = r.string("UnitNumber");
    l.name = names.isEmpty() ? unitNumber : names.join(QStringLiteral(", "));
    if (auto why = r.problem())
        return refused(tr("lease"), idOf(o), *why);
    l.rawJson = compact(o);
    return l;
}

Result<BuildiumUser> BuildiumRecords::user(const QJsonObject &o)
{
    Reader r(o);
    BuildiumUser u;
    u.id = r.requiredId("Id");
    u.name = joinName(r.string("FirstName"), r.string("LastName"));
    if (u.name.isEmpty())
        u.name = r.string("CompanyName");
    u.email = r.string("Email");
    u.active = r.boolean("IsActive").value_or(true);
    if (auto why = r.problem())
        return refused(tr("user"), idOf(o), *why);
    return u;
}

Result<WorkOrderRecord> BuildiumRecords::workOrder(
    const QJsonObject &wo, const QJsonObject &task, const QHash<qint64, BuildiumUser> &users)
{
    Reader r(wo);
    Reader t(task, QStringLiteral("Task"));
    WorkOrderRecord w;
    w.pmsId = r.requiredId("Id");
    Reader inner = r.object("Task");
    const qint64 taskId = inner.requiredId("Id");
    r.adopt(inner);
    if (t.requiredId("Id") != taskId && taskId)
        r.fail(tr("its task is %1, but task %2 was joined to it").arg(taskId).arg(BuildiumRecords::idOf(task)));
    const QString title = r.string("Title");
    const QString details = r.string("WorkDetails");
    // Buildium has no search tag: the app puts its "pmsbridge:<uuid>" at the end of the title (R10).
    static const QRegularExpression tagRe(QStringLiteral("pmsbridge:[A-Za-z0-9{}-]+"));
    if (const QRegularExpressionMatch m = tagRe.match(title); m.hasMatch())
        w.searchTag = m.captured(0);
    w.description = details.isEmpty() ? title : title + QStringLiteral("\n\n") + details;
    w.priority = priorityWords(r.oneOf("Priority", { "Unknown", "Low", "Normal", "High" }));
    const QString entry = r.oneOf("EntryAllowed", { "Unknown", "Yes", "No" });
    w.authorizeEnter = entry == QLatin1String("Unknown") ? QString() : entry;
    r.number("Amount");
    r.id("VendorId");

    Reader property = t.object("Property");
    if (const qint64 id = property.id("Id")) {
        const QString type = property.oneOf("Type", { "Association", "Rental" });
        if (type != QLatin1String("Association"))
            w.pmsPropertyId = id;
    }
    t.adopt(property);
    if (const qint64 unit = t.id("UnitId"))
        w.pmsUnitId = unit;
    const QString status = t.oneOf("TaskStatus", { "New", "InProgress", "Completed", "Deferred", "Closed" });
    w.status = statusWords(status.isEmpty() ? r.oneOf("Status", { "Unknown", "New", "InProgress", "Completed",
                                                                     "Deferred", "Closed" })
                                            : status);
    if (w.priority.isEmpty())
        w.priority = priorityWords(t.oneOf("Priority", { "Low", "Normal", "High" }));
    if (const qint64 assigned = t.id("AssignedToUserId")) {
        const auto user = users.constFind(assigned);
        w.managedBy = user != users.constEnd() ? user->name : tr("Buildium user %1").arg(assigned);
    }
    if (t.has("RequestedByUserEntity")) {
        Reader req = t.object("RequestedByUserEntity");
        w.requestedBy = joinName(req.string("FirstName"), req.string("LastName"));
        t.adopt(req);
    }
    if (t.has("Category")) {
        Reader cat = t.object("Category");
        w.category = cat.string("Name");
        t.adopt(cat);
    }
    w.createdAt = t.dateTime("CreatedDateTime");
    w.modifiedAt = t.dateTime("LastUpdatedDateTime");
    r.adopt(t);
    if (auto why = r.problem())
        return refused(tr("work order"), idOf(wo), *why);
    QJsonObject raw;
    raw.insert(QStringLiteral("WorkOrder"), wo);
    raw.insert(QStringLiteral("Task"), task);
    w.rawJson = compact(raw);
    return w;
}

} // namespace pms::buildium
