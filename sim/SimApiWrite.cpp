// The writing endpoints of SimApi: work orders, tasks, comments, documents.
#include "SimApi.h"
#include "SimGenerator.h"
#include "SimJson.h"
#include "SimMultipart.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace pms::sim {

namespace {

std::optional<qint64> parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

// Checks an optional field of a JSON body; a present field of the wrong type is a 400.
struct Fields
{
    const QJsonObject &o;
    std::optional<SimResponse> error;

    bool has(const char *k) const
    {
        return o.contains(QLatin1String(k)) && !o.value(QLatin1String(k)).isNull();
    }
    void fail(const char *k, const QString &msg)
    {
        if (!error)
            error = SimResponse::error(400, QString::fromLatin1(k), msg);
    }
    QString string(const char *k)
    {
        if (!has(k))
            return {};
        const QJsonValue v = o.value(QLatin1String(k));
        if (!v.isString())
            fail(k, QStringLiteral("%1 must be a string").arg(QLatin1String(k)));
        return v.toString();
    }
    bool boolean(const char *k, bool fallback = false)
    {
        if (!has(k))
            return fallback;
        const QJsonValue v = o.value(QLatin1String(k));
        if (!v.isBool())
            fail(k, QStringLiteral("%1 must be true or false").arg(QLatin1String(k)));
        return v.toBool(fallback);
    }
    qint64 integer(const char *k)
    {
        if (!has(k))
            return 0;
        const QJsonValue v = o.value(QLatin1String(k));
        const double d = v.toDouble();
        if (!v.isDouble() || d != std::floor(d))
            fail(k, QStringLiteral("%1 must be an integer").arg(QLatin1String(k)));
        return qint64(d);
    }
    double number(const char *k)
    {
        if (!has(k))
            return -1;
        const QJsonValue v = o.value(QLatin1String(k));
        if (!v.isDouble())
            fail(k, QStringLiteral("%1 must be a number").arg(QLatin1String(k)));
        return v.toDouble();
    }
    QDate date(const char *k)
    {
        const QString s = string(k);
        if (s.isEmpty())
            return {};
        const QDate d = QDate::fromString(s.left(10), Qt::ISODate);
        if (!d.isValid())
            fail(k, QStringLiteral("%1 must be a date like 2019-08-24").arg(QLatin1String(k)));
        return d;
    }
    QString oneOf(const char *k, const QStringList &allowed)
    {
        const QString s = string(k);
        if (!s.isEmpty() && !allowed.contains(s.toUpper()))
            fail(k,
                QStringLiteral("%1 must be one of %2")
                    .arg(QLatin1String(k), allowed.join(QLatin1String(", "))));
        return s.toUpper();
    }
};

SimStamp byIntegration(const SimStore &s, qint64 now)
{
    SimStamp st;
    st.createdAt = st.modifiedAt = now;
    st.createdBy = st.modifiedBy = s.integration.name;
    return st;
}

} // namespace

std::optional<SimResponse> SimApi::jsonBody(const SimRequest &r, QJsonObject &out) const
{
    const QByteArray type = r.header("content-type").toLower();
    if (!type.contains("json"))
        return SimResponse::error(415, QStringLiteral("Content-Type"),
            QStringLiteral("Send the body as application/json, not '%1'").arg(QString::fromLatin1(type)));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return SimResponse::error(
            400, QStringLiteral("body"), QStringLiteral("The body is not a JSON object"));
    out = doc.object();
    return std::nullopt;
}

