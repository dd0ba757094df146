#include "PageParser.h"

#include "ErrorMapper.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace pms {

namespace {

/// Why an element cannot be delivered, and its id when it had a usable integer one.
QString problemFor(const QJsonValue &v, qint64 *rawId, qint64 *goodId)
{
    *rawId = 0;
    *goodId = 0;
    if (!v.isObject()) {
        const char *what = v.isArray() ? "an array" : v.isString() ? "a string" : v.isDouble() ? "a number"
            : v.isBool() ? "a boolean" : v.isNull() ? "null" : "not a value";
        return PageParser::tr("the record is %1, not an object").arg(QLatin1String(what));
    }
    const QJsonObject o = v.toObject();
    const QJsonValue idv = o.value(QLatin1String("id"));
    if (idv.isUndefined())
        return PageParser::tr("the record has no id");
    if (idv.isNull())
        return PageParser::tr("the record's id is null");
    if (idv.isDouble()) {
        const double d = idv.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) <= 9007199254740992.0)
            *rawId = qint64(d);
        if (!std::isfinite(d) || d != std::floor(d))
            return PageParser::tr("the record's id %1 is not a whole number").arg(d);
        if (d <= 0)
            return PageParser::tr("the record's id %1 is not positive").arg(*rawId);
        if (d > 9007199254740992.0)
            return PageParser::tr("the record's id %1 is too large").arg(d, 0, 'g', 17);
        *goodId = qint64(d);
        return {};
    }
    if (idv.isString()) {
        bool ok = false;
        const qint64 n = idv.toString().trimmed().toLongLong(&ok);
        if (ok)
            *rawId = n;
        if (ok && n > 0 && n <= 9007199254740992LL) {
            *goodId = n;
            return {};
        }
        QString shown = idv.toString();
        if (shown.size() > 40)
            shown = shown.left(40) + QChar(0x2026);
        return PageParser::tr("the record's id \"%1\" is not a positive whole number").arg(shown);
    }
    return PageParser::tr("the record's id is not a number");
}

} // namespace

Result<ParsedPage> PageParser::parse(const QByteArray &body, const QByteArray &contentType, int httpStatus)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError) {
        const QString what = body.trimmed().isEmpty()
            ? tr("the list was empty instead of a JSON array")
            : tr("invalid JSON at byte %1 (%2)").arg(pe.offset).arg(pe.errorString());
        return ErrorMapper::unreadableBody(body, contentType, what, httpStatus);
    }
    if (!doc.isArray())
        return ErrorMapper::protocol(tr("a list was expected but the PMS sent a JSON object"), httpStatus);

    ParsedPage page;
    const QJsonArray array = doc.array();
    page.rawCount = int(array.size());
    page.items.reserve(array.size());
    qint64 previous = 0;
    for (const QJsonValue &v : array) {
        qint64 rawId = 0;
        qint64 id = 0;
        const QString problem = problemFor(v, &rawId, &id);
        if (!problem.isEmpty()) {
            page.problems.append(RecordProblem{rawId, problem});
            page.problemKeys.append(v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
                                    : v.isArray()  ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                                   : QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
            continue;
        }
        if (page.items.isEmpty()) {
            page.m_minId = id;
            page.m_maxId = id;
        } else {
            page.m_minId = std::min(page.m_minId, id);
            page.m_maxId = std::max(page.m_maxId, id);
            if (id < previous)
                page.sortedById = false;
        }
        previous = id;
        QJsonObject record = v.toObject();
        if (!record.value(QLatin1String("id")).isDouble())
            record.insert(QLatin1String("id"), double(id)); // "7" -> 7, so every reader sees a number
        page.items.append(ParsedPage::Item{id, record});
    }
    return page;
}

std::optional<qint64> PageParser::parseTotalCount(const QByteArray &headerValue)
{
    const QByteArray v = headerValue.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 n = v.toLongLong(&ok);
    if (!ok || n < 0)
        return std::nullopt;
    return n;
}

} // namespace pms
