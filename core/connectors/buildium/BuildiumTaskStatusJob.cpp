#include "BuildiumTaskStatusJob.h"

#include "BuildiumClient.h"
#include "pms/ErrorMapper.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace pms::buildium {

BuildiumTaskStatusJob::BuildiumTaskStatusJob(BuildiumClient *client, qint64 taskId, QString status, QString message)
    : QObject(client)
    , m_client(client)
    , m_taskId(taskId)
    , m_status(std::move(status))
    , m_message(std::move(message))
{
    BuildiumRequest *get = client->get(QStringLiteral("/v1/tasks/%1").arg(taskId));
    connect(get, &BuildiumRequest::finished, this, &BuildiumTaskStatusJob::onTask);
}

void BuildiumTaskStatusJob::onTask(const HttpResponse &r)
{
    if (!r.ok()) {
        finish(*r.error);
        return;
    }
    const QJsonObject task = QJsonDocument::fromJson(r.body).object();
    const QString type = task.value(QLatin1String("TaskType")).toString();
    QString kind;
    if (type == QLatin1String("Todo"))
        kind = QStringLiteral("todorequests");
    else if (type == QLatin1String("ResidentRequest"))
        kind = QStringLiteral("residentrequests");
    else if (type == QLatin1String("ContactRequest"))
        kind = QStringLiteral("contactrequests");
    else if (type == QLatin1String("RentalOwnerRequest"))
        kind = QStringLiteral("rentalownerrequests");
    if (kind.isEmpty() || !m_client) {
        finish(ErrorMapper::protocol(tr("Buildium task %1 has no task type PMS Bridge knows ('%2')").arg(m_taskId).arg(type),
            r.httpStatus));
        return;
    }
    // The PUT replaces the task: send back what it holds, with the new status.
    QJsonObject put;
    put.insert(QStringLiteral("Title"), task.value(QLatin1String("Title")));
    put.insert(QStringLiteral("TaskStatus"), m_status);
    put.insert(QStringLiteral("Priority"), task.value(QLatin1String("Priority")).toString(QStringLiteral("Normal")));
    for (const char *k : { "AssignedToUserId", "DueDate", "UnitId" })
        if (!task.value(QLatin1String(k)).isNull() && task.contains(QLatin1String(k)))
            put.insert(QLatin1String(k), task.value(QLatin1String(k)));
    const QJsonObject category = task.value(QLatin1String("Category")).toObject();
    if (category.contains(QLatin1String("Id")))
        put.insert(QStringLiteral("CategoryId"), category.value(QLatin1String("Id")));
    const QJsonObject property = task.value(QLatin1String("Property")).toObject();
    if (kind == QLatin1String("todorequests") && property.contains(QLatin1String("Id")))
        put.insert(QStringLiteral("PropertyId"), property.value(QLatin1String("Id")));
    if (kind == QLatin1String("residentrequests"))
        put.remove(QStringLiteral("UnitId"));
    if (!m_message.isEmpty())
        put.insert(QStringLiteral("Message"), m_message);
    BuildiumRequest *req = m_client->send(BuildiumRequest::Method::Put, QStringLiteral("/v1/tasks/%1/%2").arg(kind).arg(m_taskId), put);
    connect(req, &BuildiumRequest::finished, this, [this](const HttpResponse &resp) {
        finish(resp.ok() ? Status() : Status(*resp.error));
    });
}

void BuildiumTaskStatusJob::finish(Status status)
{
    if (m_done)
        return;
    m_done = true;
    QMetaObject::invokeMethod(
        this,
        [this, status] {
            Q_EMIT finished(status);
            deleteLater();
        },
        Qt::QueuedConnection);
}

} // namespace pms::buildium