SimResponse SimApi::createWorkOrder(const SimRequest &r)
{
    QJsonObject o;
    if (auto e = jsonBody(r, o))
        return *e;
    Fields f { o, {} };
    if (!f.has("buildingID"))
        return SimResponse::error(
            400, QStringLiteral("buildingID"), QStringLiteral("buildingID is required"));
    SimWorkOrder w;
    w.buildingId = f.integer("buildingID");
    w.description = f.string("description");
    w.category = f.string("category");
    w.type = f.string("type");
    w.source = f.string("source");
    w.specificLocation = f.string("specificLocation");
    w.searchTag = f.string("searchTag");
    w.priority
        = f.oneOf("priority", { QStringLiteral("HIGH"), QStringLiteral("MEDIUM"), QStringLiteral("LOW") });
    if (w.priority.isEmpty())
        w.priority = QString();
    const QString enter = f.oneOf("authorizeEnter",
        { QStringLiteral("NO"), QStringLiteral("ANYTIME"), QStringLiteral("SPECIFIEDTIME") });
    w.authorizeEnter = enter.isEmpty()      ? quint8(255)
        : enter == QLatin1String("NO")      ? 0
        : enter == QLatin1String("ANYTIME") ? 1
                                            : 2;
    w.startDate = f.date("startDate");
    w.scheduledEndDate = f.date("scheduledEndDate");
    f.date("dateToEnter");
    w.costEstimate = f.number("costEstimate");
    w.hourEstimate = f.number("hourEstimate");
    w.publishToTenantPortal = f.boolean("publishToTenantPortal");
    w.publishToOwnerPortal = f.boolean("publishToOwnerPortal");
    const qint64 requester = f.integer("requestedBy");
    QList<qint64> unitIds;
    if (f.has("unitIDs")) {
        const QJsonValue v = o.value(QLatin1String("unitIDs"));
        if (!v.isArray())
            f.fail("unitIDs", QStringLiteral("unitIDs must be an array of unit ids"));
        for (const QJsonValue &u : v.toArray()) {
            if (!u.isDouble() || u.toDouble() <= 0)
                f.fail("unitIDs", QStringLiteral("unitIDs must be an array of unit ids"));
            unitIds.append(qint64(u.toDouble()));
        }
    }
    if (f.error)
        return *f.error;
    return m_data.change([&](SimStore &s, qint64 now) {
        const SimBuilding *b = findById(s.buildings, w.buildingId);
        if (!b)
            return SimResponse::error(400, QStringLiteral("buildingID"),
                QStringLiteral("No building with id %1").arg(w.buildingId));
        for (qint64 id : unitIds) {
            const SimUnit *u = findById(s.units, id);
            if (!u || u->buildingId != b->id)
                return SimResponse::error(400, QStringLiteral("unitIDs"),
                    QStringLiteral("Unit %1 is not a unit of building %2").arg(id).arg(b->id));
        }
        if (requester) {
            const SimContact *c = findById(s.contacts, requester);
            if (!c)
                return SimResponse::error(400, QStringLiteral("requestedBy"),
                    QStringLiteral("No contact with id %1").arg(requester));
            w.requestedBy = c->firstName + QLatin1Char(' ') + c->lastName;
        }
        w.id = issueId(s, Entity::WorkOrders, s.workOrders, SimGenerator::WorkOrderBase);
        w.number = s.nextWorkOrderNumber++;
        w.portfolioId = b->portfolioId;
        w.unitId = unitIds.isEmpty() ? 0 : unitIds.first();
        w.status = QStringLiteral("Open");
        w.managedBy = s.integration.name;
        w.stamp = byIntegration(s, now);
        s.workOrders.push_back(w);
        return SimResponse::json(201, SimJson(s, now).one(s.workOrders.back()));
    });
}

SimResponse SimApi::closeWorkOrder(const QString &idText, const SimRequest &r)
{
    const auto id = parseId(idText);
    if (!id)
        return SimResponse::error(
            400, QStringLiteral("workOrderID"), QStringLiteral("'%1' is not an id").arg(idText));
    QJsonObject o;
    if (auto e = jsonBody(r, o))
        return *e;
    Fields f { o, {} };
    const QDate completed = f.date("completedDate");
    const QDate started = f.date("startDate");
    const QString category = f.string("category");
    f.string("comments");
    if (f.has("timeCardEntry") && !o.value(QLatin1String("timeCardEntry")).isArray())
        f.fail("timeCardEntry", QStringLiteral("timeCardEntry must be an array"));
    if (f.error)
        return *f.error;
    return m_data.change([&](SimStore &s, qint64 now) {
        SimWorkOrder *w = findById(s.workOrders, *id);
        if (!w)
            return SimResponse::error(
                404, QStringLiteral("workOrderID"), QStringLiteral("No work order with id %1").arg(*id));
        w->status = QStringLiteral("Completed");
        w->completedDate
            = completed.isValid() ? completed : QDateTime::fromSecsSinceEpoch(now, Qt::UTC).date();
        if (started.isValid())
            w->startDate = started;
        if (!category.isEmpty())
            w->category = category;
        w->stamp.modifiedAt = now;
        w->stamp.modifiedBy = s.integration.name;
        QByteArray out;
        JsonWriter jw(out);
        jw.beginObject();
        jw.key("body");
        SimJson(s, now).write(jw, *w);
        jw.field("statusCode", "200");
        jw.endObject();
        return SimResponse::json(200, out);
    });
}

