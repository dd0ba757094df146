#pragma once

#include "common/Result.h"
#include "pms/RequestJob.h"

#include <QObject>
#include <QPointer>

namespace pms::buildium {

class BuildiumClient;

/// Sets a task's status the way the file allows (PUT replaces the whole task): GET /v1/tasks/{id},
/// then PUT /v1/tasks/todorequests/{id} or /v1/tasks/residentrequests/{id} (by its TaskType) with
/// its fields and the new TaskStatus. How a Buildium work order is completed or closed.
class BuildiumTaskStatusJob : public QObject
{
    Q_OBJECT

public:
    BuildiumTaskStatusJob(BuildiumClient *client, qint64 taskId, QString status, QString message);

Q_SIGNALS:
    void finished(const pms::Status &status);

private:
    void onTask(const HttpResponse &r);
    void finish(Status status);

    QPointer<BuildiumClient> m_client;
    qint64 m_taskId = 0;
    QString m_status, m_message;
    bool m_done = false;
};

} // namespace pms::buildium
