#include "BuildiumConnector.h"

#include "BuildiumClient.h"
#include "BuildiumPager.h"
#include "BuildiumRecords.h"
#include "BuildiumTaskStatusJob.h"
#include "BuildiumUploadJob.h"
#include "pms/ErrorMapper.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace pms::buildium {

namespace {

BuildiumStep stepOf(RecordStep step)
{
    switch (step) {
    case RecordStep::Portfolios: return BuildiumStep::Portfolios;
    case RecordStep::Properties: return BuildiumStep::Properties;
    case RecordStep::Units: return BuildiumStep::Units;
    case RecordStep::Leases: return BuildiumStep::Leases;
    case RecordStep::WorkOrders: return BuildiumStep::WorkOrders;
    }
    return BuildiumStep::Portfolios;
}

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
    return QCoreApplication::translate("pms::buildium::BuildiumConnector", text);
}

QString entryAllowed(const QString &authorizeEnter)
{
    const QString a = authorizeEnter.trimmed();
    if (a.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0 || a.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("Yes");
    if (a.compare(QLatin1String("no"), Qt::CaseInsensitive) == 0 || a.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("No");
    return QStringLiteral("Unknown");
}

/// The task's title: the description's first line, then the app's tag; at most the file's 127 characters.
QString titleFor(const LocalWorkOrder &wo)
{
    const QString tag = wo.clientRef;
    const int room = qMax(1, 127 - 1 - int(tag.size()));
    QString first = wo.description.section(QLatin1Char('\n'), 0, 0).simplified();
    if (first.isEmpty())
        first = tr("Work order");
    if (first.size() > room)
        first = first.left(room - 1) + QChar(0x2026);
    return tag.isEmpty() ? first : first + QLatin1Char(' ') + tag;
}

} // namespace

qint64 BuildiumConnector::defaultVendorId(const ConnectionInfo &connection)
{
    const QJsonValue v = connection.pmsSettings.value(QLatin1String("defaultVendorId"));
    const qint64 id = v.isString() ? v.toString().trimmed().toLongLong() : qint64(v.toDouble());
    return id > 0 && id <= 2147483647 ? id : 0;
}

void BuildiumConnector::withIntegrationUser(ConnectorJob *job, std::function<void(qint64)> then)
{
    if (m_integrationUserId > 0)
        return then(m_integrationUserId);
    const QString email = m_connection.integrationEmail.trimmed();
    if (email.isEmpty())
        return reply(job, failed(Error(tr("Buildium work orders are assigned to the integration user: enter its email in "
                                          "Settings > Connection."),
                               QStringLiteral("validation"))));
    BuildiumRequest *users = m_client->findUserByEmail(email);
    connect(users, &BuildiumRequest::finished, job, [this, job, email, then](const HttpResponse &r) {
        const Result<BuildiumUser> user = BuildiumClient::parseUser(r, email);
        if (!user.ok())
            return reply(job, failed(user.error().code == QLatin1String("integration-user")
                                         ? Error(user.errorMessage(), QStringLiteral("validation"))
                                         : user.error()));
        m_integrationUserId = user->id;
        then(user->id);
    });
}

ConnectorJob *BuildiumConnector::createWorkOrder(const LocalWorkOrder &wo)
{
    auto *job = new ConnectorJob(this);
    BuildiumWorkOrderDraft draft;
    draft.propertyId = wo.pmsPropertyId;
    draft.unitId = qMax<qint64>(0, wo.pmsUnitId);
    draft.vendorId = defaultVendorId(m_connection);
    draft.title = titleFor(wo);
    draft.details = wo.description;
    draft.priority = BuildiumRecords::buildiumPriority(wo.priority);
    draft.entryAllowed = entryAllowed(wo.authorizeEnter);
    if (draft.vendorId <= 0) {
        // Refused before anything is sent (createWorkOrder() would say the same).
        reply(job, failed(Error(tr("Buildium needs a vendor on every work order: choose the vendor for new work orders "
                                   "in Settings > Connection."),
                                QStringLiteral("validation"))));
        return job;
    }
    QPointer<BuildiumClient> client = m_client.get();
    withIntegrationUser(job, [job, client, draft](qint64 userId) mutable {
        if (!client)
            return reply(job, failed(ErrorMapper::cancelled()));
        draft.assignedToUserId = userId;
        BuildiumRequest *post = client->createWorkOrder(draft);
        connect(post, &BuildiumRequest::finished, job, [job](const HttpResponse &r) {
            const Result<BuildiumClient::Created> created = BuildiumClient::parseCreatedWorkOrder(r);
            if (!created.ok())
                return reply(job, failed(created.error()));
            ConnectorReply out;
            out.pmsId = created->workOrderId;
            reply(job, out);
        });
    });
    return job;
}

ConnectorJob *BuildiumConnector::findWorkOrder(const LocalWorkOrder &wo, const QDateTime &)
{
    auto *job = new ConnectorJob(this);
    BuildiumRequest *get = m_client->findWorkOrdersByTitle(wo.clientRef);
    const QString tag = wo.clientRef;
    connect(get, &BuildiumRequest::finished, job, [job, tag](const HttpResponse &r) {
        if (!r.ok())
            return reply(job, failed(*r.error));
        ConnectorReply out;
        // "Title contains": only a work order whose title holds our whole tag is ours.
        for (const QJsonValue &v : QJsonDocument::fromJson(r.body).array()) {
            const QJsonObject o = v.toObject();
            if (o.value(QLatin1String("Title")).toString().contains(tag)) {
                out.pmsId = BuildiumRecords::idOf(o);
                break;
            }
        }
        reply(job, out);
    });
    return job;
}

ConnectorJob *BuildiumConnector::sendChange(const LocalWorkOrder &wo, const QString &text, const QJsonObject &)
{
    auto *job = new ConnectorJob(this);
    QPointer<BuildiumClient> client = m_client.get();
    const qint64 id = wo.pmsId;
    BuildiumRequest *get = m_client->get(QStringLiteral("/v1/workorders/%1").arg(id));
    connect(get, &BuildiumRequest::finished, job, [job, client, id, text](const HttpResponse &r) {
        if (!r.ok())
            return reply(job, failed(*r.error));
        if (!client)
            return reply(job, failed(ErrorMapper::cancelled()));
        const QJsonObject current = QJsonDocument::fromJson(r.body).object();
        // A PUT replaces every field: send back what the work order holds, with the change added.
        QJsonObject put;
        for (const char *k : {"InvoiceNumber", "ChargeableTo", "EntryNotes", "VendorNotes", "EntryContactId", "VendorId"})
            if (current.contains(QLatin1String(k)) && !current.value(QLatin1String(k)).isNull())
                put.insert(QLatin1String(k), current.value(QLatin1String(k)));
        put.insert(QStringLiteral("EntryAllowed"), current.value(QLatin1String("EntryAllowed")).toString(QStringLiteral("Unknown")));
        const QString details = current.value(QLatin1String("WorkDetails")).toString();
        put.insert(QStringLiteral("WorkDetails"), details.isEmpty() ? text : details + QStringLiteral("\n\n") + text);
        BuildiumRequest *send = client->updateWorkOrder(id, put);
        connect(send, &BuildiumRequest::finished, job, [job](const HttpResponse &u) {
            reply(job, u.ok() ? ConnectorReply() : failed(*u.error));
        });
    });
    return job;
}

ConnectorJob *BuildiumConnector::closeWorkOrder(const LocalWorkOrder &wo, const QJsonObject &payload)
{
    auto *job = new ConnectorJob(this);
    QPointer<BuildiumClient> client = m_client.get();
    QString message;
    for (const char *k : {"comments", "comment", "note"})
        if (message.isEmpty())
            message = payload.value(QLatin1String(k)).toString();
    BuildiumRequest *get = m_client->get(QStringLiteral("/v1/workorders/%1").arg(wo.pmsId));
    connect(get, &BuildiumRequest::finished, job, [job, client, message](const HttpResponse &r) {
        if (!r.ok())
            return reply(job, failed(*r.error));
        const qint64 taskId
            = BuildiumRecords::idOf(QJsonDocument::fromJson(r.body).object().value(QLatin1String("Task")).toObject());
        if (!taskId)
            return reply(job, failed(ErrorMapper::protocol(tr("Buildium sent the work order without its task"), r.httpStatus)));
        if (!client)
            return reply(job, failed(ErrorMapper::cancelled()));
        BuildiumTaskStatusJob *status = client->setTaskStatus(taskId, QStringLiteral("Completed"), message);
        connect(status, &BuildiumTaskStatusJob::finished, job, [job](const Status &s) {
            reply(job, s.ok() ? ConnectorReply() : failed(s.error()));
        });
    });
    return job;
}

ConnectorJob *BuildiumConnector::uploadAttachment(const LocalWorkOrder &wo, const WorkOrderAttachment &att)
{
    auto *job = new ConnectorJob(this);
    QPointer<BuildiumClient> client = m_client.get();
    const QString entityType = wo.pmsUnitId > 0 ? QStringLiteral("RentalUnit") : QStringLiteral("Rental");
    const qint64 entityId = wo.pmsUnitId > 0 ? wo.pmsUnitId : wo.pmsPropertyId;
    const QString title = tr("Work order %1: %2").arg(wo.pmsId).arg(att.fileName).left(127);
    const QString path = att.storedPath;
    // The file category: "Maintenance" when the account has it, else the first one.
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
    BuildiumRequest *cats = m_client->get(QStringLiteral("/v1/files/categories"), q);
    connect(cats, &BuildiumRequest::finished, job, [job, client, entityType, entityId, title, path](const HttpResponse &r) {
        if (!r.ok())
            return reply(job, failed(*r.error));
        qint64 category = 0;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.body).array()) {
            const QJsonObject c = v.toObject();
            const qint64 id = BuildiumRecords::idOf(c);
            if (!category)
                category = id;
            if (c.value(QLatin1String("Name")).toString().compare(QLatin1String("Maintenance"), Qt::CaseInsensitive) == 0) {
                category = id;
                break;
            }
        }
        if (!category)
            return reply(job, failed(Error(tr("Buildium has no file category to put the attachment in: add one in Buildium "
                                              "(Files > Categories)."),
                                           QStringLiteral("validation"))));
        if (!client)
            return reply(job, failed(ErrorMapper::cancelled()));
        BuildiumUploadJob *up = client->uploadFile(entityType, entityId, category, title, path);
        connect(up, &BuildiumUploadJob::finished, job, [job](const Status &s, qint64 fileId) {
            if (!s.ok())
                return reply(job, failed(s.error()));
            ConnectorReply out;
            out.pmsId = fileId;
            reply(job, out);
        });
    });
    return job;
}

