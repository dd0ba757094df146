#pragma once

#include "storage/SqlDialect.h"
#include "storage/TableSpec.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QVariant>

#include <Qt>

namespace pms {

/// One SQL statement and its bound values, in order.
struct SqlStatement
{
    QString text;
    QVariantList binds;
};

/// What a table screen asks for: a TableSpec plus the user's search text, column filters,
/// fixed value filters (combos, the selected property) and sort. Builds the SQL that counts,
/// lists ids in order, and fetches windows of rows; every user value is a bound parameter.
///
/// A value type: the GUI keeps one and hands copies to the loader threads.
class TableQuery
{
public:
    TableQuery() = default;
    explicit TableQuery(TableSpec spec);

    const TableSpec &spec() const { return m_spec; }
    int columnCount() const { return int(m_spec.columns.size()); }
    int columnIndex(const QString &key) const { return m_spec.columnIndex(key); }

    /// 0 shows every connection.
    void setConnectionId(qint64 id) { m_connectionId = id; }
    qint64 connectionId() const { return m_connectionId; }

    /// Words separated by spaces; every word must appear (LIKE, case-insensitive for ASCII)
    /// in at least one searchable column.
    void setSearch(const QString &text) { m_search = text.trimmed(); }
    QString search() const { return m_search; }

    /// What the user typed in a column's filter box: "text" (contains), "=x", "!=x", ">x",
    /// ">=x", "<x", "<=x"; numbers compare as numbers; yes/no for booleans. Empty clears.
    void setTextFilter(int column, const QString &expression);
    QString textFilter(int column) const { return m_textFilters.value(column); }
    QHash<int, QString> textFilters() const { return m_textFilters; }

    /// The user's choice in a combo: the column must equal one of @p values ({QVariant()}: be
    /// NULL). Empty clears.
    void setValueFilter(int column, const QVariantList &values);
    QVariantList valueFilter(int column) const { return m_valueFilters.value(column); }
    QHash<int, QVariantList> valueFilters() const { return m_valueFilters; }
    /// Part of what the screen shows, not a user filter (the selected property's units): it
    /// applies to the unfiltered total too. Same values as setValueFilter().
    void setFixedFilter(int column, const QVariantList &values);
    QVariantList fixedFilter(int column) const { return m_fixedFilters.value(column); }
    /// Clears the search, text and value filters (not the fixed ones).
    void clearFilters();
    bool hasUserFilters() const;   // search, text or value filters

    void setSort(int column, Qt::SortOrder order);
    int sortColumn() const { return m_sortColumn < 0 ? m_spec.defaultSortColumn : m_sortColumn; }
    Qt::SortOrder sortOrder() const;

    /// SELECT count(*) with every filter (or with none but the connection when @p unfiltered).
    SqlStatement countSql(bool unfiltered = false) const;
    /// Every matching id, in display order.
    SqlStatement idsSql() const;
    /// Rows [offset, offset+limit) in display order (or in reverse order when @p reversed: the
    /// loader uses it for windows past the middle so OFFSET never skips more than half).
    /// Result columns: id, then every column of the spec.
    SqlStatement windowSql(qint64 offset, int limit, bool reversed = false) const;
    /// The rows with these ids (any order); result columns as windowSql.
    SqlStatement rowsByIdsSql(const QList<qint64> &ids) const;
    /// Every matching row in display order, only @p columns (spec indexes), for export.
    SqlStatement exportSql(const QList<int> &columns) const;

    /// The engine the statements are written for (SQLite unless TableReader says otherwise).
    void setDialect(const SqlDialect &dialect) { m_dialect = &dialect; }
    const SqlDialect &dialect() const { return *m_dialect; }

    bool operator==(const TableQuery &other) const;
    bool operator!=(const TableQuery &other) const { return !(*this == other); }

private:
    QString whereClause(QVariantList &binds, bool unfiltered) const;
    static void appendValueFilters(const TableSpec &spec, const QHash<int, QVariantList> &filters, QStringList &conds,
                                   QVariantList &binds);
    QString orderClause(bool reversed) const;
    QString selectList() const;
    /// The main table and only the joins @p clauses (and their ON clauses) refer to.
    QString fromFor(const QString &clauses) const;
    QString fullFrom() const;
    void appendTextFilter(const ColumnSpec &col, const QString &expr, QStringList &conds, QVariantList &binds) const;
    /// A column's SQL with the spec's portable functions expanded for the dialect.
    QString sqlOf(const ColumnSpec &col) const;
    QString likeTerm(const ColumnSpec &col) const;

    TableSpec m_spec;
    qint64 m_connectionId = 0;
    QString m_search;
    QHash<int, QString> m_textFilters;
    QHash<int, QVariantList> m_valueFilters;
    QHash<int, QVariantList> m_fixedFilters;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    const SqlDialect *m_dialect = &SqlDialect::sqlite();
};

/// Escapes %, _ and \ for a LIKE ... ESCAPE '\' pattern.
QString escapeLike(const QString &text);

} // namespace pms

Q_DECLARE_METATYPE(pms::TableQuery)
