#pragma once

#include "RequestJob.h"

#include <QJsonDocument>

namespace pms {

/// POST or PUT of a JSON body or a multipart upload. Not retried once the body may have reached the
/// server: such failures end with the error code "uncertain" (look the record up before sending it
/// again). httpStatus is the final HTTP status, 0 when there was none.
class SendJob : public RequestJob
{
    Q_OBJECT

public:
    SendJob(PropertywareClient *client, Method method, QString path, QUrlQuery query, QByteArray body,
            QByteArray contentType, QObject *parent = nullptr);

    using RequestJob::cancel;

Q_SIGNALS:
    void finished(const pms::Result<QJsonDocument> &result, int httpStatus);

protected:
    void onCompleted(const HttpResponse &response) override;
};

} // namespace pms
