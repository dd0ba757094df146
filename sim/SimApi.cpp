#include "SimApi.h"

#include "SimJson.h"

namespace pms::sim {

namespace {

QString errorCodeFor(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("BAD_REQUEST");
    case 401:
        return QStringLiteral("UNAUTHORIZED");
    case 403:
        return QStringLiteral("FORBIDDEN");
    case 404:
        return QStringLiteral("NOT_FOUND");
    case 405:
        return QStringLiteral("METHOD_NOT_ALLOWED");
    case 415:
        return QStringLiteral("UNSUPPORTED_MEDIA_TYPE");
    case 429:
        return QStringLiteral("TOO_MANY_REQUESTS");
    case 500:
        return QStringLiteral("INTERNAL_SERVER_ERROR");
    case 502:
        return QStringLiteral("BAD_GATEWAY");
    case 503:
        return QStringLiteral("SERVICE_UNAVAILABLE");
    default:
        return QStringLiteral("HTTP_%1").arg(status);
    }
}

QString userMessageFor(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral(
            "Unable to process the request due to malformed request syntax or invalid parameters.");
    case 401:
        return QStringLiteral("The API key couldn't be authorized.");
    case 403:
        return QStringLiteral("The supplied credentials don't have permissions to access the resources.");
    case 404:
        return QStringLiteral("Entity not found.");
    case 405:
        return QStringLiteral("Method not allowed.");
    case 415:
        return QStringLiteral("Unsupported media type.");
    case 429:
        return QStringLiteral("Too many requests. Please retry later.");
    default:
        return QStringLiteral("Something went wrong on Propertyware's end.");
    }
}

} // namespace

QByteArray SimRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

SimResponse SimResponse::json(int status, QByteArray body)
{
    SimResponse r;
    r.status = status;
    r.body = std::move(body);
    return r;
}

SimResponse SimResponse::error(int status, const QString &key, const QString &message)
{
    return json(
        status, SimJson::errorBody(errorCodeFor(status), { { key, message } }, userMessageFor(status)));
}

SimApi::SimApi(SimDataset &data, const SimOptions &options)
    : m_data(data)
    , m_options(options)
{ }

QString SimApi::routeOf(const QString &path)
{
    return path.section(QLatin1Char('/'), 0, 0, QString::SectionSkipEmpty).toLower();
}

bool SimApi::isCollectionGet(const QByteArray &method, const QString &path)
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return method == "GET" && parts.size() == 1 && parts.at(0) != QLatin1String("health")
        && parseEntity(parts.at(0)).has_value();
}

std::optional<SimResponse> SimApi::checkAuth(const SimRequest &r) const
{
    static const QByteArray names[]
        = { "x-propertyware-client-id", "x-propertyware-client-secret", "x-propertyware-system-id" };
    QList<QPair<QString, QString>> missing;
    for (const QByteArray &n : names)
        if (r.header(n).trimmed().isEmpty())
            missing.append({ QString::fromLatin1(n),
                QStringLiteral("Missing required header %1").arg(QString::fromLatin1(n)) });
    if (!missing.isEmpty())
        return SimResponse::json(401, SimJson::errorBody(errorCodeFor(401), missing, userMessageFor(401)));
    const QString id = QString::fromUtf8(r.header(names[0]).trimmed());
    const QString secret = QString::fromUtf8(r.header(names[1]).trimmed());
    const QString system = QString::fromUtf8(r.header(names[2]).trimmed());
    if (id != m_options.clientId || secret != m_options.clientSecret)
        return SimResponse::error(401, QStringLiteral("x-propertyware-client-secret"),
            QStringLiteral("The client id and secret are not a valid API key."));
    if (system != m_options.systemId)
        return SimResponse::error(401, QStringLiteral("x-propertyware-system-id"),
            QStringLiteral("The API key does not belong to the organization %1.").arg(system));
    return std::nullopt;
}