BuildiumConnector::BuildiumConnector(QNetworkAccessManager *nam, const ConnectionInfo &connection,
    const QString &secret, const ClientOptions &options, QObject *parent)
    : PmsConnector(parent)
    , m_connection(connection)
    , m_client(std::make_unique<BuildiumClient>(
          nam, BuildiumCredentials{connection.baseUrl, connection.clientId, secret}, options))
{
    qRegisterMetaType<pms::RecordPage>();
    qRegisterMetaType<pms::ConnectorReply>();
}

BuildiumConnector::~BuildiumConnector()
{
    m_client->cancelAll();
}

ConnectorJob *BuildiumConnector::testConnection()
{
    auto *job = new ConnectorJob(this);
    QPointer<BuildiumClient> client = m_client.get();
    const QString user = m_connection.integrationUser.trimmed();
    BuildiumRequest *first = m_client->testConnection();
    connect(first, &BuildiumRequest::finished, job, [job, client, user](const HttpResponse &r) {
        if (!r.ok() || user.isEmpty() || !client) {
            ConnectorReply reply;
            if (!r.ok())
                reply.status = *r.error;
            Q_EMIT job->finished(reply);
            job->deleteLater();
            return;
        }
        // R5: the email Buildium has for the staff user named as the integration user (as
        // Propertyware's buildings list it), for the engine's gate.
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("name"), user);
        q.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
        BuildiumRequest *users = client->get(QStringLiteral("/v1/users"), q);
        connect(users, &BuildiumRequest::finished, job, [job, user](const HttpResponse &u) {
            ConnectorReply reply;
            if (!u.ok()) {
                // A key that may not list users: the run goes on, work orders say why.
                if (u.error->code == QLatin1String("auth") && u.error->httpStatus == 401)
                    reply.status = *u.error;
                else
                    reply.workOrderGate = u.error->message;
            }
            for (const QJsonValue &v : QJsonDocument::fromJson(u.body).array()) {
                const Result<BuildiumUser> found = BuildiumRecords::user(v.toObject());
                if (found.ok() && found->name.compare(user, Qt::CaseInsensitive) == 0) {
                    reply.pmsUserEmail = found->email;
                    break;
                }
            }
            Q_EMIT job->finished(reply);
            job->deleteLater();
        });
    });
    return job;
}

