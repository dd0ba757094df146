#pragma once

#include "storage/TableQuery.h"
#include "storage/TableReader.h"

#include <QAtomicInteger>
#include <QMutex>
#include <QObject>

#include <memory>

namespace pms {

class DbLane;

/// The background loader behind a big table (DB Browser for SQLite's RowLoader idea).
/// Two reader threads, each with its own connection: the fast lane reads windows of rows, the
/// slow lane counts and lists the ordered ids. Every answer carries the generation it was asked
/// for; setQuery() starts a new generation, so late answers to an old query are dropped here or
/// by the receiver, and pending work of the old query is abandoned.
///
/// Signals are emitted from the reader threads; connect with the default (queued) connection.
class RowSource : public QObject
{
    Q_OBJECT
public:
    explicit RowSource(const QString &dbPath, QObject *parent = nullptr);
    ~RowSource() override;

    /// Starts generation N+1 for @p query: the first @p firstLimit rows (fast lane), then the
    /// count, the unfiltered total and the ordered ids (slow lane). Returns the new generation.
    quint64 setQuery(const TableQuery &query, int firstLimit);
    /// Re-counts and re-lists the ids of the current query (the cache changed).
    void refresh();
    quint64 generation() const { return m_generation.loadAcquire(); }

    /// Rows [offset, offset+limit) by OFFSET (before the ids are known). @p tag comes back.
    void requestWindow(quint64 tag, qint64 offset, int limit, qint64 total);
    /// Rows with these ids, which sit at @p offset in display order. @p tag comes back.
    /// A pending request with the same @p key is replaced (only the latest window matters).
    void requestRows(quint64 tag, qint64 offset, const IdList &ids, const QString &key = QStringLiteral("window"));

Q_SIGNALS:
    void windowReady(quint64 generation, quint64 tag, qint64 offset, const pms::RowList &rows);
    /// @p total is the count without the user's search and filters.
    void countReady(quint64 generation, qint64 matching, qint64 total);
    void idsReady(quint64 generation, const pms::IdList &ids);
    void failed(quint64 generation, const QString &message);

private:
    void postSlow(quint64 generation);
    void postTotal(quint64 generation, qint64 matching);
    TableQuery currentQuery() const;

    std::unique_ptr<DbLane> m_fast;
    std::unique_ptr<DbLane> m_slow;
    mutable QMutex m_mutex;
    TableQuery m_query;
    QAtomicInteger<quint64> m_generation = 0;
};

} // namespace pms