SimResponse SimApi::handle(const SimRequest &r, int pageShift)
{
    if (auto denied = checkAuth(r))
        return *denied;
    const QStringList parts = r.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return SimResponse::error(
            404, QStringLiteral("path"), QStringLiteral("No resource at %1").arg(r.path));
    const QString head = parts.at(0).toLower();
    const bool get = r.method == "GET", post = r.method == "POST", put = r.method == "PUT";
    auto notAllowed = [&] {
        return SimResponse::error(405, QStringLiteral("method"),
            QStringLiteral("%1 is not supported on %2").arg(QString::fromLatin1(r.method), r.path));
    };
    if (head == QLatin1String("health") && parts.size() == 1)
        return get ? health(m_data.nowSecs()) : notAllowed();
    if (head == QLatin1String("workorders")) {
        if (parts.size() == 1 && post)
            return createWorkOrder(r);
        if (parts.size() == 3 && parts.at(1) == QLatin1String("closeworkorder"))
            return put ? closeWorkOrder(parts.at(2), r) : notAllowed();
        if (parts.size() == 3 && parts.at(2) == QLatin1String("tasks"))
            return get ? listTasks(parts.at(1)) : post ? createTask(parts.at(1), r) : notAllowed();
        if (parts.size() == 5 && parts.at(2) == QLatin1String("tasks")
            && parts.at(4) == QLatin1String("comments"))
            return post ? addComment(parts.at(1), parts.at(3), r) : notAllowed();
    }
    if (head == QLatin1String("docs") && parts.size() == 1 && post)
        return uploadDocument(r);
    const auto entity = parseEntity(head);
    if (entity && head == entityName(*entity) && parts.size() <= 2) {
        if (!get)
            return notAllowed();
        return parts.size() == 1 ? collection(*entity, r, pageShift) : single(*entity, parts.at(1));
    }
    return SimResponse::error(404, QStringLiteral("path"), QStringLiteral("No resource at %1").arg(r.path));
}

SimResponse SimApi::health(qint64 now) const
{
    QByteArray out;
    JsonWriter w(out);
    w.beginObject();
    w.key("body");
    w.beginObject();
    w.field("status", "UP");
    w.dateTimeField("time", now, 0);
    w.endObject();
    w.field("statusCode", "200");
    w.endObject();
    return SimResponse::json(200, out);
}

std::shared_ptr<const std::vector<int>> SimApi::cachedView(const QString &key, quint64 version)
{
    QMutexLocker lock(&m_cacheMutex);
    for (int i = 0; i < m_cache.size(); ++i)
        if (m_cache[i].key == key && m_cache[i].version == version) {
            m_cache.move(i, 0);
            return m_cache[0].view;
        }
    return nullptr;
}

void SimApi::storeView(const QString &key, quint64 version, std::shared_ptr<const std::vector<int>> view)
{
    QMutexLocker lock(&m_cacheMutex);
    m_cache.prepend({ key, version, std::move(view) });
    while (m_cache.size() > 12)
        m_cache.removeLast();
}

SimResponse SimApi::collection(Entity entity, const SimRequest &r, int pageShift)
{
    // The API documents limit and offset as case-sensitive: a wrong case is a 404.
    for (const auto &[key, value] : r.query.queryItems()) {
        Q_UNUSED(value)
        for (QLatin1StringView exact : { QLatin1StringView("limit"), QLatin1StringView("offset") })
            if (key.compare(exact, Qt::CaseInsensitive) == 0 && key != exact)
                return SimResponse::error(
                    404, key, QStringLiteral("Unknown parameter '%1'; did you mean '%2'?").arg(key, exact));
    }
    SimQueryParams p;
    if (auto e = SimQuery::parse(entity, r.query, p))
        return SimResponse::error(400, e->key, e->message);

    std::shared_ptr<const std::vector<int>> view;
    quint64 version = 0;
    qint64 total = 0;
    int served = 0;
    QByteArray body;
    m_data.readSnapshot([&](const SimStore &s, quint64 v, qint64 now) {
        version = v;
        view = cachedView(p.cacheKey, v);
        if (!view) {
            view = std::make_shared<const std::vector<int>>(SimQuery::select(s, p));
            storeView(p.cacheKey, v, view);
        }
        total = qint64(view->size());
        const qint64 begin = std::min(p.offset, total), end = std::min(begin + p.limit, total);
        served = int(end - begin);
        body.reserve(served * 900 + 2);
        const SimJson json(s, now);
        JsonWriter w(body);
        w.beginArray();
        withRecords(s, entity, [&](const auto &records) {
            for (qint64 i = begin; i < end; ++i)
                json.write(w, records[size_t((*view)[size_t(i)])]);
        });
        w.endArray();
    });
    SimResponse out = SimResponse::json(200, body);
    out.headers.append({ "X-Total-Count", QByteArray::number(total) });
    if (pageShift > 0 && served > 0)
        m_data.insertBefore(entity, *view, int(std::min<qint64>(p.offset + served, total)), pageShift,
            p.idAscending(), version);
    return out;
}

SimResponse SimApi::single(Entity entity, const QString &idText) const
{
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    if (!ok || id <= 0)
        return SimResponse::error(400, QStringLiteral("id"), QStringLiteral("'%1' is not an id").arg(idText));
    const QByteArray json = m_data.recordJson(entity, id);
    if (json.isEmpty())
        return SimResponse::error(
            404, QStringLiteral("id"), QStringLiteral("No %1 with id %2").arg(entityName(entity)).arg(id));
    return SimResponse::json(200, json);
}

} // namespace pms::sim
