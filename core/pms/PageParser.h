#pragma once

#include "PmsTypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace pms {

/// One list page as read from the wire, before de-duplication across pages.
struct ParsedPage
{
    struct Item
    {
        qint64 id = 0;
        QJsonObject record;
    };
    QList<Item> items;            // valid records, in the order received
    QList<RecordProblem> problems;
    QList<QByteArray> problemKeys; // one per problem: identifies the same bad record on another page
    int rawCount = 0;             // elements in the array, valid or not
    bool sortedById = true;       // ids never decrease (what orderby "id asc" promises)
    qint64 minId() const { return items.isEmpty() ? 0 : m_minId; }
    qint64 maxId() const { return items.isEmpty() ? 0 : m_maxId; }

    qint64 m_minId = 0;
    qint64 m_maxId = 0;
};

/// Reads a Propertyware list body (a JSON array of objects with a positive integer "id").
/// Never trusts the server: anything but an array is an error; a bad element is a RecordProblem.
class PageParser
{
    Q_DECLARE_TR_FUNCTIONS(pms::PageParser)

public:
    static Result<ParsedPage> parse(const QByteArray &body, const QByteArray &contentType, int httpStatus = 200);
    /// X-Total-Count: a non-negative integer, nullopt when missing, negative or not a number.
    static std::optional<qint64> parseTotalCount(const QByteArray &headerValue);
};

} // namespace pms
