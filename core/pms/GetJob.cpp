#include "GetJob.h"

#include "ErrorMapper.h"

namespace pms {

GetJob::GetJob(PropertywareClient *client, QString path, QUrlQuery query, QObject *parent)
    : RequestJob(client, Method::Get, std::move(path), std::move(query), {}, {}, parent)
{
}

void GetJob::onCompleted(const HttpResponse &response)
{
    if (response.error) {
        Q_EMIT finished(Result<QJsonDocument>(*response.error));
    } else if (response.body.trimmed().isEmpty()) {
        Q_EMIT finished(Result<QJsonDocument>(QJsonDocument()));
    } else {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(response.body, &pe);
        if (pe.error != QJsonParseError::NoError) {
            Q_EMIT finished(Result<QJsonDocument>(ErrorMapper::unreadableBody(
                response.body, response.contentType,
                tr("invalid JSON at byte %1 (%2)").arg(pe.offset).arg(pe.errorString()), response.httpStatus)));
        } else {
            Q_EMIT finished(Result<QJsonDocument>(doc));
        }
    }
    deleteLater();
}

} // namespace pms
