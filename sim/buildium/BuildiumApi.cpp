#include "BuildiumApi.h"

#include "sim/SimGenerator.h"
#include "sim/SimMultipart.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace pms::sim::buildium {

namespace {

QString errorCodeFor(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("BadRequest");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("NotFound");
    case 405:
        return QStringLiteral("MethodNotAllowed");
    case 409:
        return QStringLiteral("Conflict");
    case 415:
        return QStringLiteral("UnsupportedMediaType");
    case 422:
        return QStringLiteral("UnprocessableEntity");
    case 429:
        return QStringLiteral("TooManyRequests");
    default:
        return status >= 500 ? QStringLiteral("InternalServerError") : QStringLiteral("Http%1").arg(status);
    }
}

// The response descriptions of the OpenAPI file.
QString userMessageFor(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("Unable to process the request due to malformed request syntax or invalid parameters.");
    case 401:
        return QStringLiteral("The API key couldn't be authorized.");
    case 403:
        return QStringLiteral("The supplied credentials don't have permissions to access the resource.");
    case 404:
        return QStringLiteral("Resource not found.");
    case 409:
        return QStringLiteral("The request conflicts with the current state of the resource.");
    case 415:
        return QStringLiteral("The Content-Type header on the request is missing or contains an unsupported value.");
    case 422:
        return QStringLiteral("The request data could not be used to fulfill the request.");
    case 429:
        return QStringLiteral("Too many requests. Please retry later.");
    default:
        return QStringLiteral("An unexpected error occurred.");
    }
}

const QRegularExpression &utcDateTime()
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2})(\\.\\d{1,7})?Z$"));
    return re;
}

const QRegularExpression &plainDate()
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return re;
}

SimStamp byIntegration(const SimStore &s, qint64 now)
{
    SimStamp st;
    st.createdAt = st.modifiedAt = now;
    st.createdBy = st.modifiedBy = s.integration.name;
    return st;
}

} // namespace

/// Parsed collection parameters.
struct BuildiumApi::Query
{
    int limit = 50;
    qint64 offset = 0;
    qint64 fromSecs = std::numeric_limits<qint64>::min();
    qint64 toSecs = std::numeric_limits<qint64>::max();
    bool orderByModified = false, desc = false;
    QHash<QString, QStringList> lists; // lower-case name -> values (repeated or comma-separated)
    QString key; // everything but limit and offset
    std::optional<SimResponse> error;

    QStringList values(const char *name) const { return lists.value(QLatin1String(name)); }
    QList<qint64> ids(const char *name)
    {
        QList<qint64> out;
        for (const QString &v : values(name)) {
            bool ok = false;
            const qint64 id = v.toLongLong(&ok);
            if (!ok || id <= 0) {
                error = BuildiumApi::error(
                    400, QLatin1String(name), QStringLiteral("'%1' is not an integer id").arg(v));
                return {};
            }
            out.append(id);
        }
        return out;
    }
    qint64 id(const char *name)
    {
        const QList<qint64> v = ids(name);
        return v.isEmpty() ? 0 : v.first();
    }
};

BuildiumApi::BuildiumApi(SimDataset &data, const SimOptions &options)
    : m_data(data)
    , m_options(options)
{ }

QString BuildiumApi::routeOf(const QString &path)
{
    const QStringList p = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (p.size() >= 1 && p.at(0) == QLatin1String("bucket"))
        return QStringLiteral("bucket");
    if (p.size() < 2)
        return QStringLiteral("health");
    const QString a = p.at(1).toLower(), b = p.size() > 2 ? p.at(2).toLower() : QString();
    if (a == QLatin1String("rentals"))
        return b == QLatin1String("units") ? QStringLiteral("units")
            : b == QLatin1String("owners") ? QStringLiteral("owners")
                                           : QStringLiteral("rentals");
    if (a == QLatin1String("leases"))
        return b == QLatin1String("tenants") ? QStringLiteral("tenants") : QStringLiteral("leases");
    return a;
}

bool BuildiumApi::isCollectionGet(const QByteArray &method, const QString &path)
{
    if (method != "GET")
        return false;
    const QStringList p = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (p.size() == 2)
        return p.at(1) != QLatin1String("files");
    return p.size() == 3
        && ((p.at(1) == QLatin1String("rentals") && (p.at(2) == QLatin1String("units") || p.at(2) == QLatin1String("owners")))
            || (p.at(1) == QLatin1String("leases") && p.at(2) == QLatin1String("tenants")));
}

QString BuildiumApi::permissionOf(const QString &route)
{
    static const QHash<QString, QString> perms {
        { QStringLiteral("rentals"), QStringLiteral("Rentals > Rental properties and units") },
        { QStringLiteral("units"), QStringLiteral("Rentals > Rental properties and units") },
        { QStringLiteral("leases"), QStringLiteral("Rentals > Leases") },
        { QStringLiteral("tenants"), QStringLiteral("Rentals > Tenants") },
        { QStringLiteral("owners"), QStringLiteral("Rentals > Property Rental Owners") },
        { QStringLiteral("tasks"), QStringLiteral("Tasks > Tasks") },
        { QStringLiteral("workorders"), QStringLiteral("Maintenance > Work Orders") },
        { QStringLiteral("vendors"), QStringLiteral("Maintenance > Vendors") },
        { QStringLiteral("users"), QStringLiteral("Administration > Users") },
        { QStringLiteral("files"), QStringLiteral("Documents > Files") },
    };
    return perms.value(route, QStringLiteral("Administration > API"));
}

SimResponse BuildiumApi::error(int status, const QString &key, const QString &value)
{
    return SimResponse::json(status, BuildiumJson::errorBody(errorCodeFor(status), userMessageFor(status), { { key, value } }));
}