RecordPager *BuildiumConnector::pages(RecordStep step, const SyncWindow &window)
{
    return new BuildiumRecordPager(m_client.get(), step, window, this);
}

void BuildiumConnector::cancelAll()
{
    m_client->cancelAll();
}

BuildiumRecordPager::BuildiumRecordPager(BuildiumClient *client, RecordStep step, const SyncWindow &window,
    QObject *parent)
    : RecordPager(parent)
    , m_step(step)
    , m_pageSize(client->pageSize())
{
    m_pager = client->pages(stepOf(step), BuildiumWindow{window.from, window.to});
    connect(m_pager, &BuildiumPager::page, this, &BuildiumRecordPager::onPage);
    connect(m_pager, &BuildiumPager::warning, this, &RecordPager::warning);
    connect(m_pager, &BuildiumPager::finished, this, [this](const Status &s, qint64) {
        Q_EMIT finished(s);
        deleteLater();
    });
}

void BuildiumRecordPager::cancel()
{
    if (m_pager)
        m_pager->cancel();
}

void BuildiumRecordPager::onPage(const BuildiumPage &page)
{
    RecordPage p;
    p.step = m_step;
    p.portfolios = page.portfolios;
    p.properties = page.properties;
    p.units = page.units;
    p.leases = page.leases;
    p.workOrders = page.workOrders;
    p.problems = page.problems;
    p.pageIndex = page.pageIndex;
    if (page.totalCount >= 0 && m_pageSize > 0)
        p.pagesExpected = int((page.totalCount + m_pageSize - 1) / m_pageSize);
    Q_EMIT this->page(p);
}

} // namespace pms::buildium
