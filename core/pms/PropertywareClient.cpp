#include "PropertywareClient.h"

#include "ErrorMapper.h"
#include "MultipartBody.h"
#include "common/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonDocument>
#include <QMimeDatabase>
#include <QNetworkAccessManager>

namespace pms {

namespace {

/// Header values must not carry line breaks or stray spaces (a pasted secret often has them).
QString headerSafe(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        if (c.unicode() >= 0x20 && c.unicode() != 0x7f)
            out += c;
    }
    return out.trimmed();
}

constexpr qint64 kMaxUploadBytes = qint64(200) * 1024 * 1024;

} // namespace

PropertywareClient::PropertywareClient(QNetworkAccessManager *nam, PmsCredentials creds, ClientOptions opts,
                                       QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_opts(opts)
{
    registerPmsMetaTypes();
    qRegisterMetaType<pms::HttpResponse>();
    m_opts.maxInFlight = std::max(1, m_opts.maxInFlight);
    m_opts.timeoutMs = std::max(1, m_opts.timeoutMs);
    m_opts.maxAttempts = std::max(1, m_opts.maxAttempts);
    m_opts.pageSize = std::clamp(m_opts.pageSize, 1, 500);
    m_opts.pageOverlap = std::clamp(m_opts.pageOverlap, 0, m_opts.pageSize / 2);
    m_opts.maxPages = std::max(1, m_opts.maxPages);
    setCredentials(std::move(creds));
}

PropertywareClient::~PropertywareClient()
{
    m_destroying = true;
    m_waiting.clear();
    // Jobs are children and die with us; make sure none calls back into a half-destroyed client.
    const auto jobs = findChildren<RequestJob *>();
    for (RequestJob *job : jobs)
        job->detachFromClient();
}

Status PropertywareClient::validateBaseUrl(const QUrl &url)
{
    if (!url.isValid() || url.isRelative() || url.host().isEmpty()) {
        return Error(QCoreApplication::translate("pms::PropertywareClient",
                                                 "The PMS base URL \"%1\" is not a valid web address. It looks like "
                                                 "https://api.propertyware.com/pw/api/rest/v1.")
                         .arg(url.toDisplayString(QUrl::RemoveUserInfo)),
                     QStringLiteral("invalid-url"));
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        const QString host = url.host().toLower();
        const QHostAddress address(host);
        if (host == QLatin1String("localhost") || (!address.isNull() && address.isLoopback()))
            return {};
        return Error(QCoreApplication::translate("pms::PropertywareClient",
                                                 "The PMS base URL must start with https:// so the client secret is "
                                                 "encrypted on the way. Plain http is only allowed for this computer "
                                                 "(localhost). Change \"%1\" to https://%2 in Settings.")
                         .arg(url.toDisplayString(QUrl::RemoveUserInfo), url.host()),
                     QStringLiteral("insecure-url"));
    }
    return Error(QCoreApplication::translate("pms::PropertywareClient",
                                             "The PMS base URL \"%1\" must start with https://.")
                     .arg(url.toDisplayString(QUrl::RemoveUserInfo)),
                 QStringLiteral("invalid-url"));
}

void PropertywareClient::setCredentials(PmsCredentials creds)
{
    creds.systemId = headerSafe(creds.systemId);
    creds.clientId = headerSafe(creds.clientId);
    creds.clientSecret = headerSafe(creds.clientSecret);
    m_creds = std::move(creds);
}

void PropertywareClient::setRandomSource(RetryPolicy::Random random)
{
    m_random = std::move(random);
}

RetryPolicy PropertywareClient::retryPolicy() const
{
    return RetryPolicy(m_opts.backoffBaseMs, m_opts.backoffCapMs, m_opts.maxAttempts, m_random);
}

QUrl PropertywareClient::urlFor(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_creds.baseUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    QString rel = path;
    while (rel.startsWith(QLatin1Char('/')))
        rel.remove(0, 1);
    url.setPath(rel.isEmpty() ? base : base + QLatin1Char('/') + rel);
    url.setFragment({});
    if (query.isEmpty())
        url.setQuery(QString());
    else
        url.setQuery(query);
    return url;
}

void PropertywareClient::adopt(QObject *job)
{
    m_jobs.removeAll(nullptr);
    m_jobs.append(job);
}

ListJob *PropertywareClient::list(PmsEntity entity, const QUrlQuery &filters)
{
    auto *job = new ListJob(this, entity, filters, this);
    adopt(job);
    job->start();
    return job;
}

GetJob *PropertywareClient::get(const QString &path, const QUrlQuery &query)
{
    auto *job = new GetJob(this, path, query, this);
    adopt(job);
    job->begin();
    return job;
}

SendJob *PropertywareClient::postJson(const QString &path, const QJsonObject &body)
{
    auto *job = new SendJob(this, RequestJob::Method::Post, path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact),
                            "application/json", this);
    adopt(job);
    job->begin();
    return job;
}

