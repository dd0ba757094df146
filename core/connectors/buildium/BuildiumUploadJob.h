#pragma once

#include "common/Result.h"
#include "pms/RequestJob.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace pms::buildium {

class BuildiumClient;
class BuildiumRequest;

/// Buildium's two-step upload (POST /v1/files/uploadrequests): 1. the file's metadata, answered
/// with a ticket (BucketUrl, FormData, PhysicalFileName; valid 5 minutes); 2. a multipart POST to
/// the BucketUrl with the FormData fields in the order received and the file last, answered 204;
/// 3. GET /v1/files?physicalfilenames=... for the new file's id (the upload does not return it).
/// A failed step 2 is retried from step 1 once when the ticket was refused (expired).
/// finished() carries the Buildium file id (0 on failure).
class BuildiumUploadJob : public QObject
{
    Q_OBJECT

public:
    BuildiumUploadJob(BuildiumClient *client, QJsonObject metadata, QString filePath);
    void cancel();
    QString physicalFileName() const { return m_physical; }

Q_SIGNALS:
    void finished(const pms::Status &status, qint64 fileId);

private:
    void requestTicket();
    void onTicket(const HttpResponse &r);
    void onUploaded(const HttpResponse &r);
    void onLookedUp(const HttpResponse &r);
    void finish(Result<qint64> result);

    QPointer<BuildiumClient> m_client;
    QJsonObject m_metadata;
    QString m_filePath, m_physical;
    QByteArray m_data;
    QPointer<BuildiumRequest> m_current;
    int m_tickets = 0;
    bool m_done = false;
};

} // namespace pms::buildium