SimResponse BuildiumApi::forbidden(const QString &route, const QByteArray &method)
{
    const QString level = method == "GET" ? QStringLiteral("View") : QStringLiteral("Edit");
    return SimResponse::json(403,
        BuildiumJson::errorBody(errorCodeFor(403), userMessageFor(403),
            { { QStringLiteral("Permission"),
                QStringLiteral("The API key needs the permission %1 - %2.").arg(permissionOf(route), level) } }));
}

QList<BuildiumFile> BuildiumApi::files() const
{
    QMutexLocker lock(&m_mutex);
    return m_files;
}

std::optional<SimResponse> BuildiumApi::checkAuth(const SimRequest &r) const
{
    QList<QPair<QString, QString>> missing;
    for (const char *n : { "x-buildium-client-id", "x-buildium-client-secret" })
        if (r.header(n).trimmed().isEmpty())
            missing.append({ QString::fromLatin1(n), QStringLiteral("The %1 header is missing.").arg(QString::fromLatin1(n)) });
    if (!missing.isEmpty())
        return SimResponse::json(401, BuildiumJson::errorBody(errorCodeFor(401), userMessageFor(401), missing));
    if (QString::fromUtf8(r.header("x-buildium-client-id").trimmed()) != m_options.clientId)
        return error(401, QStringLiteral("x-buildium-client-id"), QStringLiteral("No API key has this client ID."));
    if (QString::fromUtf8(r.header("x-buildium-client-secret").trimmed()) != m_options.clientSecret)
        return error(401, QStringLiteral("x-buildium-client-secret"),
            QStringLiteral("The secret does not match the client ID, or the key was deleted."));
    return std::nullopt;
}

SimResponse BuildiumApi::handle(const SimRequest &r, int pageShift)
{
    const QStringList p = r.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (p.size() == 2 && p.at(0) == QLatin1String("bucket"))
        return r.method == "POST" ? bucket(p.at(1), r) : error(405, QStringLiteral("method"), QStringLiteral("POST only"));
    if (p.isEmpty() || p.at(0) != QLatin1String("v1"))
        return error(404, QStringLiteral("path"), QStringLiteral("No resource at %1; the API is under /v1").arg(r.path));
    if (auto denied = checkAuth(r))
        return *denied;
    const bool get = r.method == "GET", post = r.method == "POST", put = r.method == "PUT";
    auto notAllowed = [&] {
        return error(405, QStringLiteral("method"),
            QStringLiteral("%1 is not supported on %2").arg(QString::fromLatin1(r.method), r.path));
    };
    const QString a = p.size() > 1 ? p.at(1) : QString();
    const QString b = p.size() > 2 ? p.at(2) : QString();
    const int n = int(p.size());
    // Routes with a fixed second segment come first: /v1/rentals/units is not rental "units".
    if (a == QLatin1String("rentals") && (b == QLatin1String("units") || b == QLatin1String("owners"))) {
        const Coll c = b == QLatin1String("units") ? Coll::Units : Coll::Owners;
        if (!get)
            return notAllowed();
        if (n == 3)
            return collection(c, r, pageShift);
        if (n == 4)
            return single(c, p.at(3));
    } else if (a == QLatin1String("leases") && b == QLatin1String("tenants")) {
        if (!get)
            return notAllowed();
        if (n == 3)
            return collection(Coll::Tenants, r, pageShift);
        if (n == 4)
            return single(Coll::Tenants, p.at(3));
    } else if (a == QLatin1String("files")) {
        if (n == 3 && b == QLatin1String("uploadrequests"))
            return post ? uploadRequest(r) : notAllowed();
        if (n == 3 && b == QLatin1String("categories"))
            return get ? categories() : notAllowed();
        if (n == 2)
            return get ? listFiles(r) : notAllowed();
    } else if (a == QLatin1String("tasks") && n == 4
        && (b == QLatin1String("todorequests") || b == QLatin1String("residentrequests"))) {
        return put ? updateTask(p.at(3), r, b == QLatin1String("residentrequests")) : notAllowed();
    } else if (a == QLatin1String("workorders")) {
        if (n == 2)
            return get ? collection(Coll::WorkOrders, r, pageShift) : post ? createWorkOrder(r) : notAllowed();
        if (n == 3)
            return get ? single(Coll::WorkOrders, b) : put ? updateWorkOrder(b, r) : notAllowed();
    } else {
        static const QHash<QString, Coll> simple { { QStringLiteral("rentals"), Coll::Rentals },
            { QStringLiteral("leases"), Coll::Leases }, { QStringLiteral("tasks"), Coll::Tasks },
            { QStringLiteral("vendors"), Coll::Vendors }, { QStringLiteral("users"), Coll::Users } };
        const auto it = simple.constFind(a);
        if (it != simple.constEnd() && n <= 3) {
            if (!get)
                return notAllowed();
            return n == 2 ? collection(*it, r, pageShift) : single(*it, b);
        }
    }
    return error(404, QStringLiteral("path"), QStringLiteral("No resource at %1").arg(r.path));
}