SimResponse SimApi::listTasks(const QString &idText) const
{
    const auto id = parseId(idText);
    if (!id)
        return SimResponse::error(
            400, QStringLiteral("workOrderID"), QStringLiteral("'%1' is not an id").arg(idText));
    return m_data.readSnapshot([&](const SimStore &s, quint64, qint64 now) {
        if (!findById(s.workOrders, *id))
            return SimResponse::error(
                404, QStringLiteral("workOrderID"), QStringLiteral("No work order with id %1").arg(*id));
        QByteArray out;
        JsonWriter w(out);
        const SimJson json(s, now);
        int n = 0;
        w.beginArray();
        for (const SimTask &t : s.tasks)
            if (t.workOrderId == *id) {
                json.write(w, t);
                ++n;
            }
        w.endArray();
        SimResponse resp = SimResponse::json(200, out);
        resp.headers.append({ "X-Total-Count", QByteArray::number(n) });
        return resp;
    });
}

SimResponse SimApi::createTask(const QString &idText, const SimRequest &r)
{
    const auto id = parseId(idText);
    if (!id)
        return SimResponse::error(
            400, QStringLiteral("workOrderId"), QStringLiteral("'%1' is not an id").arg(idText));
    QJsonObject o;
    if (auto e = jsonBody(r, o))
        return *e;
    Fields f { o, {} };
    SimTask t;
    t.workOrderId = *id;
    t.description = f.string("description");
    if (t.description.trimmed().isEmpty())
        f.fail("description", QStringLiteral("description is required"));
    t.completed = f.boolean("completed");
    t.delegates = f.string("delegates");
    t.dueDate = f.date("dueDate");
    t.privateTask = f.boolean("isPrivate");
    t.starred = f.boolean("starred");
    t.tags = f.string("tags");
    if (f.error)
        return *f.error;
    return m_data.change([&](SimStore &s, qint64 now) {
        if (!findById(s.workOrders, *id))
            return SimResponse::error(
                404, QStringLiteral("workOrderId"), QStringLiteral("No work order with id %1").arg(*id));
        t.id = s.nextTaskId++;
        t.stamp = byIntegration(s, now);
        if (t.completed)
            t.completedAt = now;
        s.tasks.push_back(t);
        return SimResponse::json(201, SimJson(s, now).one(s.tasks.back()));
    });
}

SimResponse SimApi::addComment(const QString &idText, const QString &taskText, const SimRequest &r)
{
    const auto id = parseId(idText);
    const auto taskId = parseId(taskText);
    if (!id || !taskId)
        return SimResponse::error(400, id ? QStringLiteral("taskId") : QStringLiteral("workOrderId"),
            QStringLiteral("'%1' is not an id").arg(id ? taskText : idText));
    QJsonObject o;
    if (auto e = jsonBody(r, o))
        return *e;
    Fields f { o, {} };
    const QString text = f.string("text");
    if (text.trimmed().isEmpty())
        f.fail("text", QStringLiteral("text is required"));
    if (f.error)
        return *f.error;
    return m_data.change([&](SimStore &s, qint64 now) {
        if (!findById(s.workOrders, *id))
            return SimResponse::error(
                404, QStringLiteral("workOrderId"), QStringLiteral("No work order with id %1").arg(*id));
        SimTask *t = findById(s.tasks, *taskId);
        if (!t || t->workOrderId != *id)
            return SimResponse::error(404, QStringLiteral("taskId"),
                QStringLiteral("No task %1 on work order %2").arg(*taskId).arg(*id));
        t->comments.push_back({ s.nextCommentId++, text, byIntegration(s, now) });
        t->stamp.modifiedAt = now;
        t->stamp.modifiedBy = s.integration.name;
        // The OpenAPI file answers 201 with the Task the comment was added to.
        return SimResponse::json(201, SimJson(s, now).one(*t));
    });
}

