#include "SendJob.h"

#include "ErrorMapper.h"

namespace pms {

SendJob::SendJob(PropertywareClient *client, Method method, QString path, QUrlQuery query, QByteArray body,
                 QByteArray contentType, QObject *parent)
    : RequestJob(client, method, std::move(path), std::move(query), std::move(body), std::move(contentType), parent)
{
}

void SendJob::onCompleted(const HttpResponse &response)
{
    if (response.error) {
        Q_EMIT finished(Result<QJsonDocument>(*response.error), response.httpStatus);
    } else if (response.body.trimmed().isEmpty()) {
        Q_EMIT finished(Result<QJsonDocument>(QJsonDocument()), response.httpStatus);
    } else {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(response.body, &pe);
        if (pe.error != QJsonParseError::NoError) {
            // The PMS said yes but we cannot read what it created: the caller must look it up rather
            // than send it again, or it would be created twice.
            const Error unreadable = ErrorMapper::unreadableBody(
                response.body, response.contentType,
                tr("invalid JSON at byte %1 (%2)").arg(pe.offset).arg(pe.errorString()), response.httpStatus);
            Q_EMIT finished(Result<QJsonDocument>(Error(
                                tr("The PMS accepted the request (HTTP %1) but its answer could not be read: %2")
                                    .arg(QString::number(response.httpStatus), unreadable.message),
                                QStringLiteral("uncertain"), response.httpStatus)),
                            response.httpStatus);
        } else {
            Q_EMIT finished(Result<QJsonDocument>(doc), response.httpStatus);
        }
    }
    deleteLater();
}

} // namespace pms
