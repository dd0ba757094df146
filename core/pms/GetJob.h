#pragma once

#include "RequestJob.h"

#include <QJsonDocument>

namespace pms {

/// GET of one object or array ("health", "workorders/123", "leases/5/contacts"). An empty 2xx body
/// gives an empty QJsonDocument; a body that is not JSON gives the error code "protocol".
class GetJob : public RequestJob
{
    Q_OBJECT

public:
    GetJob(PropertywareClient *client, QString path, QUrlQuery query, QObject *parent = nullptr);

    /// No finished() but the cancelled one after this.
    using RequestJob::cancel;

Q_SIGNALS:
    void finished(const pms::Result<QJsonDocument> &result);

protected:
    void onCompleted(const HttpResponse &response) override;
};

} // namespace pms
