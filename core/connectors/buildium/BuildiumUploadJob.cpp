#include "BuildiumUploadJob.h"

#include "BuildiumClient.h"
#include "pms/ErrorMapper.h"
#include "pms/MultipartBody.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeDatabase>

namespace pms::buildium {

BuildiumUploadJob::BuildiumUploadJob(BuildiumClient *client, QJsonObject metadata, QString filePath)
    : QObject(client)
    , m_client(client)
    , m_metadata(std::move(metadata))
    , m_filePath(std::move(filePath))
{
    QFile f(m_filePath);
    if (!f.open(QIODevice::ReadOnly)) {
        const Error e(tr("The file %1 cannot be read: %2").arg(QFileInfo(m_filePath).fileName(), f.errorString()),
            QStringLiteral("file"));
        QMetaObject::invokeMethod(this, [this, e] { finish(e); }, Qt::QueuedConnection);
        return;
    }
    m_data = f.readAll();
    requestTicket();
}

void BuildiumUploadJob::cancel()
{
    if (m_current)
        m_current->cancel();
    else
        finish(ErrorMapper::cancelled());
}

void BuildiumUploadJob::requestTicket()
{
    if (!m_client) {
        finish(ErrorMapper::cancelled());
        return;
    }
    ++m_tickets;
    m_current = m_client->send(BuildiumRequest::Method::Post, QStringLiteral("/v1/files/uploadrequests"), m_metadata);
    connect(m_current, &BuildiumRequest::finished, this, &BuildiumUploadJob::onTicket);
}

void BuildiumUploadJob::onTicket(const HttpResponse &r)
{
    m_current = nullptr;
    if (!r.ok()) {
        finish(*r.error);
        return;
    }
    const QJsonObject ticket = QJsonDocument::fromJson(r.body).object();
    const QUrl bucket(ticket.value(QLatin1String("BucketUrl")).toString());
    m_physical = ticket.value(QLatin1String("PhysicalFileName")).toString();
    const QJsonValue formData = ticket.value(QLatin1String("FormData"));
    if (!bucket.isValid() || bucket.scheme().isEmpty() || !formData.isObject() || m_physical.isEmpty()) {
        finish(ErrorMapper::protocol(tr("Buildium's upload ticket has no usable BucketUrl, FormData or PhysicalFileName"),
            r.httpStatus));
        return;
    }
    // The FormData fields in the order received: QJsonObject sorts its keys, so read them from the
    // body text in document order.
    MultipartBody body;
    const QByteArray raw = r.body;
    QList<QPair<qsizetype, QString>> ordered;
    const QJsonObject fields = formData.toObject();
    const qsizetype formAt = raw.indexOf("\"FormData\"");
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QByteArray needle = QJsonDocument(QJsonArray { it.key() }).toJson(QJsonDocument::Compact).mid(1).chopped(1);
        qsizetype at = raw.indexOf(QByteArray(needle + ':'), formAt);
        if (at < 0)
            at = raw.indexOf(needle, formAt);
        ordered.append({ at, it.key() });
    }
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[at, key] : std::as_const(ordered)) {
        Q_UNUSED(at)
        body.addField(key.toUtf8(), fields.value(key).toString().toUtf8());
    }
    const QString name = QFileInfo(m_filePath).fileName();
    body.addFile("file", name, QMimeDatabase().mimeTypeForFile(m_filePath).name().toUtf8(), m_data);
    m_current = new BuildiumRequest(m_client, BuildiumRequest::Method::Post, QString(), {}, body.body(), body.contentType(), bucket);
    connect(m_current, &BuildiumRequest::finished, this, &BuildiumUploadJob::onUploaded);
}

void BuildiumUploadJob::onUploaded(const HttpResponse &r)
{
    m_current = nullptr;
    if (!r.ok()) {
        // A refused ticket (expired after 5 minutes, e.g. after slow retries): one new ticket.
        if (r.httpStatus == 403 && m_tickets < 2) {
            requestTicket();
            return;
        }
        finish(*r.error);
        return;
    }
    if (!m_client) {
        finish(ErrorMapper::cancelled());
        return;
    }
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("physicalfilenames"), m_physical);
    m_current = m_client->get(QStringLiteral("/v1/files"), q);
    connect(m_current, &BuildiumRequest::finished, this, &BuildiumUploadJob::onLookedUp);
}

void BuildiumUploadJob::onLookedUp(const HttpResponse &r)
{
    m_current = nullptr;
    if (!r.ok()) {
        finish(*r.error);
        return;
    }
    for (const QJsonValue &v : QJsonDocument::fromJson(r.body).array()) {
        const QJsonObject f = v.toObject();
        if (f.value(QLatin1String("PhysicalFileName")).toString() == m_physical && f.value(QLatin1String("Id")).toDouble() >= 1) {
            finish(qint64(f.value(QLatin1String("Id")).toDouble()));
            return;
        }
    }
    finish(ErrorMapper::protocol(tr("Buildium accepted the file %1 but does not list it yet").arg(m_physical), r.httpStatus));
}

void BuildiumUploadJob::finish(Result<qint64> result)
{
    if (m_done)
        return;
    m_done = true;
    QMetaObject::invokeMethod(
        this,
        [this, result] {
            Q_EMIT finished(result.ok() ? Status() : Status(result.error()), result.ok() ? *result : 0);
            deleteLater();
        },
        Qt::QueuedConnection);
}

} // namespace pms::buildium
