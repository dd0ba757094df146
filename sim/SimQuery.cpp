#include "SimQuery.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>
#include <variant>

namespace pms::sim {

namespace {

using SortValue = std::variant<std::monostate, qint64, double, QString>;

// Fields every record has; entity-specific ones follow at index CommonCount.
const char *const CommonFields[]
    = { "id", "createdDateTime", "lastModifiedDateTime", "createdBy", "lastModifiedBy" };
constexpr int CommonCount = 5;

SortValue str(const QString &s)
{
    if (s.isNull())
        return std::monostate {};
    return s.toCaseFolded();
}
SortValue date(const QDate &d)
{
    if (!d.isValid())
        return std::monostate {};
    return qint64(d.toJulianDay());
}
SortValue id(qint64 v)
{
    if (v == 0)
        return std::monostate {};
    return v;
}

template<class T> struct Traits;

template<> struct Traits<SimPortfolio>
{
    static QList<const char *> fields() { return { "name", "abbreviation", "active" }; }
    static SortValue value(const SimPortfolio &r, int f)
    {
        switch (f) {
        case 0:
            return str(r.name);
        case 1:
            return str(r.abbreviation);
        default:
            return qint64(r.active);
        }
    }
    static bool accept(const SimPortfolio &r, const SimQueryParams &p)
    {
        return r.active || p.includeDeactivated;
    }
};

template<> struct Traits<SimBuilding>
{
    static QList<const char *> fields()
    {
        return { "name", "abbreviation", "active", "portfolioID", "countUnit", "yearBuilt", "numberFloors" };
    }
    static SortValue value(const SimBuilding &r, int f)
    {
        switch (f) {
        case 0:
            return str(r.name);
        case 1:
            return str(r.abbreviation);
        case 2:
            return qint64(r.active);
        case 3:
            return r.portfolioId;
        case 4:
            return qint64(r.countUnit);
        case 5:
            return qint64(r.yearBuilt);
        default:
            return qint64(r.numberFloors);
        }
    }
    static bool accept(const SimBuilding &r, const SimQueryParams &p)
    {
        return (r.active || p.includeDeactivated) && (!p.portfolioId || r.portfolioId == p.portfolioId)
            && (!p.buildingId || r.id == p.buildingId);
    }
};

template<> struct Traits<SimUnit>
{
    static QList<const char *> fields()
    {
        return { "name", "abbreviation", "active", "buildingID", "portfolioID", "type", "status",
            "floorNumber", "numberOfBedrooms", "targetRent", "leaseID" };
    }
    static SortValue value(const SimUnit &r, int f)
    {
        switch (f) {
        case 0:
            return str(r.name);
        case 1:
            return str(r.abbreviation);
        case 2:
            return qint64(r.active);
        case 3:
            return r.buildingId;
        case 4:
            return r.portfolioId;
        case 5:
            return str(r.type);
        case 6:
            return str(r.leaseId ? QStringLiteral("Occupied") : QStringLiteral("Vacant"));
        case 7:
            return qint64(r.floorNumber);
        case 8:
            return qint64(r.bedrooms);
        case 9:
            return r.targetRent;
        default:
            return id(r.leaseId);
        }
    }
    static bool accept(const SimUnit &r, const SimQueryParams &p)
    {
        return (r.active || p.includeDeactivated) && (!p.buildingId || r.buildingId == p.buildingId)
            && (!p.portfolioId || r.portfolioId == p.portfolioId)
            && (p.type.isEmpty() || r.type.compare(p.type, Qt::CaseInsensitive) == 0)
            && (p.vacant < 0 || (r.leaseId == 0) == (p.vacant == 1));
    }
};

template<> struct Traits<SimLease>
{
    static QList<const char *> fields()
    {
        return { "leaseName", "status", "active", "buildingID", "unitID", "portfolioID", "startDate",
            "endDate", "moveInDate", "moveOutDate", "scheduleMoveOutDate", "baseRent" };
    }
    static SortValue value(const SimLease &r, int f)
    {
        switch (f) {
        case 0:
            return str(r.leaseName);
        case 1:
            return str(r.status);
        case 2:
            return qint64(r.active);
        case 3:
            return r.buildingId;
        case 4:
            return r.unitId;
        case 5:
            return r.portfolioId;
        case 6:
            return date(r.startDate);
        case 7:
            return date(r.endDate);
        case 8:
            return date(r.moveInDate);
        case 9:
            return date(r.moveOutDate);
        case 10:
            return date(r.scheduleMoveOutDate);
        default:
            return r.baseRent;
        }
    }
    static bool accept(const SimLease &r, const SimQueryParams &p)
    {
        return (!p.buildingId || r.buildingId == p.buildingId)
            && (!p.portfolioId || r.portfolioId == p.portfolioId) && (!p.unitId || r.unitId == p.unitId)
            && (p.status.isEmpty() || r.status.compare(p.status, Qt::CaseInsensitive) == 0);
    }
};

template<> struct Traits<SimContact>
{
    static QList<const char *> fields() { return { "firstName", "lastName", "email", "type", "middleName" }; }
    static SortValue value(const SimContact &r, int f)
    {
        static const char *const types[] = { "tenant", "prospect", "owner", "vendor", "other" };
        switch (f) {
        case 0:
            return str(r.firstName);
        case 1:
            return str(r.lastName);
        case 2:
            return str(r.email);
        case 3:
            return QString::fromLatin1(types[r.type % 5]);
        default:
            return str(r.middleName);
        }
    }
    static bool accept(const SimContact &r, const SimQueryParams &p)
    {
        static const char *const types[] = { "TENANT", "PROSPECT", "OWNER", "VENDOR", "OTHER" };
        return p.type.isEmpty() || p.type.compare(QLatin1String(types[r.type % 5]), Qt::CaseInsensitive) == 0;
    }
};

template<> struct Traits<SimWorkOrder>
{
    static QList<const char *> fields()
    {
        return { "number", "status", "priority", "type", "category", "buildingID", "unitID", "portfolioID",
            "managedBy", "requestedBy", "startDate", "completedDate", "scheduledEndDate", "description" };
    }
    static SortValue value(const SimWorkOrder &r, int f)
    {
        switch (f) {
        case 0:
            return qint64(r.number);
        case 1:
            return str(r.status);
        case 2:
            return str(r.priority);
        case 3:
            return str(r.type);
        case 4:
            return str(r.category);
        case 5:
            return r.buildingId;
        case 6:
            return id(r.unitId);
        case 7:
            return r.portfolioId;
        case 8:
            return str(r.managedBy);
        case 9:
            return str(r.requestedBy);
        case 10:
            return date(r.startDate);
        case 11:
            return date(r.completedDate);
        case 12:
            return date(r.scheduledEndDate);
        default:
            return str(r.description);
        }
    }
    static bool accept(const SimWorkOrder &r, const SimQueryParams &p)
    {
        return (!p.buildingId || r.buildingId == p.buildingId)
            && (!p.portfolioId || r.portfolioId == p.portfolioId)
            && (p.status.isEmpty() || r.status.compare(p.status, Qt::CaseInsensitive) == 0)
            && (p.type.isEmpty() || r.type.compare(p.type, Qt::CaseInsensitive) == 0)
            && (p.priority.isEmpty() || r.priority.compare(p.priority, Qt::CaseInsensitive) == 0);
    }
};

template<> struct Traits<SimVendor>
{
    static QList<const char *> fields() { return { "name", "companyName", "type", "active" }; }
    static SortValue value(const SimVendor &r, int f)
    {
        switch (f) {
        case 0:
            return str(r.name);
        case 1:
            return str(r.companyName);
        case 2:
            return str(r.type);
        default:
            return qint64(r.active);
        }
    }
    static bool accept(const SimVendor &r, const SimQueryParams &p)
    {
        return (p.active < 0 || r.active == (p.active == 1))
            && (p.type.isEmpty() || r.type.compare(p.type, Qt::CaseInsensitive) == 0);
    }
};

template<> struct Traits<SimDocument>
{
    static QList<const char *> fields() { return { "fileName", "entityType", "entityId" }; }
    static SortValue value(const SimDocument &r, int f)
    {
        switch (f) {
        case 0:
            return str(r.fileName);
        case 1:
            return str(r.entityType);
        default:
            return r.entityId;
        }
    }
    static bool accept(const SimDocument &, const SimQueryParams &) { return true; }
};

template<class T> SortValue valueOf(const T &r, int field)
{
    switch (field) {
    case 0:
        return r.id;
    case 1:
        return r.stamp.createdAt;
    case 2:
        return r.stamp.modifiedAt;
    case 3:
        return str(r.stamp.createdBy);
    case 4:
        return str(r.stamp.modifiedBy);
    default:
        return Traits<T>::value(r, field - CommonCount);
    }
}

template<class T> QList<const char *> allFields()
{
    QList<const char *> out(std::begin(CommonFields), std::end(CommonFields));
    out += Traits<T>::fields();
    return out;
}

template<class T> std::vector<int> selectIn(const std::vector<T> &records, const SimQueryParams &p)
{
    std::vector<int> view;
    view.reserve(records.size());
    for (int i = 0; i < int(records.size()); ++i) {
        const T &r = records[size_t(i)];
        const qint64 ms = r.stamp.modifiedAt * 1000;
        if (ms < p.modifiedFromMs || ms > p.modifiedToMs || !Traits<T>::accept(r, p))
            continue;
        bool inRange = true;
        for (const SimQueryParams::DateRange &d : p.dates) {
            const SortValue v = valueOf(r, d.field);
            const qint64 *day = std::get_if<qint64>(&v);
            if (!day || (d.from.isValid() && *day < d.from.toJulianDay())
                || (d.to.isValid() && *day > d.to.toJulianDay()))
                inRange = false;
        }
        if (inRange)
            view.push_back(i);
    }
    if (p.order.size() == 1 && p.order[0].field == 0) { // by id: the vector's own order
        if (p.order[0].desc)
            std::reverse(view.begin(), view.end());
        return view;
    }
    const size_t k = p.order.size();
    std::vector<SortValue> keys(view.size() * k);
    for (size_t i = 0; i < view.size(); ++i)
        for (size_t j = 0; j < k; ++j)
            keys[i * k + j] = valueOf(records[size_t(view[i])], p.order[j].field);
    std::vector<int> pos(view.size());
    for (size_t i = 0; i < pos.size(); ++i)
        pos[i] = int(i);
    std::sort(pos.begin(), pos.end(), [&](int a, int b) {
        for (size_t j = 0; j < k; ++j) {
            const SortValue &x = keys[size_t(a) * k + j], &y = keys[size_t(b) * k + j];
            if (x == y)
                continue;
            const bool less = x < y; // monostate (null) < numbers < strings: nulls first
            return p.order[j].desc ? !less : less;
        }
        return false;
    });
    std::vector<int> sorted(view.size());
    for (size_t i = 0; i < pos.size(); ++i)
        sorted[i] = view[size_t(pos[i])];
    return sorted;
}

QList<const char *> fieldsOf(Entity e)
{
    switch (e) {
    case Entity::Portfolios:
        return allFields<SimPortfolio>();
    case Entity::Buildings:
        return allFields<SimBuilding>();
    case Entity::Units:
        return allFields<SimUnit>();
    case Entity::Leases:
        return allFields<SimLease>();
    case Entity::Contacts:
        return allFields<SimContact>();
    case Entity::WorkOrders:
        return allFields<SimWorkOrder>();
    case Entity::Vendors:
        return allFields<SimVendor>();
    case Entity::Documents:
        return allFields<SimDocument>();
    }
    return {};
}

int fieldIndex(Entity e, const QString &name)
{
    const QList<const char *> fields = fieldsOf(e);
    for (int i = 0; i < fields.size(); ++i)
        if (name.compare(QLatin1String(fields[i]), Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

std::optional<bool> parseBool(const QString &s)
{
    if (s.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
        return true;
    if (s.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
        return false;
    return std::nullopt;
}

} // namespace

QStringList SimQuery::sortableFields(Entity entity)
{
    QStringList out;
    for (const char *f : fieldsOf(entity))
        out.append(QString::fromLatin1(f));
    return out;
}

std::optional<qint64> SimQuery::parseDateTimeMs(const QString &text)
{
    QString s = text.trimmed();
    if (s.size() == 10) {
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!d.isValid())
            return std::nullopt;
        return QDateTime(d, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    }
    static const QRegularExpression re(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|z|[+ -]\d{2}:?\d{2})?$)"));
    const QRegularExpressionMatch m = re.match(s);
    if (!m.hasMatch())
        return std::nullopt;
    if (m.capturedLength(3) > 0 && s.at(m.capturedStart(3)) == QLatin1Char(' '))
        s[m.capturedStart(3)] = QLatin1Char('+'); // '+' arrived form-decoded as a space
    if (m.capturedLength(2) > 4) // Qt reads at most milliseconds
        s.remove(m.capturedStart(2) + 4, m.capturedLength(2) - 4);
    QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    if (m.capturedLength(3) == 0)
        dt = QDateTime(dt.date(), dt.time(), Qt::UTC); // no zone given: UTC, as the API says
    return dt.toMSecsSinceEpoch();
}

std::optional<SimQueryError> SimQuery::parse(Entity entity, const QUrlQuery &query, SimQueryParams &p)
{
    p = SimQueryParams();
    p.entity = entity;
    QStringList normalized;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    auto bad = [](const QString &key, const QString &message) { return SimQueryError { key, message }; };
    auto integer = [&](const QString &key, const QString &v, qint64 &out) -> std::optional<SimQueryError> {
        bool ok = false;
        out = v.trimmed().toLongLong(&ok);
        if (!ok)
            return bad(key, QStringLiteral("'%1' is not a whole number").arg(v));
        return std::nullopt;
    };
    for (const auto &[key, value] : items) {
        if (key == QLatin1String("limit")) {
            qint64 n = 0;
            if (auto e = integer(key, value, n))
                return e;
            if (n < 1)
                return bad(key, QStringLiteral("limit must be between 1 and 500"));
            p.limit = int(std::min<qint64>(n, 500));
            continue;
        }
        if (key == QLatin1String("offset")) {
            if (auto e = integer(key, value, p.offset))
                return e;
            if (p.offset < 0)
                return bad(key, QStringLiteral("offset must not be negative"));
            continue;
        }
        if (key == QLatin1String("lastModifiedDateTimeStart")
            || key == QLatin1String("lastModifiedDateTimeEnd")) {
            const auto ms = parseDateTimeMs(value);
            if (!ms)
                return bad(
                    key, QStringLiteral("'%1' is not a date-time like 2024-06-28T08:47:13Z").arg(value));
            (key.endsWith(QLatin1String("Start")) ? p.modifiedFromMs : p.modifiedToMs) = *ms;
        } else if (key == QLatin1String("orderby")) {
            p.order.clear();
            for (const QString &part : value.split(QLatin1Char(','))) {
                const QStringList words = part.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
                if (words.isEmpty() || words.size() > 2)
                    return bad(key, QStringLiteral("'%1' is not 'property [asc|desc]'").arg(part));
                const int f = fieldIndex(entity, words.at(0));
                if (f < 0)
                    return bad(key, QStringLiteral("cannot sort by '%1'").arg(words.at(0)));
                bool desc = false;
                if (words.size() == 2) {
                    if (words.at(1).compare(QLatin1String("desc"), Qt::CaseInsensitive) == 0)
                        desc = true;
                    else if (words.at(1).compare(QLatin1String("asc"), Qt::CaseInsensitive) != 0)
                        return bad(key,
                            QStringLiteral("sort direction must be asc or desc, not '%1'").arg(words.at(1)));
                }
                p.order.push_back({ f, desc });
            }
        } else if (key == QLatin1String("includeDeactivated") || key == QLatin1String("includeCustomFields")
            || key == QLatin1String("publishedForRent") || key == QLatin1String("vacant")
            || key == QLatin1String("active") || key == QLatin1String("includeOtherBalances")) {
            const auto b = parseBool(value);
            if (!b)
                return bad(key, QStringLiteral("'%1' must be true or false").arg(value));
            if (key == QLatin1String("includeDeactivated"))
                p.includeDeactivated = *b;
            else if (key == QLatin1String("vacant"))
                p.vacant = *b ? 1 : 0;
            else if (key == QLatin1String("active") && entity == Entity::Vendors)
                p.active = *b ? 1 : 0;
        } else if (key == QLatin1String("buildingID") || key == QLatin1String("portfolioID")
            || key == QLatin1String("unitID") || key == QLatin1String("leaseID")) {
            qint64 n = 0;
            if (auto e = integer(key, value, n))
                return e;
            if (n <= 0)
                return bad(key, QStringLiteral("%1 must be a positive id").arg(key));
            (key == QLatin1String("buildingID")           ? p.buildingId
                    : key == QLatin1String("portfolioID") ? p.portfolioId
                    : key == QLatin1String("unitID")      ? p.unitId
                                                          : p.leaseId)
                = n;
        } else if (key == QLatin1String("status")) {
            p.status = value.trimmed();
        } else if (key == QLatin1String("type")) {
            p.type = value.trimmed();
            if (entity == Entity::Contacts
                && !QStringList { QStringLiteral("TENANT"), QStringLiteral("PROSPECT"),
                    QStringLiteral("OWNER"), QStringLiteral("VENDOR"), QStringLiteral("OTHER") }
                        .contains(p.type.toUpper()))
                return bad(key, QStringLiteral("type must be one of TENANT, PROSPECT, OWNER, VENDOR, OTHER"));
        } else if (key == QLatin1String("priority")) {
            p.priority = value.trimmed();
            if (!QStringList { QStringLiteral("HIGH"), QStringLiteral("MEDIUM"), QStringLiteral("LOW") }
                     .contains(p.priority.toUpper()))
                return bad(key, QStringLiteral("priority must be HIGH, MEDIUM or LOW"));
        } else if (key.endsWith(QLatin1String("Start")) || key.endsWith(QLatin1String("End"))) {
            // Date windows: startDateStart, moveInDateEnd, completedDateStart, ...
            const bool start = key.endsWith(QLatin1String("Start"));
            const QString field = key.left(key.size() - (start ? 5 : 3));
            const int f = fieldIndex(entity, field);
            static const QStringList dateFields
                = { QStringLiteral("startDate"), QStringLiteral("endDate"), QStringLiteral("moveInDate"),
                      QStringLiteral("scheduleMoveOutDate"), QStringLiteral("completedDate") };
            if (f < 0 || !dateFields.contains(field))
                continue; // not a filter of this collection: ignored, as the API does
            const QDate d = QDate::fromString(value.trimmed(), Qt::ISODate);
            if (!d.isValid() || value.trimmed().size() != 10)
                return bad(key, QStringLiteral("'%1' is not a date like 2019-08-24").arg(value));
            auto it
                = std::find_if(p.dates.begin(), p.dates.end(), [f](const auto &r) { return r.field == f; });
            if (it == p.dates.end())
                it = p.dates.insert(p.dates.end(), SimQueryParams::DateRange { f, {}, {} });
            (start ? it->from : it->to) = d;
        } else {
            continue; // unknown parameters are ignored
        }
        normalized.append(key + QLatin1Char('=') + value);
    }
    if (p.order.empty() || p.order.back().field != 0) {
        const bool hasId
            = std::any_of(p.order.begin(), p.order.end(), [](const auto &k) { return k.field == 0; });
        if (!hasId)
            p.order.push_back({ 0, false });
    }
    normalized.sort();
    p.cacheKey = entityName(entity) + QLatin1Char('?') + normalized.join(QLatin1Char('&'));
    return std::nullopt;
}

std::vector<int> SimQuery::select(const SimStore &store, const SimQueryParams &given)
{
    SimQueryParams params = given;
    if (params.entity == Entity::Buildings && params.leaseId) { // buildings of a lease
        const SimLease *l = findById(store.leases, params.leaseId);
        if (!l || (params.buildingId && params.buildingId != l->buildingId))
            return {};
        params.buildingId = l->buildingId;
    }
    switch (params.entity) {
    case Entity::Portfolios:
        return selectIn(store.portfolios, params);
    case Entity::Buildings:
        return selectIn(store.buildings, params);
    case Entity::Units:
        return selectIn(store.units, params);
    case Entity::Leases:
        return selectIn(store.leases, params);
    case Entity::Contacts:
        return selectIn(store.contacts, params);
    case Entity::WorkOrders:
        return selectIn(store.workOrders, params);
    case Entity::Vendors:
        return selectIn(store.vendors, params);
    case Entity::Documents:
        return selectIn(store.documents, params);
    }
    return {};
}

} // namespace pms::sim
