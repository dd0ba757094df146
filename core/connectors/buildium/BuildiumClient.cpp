#include "BuildiumClient.h"

#include "BuildiumListJob.h"
#include "BuildiumPager.h"
#include "BuildiumRecords.h"
#include "BuildiumTaskStatusJob.h"
#include "BuildiumUploadJob.h"
#include "pms/ErrorMapper.h"
#include "pms/PropertywareClient.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRandomGenerator>

namespace pms::buildium {

QString stepPath(BuildiumStep step)
{
    switch (step) {
    case BuildiumStep::Portfolios:
    case BuildiumStep::Owners:
        return QStringLiteral("/v1/rentals/owners");
    case BuildiumStep::Properties:
        return QStringLiteral("/v1/rentals");
    case BuildiumStep::Units:
        return QStringLiteral("/v1/rentals/units");
    case BuildiumStep::Leases:
        return QStringLiteral("/v1/leases");
    case BuildiumStep::WorkOrders:
        return QStringLiteral("/v1/tasks");
    case BuildiumStep::Vendors:
        return QStringLiteral("/v1/vendors");
    }
    return {};
}

BuildiumClient::BuildiumClient(QNetworkAccessManager *nam, BuildiumCredentials creds, ClientOptions opts, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_creds(std::move(creds))
    , m_opts(opts)
{
    registerPmsMetaTypes();
    qRegisterMetaType<pms::buildium::BuildiumPage>();
}

BuildiumClient::~BuildiumClient() = default;

Status BuildiumClient::validateBaseUrl(const QUrl &url)
{
    // The same rule as every PMS: https, or plain http only to this computer.
    return PropertywareClient::validateBaseUrl(url);
}

QList<ConnectionField> BuildiumClient::connectionFields()
{
    return {
        { QStringLiteral("baseUrl"), tr("API address"), tr("https://api.buildium.com, or a sandbox's address"),
            QStringLiteral("https://api.buildium.com"), false, true },
        { QStringLiteral("clientId"), tr("Client ID"),
            tr("From Buildium: Settings > Developer Tools > API keys (the key needs the permissions listed in the "
               "documentation)"),
            {}, false, true },
        { QStringLiteral("clientSecret"), tr("Client secret"), tr("Shown once when the key is created; kept in the system keychain"),
            {}, true, true },
        { QStringLiteral("integrationUser"), tr("Integration user"),
            tr("The Buildium staff user the work orders for PMS Bridge are assigned to"), {}, false, true },
        { QStringLiteral("integrationEmail"), tr("Integration user's email"),
            tr("Must be that Buildium user's email, or work orders are not synced"), {}, false, true },
        { QStringLiteral("defaultVendorId"), tr("Vendor for new work orders"),
            tr("Buildium requires a vendor on every work order; the id of the one work orders made in PMS Bridge get"),
            {}, false, true },
    };
}

RetryPolicy BuildiumClient::retryPolicy() const
{
    RetryPolicy::Random random = m_random;
    if (!random)
        random = [] { return QRandomGenerator::global()->generateDouble(); };
    return RetryPolicy(m_opts.backoffBaseMs, m_opts.backoffCapMs, m_opts.maxAttempts, random);
}

QUrl BuildiumClient::urlFor(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_creds.baseUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + (path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path));
    url.setQuery(query);
    return url;
}

int BuildiumClient::pageSize() const
{
    // Our default (500, Propertyware's most) or what the options say, at most the file's 1000.
    return std::clamp(m_opts.pageSize, 1, MaxPageSize);
}

BuildiumRequest *BuildiumClient::get(const QString &path, const QUrlQuery &query)
{
    return new BuildiumRequest(this, BuildiumRequest::Method::Get, path, query);
}

BuildiumRequest *BuildiumClient::send(BuildiumRequest::Method method, const QString &path, const QJsonObject &body)
{
    return new BuildiumRequest(
        this, method, path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json");
}

BuildiumListJob *BuildiumClient::list(const QString &path, const QUrlQuery &filters)
{
    return new BuildiumListJob(this, path, filters);
}

BuildiumPager *BuildiumClient::pages(BuildiumStep step, const BuildiumWindow &window)
{
    return new BuildiumPager(this, step, window);
}

QUrlQuery BuildiumClient::windowQuery(BuildiumStep step, const BuildiumWindow &window)
{
    QUrlQuery q;
    if (!window.from.isValid() && !window.to.isValid())
        return q;
    const bool dateOnly = step == BuildiumStep::WorkOrders;
    auto put = [&](const char *name, const QDateTime &t) {
        if (!t.isValid())
            return;
        const QDateTime utc = t.toUTC();
        q.addQueryItem(QLatin1String(name),
            dateOnly ? utc.date().toString(Qt::ISODate) : utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'")));
    };
    put("lastupdatedfrom", window.from);
    put("lastupdatedto", window.to);
    return q;
}

BuildiumRequest *BuildiumClient::createWorkOrder(const BuildiumWorkOrderDraft &d)
{
    QJsonObject task;
    task.insert(QStringLiteral("Title"), d.title);
    task.insert(QStringLiteral("Priority"), d.priority);
    task.insert(QStringLiteral("Status"), QStringLiteral("New"));
    task.insert(QStringLiteral("PropertyId"), d.propertyId);
    if (d.unitId)
        task.insert(QStringLiteral("UnitId"), d.unitId);
    task.insert(QStringLiteral("AssignedToUserId"), d.assignedToUserId);
    if (d.dueDate.isValid())
        task.insert(QStringLiteral("DueDate"), d.dueDate.toString(Qt::ISODate));
    QJsonObject body;
    body.insert(QStringLiteral("Task"), task);
    body.insert(QStringLiteral("EntryAllowed"), d.entryAllowed);
    body.insert(QStringLiteral("VendorId"), d.vendorId);
    if (!d.details.isEmpty())
        body.insert(QStringLiteral("WorkDetails"), d.details);
    BuildiumRequest *r = send(BuildiumRequest::Method::Post, QStringLiteral("/v1/workorders"), body);
    // The file makes VendorId required: Buildium has no work order without a vendor.
    if (d.vendorId <= 0)
        r->failBeforeStart(Error(tr("Buildium needs a vendor on every work order: choose the vendor for new work "
                                    "orders in Settings > Connection."),
            QStringLiteral("validation")));
    return r;
}

Result<BuildiumClient::Created> BuildiumClient::parseCreatedWorkOrder(const HttpResponse &r)
{
    if (!r.ok())
        return *r.error;
    const QJsonObject o = QJsonDocument::fromJson(r.body).object();
    Created c;
    c.workOrderId = BuildiumRecords::idOf(o);
    c.taskId = BuildiumRecords::idOf(o.value(QLatin1String("Task")).toObject());
    if (!c.workOrderId || !c.taskId)
        return ErrorMapper::protocol(tr("Buildium created the work order but its answer has no work order or task id"),
            r.httpStatus);
    return c;
}

BuildiumRequest *BuildiumClient::findWorkOrdersByTitle(const QString &tag)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("title"), tag);
    q.addQueryItem(QStringLiteral("limit"), QStringLiteral("10"));
    return get(QStringLiteral("/v1/workorders"), q);
}

BuildiumRequest *BuildiumClient::updateWorkOrder(qint64 workOrderId, const QJsonObject &putMessage)
{
    return send(BuildiumRequest::Method::Put, QStringLiteral("/v1/workorders/%1").arg(workOrderId), putMessage);
}

BuildiumTaskStatusJob *BuildiumClient::setTaskStatus(qint64 taskId, const QString &status, const QString &message)
{
    return new BuildiumTaskStatusJob(this, taskId, status, message);
}

BuildiumUploadJob *BuildiumClient::uploadFile(const QString &entityType, qint64 entityId, qint64 categoryId,
    const QString &title, const QString &filePath, const QString &description)
{
    QJsonObject meta;
    meta.insert(QStringLiteral("EntityType"), entityType);
    meta.insert(QStringLiteral("EntityId"), entityId);
    meta.insert(QStringLiteral("FileName"), QFileInfo(filePath).fileName());
    meta.insert(QStringLiteral("Title"), title);
    if (!description.isEmpty())
        meta.insert(QStringLiteral("Description"), description);
    meta.insert(QStringLiteral("CategoryId"), categoryId);
    return new BuildiumUploadJob(this, meta, filePath);
}

BuildiumRequest *BuildiumClient::findUserByEmail(const QString &email)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("email"), email);
    q.addQueryItem(QStringLiteral("limit"), QStringLiteral("50"));
    return get(QStringLiteral("/v1/users"), q);
}

