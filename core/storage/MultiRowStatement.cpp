#include "MultiRowStatement.h"

#include "Database.h"

#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace pms {

MultiRowStatement::MultiRowStatement(Database &db, QString head, QString row, QString tail, const char *what)
    : m_db(db)
    , m_head(std::move(head))
    , m_tail(std::move(tail))
    , m_row(std::move(row))
    , m_columns(std::max<int>(1, int(m_row.count(QLatin1Char('?')))))
    , m_what(what)
{
}

QString MultiRowStatement::placeholders(int columns)
{
    return QLatin1Char('(') + QStringList(columns, QStringLiteral("?")).join(QLatin1Char(',')) + QLatin1Char(')');
}

void MultiRowStatement::add(std::initializer_list<QVariant> values)
{
    Q_ASSERT(int(values.size()) == m_columns);
    m_values.append(values);
}

void MultiRowStatement::add(const QVariantList &values)
{
    Q_ASSERT(int(values.size()) == m_columns);
    m_values.append(values);
}

int MultiRowStatement::maxRows() const
{
    int rows = 256;
    while (rows > 1 && rows * m_columns > 8000)
        rows /= 2;
    return rows;
}

Status MultiRowStatement::run(const std::function<void(const QSqlQuery &)> &onReturned)
{
    const QVariantList values = std::exchange(m_values, {});
    const qsizetype total = values.size() / m_columns;
    const int most = maxRows();
    qsizetype done = 0;
    while (done < total) {
        // The largest power of two that fits: at most log2(maxRows) statement shapes per table.
        int n = most;
        while (n > total - done)
            n /= 2;
        QSqlQuery &q = m_db.prepare(m_head + QStringList(n, m_row).join(QLatin1Char(',')) + m_tail);
        const qsizetype first = done * m_columns;
        for (qsizetype i = first; i < first + qsizetype(n) * m_columns; ++i)
            q.addBindValue(values.at(i));
        if (Status s = Database::exec(q, m_what); !s.ok())
            return s;
        if (onReturned) {
            while (q.next())
                onReturned(q);
        }
        q.finish();
        done += n;
    }
    return {};
}

} // namespace pms