SimResponse BuildiumApi::collection(Coll c, const SimRequest &r, int pageShift)
{
    Query q;
    const bool dateOnly = c == Coll::Tasks || c == Coll::WorkOrders;
    QStringList keyParts;
    for (const auto &[rawName, rawValue] : r.query.queryItems(QUrl::FullyDecoded)) {
        const QString name = rawName.toLower();
        const QString value = rawValue.trimmed();
        if (name == QLatin1String("limit") || name == QLatin1String("offset")) {
            bool ok = false;
            const qint64 v = value.toLongLong(&ok);
            if (name == QLatin1String("limit") && (!ok || v < 1 || v > 1000))
                return error(400, QStringLiteral("limit"), QStringLiteral("limit must be between 1 and 1000, not '%1'").arg(value));
            if (name == QLatin1String("offset") && (!ok || v < 0))
                return error(400, QStringLiteral("offset"), QStringLiteral("offset must be 0 or more, not '%1'").arg(value));
            if (name == QLatin1String("limit"))
                q.limit = int(v);
            else
                q.offset = v;
            continue;
        }
        keyParts.append(name + QLatin1Char('=') + value);
        if (name == QLatin1String("lastupdatedfrom") || name == QLatin1String("lastupdatedto")) {
            const bool from = name == QLatin1String("lastupdatedfrom");
            qint64 secs = 0;
            if (dateOnly) {
                const QDate d = QDate::fromString(value, Qt::ISODate);
                if (!plainDate().match(value).hasMatch() || !d.isValid())
                    return error(400, name, QStringLiteral("%1 must be a date formatted as YYYY-MM-DD, not '%2'").arg(name, value));
                secs = QDateTime(from ? d : d.addDays(1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch() - (from ? 0 : 1);
            } else {
                const auto m = utcDateTime().match(value);
                const QDateTime dt = QDateTime::fromString(m.captured(1), Qt::ISODate);
                if (!m.hasMatch() || !dt.isValid())
                    return error(400, name,
                        QStringLiteral("%1 must be in UTC and formatted as YYYY-MM-DDTHH:MM:SSZ, not '%2'").arg(name, value));
                secs = QDateTime(dt.date(), dt.time(), Qt::UTC).toSecsSinceEpoch();
            }
            (from ? q.fromSecs : q.toSecs) = secs;
        } else if (name == QLatin1String("orderby")) {
            const QStringList words = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            const QString field = words.value(0).toLower();
            const QString dir = words.value(1).toLower();
            if ((field != QLatin1String("id") && field != QLatin1String("lastupdateddatetime")) || words.size() > 2
                || (!dir.isEmpty() && dir != QLatin1String("asc") && dir != QLatin1String("desc")))
                return error(400, QStringLiteral("orderby"),
                    QStringLiteral("Cannot order by '%1'; use Id or LastUpdatedDateTime, asc or desc").arg(value));
            q.orderByModified = field == QLatin1String("lastupdateddatetime");
            q.desc = dir == QLatin1String("desc");
        } else {
            for (const QString &v : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
                q.lists[name].append(v.trimmed());
        }
    }
    if (q.fromSecs > q.toSecs)
        return error(400, QStringLiteral("lastupdatedfrom"), QStringLiteral("lastupdatedfrom is after lastupdatedto"));
    keyParts.sort();
    q.key = QString::number(int(c)) + QLatin1Char('?') + keyParts.join(QLatin1Char('&'));

    // Filters, checked once before selecting.
    const QList<qint64> propertyIds = q.ids("propertyids"), ownerIds = q.ids("rentalownerids"),
                        unitIds = q.ids("unitids"), taskIds = q.ids("taskids"), vendorIds = q.ids("vendorids");
    const qint64 assignedTo = q.id("assignedtoid"), unitId = q.id("unitid"), entityId = q.id("entityid");
    if (q.error)
        return *q.error;
    const QString entityType = q.values("entitytype").value(0);
    if (entityId && entityType.isEmpty())
        return error(400, QStringLiteral("entitytype"), QStringLiteral("entitytype is required when entityid is given"));
    if (!entityType.isEmpty() && entityType != QLatin1String("Rental") && entityType != QLatin1String("RentalOwner")
        && entityType != QLatin1String("Association"))
        return error(400, QStringLiteral("entitytype"), QStringLiteral("'%1' is not an entity type").arg(entityType));
    const QString status = q.values("status").value(0);
    const QStringList statuses = q.values("statuses"), leaseStatuses = q.values("leasestatuses"),
                      termStatuses = q.values("leasetermstatuses"), priorities = q.values("priorities");
    const QString title = q.values("title").value(0) + q.values("tasktitle").value(0);
    auto checkEnum = [&](const char *name, const QStringList &values, std::initializer_list<const char *> allowed) -> std::optional<SimResponse> {
        for (const QString &v : values) {
            bool found = false;
            for (const char *x : allowed)
                found = found || v.compare(QLatin1String(x), Qt::CaseInsensitive) == 0;
            if (!found)
                return error(400, QLatin1String(name), QStringLiteral("'%1' is not a valid value").arg(v));
        }
        return std::nullopt;
    };
    if (auto e = checkEnum("status", q.values("status"), { "Active", "InActive" }))
        return *e;
    if (auto e = checkEnum("statuses", statuses, { "New", "InProgress", "Completed", "Deferred", "Closed" }))
        return *e;
    if (auto e = checkEnum("leasestatuses", leaseStatuses, { "Active", "Past", "Future" }))
        return *e;
    if (auto e = checkEnum("priorities", priorities, { "Low", "Normal", "High" }))
        return *e;

    auto inList = [](const QStringList &l, const QString &v) {
        return l.isEmpty() || l.contains(v, Qt::CaseInsensitive);
    };
    auto inIds = [](const QList<qint64> &l, qint64 v) { return l.isEmpty() || l.contains(v); };
    auto inWindow = [&](qint64 secs) { return secs >= q.fromSecs && secs <= q.toSecs; };
    auto statusOk = [&](bool active) {
        return status.isEmpty() || (status.compare(QLatin1String("Active"), Qt::CaseInsensitive) == 0) == active;
    };

    std::shared_ptr<const std::vector<int>> view;
    quint64 version = 0;
    qint64 total = 0;
    int served = 0;
    QByteArray body;
    m_data.readSnapshot([&](const SimStore &s, quint64 v, qint64 now) {
        version = v;
        {
            QMutexLocker lock(&m_mutex);
            for (const CachedView &cv : std::as_const(m_cache))
                if (cv.key == q.key && cv.version == v)
                    view = cv.view;
        }
        if (!view) {
            auto out = std::make_shared<std::vector<int>>();
            auto select = [&](const auto &records, auto &&keep) {
                for (size_t i = 0; i < records.size(); ++i)
                    if (keep(records[i]))
                        out->push_back(int(i));
                if (q.orderByModified || q.desc)
                    std::stable_sort(out->begin(), out->end(), [&](int x, int y) {
                        const auto &a = records[size_t(x)], &b = records[size_t(y)];
                        const qint64 ka = q.orderByModified ? a.stamp.modifiedAt : a.id;
                        const qint64 kb = q.orderByModified ? b.stamp.modifiedAt : b.id;
                        if (ka != kb)
                            return q.desc ? ka > kb : ka < kb;
                        return q.desc ? a.id > b.id : a.id < b.id;
                    });
            };
            switch (c) {
            case Coll::Rentals:
                select(s.buildings, [&](const SimBuilding &b) {
                    return statusOk(b.active) && inIds(propertyIds, b.id) && inIds(ownerIds, b.portfolioId)
                        && inList(q.values("types"), b.commercial ? QStringLiteral("Commercial") : QStringLiteral("Residential"))
                        && inWindow(b.stamp.modifiedAt);
                });
                break;
            case Coll::Units:
                // Buildium has no inactive units: a unit the Propertyware side deactivated is gone.
                select(s.units, [&](const SimUnit &u) {
                    return u.active && inIds(propertyIds, u.buildingId) && inWindow(u.stamp.modifiedAt);
                });
                break;
            case Coll::Leases:
                select(s.leases, [&](const SimLease &l) {
                    return inIds(propertyIds, l.buildingId) && inIds(ownerIds, l.portfolioId)
                        && inList(leaseStatuses, BuildiumJson::leaseStatus(l, now)) && inWindow(l.stamp.modifiedAt);
                });
                break;
            case Coll::Tenants:
                select(s.contacts, [&](const SimContact &ct) {
                    const SimLease *l = ct.leaseId ? findById(s.leases, ct.leaseId) : nullptr;
                    return l && inIds(propertyIds, l->buildingId) && inIds(unitIds, l->unitId)
                        && inList(termStatuses, BuildiumJson::leaseStatus(*l, now)) && inWindow(ct.stamp.modifiedAt);
                });
                break;
            case Coll::Tasks:
            case Coll::WorkOrders: {
                auto keep = [&](const SimWorkOrder &w) {
                    if (!inWindow(w.stamp.modifiedAt)
                        || (!statuses.isEmpty() && !inList(statuses, BuildiumJson::taskStatus(w.status))))
                        return false;
                    if (assignedTo && BuildiumJson::assignedUserId(s, w) != assignedTo)
                        return false;
                    if ((unitId && w.unitId != unitId) || (entityId && entityType == QLatin1String("Rental") && w.buildingId != entityId)
                        || (entityId && entityType == QLatin1String("RentalOwner") && w.portfolioId != entityId))
                        return false;
                    if (!priorities.isEmpty()) {
                        const QString p = BuildiumJson::priority(w.priority);
                        if (!priorities.contains(p.isEmpty() ? QStringLiteral("Normal") : p, Qt::CaseInsensitive))
                            return false;
                    }
                    if (!title.isEmpty() && !w.description.contains(title, Qt::CaseInsensitive))
                        return false;
                    return inIds(vendorIds, w.vendorId);
                };
                if (taskIds.isEmpty()) {
                    select(s.workOrders, keep);
                    break;
                }
                // Look the listed tasks up (a client joins pages of tasks to their work orders with
                // hundreds of ids at a time): no scan of the whole collection.
                QList<qint64> ids = taskIds;
                std::sort(ids.begin(), ids.end());
                ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
                std::vector<int> found;
                for (qint64 t : std::as_const(ids)) {
                    const qint64 id = BuildiumJson::workOrderIdOf(t);
                    auto it = std::lower_bound(s.workOrders.begin(), s.workOrders.end(), id,
                        [](const SimWorkOrder &w, qint64 x) { return w.id < x; });
                    if (it != s.workOrders.end() && it->id == id && keep(*it))
                        found.push_back(int(it - s.workOrders.begin()));
                }
                *out = std::move(found);
                if (q.orderByModified || q.desc)
                    std::stable_sort(out->begin(), out->end(), [&](int x, int y) {
                        const SimWorkOrder &a = s.workOrders[size_t(x)], &b = s.workOrders[size_t(y)];
                        const qint64 ka = q.orderByModified ? a.stamp.modifiedAt : a.id;
                        const qint64 kb = q.orderByModified ? b.stamp.modifiedAt : b.id;
                        if (ka != kb)
                            return q.desc ? ka > kb : ka < kb;
                        return q.desc ? a.id > b.id : a.id < b.id;
                    });
                break;
            }
            case Coll::Owners:
                select(s.portfolios, [&](const SimPortfolio &p) {
                    if (!statusOk(p.active) || !inWindow(p.stamp.modifiedAt))
                        return false;
                    if (propertyIds.isEmpty())
                        return true;
                    for (qint64 id : propertyIds)
                        if (const SimBuilding *b = findById(s.buildings, id); b && b->portfolioId == p.id)
                            return true;
                    return false;
                });
                break;
            case Coll::Vendors:
                select(s.vendors, [&](const SimVendor &vd) { return statusOk(vd.active) && inWindow(vd.stamp.modifiedAt); });
                break;
            case Coll::Users:
                for (size_t i = 0; i <= s.staff.size(); ++i)
                    out->push_back(int(i)); // the staff, then the integration user
                break;
            }
            view = out;
            // A taskids look-up is a one-off (a client joining a page of tasks): caching it would
            // push the views that paging reuses out of the cache.
            if (taskIds.isEmpty()) {
                QMutexLocker lock(&m_mutex);
                m_cache.prepend({ q.key, v, view });
                while (m_cache.size() > 12)
                    m_cache.removeLast();
            }
        }
        total = qint64(view->size());
        const qint64 begin = std::min(q.offset, total), end = std::min(begin + q.limit, total);
        served = int(end - begin);
        body.reserve(served * 900 + 2);
        const BuildiumJson json(s, now);
        JsonWriter w(body);
        w.beginArray();
        for (qint64 i = begin; i < end; ++i) {
            const size_t at = size_t((*view)[size_t(i)]);
            switch (c) {
            case Coll::Rentals:
                json.rental(w, s.buildings[at]);
                break;
            case Coll::Units:
                json.unit(w, s.units[at]);
                break;
            case Coll::Leases:
                json.lease(w, s.leases[at]);
                break;
            case Coll::Tenants:
                json.tenant(w, s.contacts[at]);
                break;
            case Coll::Tasks:
                json.task(w, s.workOrders[at]);
                break;
            case Coll::WorkOrders:
                json.workOrder(w, s.workOrders[at]);
                break;
            case Coll::Owners:
                json.owner(w, s.portfolios[at]);
                break;
            case Coll::Vendors:
                json.vendor(w, s.vendors[at]);
                break;
            case Coll::Users:
                json.user(w, at < s.staff.size() ? s.staff[at] : s.integration);
                break;
            }
        }
        w.endArray();
    });
    SimResponse out = SimResponse::json(200, body);
    out.headers.append({ "X-Total-Count", QByteArray::number(total) });
    if (pageShift > 0 && served > 0 && c != Coll::Users) {
        static const QHash<int, Entity> entities { { int(Coll::Rentals), Entity::Buildings },
            { int(Coll::Units), Entity::Units }, { int(Coll::Leases), Entity::Leases },
            { int(Coll::Tenants), Entity::Contacts }, { int(Coll::Tasks), Entity::WorkOrders },
            { int(Coll::WorkOrders), Entity::WorkOrders }, { int(Coll::Owners), Entity::Portfolios },
            { int(Coll::Vendors), Entity::Vendors } };
        m_data.insertBefore(entities.value(int(c)), *view, int(std::min<qint64>(q.offset + served, total)), pageShift,
            !q.desc && !q.orderByModified, version);
    }
    return out;
}

SimResponse BuildiumApi::single(Coll c, const QString &idText) const
{
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    if (!ok || id <= 0 || id > std::numeric_limits<qint32>::max())
        return error(400, QStringLiteral("id"), QStringLiteral("'%1' is not an id").arg(idText));
    QByteArray out;
    m_data.readSnapshot([&](const SimStore &s, quint64, qint64 now) {
        const BuildiumJson json(s, now);
        JsonWriter w(out);
        switch (c) {
        case Coll::Rentals:
            if (const auto *b = findById(s.buildings, id))
                json.rental(w, *b);
            break;
        case Coll::Units:
            if (const auto *u = findById(s.units, id); u && u->active)
                json.unit(w, *u);
            break;
        case Coll::Leases:
            if (const auto *l = findById(s.leases, id))
                json.lease(w, *l);
            break;
        case Coll::Tenants:
            if (const auto *t = findById(s.contacts, id); t && t->leaseId)
                json.tenant(w, *t);
            break;
        case Coll::Tasks:
            if (const auto *wo = findById(s.workOrders, BuildiumJson::workOrderIdOf(id)))
                json.task(w, *wo);
            break;
        case Coll::WorkOrders:
            if (const auto *wo = findById(s.workOrders, id))
                json.workOrder(w, *wo);
            break;
        case Coll::Owners:
            if (const auto *p = findById(s.portfolios, id))
                json.owner(w, *p);
            break;
        case Coll::Vendors:
            if (const auto *v = findById(s.vendors, id))
                json.vendor(w, *v);
            break;
        case Coll::Users:
            if (const auto *st = BuildiumJson::staffById(s, id))
                json.user(w, *st);
            break;
        }
    });
    if (out.isEmpty())
        return error(404, QStringLiteral("Id"), QStringLiteral("No record with id %1").arg(id));
    return SimResponse::json(200, out);
}

std::optional<SimResponse> BuildiumApi::jsonBody(const SimRequest &r, QJsonObject &out) const
{
    const QByteArray type = r.header("content-type").toLower();
    if (!type.startsWith("application/json"))
        return error(415, QStringLiteral("Content-Type"),
            QStringLiteral("Send the body as application/json, not '%1'").arg(QString::fromLatin1(type)));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return error(400, QStringLiteral("body"), QStringLiteral("The body is not a JSON object"));
    out = doc.object();
    return std::nullopt;
}

namespace {

/// Reads a JSON body's fields and remembers the first problem as a 422 (400 for a wrong type).
struct Fields
{
    const QJsonObject &o;
    std::optional<SimResponse> error;

    void fail(int status, const QString &key, const QString &why)
    {
        if (!error)
            error = BuildiumApi::error(status, key, why);
    }
    bool has(const char *k) const { return o.contains(QLatin1String(k)) && !o.value(QLatin1String(k)).isNull(); }
    qint64 integer(const char *k)
    {
        const QJsonValue v = o.value(QLatin1String(k));
        if (v.isNull() || v.isUndefined())
            return 0;
        if (!v.isDouble() || v.toDouble() != std::floor(v.toDouble()) || v.toDouble() < 0 || v.toDouble() > 2147483647.0) {
            fail(400, QLatin1String(k), QStringLiteral("%1 must be an integer").arg(QLatin1String(k)));
            return 0;
        }
        return qint64(v.toDouble());
    }
    QString string(const char *k)
    {
        const QJsonValue v = o.value(QLatin1String(k));
        if (v.isNull() || v.isUndefined())
            return {};
        if (!v.isString())
            fail(400, QLatin1String(k), QStringLiteral("%1 must be a string").arg(QLatin1String(k)));
        return v.toString();
    }
    QString oneOf(const char *k, std::initializer_list<const char *> allowed, bool required)
    {
        const QString v = string(k);
        if (v.isEmpty()) {
            if (required)
                fail(422, QLatin1String(k), QStringLiteral("%1 is required").arg(QLatin1String(k)));
            return {};
        }
        for (const char *a : allowed)
            if (v == QLatin1String(a))
                return v;
        fail(422, QLatin1String(k), QStringLiteral("'%1' is not a valid %2").arg(v, QLatin1String(k)));
        return {};
    }
    QDate date(const char *k)
    {
        const QString v = string(k);
        if (v.isEmpty())
            return {};
        const QDate d = QDate::fromString(v, Qt::ISODate);
        if (!d.isValid())
            fail(400, QLatin1String(k), QStringLiteral("%1 must be a date formatted as YYYY-MM-DD").arg(QLatin1String(k)));
        return d;
    }
};

quint8 enterCode(const QString &entry)
{
    return entry == QLatin1String("Yes") ? 1 : entry == QLatin1String("No") ? 0 : 255;
}

} // namespace

SimResponse BuildiumApi::createWorkOrder(const SimRequest &r)
{
    QJsonObject o;
    if (auto e = jsonBody(r, o))
        return *e;
    Fields f { o, {} };
    const QString entry = f.oneOf("EntryAllowed", { "Unknown", "Yes", "No" }, true);
    if (!f.has("VendorId"))
        f.fail(422, QStringLiteral("VendorId"), QStringLiteral("VendorId is required"));
    const qint64 vendorId = f.integer("VendorId");
    const QString details = f.string("WorkDetails");
    const qint64 taskId = f.integer("TaskId");
    const QJsonObject taskJson = o.value(QLatin1String("Task")).toObject();
    Fields t { taskJson, {} };
    QString title, status, priority;
    qint64 propertyId = 0, unitId = 0, assignedTo = 0;
    QDate due;
    if (!taskId) {
        if (taskJson.isEmpty())
            f.fail(422, QStringLiteral("Task"), QStringLiteral("Either TaskId or Task is required"));
        title = t.string("Title");
        if (title.trimmed().isEmpty())
            t.fail(422, QStringLiteral("Task.Title"), QStringLiteral("Task.Title is required"));
        priority = t.oneOf("Priority", { "Low", "Normal", "High" }, true);
        status = t.oneOf("Status", { "New", "InProgress", "Completed", "Deferred", "Closed" }, true);
        propertyId = t.integer("PropertyId");
        unitId = t.integer("UnitId");
        if (!t.has("AssignedToUserId"))
            t.fail(422, QStringLiteral("Task.AssignedToUserId"), QStringLiteral("Task.AssignedToUserId is required"));
        assignedTo = t.integer("AssignedToUserId");
        due = t.date("DueDate");
        if (!propertyId && !unitId)
            t.fail(422, QStringLiteral("Task.PropertyId"), QStringLiteral("A work order's task needs a PropertyId or a UnitId"));
    }
    if (f.error)
        return *f.error;
    if (t.error)
        return *t.error;
    return m_data.change([&](SimStore &s, qint64 now) {
        if (vendorId && !findById(s.vendors, vendorId))
            return error(422, QStringLiteral("VendorId"), QStringLiteral("No vendor with id %1").arg(vendorId));
        if (taskId) {
            // A work order for an existing task: the simulator keeps one work order per task.
            return error(422, QStringLiteral("TaskId"),
                QStringLiteral("Task %1 already has a work order; create the work order with a new Task").arg(taskId));
        }
        const SimUnit *u = unitId ? findById(s.units, unitId) : nullptr;
        if (unitId && (!u || !u->active))
            return error(422, QStringLiteral("Task.UnitId"), QStringLiteral("No rental unit with id %1").arg(unitId));
        if (u && propertyId && u->buildingId != propertyId)
            return error(422, QStringLiteral("Task.UnitId"),
                QStringLiteral("Unit %1 is not a unit of rental %2").arg(unitId).arg(propertyId));
        const SimBuilding *b = findById(s.buildings, propertyId ? propertyId : u->buildingId);
        if (!b)
            return error(422, QStringLiteral("Task.PropertyId"), QStringLiteral("No rental with id %1").arg(propertyId));
        const SimStaff *staff = BuildiumJson::staffById(s, assignedTo);
        if (!staff)
            return error(422, QStringLiteral("Task.AssignedToUserId"), QStringLiteral("No staff user with id %1").arg(assignedTo));
        SimWorkOrder w;
        w.id = issueId(s, Entity::WorkOrders, s.workOrders, SimGenerator::WorkOrderBase);
        w.number = s.nextWorkOrderNumber++;
        w.buildingId = b->id;
        w.portfolioId = b->portfolioId;
        w.unitId = u ? u->id : 0;
        w.vendorId = vendorId;
        w.description = title;
        w.specificLocation = details;
        w.status = BuildiumJson::pwStatus(status);
        w.priority = BuildiumJson::pwPriority(priority);
        w.managedBy = staff->name;
        w.scheduledEndDate = due;
        w.authorizeEnter = enterCode(entry);
        w.type = QStringLiteral("Service Request");
        w.stamp = byIntegration(s, now);
        s.workOrders.push_back(w);
        SimResponse out = SimResponse::json(201, QByteArray());
        JsonWriter jw(out.body);
        BuildiumJson(s, now).workOrder(jw, s.workOrders.back());
        out.headers.append({ "Location", "/v1/workorders/" + QByteArray::number(w.id) });
        return out;
    });
}

SimResponse BuildiumApi::updateWorkOrder(const QString &idText, const SimRequest &r)
{
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    if (!ok || id <= 0)
        return error(400, QStringLiteral("workOrderId"), QStringLiteral("'%1' is not an id").arg(idText));
    QJsonObject o;
    if (auto e = jsonBody(r, o))
        return *e;
    Fields f { o, {} };
    const QString entry = f.oneOf("EntryAllowed", { "Unknown", "Yes", "No" }, true);
    if (!f.has("VendorId"))
        f.fail(422, QStringLiteral("VendorId"), QStringLiteral("VendorId is required"));
    const qint64 vendorId = f.integer("VendorId");
    const QString details = f.string("WorkDetails");
    if (f.error)
        return *f.error;
    return m_data.change([&](SimStore &s, qint64 now) {
        SimWorkOrder *w = findById(s.workOrders, id);
        if (!w)
            return error(404, QStringLiteral("workOrderId"), QStringLiteral("No work order with id %1").arg(id));
        if (vendorId && !findById(s.vendors, vendorId))
            return error(422, QStringLiteral("VendorId"), QStringLiteral("No vendor with id %1").arg(vendorId));
        // As the file says: what the request leaves out is emptied.
        w->vendorId = vendorId;
        w->specificLocation = details;
        w->authorizeEnter = enterCode(entry);
        w->stamp.modifiedAt = now;
        w->stamp.modifiedBy = s.integration.name;
        QByteArray body;
        JsonWriter jw(body);
        BuildiumJson(s, now).workOrder(jw, *w);
        return SimResponse::json(200, body);
    });
}

SimResponse BuildiumApi::updateTask(const QString &idText, const SimRequest &r, bool resident)
{
    bool ok = false;
    const qint64 taskId = idText.toLongLong(&ok);
    if (!ok || taskId <= 0)
        return error(400, QStringLiteral("taskId"), QStringLiteral("'%1' is not an id").arg(idText));
    QJsonObject o;
    if (auto e = jsonBody(r, o))
        return *e;
    Fields f { o, {} };
    const QString title = f.string("Title");
    if (title.trimmed().isEmpty())
        f.fail(422, QStringLiteral("Title"), QStringLiteral("Title is required"));
    const QString status = f.oneOf("TaskStatus", { "New", "InProgress", "Completed", "Deferred", "Closed" }, true);
    const QString priority = f.oneOf("Priority", { "Low", "Normal", "High" }, true);
    if (!resident && !f.has("AssignedToUserId"))
        f.fail(422, QStringLiteral("AssignedToUserId"), QStringLiteral("AssignedToUserId is required"));
    const qint64 assignedTo = f.integer("AssignedToUserId");
    const QDate due = f.date("DueDate");
    if (f.error)
        return *f.error;
    return m_data.change([&](SimStore &s, qint64 now) {
        SimWorkOrder *w = findById(s.workOrders, BuildiumJson::workOrderIdOf(taskId));
        if (!w)
            return error(404, QStringLiteral("taskId"), QStringLiteral("No task with id %1").arg(taskId));
        const bool isResident = BuildiumJson(s, now).isResidentRequest(*w);
        if (isResident != resident)
            return error(404, QStringLiteral("taskId"),
                QStringLiteral("Task %1 is not a %2").arg(taskId).arg(resident ? QStringLiteral("resident request") : QStringLiteral("to do")));
        const SimStaff *staff = assignedTo ? BuildiumJson::staffById(s, assignedTo) : nullptr;
        if (assignedTo && !staff)
            return error(422, QStringLiteral("AssignedToUserId"), QStringLiteral("No staff user with id %1").arg(assignedTo));
        w->description = title;
        w->status = BuildiumJson::pwStatus(status);
        w->priority = BuildiumJson::pwPriority(priority);
        w->managedBy = staff ? staff->name : QString();
        w->scheduledEndDate = due;
        if (status == QLatin1String("Completed") || status == QLatin1String("Closed"))
            w->completedDate = QDateTime::fromSecsSinceEpoch(now, Qt::UTC).date();
        w->stamp.modifiedAt = now;
        w->stamp.modifiedBy = s.integration.name;
        QByteArray body;
        JsonWriter jw(body);
        BuildiumJson(s, now).task(jw, *w,
            resident ? BuildiumJson::TaskShape::ResidentRequest : BuildiumJson::TaskShape::ToDo);
        return SimResponse::json(200, body);
    });
}

SimResponse BuildiumApi::uploadRequest(const SimRequest &r)
{
    QJsonObject o;
    if (auto e = jsonBody(r, o))
        return *e;
    Fields f { o, {} };
    Ticket t;
    t.entityType = f.oneOf("EntityType", { "Account", "Association", "AssociationOwner", "AssociationUnit", "Lease",
        "OwnershipAccount", "PublicAsset", "Rental", "RentalOwner", "RentalUnit", "Tenant", "Vendor" }, true);
    t.entityId = f.integer("EntityId");
    t.fileName = f.string("FileName");
    t.title = f.string("Title");
    t.description = f.string("Description");
    if (!f.has("CategoryId"))
        f.fail(422, QStringLiteral("CategoryId"), QStringLiteral("CategoryId is required"));
    t.categoryId = f.integer("CategoryId");
    if (t.fileName.trimmed().isEmpty())
        f.fail(422, QStringLiteral("FileName"), QStringLiteral("FileName is required"));
    if (t.title.trimmed().isEmpty())
        f.fail(422, QStringLiteral("Title"), QStringLiteral("Title is required"));
    if (f.error)
        return *f.error;
    if (t.categoryId < 1 || t.categoryId > 3)
        return error(422, QStringLiteral("CategoryId"), QStringLiteral("No file category with id %1").arg(t.categoryId));
    const bool exists = m_data.read([&](const SimStore &s) {
        if (t.entityType == QLatin1String("Rental"))
            return findById(s.buildings, t.entityId) != nullptr;
        if (t.entityType == QLatin1String("RentalUnit"))
            return findById(s.units, t.entityId) != nullptr;
        if (t.entityType == QLatin1String("Lease"))
            return findById(s.leases, t.entityId) != nullptr;
        if (t.entityType == QLatin1String("Tenant"))
            return findById(s.contacts, t.entityId) != nullptr;
        if (t.entityType == QLatin1String("Vendor"))
            return findById(s.vendors, t.entityId) != nullptr;
        if (t.entityType == QLatin1String("RentalOwner"))
            return findById(s.portfolios, t.entityId) != nullptr;
        return t.entityType == QLatin1String("Account") || t.entityType == QLatin1String("PublicAsset");
    });
    if (!exists)
        return error(404, QStringLiteral("EntityId"), QStringLiteral("No %1 with id %2").arg(t.entityType).arg(t.entityId));
    QMutexLocker lock(&m_mutex);
    const qint64 now = m_data.nowSecs();
    t.key = QString::fromLatin1(QCryptographicHash::hash(
        QByteArray(QByteArray::number(m_options.seed) + '/' + QByteArray::number(++m_ticketSerial)), QCryptographicHash::Sha1).toHex().left(24));
    t.physicalFileName = QStringLiteral("%1-%2").arg(t.key.left(12), t.fileName.section(QLatin1Char('/'), -1));
    t.expiresAt = now + TicketLifetimeSecs;
    t.formData = { { QStringLiteral("key"), QStringLiteral("uploads/") + t.physicalFileName },
        { QStringLiteral("Content-Type"), QStringLiteral("application/octet-stream") },
        { QStringLiteral("policy"), QString::fromLatin1(QByteArray::number(t.expiresAt).toBase64()) },
        { QStringLiteral("x-amz-signature"), t.key } };
    m_tickets.insert(t.key, t);
    QByteArray body;
    JsonWriter w(body);
    w.beginObject();
    w.field("BucketUrl", m_root.toString() + QLatin1String(BucketPath) + t.key);
    w.key("FormData");
    w.beginObject();
    for (const auto &[k, v] : std::as_const(t.formData)) {
        w.key(k.toLatin1().constData());
        w.value(v);
    }
    w.endObject();
    w.field("PhysicalFileName", t.physicalFileName);
    w.endObject();
    SimResponse out = SimResponse::json(201, body);
    out.headers.append({ "Location", "/v1/files?physicalfilenames=" + t.physicalFileName.toUtf8().toPercentEncoding() });
    return out;
}

SimResponse BuildiumApi::bucket(const QString &key, const SimRequest &r)
{
    // The file provider (S3) answers in XML.
    auto s3 = [](int status, const char *code, const QString &message) {
        SimResponse out;
        out.status = status;
        out.contentType = "application/xml";
        out.body = QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>") + code + "</Code><Message>"
            + message.toHtmlEscaped().toUtf8() + "</Message></Error>";
        return out;
    };
    QList<SimFormPart> parts;
    if (!parseMultipart(r.header("content-type"), r.body, parts))
        return s3(400, "MalformedPOSTRequest", QStringLiteral("The body of your POST request is not well-formed multipart/form-data."));
    QMutexLocker lock(&m_mutex);
    const auto it = m_tickets.constFind(key);
    if (it == m_tickets.constEnd())
        return s3(403, "AccessDenied", QStringLiteral("Invalid according to Policy: no such upload ticket."));
    const Ticket t = *it;
    if (m_data.nowSecs() > t.expiresAt) {
        m_tickets.remove(key);
        return s3(403, "AccessDenied", QStringLiteral("Invalid according to Policy: Policy expired."));
    }
    // The FormData fields, in the order received, then "file" last.
    if (parts.size() != t.formData.size() + 1)
        return s3(400, "InvalidArgument", QStringLiteral("Send every FormData field, then the file."));
    for (int i = 0; i < t.formData.size(); ++i)
        if (parts.at(i).name != t.formData.at(i).first || QString::fromUtf8(parts.at(i).data) != t.formData.at(i).second)
            return s3(403, "AccessDenied",
                QStringLiteral("Invalid according to Policy: field %1 must be '%2', in the order received.")
                    .arg(i + 1)
                    .arg(t.formData.at(i).first));
    if (parts.last().name != QLatin1String("file"))
        return s3(400, "InvalidArgument", QStringLiteral("The last field must be 'file'."));
    m_tickets.remove(key);
    BuildiumFile f;
    f.id = FileBase + m_files.size();
    f.entityId = t.entityId;
    f.entityType = t.entityType;
    f.categoryId = t.categoryId;
    f.title = t.title;
    f.description = t.description;
    f.physicalFileName = t.physicalFileName;
    f.fileName = t.fileName;
    f.size = parts.last().data.size();
    f.contentType = parts.last().contentType.isEmpty() ? QStringLiteral("application/octet-stream")
                                                       : QString::fromLatin1(parts.last().contentType);
    f.sha256 = QCryptographicHash::hash(parts.last().data, QCryptographicHash::Sha256).toHex();
    f.uploadedAt = m_data.nowSecs();
    m_files.append(f);
    SimResponse out;
    out.status = 204;
    out.contentType = "application/xml";
    return out;
}

SimResponse BuildiumApi::listFiles(const SimRequest &r) const
{
    const QStringList names = r.query.allQueryItemValues(QStringLiteral("physicalfilenames"), QUrl::FullyDecoded);
    QStringList wanted;
    for (const QString &n : names)
        wanted += n.split(QLatin1Char(','), Qt::SkipEmptyParts);
    QMutexLocker lock(&m_mutex);
    QByteArray body;
    JsonWriter w(body);
    w.beginArray();
    int count = 0;
    for (const BuildiumFile &f : m_files)
        if (wanted.isEmpty() || wanted.contains(f.physicalFileName)) {
            BuildiumJson::file(w, f);
            ++count;
        }
    w.endArray();
    SimResponse out = SimResponse::json(200, body);
    out.headers.append({ "X-Total-Count", QByteArray::number(count) });
    return out;
}

SimResponse BuildiumApi::categories() const
{
    QByteArray body;
    JsonWriter w(body);
    w.beginArray();
    int id = 1;
    for (const char *name : { "Uncategorized", "Maintenance", "Invoices" }) {
        w.beginObject();
        w.field("Id", qint64(id++));
        w.field("Name", name);
        w.field("IsEditable", id > 2);
        w.endObject();
    }
    w.endArray();
    SimResponse out = SimResponse::json(200, body);
    out.headers.append({ QByteArray("X-Total-Count"), QByteArray("3") });
    return out;
}

} // namespace pms::sim::buildium
