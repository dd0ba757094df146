#include "TableQuery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace pms {

QString escapeLike(const QString &text)
{
    QString out;
    out.reserve(text.size() + 4);
    for (const QChar c : text) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

TableQuery::TableQuery(TableSpec spec)
    : m_spec(std::move(spec))
{
}

void TableQuery::setTextFilter(int column, const QString &expression)
{
    const QString e = expression.trimmed();
    if (column < 0 || column >= columnCount())
        return;
    if (e.isEmpty())
        m_textFilters.remove(column);
    else
        m_textFilters.insert(column, e);
}

void TableQuery::setValueFilter(int column, const QVariantList &values)
{
    if (column < 0 || column >= columnCount())
        return;
    if (values.isEmpty())
        m_valueFilters.remove(column);
    else
        m_valueFilters.insert(column, values);
}

void TableQuery::setFixedFilter(int column, const QVariantList &values)
{
    if (column < 0 || column >= columnCount())
        return;
    if (values.isEmpty())
        m_fixedFilters.remove(column);
    else
        m_fixedFilters.insert(column, values);
}

void TableQuery::clearFilters()
{
    m_search.clear();
    m_textFilters.clear();
    m_valueFilters.clear();
}

bool TableQuery::hasUserFilters() const
{
    return !m_search.isEmpty() || !m_textFilters.isEmpty() || !m_valueFilters.isEmpty();
}

void TableQuery::setSort(int column, Qt::SortOrder order)
{
    m_sortColumn = column >= 0 && column < columnCount() ? column : -1;
    m_sortOrder = order;
}

Qt::SortOrder TableQuery::sortOrder() const
{
    if (m_sortColumn < 0)
        return m_spec.defaultSortDescending ? Qt::DescendingOrder : Qt::AscendingOrder;
    return m_sortOrder;
}

bool TableQuery::operator==(const TableQuery &other) const
{
    return m_spec.name == other.m_spec.name && m_spec.table == other.m_spec.table
        && m_connectionId == other.m_connectionId && m_search == other.m_search
        && m_textFilters == other.m_textFilters && m_valueFilters == other.m_valueFilters
        && m_fixedFilters == other.m_fixedFilters
        && sortColumn() == other.sortColumn() && sortOrder() == other.sortOrder();
}

namespace {

bool isNumeric(ColumnType t)
{
    return t == ColumnType::Id || t == ColumnType::Integer || t == ColumnType::Real || t == ColumnType::Bool;
}

} // namespace

void TableQuery::appendTextFilter(const ColumnSpec &col, const QString &expr, QStringList &conds,
                                  QVariantList &binds) const
{
    static const QRegularExpression opRe(QStringLiteral("^(>=|<=|!=|<>|=|>|<)\\s*(.*)$"));
    QString op;
    QString operand = expr;
    if (const auto m = opRe.match(expr); m.hasMatch()) {
        op = m.captured(1);
        operand = m.captured(2).trimmed();
        if (op == QLatin1String("<>"))
            op = QStringLiteral("!=");
    }

    if (col.type == ColumnType::Bool) {
        const QString v = operand.toLower();
        static const QStringList yes = {QStringLiteral("1"), QStringLiteral("yes"), QStringLiteral("true"), QStringLiteral("y")};
        static const QStringList no = {QStringLiteral("0"), QStringLiteral("no"), QStringLiteral("false"), QStringLiteral("n")};
        if (yes.contains(v) || no.contains(v)) {
            const bool want = yes.contains(v) != (op == QLatin1String("!="));
            conds << QStringLiteral("coalesce(%1, 0) = ?").arg(col.sql);
            binds << (want ? 1 : 0);
            return;
        }
    }

    if (isNumeric(col.type)) {
        bool ok = false;
        const double number = operand.toDouble(&ok);
        if (ok) {
            conds << QStringLiteral("%1 %2 ?").arg(col.sql, op.isEmpty() ? QStringLiteral("=") : op);
            binds << number;
            return;
        }
    }

    if (!op.isEmpty()) {
        // Dates and text compare as text: ISO dates order correctly.
        if (operand.isEmpty() && (op == QLatin1String("=") || op == QLatin1String("!="))) {
            conds << (op == QLatin1String("=") ? QStringLiteral("coalesce(%1, '') = ''").arg(col.sql)
                                               : QStringLiteral("coalesce(%1, '') <> ''").arg(col.sql));
            return;
        }
        conds << QStringLiteral("%1 %2 ?").arg(col.sql, op);
        binds << operand;
        return;
    }

    if (col.type == ColumnType::Date || col.type == ColumnType::DateTime) {
        // "2024-03" means March 2024: a prefix.
        conds << likeTerm(col);
        binds << QString(escapeLike(operand) + QLatin1Char('%'));
        return;
    }
    conds << likeTerm(col);
    binds << QString(QLatin1Char('%') + escapeLike(operand) + QLatin1Char('%'));
}

QString TableQuery::likeTerm(const ColumnSpec &col) const
{
    const QString expr = isNumeric(col.type) ? m_dialect->asText(col.sql) : col.sql;
    return QStringLiteral("%1 %2 ? ESCAPE '\\'").arg(expr, m_dialect->likeOperator());
}

void TableQuery::appendValueFilters(const TableSpec &spec, const QHash<int, QVariantList> &filters, QStringList &conds,
                                    QVariantList &binds)
{
    QList<int> cols = filters.keys();
    std::sort(cols.begin(), cols.end());
    for (int c : cols) {
        const QVariantList &values = filters[c];
        const ColumnSpec &col = spec.columns.at(c);
        if (values.size() == 1 && values.first().isNull()) {
            conds << QStringLiteral("%1 IS NULL").arg(col.sql);
            continue;
        }
        QStringList marks;
        for (const QVariant &v : values) {
            marks << QStringLiteral("?");
            binds << v;
        }
        conds << QStringLiteral("%1 IN (%2)").arg(col.sql, marks.join(QLatin1Char(',')));
    }
}

QString TableQuery::whereClause(QVariantList &binds, bool unfiltered) const
{
    QStringList conds;
    if (m_connectionId > 0 && !m_spec.connectionSql.isEmpty()) {
        // Unary + keeps SQLite from choosing the (connection_id, pms_id) index for this term:
        // that index cannot give the display order, and a sort of every row is what makes
        // the first window slow on a million rows.
        conds << QStringLiteral("+%1 = ?").arg(m_spec.connectionSql);
        binds << m_connectionId;
    }
    appendValueFilters(m_spec, m_fixedFilters, conds, binds);
    if (!unfiltered) {
        if (!m_search.isEmpty()) {
            const QStringList words = m_search.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            static const QRegularExpression numberLike(QStringLiteral("^[-+]?[0-9.,]+$"));
            const bool fullText = !m_spec.fullTextTable.isEmpty();
            for (const QString &w : words) {
                QStringList ors;
                const bool numeric = numberLike.match(w).hasMatch();
                // The trigram index needs three characters; shorter words fall back to LIKE.
                const bool useIndex = fullText && w.size() >= 3;
                if (useIndex) {
                    QStringList indexed;
                    for (const ColumnSpec &col : m_spec.columns)
                        if (col.inFullText)
                            indexed << col.sql;
                    ors << m_dialect->fullTextTerm(m_spec.idSql, m_spec.fullTextTable, indexed);
                    binds << m_dialect->fullTextBinding(w);
                }
                const QString pattern = QLatin1Char('%') + escapeLike(w) + QLatin1Char('%');
                for (const ColumnSpec &col : m_spec.columns) {
                    if (!col.searchable || (useIndex && col.inFullText))
                        continue;
                    if (isNumeric(col.type)) {
                        // A word with letters cannot be in a number (on a million rows every
                        // LIKE costs tens of milliseconds). With a full-text table the number
                        // is looked up exactly, through its index.
                        if (!numeric)
                            continue;
                        if (fullText) {
                            ors << QStringLiteral("%1 = ?").arg(col.sql);
                            binds << w.toLongLong();
                            continue;
                        }
                    }
                    ors << likeTerm(col);
                    binds << pattern;
                }
                conds << (ors.isEmpty() ? QStringLiteral("1 = 0")
                                        : QStringLiteral("(") + ors.join(QStringLiteral(" OR ")) + QStringLiteral(")"));
            }
        }
        appendValueFilters(m_spec, m_valueFilters, conds, binds);
        QList<int> textCols = m_textFilters.keys();
        std::sort(textCols.begin(), textCols.end());
        for (int c : textCols)
            appendTextFilter(m_spec.columns.at(c), m_textFilters.value(c), conds, binds);
    }
    if (conds.isEmpty())
        return {};
    return QStringLiteral(" WHERE ") + conds.join(QStringLiteral(" AND "));
}

QString TableQuery::orderClause(bool reversed) const
{
    const int c = sortColumn();
    bool desc = sortOrder() == Qt::DescendingOrder;
    if (reversed)
        desc = !desc;
    const QString dir = desc ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    if (c < 0 || c >= columnCount())
        return QStringLiteral(" ORDER BY ") + m_spec.idSql + dir;
    const ColumnSpec &col = m_spec.columns.at(c);
    const QString expr = col.sortSql.isEmpty() ? col.sql : col.sortSql;
    if (expr == m_spec.idSql)
        return QStringLiteral(" ORDER BY ") + expr + dir;
    // Empty values (NULL) come first going up and last going down, on both engines (SQLite's
    // order; PostgreSQL's indexes for these sorts are declared NULLS FIRST to match).
    const QString nulls = !m_dialect->isPostgres() ? QString()
                          : desc                   ? QStringLiteral(" NULLS LAST")
                                                   : QStringLiteral(" NULLS FIRST");
    // The id breaks ties so that every position is stable between windows.
    return QStringLiteral(" ORDER BY ") + expr + dir + nulls + QStringLiteral(", ") + m_spec.idSql + dir;
}

QString TableQuery::fromFor(const QString &clauses) const
{
    QSet<QString> needed;
    const auto collect = [&](const QString &text) {
        for (const JoinSpec &j : m_spec.joins)
            if (!needed.contains(j.alias) && text.contains(QRegularExpression(QStringLiteral("\\b%1\\.").arg(j.alias))))
                needed.insert(j.alias);
    };
    collect(clauses);
    // A join's ON clause may need an earlier join (platform_units through unit_mappings).
    for (qsizetype i = m_spec.joins.size() - 1; i >= 0; --i)
        if (needed.contains(m_spec.joins.at(i).alias))
            collect(m_spec.joins.at(i).sql);
    QString from = m_spec.table;
    for (const JoinSpec &j : m_spec.joins)
        if (needed.contains(j.alias))
            from += QLatin1Char(' ') + j.sql;
    return from;
}

QString TableQuery::fullFrom() const
{
    QString from = m_spec.table;
    for (const JoinSpec &j : m_spec.joins)
        from += QLatin1Char(' ') + j.sql;
    return from;
}

QString TableQuery::selectList() const
{
    QStringList cols;
    cols << m_spec.idSql;
    for (const ColumnSpec &col : m_spec.columns)
        cols << col.sql;
    return cols.join(QStringLiteral(", "));
}

SqlStatement TableQuery::countSql(bool unfiltered) const
{
    SqlStatement s;
    const QString where = whereClause(s.binds, unfiltered);
    s.text = m_dialect->expand(QStringLiteral("SELECT count(*) FROM ") + fromFor(where) + where);
    return s;
}

SqlStatement TableQuery::idsSql() const
{
    SqlStatement s;
    const QString where = whereClause(s.binds, false);
    const QString order = orderClause(false);
    s.text = m_dialect->expand(QStringLiteral("SELECT ") + m_spec.idSql + QStringLiteral(" FROM ") + fromFor(where + order)
                               + where + order);
    return s;
}

SqlStatement TableQuery::windowSql(qint64 offset, int limit, bool reversed) const
{
    // The inner query carries only ids through the sort and the OFFSET; the outer one reads
    // the (wide) rows for the window alone.
    SqlStatement s;
    const QString where = whereClause(s.binds, false);
    const QString order = orderClause(reversed);
    s.text = QStringLiteral("SELECT ") + selectList() + QStringLiteral(" FROM ") + fullFrom() + QStringLiteral(" WHERE ")
        + m_spec.idSql + QStringLiteral(" IN (SELECT ") + m_spec.idSql + QStringLiteral(" FROM ") + fromFor(where + order) + where
        + order + QStringLiteral(" LIMIT ? OFFSET ?)") + order;
    s.text = m_dialect->expand(s.text);
    s.binds << limit << offset;
    return s;
}

SqlStatement TableQuery::rowsByIdsSql(const QList<qint64> &ids) const
{
    SqlStatement s;
    s.text = m_dialect->expand(QStringLiteral("SELECT ") + selectList() + QStringLiteral(" FROM ") + fullFrom()
                               + QStringLiteral(" WHERE ") + m_dialect->idIn(m_spec.idSql));
    s.binds << m_dialect->idListBinding(ids);
    return s;
}

SqlStatement TableQuery::exportSql(const QList<int> &columns) const
{
    QStringList cols;
    for (int c : columns)
        if (c >= 0 && c < columnCount())
            cols << m_spec.columns.at(c).sql;
    if (cols.isEmpty())
        cols << m_spec.idSql;
    SqlStatement s;
    const QString where = whereClause(s.binds, false);
    const QString select = cols.join(QStringLiteral(", "));
    const QString order = orderClause(false);
    s.text = m_dialect->expand(QStringLiteral("SELECT ") + select + QStringLiteral(" FROM ") + fromFor(select + where + order)
                               + where + order);
    return s;
}

} // namespace pms