Result<BuildiumUser> BuildiumClient::parseUser(const HttpResponse &r, const QString &email)
{
    if (!r.ok())
        return *r.error;
    // "email contains": pick the exact one.
    for (const QJsonValue &v : QJsonDocument::fromJson(r.body).array()) {
        const Result<BuildiumUser> u = BuildiumRecords::user(v.toObject());
        if (u.ok() && u->email.compare(email.trimmed(), Qt::CaseInsensitive) == 0)
            return u;
    }
    return Error(tr("No Buildium user has the email %1: work orders stay off until the connection's integration email "
                    "is the one of the Buildium user they are assigned to.")
                     .arg(email),
        QStringLiteral("integration-user"));
}

BuildiumRequest *BuildiumClient::testConnection()
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    return get(QStringLiteral("/v1/rentals"), q);
}

void BuildiumClient::cancelAll()
{
    const auto kids = findChildren<QObject *>(QString(), Qt::FindDirectChildrenOnly);
    for (QObject *o : kids) {
        if (auto *r = qobject_cast<BuildiumRequest *>(o))
            r->cancel();
        else if (auto *l = qobject_cast<BuildiumListJob *>(o))
            l->cancel();
        else if (auto *p = qobject_cast<BuildiumPager *>(o))
            p->cancel();
        else if (auto *u = qobject_cast<BuildiumUploadJob *>(o))
            u->cancel();
    }
}

} // namespace pms::buildium
