#pragma once

#include "FakeNetworkAccessManager.h"

#include <QJsonObject>
#include <QMap>

#include <functional>

namespace pms::test {

/// An in-memory Propertyware collection behind FakeNetworkAccessManager: answers GET <path> with
/// limit/offset/orderby paging and X-Total-Count, and lets a test change the records between
/// requests (the offset-shift problem). Pages are taken from the records as they are when the
/// request arrives.
class FakeListServer
{
public:
    enum class TotalHeader { Correct, Missing, Negative, Fixed, Garbage };

    /// Records with ids 1..count (or the given ids), each {"id": n, "name": "record n"}.
    explicit FakeListServer(QString collectionPath, int count = 0);

    void insert(qint64 id);
    void insert(const QJsonObject &record); // must have an "id"
    void remove(qint64 id);
    bool contains(qint64 id) const { return m_records.contains(id); }
    QList<qint64> ids() const { return m_records.keys(); }
    int size() const { return int(m_records.size()); }

    /// Called before each list request is answered, with the index of that list request (0-based).
    void setBeforeAnswer(std::function<void(int listRequest, FakeListServer &server)> hook) { m_before = std::move(hook); }

    TotalHeader totalHeader = TotalHeader::Correct;
    qint64 fixedTotal = 0;   // for TotalHeader::Fixed
    int maxLimit = 500;      // the server's own cap on limit
    bool honourOrderBy = true; // false: pages come in descending id order (unsorted for us)
    bool ignoreOffset = false;

    /// The handler to give FakeNetworkAccessManager::setHandler. Other paths get a 404.
    FakeResponse handle(const FakeRequest &request);

    int listRequests() const { return m_listRequests; }
    /// The offsets asked for, in the order of the requests.
    QList<qint64> offsetsSeen() const { return m_offsets; }

private:
    QString m_path;
    QMap<qint64, QJsonObject> m_records;
    std::function<void(int, FakeListServer &)> m_before;
    int m_listRequests = 0;
    QList<qint64> m_offsets;
};

} // namespace pms::test
