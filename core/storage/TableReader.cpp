#include "TableReader.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>

namespace pms {

namespace {

Status run(QSqlQuery &q, const SqlStatement &s)
{
    q.setForwardOnly(true);
    if (!q.prepare(s.text))
        return Error(QObject::tr("Cannot read the cache: %1").arg(q.lastError().text()), QStringLiteral("db"));
    for (const QVariant &v : s.binds)
        q.addBindValue(v);
    return Database::exec(q, "table read");
}

QVariant typed(const QVariant &v, ColumnType type)
{
    if (v.isNull())
        return {};
    switch (type) {
    case ColumnType::Date: {
        const QDate d = QDate::fromString(v.toString().left(10), Qt::ISODate);
        return d.isValid() ? QVariant(d) : v;
    }
    case ColumnType::DateTime: {
        QDateTime dt = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        if (!dt.isValid())
            return v;
        if (dt.timeSpec() == Qt::LocalTime)
            dt.setTimeZone(QTimeZone::utc()); // the cache stores UTC
        return dt.toUTC();
    }
    default:
        return v;
    }
}

/// The query, its statements written for the engine of @p db.
TableQuery forDb(const Database &db, const TableQuery &query)
{
    TableQuery q = query;
    q.setDialect(db.dialect());
    return q;
}

RowList readRows(QSqlQuery &q, const TableQuery &query)
{
    RowList rows;
    const auto &cols = query.spec().columns;
    const int n = int(cols.size());
    while (q.next()) {
        QVariantList row;
        row.reserve(n + 1);
        row << q.value(0).toLongLong();
        for (int i = 0; i < n; ++i)
            row << typed(q.value(i + 1), cols.at(i).type);
        rows << row;
    }
    return rows;
}

} // namespace

Result<qint64> TableReader::count(Database &db, const TableQuery &query, bool unfiltered)
{
    QSqlQuery q(db.sql());
    if (Status s = run(q, forDb(db, query).countSql(unfiltered)); !s.ok())
        return s.error();
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<IdList> TableReader::ids(Database &db, const TableQuery &query, const std::function<bool()> &cancelled)
{
    QSqlQuery q(db.sql());
    if (Status s = run(q, forDb(db, query).idsSql()); !s.ok())
        return s.error();
    IdList ids;
    int sinceCheck = 0;
    while (q.next()) {
        ids.append(q.value(0).toLongLong());
        if (++sinceCheck == 4096) {
            sinceCheck = 0;
            if (cancelled && cancelled())
                return Error(QStringLiteral("cancelled"), QStringLiteral("cancelled"));
        }
    }
    return ids;
}

Result<RowList> TableReader::window(Database &db, const TableQuery &query, qint64 offset, int limit, qint64 total)
{
    if (limit <= 0 || offset < 0)
        return RowList{};
    bool reversed = false;
    qint64 start = offset;
    int count = limit;
    if (total > 0 && offset > total / 2) {
        reversed = true;
        const qint64 end = std::min(total, offset + limit);
        count = int(end - offset);
        start = total - end;
        if (count <= 0)
            return RowList{};
    }
    QSqlQuery q(db.sql());
    if (Status s = run(q, forDb(db, query).windowSql(start, count, reversed)); !s.ok())
        return s.error();
    RowList rows = readRows(q, query);
    if (reversed)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

Result<RowList> TableReader::rowsByIds(Database &db, const TableQuery &query, const IdList &ids)
{
    if (ids.isEmpty())
        return RowList{};
    QSqlQuery q(db.sql());
    if (Status s = run(q, forDb(db, query).rowsByIdsSql(ids)); !s.ok())
        return s.error();
    const RowList found = readRows(q, query);
    QHash<qint64, int> byId;
    byId.reserve(found.size());
    for (int i = 0; i < found.size(); ++i)
        byId.insert(found.at(i).first().toLongLong(), i);
    RowList ordered;
    ordered.reserve(ids.size());
    for (qint64 id : ids) {
        const auto it = byId.constFind(id);
        ordered << (it == byId.cend() ? QVariantList{} : found.at(*it));
    }
    return ordered;
}

Status TableReader::forEachRow(Database &db, const TableQuery &query, const QList<int> &columns,
                               const std::function<bool(const QVariantList &)> &row)
{
    QSqlQuery q(db.sql());
    if (Status s = run(q, forDb(db, query).exportSql(columns)); !s.ok())
        return s;
    const int n = q.record().count();
    QVariantList values;
    while (q.next()) {
        values.clear();
        for (int i = 0; i < n; ++i)
            values << q.value(i);
        if (!row(values))
            break;
    }
    return {};
}

} // namespace pms
