#include "PropertywareConnector.h"

#include "PropertywareRecords.h"
#include "common/Json.h"
#include "pms/ErrorMapper.h"
#include "pms/GetJob.h"
#include "pms/ListJob.h"
#include "pms/PropertywareClient.h"
#include "pms/SendJob.h"

#include <QJsonArray>

#include <QCoreApplication>
#include <QUrlQuery>

namespace pms::propertyware {

namespace {

PmsEntity entityOf(RecordStep step)
{
    switch (step) {
    case RecordStep::Portfolios: return PmsEntity::Portfolios;
    case RecordStep::Properties: return PmsEntity::Buildings;
    case RecordStep::Units: return PmsEntity::Units;
    case RecordStep::Leases: return PmsEntity::Leases;
    case RecordStep::WorkOrders: return PmsEntity::WorkOrders;
    }
    return PmsEntity::Portfolios;
}

template <typename T>
void take(Result<T> &&r, const QJsonObject &o, QList<T> &into, QList<RecordProblem> &problems)
{
    if (r.ok()) {
        into.append(std::move(r).value());
        return;
    }
    RecordProblem p;
    p.id = json::id(o, QLatin1String("id")).value_or(0);
    p.reason = r.errorMessage();
    problems.append(p);
}

qint64 idOf(const QJsonDocument &doc)
{
    QJsonObject o = doc.object();
    if (o.contains(QLatin1String("body")) && o.value(QLatin1String("body")).isObject())
        o = o.value(QLatin1String("body")).toObject();
    return qint64(o.value(QLatin1String("id")).toDouble());
}

/// Ends @p job with @p reply (once) and lets it go.
void reply(ConnectorJob *job, const ConnectorReply &r)
{
    Q_EMIT job->finished(r);
    job->deleteLater();
}

ConnectorReply failed(const Error &e)
{
    ConnectorReply r;
    r.status = e;
    return r;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("pms::propertyware::PropertywareConnector", text);
}

} // namespace

PropertywareConnector::PropertywareConnector(QNetworkAccessManager *nam, const ConnectionInfo &connection,
    const QString &secret, const ClientOptions &options, QObject *parent)
    : PmsConnector(parent)
    , m_connection(connection)
    , m_client(std::make_unique<PropertywareClient>(
          nam, PmsCredentials{connection.baseUrl, connection.systemId, connection.clientId, secret}, options))
{
    qRegisterMetaType<pms::RecordPage>();
    qRegisterMetaType<pms::ConnectorReply>();
}

PropertywareConnector::~PropertywareConnector()
{
    m_client->cancelAll();
}

QList<ConnectionField> PropertywareConnector::connectionFields()
{
    return {
        {QStringLiteral("baseUrl"), tr("API address"), tr("The Propertyware REST API address, ending in /v1"),
         QStringLiteral("https://api.propertyware.com/pw/api/rest/v1"), false, true},
        {QStringLiteral("systemId"), tr("System ID"), tr("Your Propertyware system ID (one account per connection)"), {},
         false, true},
        {QStringLiteral("clientId"), tr("Client ID"), tr("From Propertyware: Settings > API Access"), {}, false, true},
        {QStringLiteral("clientSecret"), tr("Client secret"), tr("Kept in the system keychain"), {}, true, true},
        {QStringLiteral("integrationUser"), tr("Integration user"),
         tr("The Propertyware user in the work orders' \"Managed By\" that PMS Bridge syncs"), {}, false, true},
        {QStringLiteral("integrationEmail"), tr("Integration user's email"),
         tr("Must be that Propertyware user's email, or work orders are not synced"), {}, false, true},
    };
}

ConnectorJob *PropertywareConnector::testConnection()
{
    auto *job = new ConnectorJob(this);
    // One authenticated call: a rejected secret changes nothing.
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    GetJob *get = m_client->get(QStringLiteral("portfolios"), q);
    connect(get, &GetJob::finished, job, [job](const Result<QJsonDocument> &result) {
        ConnectorReply reply;
        if (!result.ok())
            reply.status = result.error();
        Q_EMIT job->finished(reply);
        job->deleteLater();
    });
    return job;
}

RecordPager *PropertywareConnector::pages(RecordStep step, const SyncWindow &window)
{
    return new PropertywarePager(m_client.get(), step, window, m_connection.integrationUser, this);
}

ConnectorJob *PropertywareConnector::createWorkOrder(const LocalWorkOrder &wo)
{
    auto *job = new ConnectorJob(this);
    QJsonObject body{{QStringLiteral("buildingID"), wo.pmsPropertyId},
                     {QStringLiteral("description"), wo.description},
                     {QStringLiteral("priority"), wo.priority},
                     {QStringLiteral("authorizeEnter"), wo.authorizeEnter},
                     {QStringLiteral("searchTag"), wo.clientRef}};
    if (wo.pmsUnitId > 0)
        body.insert(QStringLiteral("unitIDs"), QJsonArray{wo.pmsUnitId});
    if (!wo.category.isEmpty())
        body.insert(QStringLiteral("category"), wo.category);
    if (wo.residentPmsContactId > 0)
        body.insert(QStringLiteral("requestedBy"), wo.residentPmsContactId);
    SendJob *send = m_client->postJson(QStringLiteral("workorders"), body);
    connect(send, &SendJob::finished, job, [job](const Result<QJsonDocument> &result, int) {
        if (!result.ok())
            return reply(job, failed(result.error()));
        ConnectorReply r;
        r.pmsId = idOf(result.value());
        r.number = result.value().object().value(QLatin1String("number")).toInt();
        if (r.pmsId <= 0)
            r.status = Error(tr("Propertyware accepted the work order but sent no id."), QStringLiteral("protocol"));
        reply(job, r);
    });
    return job;
}

ConnectorJob *PropertywareConnector::findWorkOrder(const LocalWorkOrder &wo, const QDateTime &since)
{
    auto *job = new ConnectorJob(this);
    QUrlQuery filters;
    filters.addQueryItem(QStringLiteral("lastModifiedDateTimeStart"), json::formatDateTime(since));
    ListJob *list = m_client->list(PmsEntity::WorkOrders, filters);
    auto found = std::make_shared<QJsonObject>();
    connect(list, &ListJob::page, job, [found, wo](const PmsPage &page) {
        for (const QJsonObject &r : page.records) {
            bool match = false;
            if (r.contains(QLatin1String("searchTag")))
                match = r.value(QLatin1String("searchTag")).toString() == wo.clientRef;
            else // a PMS that does not return searchTag: same building, unit and words
                match = qint64(r.value(QLatin1String("buildingID")).toDouble()) == wo.pmsPropertyId
                    && r.value(QLatin1String("description")).toString() == wo.description
                    && (wo.pmsUnitId <= 0 || qint64(r.value(QLatin1String("unitID")).toDouble()) == wo.pmsUnitId);
            if (match && found->isEmpty())
                *found = r;
        }
    });
    connect(list, &ListJob::finished, job, [job, found](const Status &status, qint64) {
        if (!status.ok())
            return reply(job, failed(status.error()));
        ConnectorReply r;
        r.pmsId = qint64(found->value(QLatin1String("id")).toDouble());
        r.number = found->value(QLatin1String("number")).toInt();
        reply(job, r);
    });
    return job;
}

ConnectorJob *PropertywareConnector::sendChange(const LocalWorkOrder &wo, const QString &text, const QJsonObject &payload)
{
    auto *job = new ConnectorJob(this);
    const qint64 taskId = qint64(payload.value(QLatin1String("taskId")).toDouble());
    QPointer<PropertywareClient> client = m_client.get();
    auto postComment = [job, client, wo, text](qint64 task) {
        if (!client)
            return reply(job, failed(ErrorMapper::cancelled()));
        SendJob *c = client->postJson(QStringLiteral("workorders/%1/tasks/%2/comments").arg(wo.pmsId).arg(task),
                                      QJsonObject{{QStringLiteral("text"), text}});
        connect(c, &SendJob::finished, job, [job](const Result<QJsonDocument> &result, int) {
            reply(job, result.ok() ? ConnectorReply() : failed(result.error()));
        });
    };
    if (taskId > 0) { // the task was made by an earlier attempt
        postComment(taskId);
        return job;
    }
    SendJob *send = m_client->postJson(QStringLiteral("workorders/%1/tasks").arg(wo.pmsId),
                                       QJsonObject{{QStringLiteral("description"), tr("Changed in PMS Bridge")}});
    connect(send, &SendJob::finished, job, [job, payload, postComment](const Result<QJsonDocument> &result, int) {
        const qint64 task = result.ok() ? idOf(result.value()) : 0;
        if (!result.ok() || task <= 0)
            return reply(job, failed(result.ok() ? Error(tr("Propertyware made the task but sent no id."),
                                                         QStringLiteral("protocol"))
                                                   : result.error()));
        QJsonObject kept = payload;
        kept.insert(QStringLiteral("taskId"), task);
        Q_EMIT job->checkpoint(kept);
        postComment(task);
    });
    return job;
}

ConnectorJob *PropertywareConnector::closeWorkOrder(const LocalWorkOrder &wo, const QJsonObject &payload)
{
    auto *job = new ConnectorJob(this);
    QJsonObject body = payload;
    body.insert(QStringLiteral("timeCardEntry"), QJsonArray());
    SendJob *send = m_client->putJson(QStringLiteral("workorders/closeworkorder/%1").arg(wo.pmsId), body);
    connect(send, &SendJob::finished, job, [job](const Result<QJsonDocument> &result, int) {
        reply(job, result.ok() ? ConnectorReply() : failed(result.error()));
    });
    return job;
}

ConnectorJob *PropertywareConnector::uploadAttachment(const LocalWorkOrder &wo, const WorkOrderAttachment &attachment)
{
    auto *job = new ConnectorJob(this);
    SendJob *send = m_client->uploadDocument(QStringLiteral("WORK_ORDER"), wo.pmsId, attachment.storedPath, attachment.kind);
    connect(send, &SendJob::finished, job, [job](const Result<QJsonDocument> &result, int) {
        if (!result.ok())
            return reply(job, failed(result.error()));
        ConnectorReply r;
        r.pmsId = idOf(result.value());
        reply(job, r);
    });
    return job;
}

void PropertywareConnector::cancelAll()
{
    m_client->cancelAll();
}

PropertywarePager::PropertywarePager(PropertywareClient *client, RecordStep step, const SyncWindow &window,
    const QString &integrationUser, QObject *parent)
    : RecordPager(parent)
    , m_step(step)
    , m_integrationUser(integrationUser)
{
    QUrlQuery filters;
    if (window.from.isValid())
        filters.addQueryItem(QStringLiteral("lastModifiedDateTimeStart"), json::formatDateTime(window.from));
    if (window.to.isValid())
        filters.addQueryItem(QStringLiteral("lastModifiedDateTimeEnd"), json::formatDateTime(window.to));
    m_job = client->list(entityOf(step), filters);
    connect(m_job, &ListJob::page, this, &PropertywarePager::onPage);
    connect(m_job, &ListJob::warning, this, &RecordPager::warning);
    connect(m_job, &ListJob::finished, this, [this](const Status &s, qint64) {
        Q_EMIT finished(s);
        deleteLater();
    });
}

void PropertywarePager::cancel()
{
    if (m_job)
        m_job->cancel();
}

void PropertywarePager::onPage(const PmsPage &page)
{
    RecordPage p;
    p.step = m_step;
    p.problems = page.problems;
    p.pageIndex = page.pageIndex;
    p.pagesExpected = page.pagesExpected;
    for (const QJsonObject &o : page.records) {
        switch (m_step) {
        case RecordStep::Portfolios: take(records::portfolio(o), o, p.portfolios, p.problems); break;
        case RecordStep::Properties: {
            // R5: the PMS user behind the integration is listed among the building's users with its email.
            const QString email = records::integrationUserEmail(o, m_integrationUser);
            if (!email.isEmpty())
                p.integrationUserEmail = email;
            take(records::property(o, m_integrationUser), o, p.properties, p.problems);
            break;
        }
        case RecordStep::Units: take(records::unit(o), o, p.units, p.problems); break;
        case RecordStep::Leases: take(records::lease(o), o, p.leases, p.problems); break;
        case RecordStep::WorkOrders: take(records::workOrder(o), o, p.workOrders, p.problems); break;
        }
    }
    Q_EMIT this->page(p);
}

} // namespace pms::propertyware
