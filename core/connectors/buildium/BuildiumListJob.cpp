#include "BuildiumListJob.h"

#include "BuildiumClient.h"
#include "BuildiumRecords.h"
#include "pms/ErrorMapper.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pms::buildium {

BuildiumListJob::BuildiumListJob(BuildiumClient *client, QString path, QUrlQuery filters)
    : QObject(client)
    , m_client(client)
    , m_path(std::move(path))
    , m_filters(std::move(filters))
{
    m_limit = client->pageSize();
    m_overlap = std::clamp(client->options().pageOverlap, 0, m_limit / 2);
    QMetaObject::invokeMethod(this, [this] { fetch(0); }, Qt::QueuedConnection);
}

void BuildiumListJob::cancel()
{
    if (m_done)
        return;
    if (m_current)
        m_current->cancel(); // its finished() ends the list with "cancelled"
    else
        fail(ErrorMapper::cancelled());
}

void BuildiumListJob::advance()
{
    if (!m_waiting || m_done)
        return;
    m_waiting = false;
    if (m_walkDone)
        endOfWalk();
    else
        fetch(m_nextOffset);
}

void BuildiumListJob::fetch(qint64 offset)
{
    if (m_done)
        return;
    if (!m_client) {
        fail(ErrorMapper::cancelled());
        return;
    }
    if (m_requests >= m_client->options().maxPages) {
        fail(Error(tr("Buildium kept sending pages of %1 beyond %2 requests; the list was stopped.")
                       .arg(m_path)
                       .arg(m_requests),
            QStringLiteral("incomplete")));
        return;
    }
    QUrlQuery q = m_filters;
    q.addQueryItem(QStringLiteral("limit"), QString::number(m_limit));
    q.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    if (!q.hasQueryItem(QStringLiteral("orderby")))
        q.addQueryItem(QStringLiteral("orderby"), QStringLiteral("Id asc"));
    ++m_requests;
    m_current = m_client->get(m_path, q);
    connect(m_current, &BuildiumRequest::finished, this,
        [this, offset](const HttpResponse &r) { onResponse(offset, r); });
}

void BuildiumListJob::onResponse(qint64 offset, const HttpResponse &r)
{
    m_current = nullptr;
    if (m_done)
        return;
    if (!r.ok()) {
        fail(*r.error);
        return;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isArray()) {
        fail(pe.error != QJsonParseError::NoError
                ? ErrorMapper::unreadableBody(r.body, r.contentType, pe.errorString(), r.httpStatus)
                : ErrorMapper::protocol(tr("Buildium answered %1 with something other than a list").arg(m_path),
                    r.httpStatus));
        return;
    }
    const QJsonArray items = doc.array();
    // X-Total-Count: a whole number of 0 or more, or not used.
    if (r.headers.contains("x-total-count")) {
        bool ok = false;
        const qint64 total = r.header("x-total-count").trimmed().toLongLong(&ok);
        if (ok && total >= 0) {
            m_total = total;
        } else if (!m_warnedTotal) {
            m_warnedTotal = true;
            Q_EMIT warning(tr("Buildium sent an unusable record count ('%1') for %2; the list was read to its end "
                              "without it.")
                               .arg(QString::fromLatin1(r.header("x-total-count").left(40)), m_path));
        }
    }
    QList<qint64> ids;
    QList<QJsonObject> fresh;
    QList<RecordProblem> problems;
    for (int i = 0; i < items.size(); ++i) {
        const QJsonValue v = items.at(i);
        const qint64 id = v.isObject() ? BuildiumRecords::idOf(v.toObject()) : 0;
        ids.append(id);
        if (!id) {
            // Only reported on the first walk: a repair pass sees the same broken record again.
            if (m_pass == 0 && (m_prevOffset < 0 || offset + i >= m_prevOffset + m_limit)) {
                RecordProblem p;
                p.reason = v.isObject()
                    ? tr("A record of %1 (position %2) has no usable Id and was left out.").arg(m_path).arg(offset + i + 1)
                    : tr("Position %1 of %2 is not a record and was left out.").arg(offset + i + 1).arg(m_path);
                problems.append(p);
                ++m_problemCount;
            }
            continue;
        }
        if (m_seen.contains(id))
            continue;
        m_seen.insert(id);
        fresh.append(v.toObject());
    }
    // The overlap: this page must begin with the last ids of the previous one.
    if (m_prevOffset >= 0 && offset > m_prevOffset) {
        const qint64 shared = m_prevOffset + m_prevIds.size() - offset;
        for (qint64 k = 0; k < shared && k < ids.size(); ++k)
            if (ids.at(k) != m_prevIds.at(m_prevIds.size() - shared + k))
                m_shifted = true;
        if (shared > 0 && ids.size() < shared && m_prevIds.size() == m_limit)
            m_shifted = true;
    }
    m_prevOffset = offset;
    m_prevIds = ids;
    const bool lastPage = items.size() < m_limit || items.isEmpty();
    m_walkDone = lastPage;
    m_nextOffset = offset + items.size() - (items.size() > m_overlap ? m_overlap : 0);
    if (!fresh.isEmpty() || !problems.isEmpty()) {
        // Waiting before the page goes out: a receiver may call advance() from its slot.
        m_waiting = m_manual;
        Q_EMIT page(fresh, problems, m_total, m_pageIndex++);
        if (m_done || m_manual)
            return; // advance() goes on (it may already have)
    }
    if (lastPage)
        endOfWalk();
    else
        fetch(m_nextOffset);
}

void BuildiumListJob::endOfWalk()
{
    const qint64 got = qint64(m_seen.size()) + m_problemCount;
    const bool short_ = m_total >= 0 && got < m_total;
    if ((m_shifted || short_) && m_pass == 0) {
        ++m_pass;
        m_shifted = false;
        m_walkDone = false;
        m_prevOffset = -1;
        m_prevIds.clear();
        Q_EMIT warning(short_ ? tr("Buildium said %1 holds %2 records but %3 came; reading it once more.")
                                    .arg(m_path)
                                    .arg(m_total)
                                    .arg(got)
                              : tr("Records were added to or removed from %1 while it was read; reading it once more.")
                                    .arg(m_path));
        fetch(0);
        return;
    }
    if (short_) {
        fail(Error(tr("Buildium said %1 holds %2 records, but only %3 came after reading it twice; try again later.")
                       .arg(m_path)
                       .arg(m_total)
                       .arg(got),
            QStringLiteral("incomplete")));
        return;
    }
    m_done = true;
    const qint64 delivered = m_seen.size();
    QMetaObject::invokeMethod(
        this,
        [this, delivered] {
            Q_EMIT finished(Status(), delivered);
            deleteLater();
        },
        Qt::QueuedConnection);
}

void BuildiumListJob::fail(const Error &error)
{
    if (m_done)
        return;
    m_done = true;
    if (m_current)
        m_current->cancel();
    const qint64 delivered = m_seen.size();
    QMetaObject::invokeMethod(
        this,
        [this, error, delivered] {
            Q_EMIT finished(Status(error), delivered);
            deleteLater();
        },
        Qt::QueuedConnection);
}

} // namespace pms::buildium