SimResponse SimApi::uploadDocument(const SimRequest &r)
{
    static const QStringList types = { QStringLiteral("APPOINTMENT"), QStringLiteral("ASSET"),
        QStringLiteral("BILL"), QStringLiteral("BANK_DEPOSIT"), QStringLiteral("BILL_PAYMENT"),
        QStringLiteral("BUILDING"), QStringLiteral("CONTACT"), QStringLiteral("FLOOR_PLAN"),
        QStringLiteral("DESKTOP"), QStringLiteral("EMAIL_TEMPLATE"), QStringLiteral("INSPECTION"),
        QStringLiteral("LEASE"), QStringLiteral("OTHER"), QStringLiteral("PORTFOLIO"),
        QStringLiteral("PROSPECT"), QStringLiteral("RECONCILIATION"), QStringLiteral("TASK"),
        QStringLiteral("TRANSACTION"), QStringLiteral("UNIT"), QStringLiteral("VENDOR"),
        QStringLiteral("WORK_ORDER"), QStringLiteral("OWNER"), QStringLiteral("TENANT"),
        QStringLiteral("CHECK"), QStringLiteral("CREDIT"), QStringLiteral("SERVICE_AGREEMENT"),
        QStringLiteral("JOURNAL_ENTRY"), QStringLiteral("PROSPECT_CONTACT") };
    const QString rawType
        = r.query.queryItemValue(QStringLiteral("entityType"), QUrl::FullyDecoded).trimmed();
    const QString rawId = r.query.queryItemValue(QStringLiteral("entityId"), QUrl::FullyDecoded).trimmed();
    if (rawType.isEmpty())
        return SimResponse::error(
            400, QStringLiteral("entityType"), QStringLiteral("entityType is required, e.g. Work Order"));
    const QString type = rawType.toUpper()
                             .replace(QLatin1Char(' '), QLatin1Char('_'))
                             .replace(QLatin1Char('-'), QLatin1Char('_'));
    if (!types.contains(type))
        return SimResponse::error(
            400, QStringLiteral("entityType"), QStringLiteral("Unknown entityType '%1'").arg(rawType));
    const auto entityId = parseId(rawId);
    if (!entityId)
        return SimResponse::error(
            400, QStringLiteral("entityId"), QStringLiteral("entityId must be a positive id"));
    bool publishTenant = false, publishOwner = false;
    for (auto [name, flag] : { std::pair { QStringLiteral("publishToTenantPortal"), &publishTenant },
             std::pair { QStringLiteral("publishToOwnerPortal"), &publishOwner } }) {
        if (!r.query.hasQueryItem(name))
            continue;
        const QString v = r.query.queryItemValue(name).toLower();
        if (v != QLatin1String("true") && v != QLatin1String("false"))
            return SimResponse::error(400, name, QStringLiteral("%1 must be true or false").arg(name));
        *flag = v == QLatin1String("true");
    }
    QList<SimFormPart> parts;
    if (!parseMultipart(r.header("content-type"), r.body, parts))
        return SimResponse::error(415, QStringLiteral("Content-Type"),
            QStringLiteral("Send the document as multipart/form-data with a 'file' part"));
    const SimFormPart *file = nullptr;
    QString description;
    for (const SimFormPart &p : parts) {
        if (p.name == QLatin1String("file") && !file)
            file = &p;
        else if (p.name == QLatin1String("description"))
            description = QString::fromUtf8(p.data);
    }
    if (!file)
        return SimResponse::error(
            400, QStringLiteral("file"), QStringLiteral("The multipart body has no 'file' part"));
    return m_data.change([&](SimStore &s, qint64 now) {
        bool exists = true;
        if (type == QLatin1String("WORK_ORDER"))
            exists = findById(s.workOrders, *entityId);
        else if (type == QLatin1String("UNIT"))
            exists = findById(s.units, *entityId);
        else if (type == QLatin1String("BUILDING"))
            exists = findById(s.buildings, *entityId);
        else if (type == QLatin1String("LEASE"))
            exists = findById(s.leases, *entityId);
        else if (type == QLatin1String("PORTFOLIO"))
            exists = findById(s.portfolios, *entityId);
        else if (type == QLatin1String("VENDOR"))
            exists = findById(s.vendors, *entityId);
        if (!exists)
            return SimResponse::error(404, QStringLiteral("entityId"),
                QStringLiteral("No %1 with id %2").arg(rawType).arg(*entityId));
        SimDocument d;
        d.id = issueId(s, Entity::Documents, s.documents, SimGenerator::DocumentBase);
        d.entityType = type;
        d.entityId = *entityId;
        d.fileName = file->fileName.isEmpty() ? QStringLiteral("upload") : file->fileName;
        const QString suffix = QFileInfo(d.fileName).suffix().toUpper();
        d.fileType = suffix.isEmpty() ? QString::fromLatin1(file->contentType) : suffix;
        d.description = description.isEmpty() ? QString() : description;
        d.size = file->data.size();
        d.sha256 = QCryptographicHash::hash(file->data, QCryptographicHash::Sha256).toHex();
        d.publishToTenantPortal = publishTenant;
        d.publishToOwnerPortal = publishOwner;
        d.stamp = byIntegration(s, now);
        s.documents.push_back(d);
        return SimResponse::json(201, SimJson(s, now).one(s.documents.back()));
    });
}

} // namespace pms::sim
