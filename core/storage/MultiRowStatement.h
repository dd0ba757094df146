#pragma once

#include "common/Result.h"

#include <QString>
#include <QVariant>

#include <functional>

class QSqlQuery;

namespace pms {

class Database;

/// Many rows through few statements: `<head> (?,…),(?,…),… <tail>`, on both engines. A page of
/// a sync is a handful of these instead of one statement per record, which is what makes a
/// PostgreSQL cache (one round trip per statement) as quick as SQLite. Rows are sent in chunks
/// whose sizes are powers of two up to maxRows(), so each table needs only a few prepared
/// statements whatever the page holds.
///
///     MultiRowStatement rows(db, "INSERT INTO t (a, b) VALUES ", MultiRowStatement::placeholders(2),
///                            " RETURNING a, id", "insert t");
///     rows.add({a1, b1});
///     rows.run([](const QSqlQuery &q) { … q.value(0) … });
///
/// Callers keep a row's key once per statement (ON CONFLICT … DO UPDATE may not touch a row twice
/// in one statement on PostgreSQL).
class MultiRowStatement
{
public:
    /// @p row is one row's text, e.g. "(?,?)" or "(?,(SELECT x FROM y WHERE id=?))"; each '?'
    /// takes one value.
    MultiRowStatement(Database &db, QString head, QString row, QString tail, const char *what);

    /// "(?,?,…)" with @p columns placeholders.
    static QString placeholders(int columns);

    /// Appends one row: exactly one value per '?' of the row text.
    void add(std::initializer_list<QVariant> values);
    void add(const QVariantList &values);
    qsizetype rows() const { return m_values.size() / m_columns; }
    bool isEmpty() const { return m_values.isEmpty(); }

    /// Sends the rows, then forgets them. @p onReturned sees each row a RETURNING clause gives back.
    Status run(const std::function<void(const QSqlQuery &)> &onReturned = {});

    /// The most rows one statement carries (bound values stay far below SQLite's 32,766).
    int maxRows() const;

private:
    Database &m_db;
    QString m_head, m_tail, m_row;
    int m_columns;
    const char *m_what;
    QVariantList m_values;
};

} // namespace pms