SendJob *PropertywareClient::putJson(const QString &path, const QJsonObject &body)
{
    auto *job = new SendJob(this, RequestJob::Method::Put, path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact),
                            "application/json", this);
    adopt(job);
    job->begin();
    return job;
}

SendJob *PropertywareClient::uploadDocument(const QString &entityType, qint64 entityId, const QString &filePath,
                                            const QString &description)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("entityType"), entityType);
    query.addQueryItem(QStringLiteral("entityId"), QString::number(entityId));

    std::optional<Error> problem;
    QByteArray data;
    QFile file(filePath);
    const QFileInfo info(filePath);
    if (!info.isFile()) {
        problem = Error(tr("The file \"%1\" does not exist.").arg(QDir::toNativeSeparators(filePath)),
                        QStringLiteral("file"));
    } else if (info.size() > kMaxUploadBytes) {
        problem = Error(tr("The file \"%1\" is too large to upload (%2 MB; at most %3 MB).")
                            .arg(info.fileName())
                            .arg(info.size() / (1024 * 1024))
                            .arg(kMaxUploadBytes / (1024 * 1024)),
                        QStringLiteral("file"));
    } else if (!file.open(QIODevice::ReadOnly)) {
        problem = Error(tr("Cannot read the file \"%1\": %2").arg(QDir::toNativeSeparators(filePath), file.errorString()),
                        QStringLiteral("file"));
    } else {
        data = file.readAll();
    }

    MultipartBody multipart;
    if (!problem) {
        const QByteArray mime = QMimeDatabase().mimeTypeForFile(info).name().toLatin1();
        multipart.addFile("file", info.fileName(), mime, data);
        if (!description.isEmpty())
            multipart.addField("description", description.toUtf8());
    }
    auto *job = new SendJob(this, RequestJob::Method::Post, QStringLiteral("docs"), query, multipart.body(),
                            multipart.contentType(), this);
    if (problem)
        job->failBeforeStart(*problem);
    adopt(job);
    job->begin();
    return job;
}

void PropertywareClient::cancelAll()
{
    // Slots freed by the first cancels must not start jobs that are about to be cancelled too.
    m_holdQueue = true;
    const QList<QPointer<QObject>> jobs = m_jobs;
    for (const QPointer<QObject> &o : jobs) {
        if (auto *list = qobject_cast<ListJob *>(o.data()))
            list->cancel();
        else if (auto *req = qobject_cast<RequestJob *>(o.data()))
            req->cancel();
    }
    m_jobs.removeAll(nullptr);
    m_holdQueue = false;
    startWaiting();
}

void PropertywareClient::requestSlot(RequestJob *job)
{
    if (m_destroying || !job)
        return;
    if (!m_holdQueue && m_inFlight < m_opts.maxInFlight && m_waiting.isEmpty()) {
        ++m_inFlight;
        job->sendNow();
        return;
    }
    if (!m_waiting.contains(job))
        m_waiting.append(job);
}

void PropertywareClient::releaseSlot(RequestJob *)
{
    if (m_destroying)
        return;
    if (m_inFlight > 0)
        --m_inFlight;
    startWaiting();
}

void PropertywareClient::forgetJob(RequestJob *job)
{
    m_waiting.removeAll(job);
}

void PropertywareClient::startWaiting()
{
    while (!m_holdQueue && m_inFlight < m_opts.maxInFlight && !m_waiting.isEmpty()) {
        QPointer<RequestJob> next = m_waiting.takeFirst();
        if (!next || next->isFinished())
            continue;
        ++m_inFlight;
        next->sendNow();
    }
}

} // namespace pms
