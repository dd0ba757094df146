#include "FakeListServer.h"

#include <QJsonArray>

namespace pms::test {

FakeListServer::FakeListServer(QString collectionPath, int count)
    : m_path(std::move(collectionPath))
{
    for (int i = 1; i <= count; ++i)
        insert(i);
}

void FakeListServer::insert(qint64 id)
{
    insert(QJsonObject{{QStringLiteral("id"), double(id)}, {QStringLiteral("name"), QStringLiteral("record %1").arg(id)}});
}

void FakeListServer::insert(const QJsonObject &record)
{
    m_records.insert(qint64(record.value(QLatin1String("id")).toDouble()), record);
}

void FakeListServer::remove(qint64 id)
{
    m_records.remove(id);
}

FakeResponse FakeListServer::handle(const FakeRequest &request)
{
    QString path = request.path();
    if (!path.endsWith(QLatin1Char('/') + m_path) || request.verb != "GET")
        return FakeResponse::raw(404, R"({"userMessage":"Not found"})");

    if (m_before)
        m_before(m_listRequests, *this);
    ++m_listRequests;

    const QUrlQuery q = request.query();
    const int limit = std::clamp(q.hasQueryItem(QStringLiteral("limit")) ? q.queryItemValue(QStringLiteral("limit")).toInt() : 100,
                                 1, maxLimit);
    const qint64 offset = ignoreOffset ? 0 : std::max<qint64>(0, q.queryItemValue(QStringLiteral("offset")).toLongLong());
    m_offsets.append(q.queryItemValue(QStringLiteral("offset")).toLongLong());

    QList<QJsonObject> all = m_records.values(); // ascending id
    if (!honourOrderBy)
        std::reverse(all.begin(), all.end());
    QJsonArray page;
    for (qint64 i = offset; i < all.size() && i < offset + limit; ++i)
        page.append(all.at(int(i)));

    FakeResponse r = FakeResponse::json(QJsonDocument(page));
    switch (totalHeader) {
    case TotalHeader::Correct: r.withHeader("X-Total-Count", QByteArray::number(m_records.size())); break;
    case TotalHeader::Missing: break;
    case TotalHeader::Negative: r.withHeader("X-Total-Count", "-1"); break;
    case TotalHeader::Fixed: r.withHeader("X-Total-Count", QByteArray::number(fixedTotal)); break;
    case TotalHeader::Garbage: r.withHeader("X-Total-Count", "lots"); break;
    }
    return r;
}

} // namespace pms::test
