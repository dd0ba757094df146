#include "SqlDialect.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>

namespace pms {

const SqlDialect &SqlDialect::sqlite()
{
    static const SqlDialect d(SqlEngine::Sqlite);
    return d;
}

const SqlDialect &SqlDialect::postgres()
{
    static const SqlDialect d(SqlEngine::Postgres);
    return d;
}

QString SqlDialect::displayName() const
{
    return isPostgres() ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite");
}

QString SqlDialect::driverName() const
{
    return isPostgres() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
}

QString SqlDialect::migrationsFolder() const
{
    return isPostgres() ? QStringLiteral(":/pmsbridge/migrations/postgresql")
                        : QStringLiteral(":/pmsbridge/migrations/sqlite");
}

QString SqlDialect::likeOperator() const
{
    return isPostgres() ? QStringLiteral("ILIKE") : QStringLiteral("LIKE");
}

QString SqlDialect::caseInsensitive(const QString &expr) const
{
    return isPostgres() ? QStringLiteral("lower(%1)").arg(expr) : expr + QStringLiteral(" COLLATE NOCASE");
}

QString SqlDialect::secondsBetween(const QString &fromExpr, const QString &toExpr) const
{
    if (isPostgres())
        return QStringLiteral("EXTRACT(EPOCH FROM (%2::timestamptz - %1::timestamptz))::float8").arg(fromExpr, toExpr);
    return QStringLiteral("(julianday(%2) - julianday(%1)) * 86400.0").arg(fromExpr, toExpr);
}

QString SqlDialect::twoDecimals(const QString &expr) const
{
    if (isPostgres())
        return QStringLiteral("CASE WHEN %1 IS NULL THEN NULL ELSE to_char(round(%1::numeric, 2), 'FM999999999990.00') END")
            .arg(expr);
    return QStringLiteral("CASE WHEN %1 IS NULL THEN NULL ELSE printf('%.2f', %1) END").arg(expr);
}

QString SqlDialect::fullTextTerm(const QString &idExpr, const QString &table, const QStringList &columns) const
{
    if (isPostgres()) {
        // pg_trgm's GIN index on the same expression (migration 004) answers ILIKE '%word%'.
        // Words hold no spaces, so a match never spans two columns.
        return QStringLiteral("(%1) ILIKE ? ESCAPE '\\'").arg(columns.join(QStringLiteral(" || ' ' || ")));
    }
    return QStringLiteral("%1 IN (SELECT rowid FROM %2 WHERE %2 MATCH ?)").arg(idExpr, table);
}

QString SqlDialect::fullTextBinding(const QString &word) const
{
    if (isPostgres()) {
        QString escaped;
        for (const QChar c : word) {
            if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
                escaped += QLatin1Char('\\');
            escaped += c;
        }
        return QLatin1Char('%') + escaped + QLatin1Char('%');
    }
    QString phrase = word;
    phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + phrase + QLatin1Char('"');
}

QString SqlDialect::forUpdate() const
{
    return isPostgres() ? QStringLiteral(" FOR UPDATE") : QString();
}

QString SqlDialect::asText(const QString &expr) const
{
    return isPostgres() ? QStringLiteral("CAST(%1 AS TEXT)").arg(expr) : expr;
}

QString SqlDialect::idIn(const QString &column) const
{
    if (isPostgres())
        return column + QStringLiteral(" = ANY(CAST(? AS bigint[]))");
    return column + QStringLiteral(" IN (SELECT value FROM json_each(?))");
}

QString SqlDialect::idListBinding(const QList<qint64> &ids) const
{
    if (isPostgres()) {
        QStringList parts;
        parts.reserve(ids.size());
        for (qint64 id : ids)
            parts << QString::number(id);
        return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
    }
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString SqlDialect::expand(const QString &sql) const
{
    QString out = sql;
    if (out.contains(QLatin1String("SECONDS_BETWEEN("))) {
        static const QRegularExpression re(QStringLiteral("SECONDS_BETWEEN\\(([^(),]+),([^(),]+)\\)"));
        QRegularExpressionMatch m;
        while ((m = re.match(out)).hasMatch())
            out.replace(m.capturedStart(), m.capturedLength(), secondsBetween(m.captured(1).trimmed(), m.captured(2).trimmed()));
    }
    if (out.contains(QLatin1String("NOCASE("))) {
        static const QRegularExpression re(QStringLiteral("NOCASE\\(([^(),]+)\\)"));
        QRegularExpressionMatch m;
        while ((m = re.match(out)).hasMatch())
            out.replace(m.capturedStart(), m.capturedLength(), caseInsensitive(m.captured(1).trimmed()));
    }
    return out;
}

QStringList SqlDialect::sessionSetup() const
{
    if (isPostgres()) {
        return {QStringLiteral("SET client_encoding = 'UTF8'"), 
                QStringLiteral("SET standard_conforming_strings = on"),
                // A writer never waits on another desk's lock for ever.
                QStringLiteral("SET lock_timeout = '30s'"),
                QStringLiteral("SET idle_in_transaction_session_timeout = '10min'")};
    }
    return {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA foreign_keys=ON"),
            QStringLiteral("PRAGMA synchronous=NORMAL"), QStringLiteral("PRAGMA temp_store=MEMORY"),
            QStringLiteral("PRAGMA cache_size=-32000")};
}

QString SqlDialect::relaxedCommit() const
{
    return isPostgres() ? QStringLiteral("SET LOCAL synchronous_commit = off") : QString();
}

QStringList SqlDialect::readerSetup() const
{
    if (isPostgres()) {
        // A screen's query never runs for minutes on the shared server.
        return {QStringLiteral("SET statement_timeout = '60s'")};
    }
    // Readers keep a small page cache (several lanes per window) and let big sorts spill to a
    // temporary file instead of growing the process.
    return {QStringLiteral("PRAGMA cache_size=-8000"), QStringLiteral("PRAGMA temp_store=FILE")};
}

bool SqlDialect::isConstraintViolation(const QSqlError &error) const
{
    const QString code = error.nativeErrorCode();
    if (isPostgres())
        return code.startsWith(QLatin1String("23")); // integrity_constraint_violation class
    // SQLite's extended result codes keep SQLITE_CONSTRAINT (19) in the low byte.
    return (code.toInt() & 0xff) == 19;
}

bool SqlDialect::isRetryable(const QSqlError &error) const
{
    const QString code = error.nativeErrorCode();
    if (isPostgres())
        return code == QLatin1String("40001") || code == QLatin1String("40P01") || code == QLatin1String("55P03");
    const int c = code.toInt() & 0xff;
    return c == 5 || c == 6; // SQLITE_BUSY, SQLITE_LOCKED
}

bool SqlDialect::isConnectionLost(const QSqlError &error) const
{
    if (!isPostgres())
        return false;
    const QString code = error.nativeErrorCode();
    if (code.startsWith(QLatin1String("08")) || code.startsWith(QLatin1String("57P")))
        return true;
    if (!code.isEmpty())
        return false;
    // libpq's own failures carry no SQLSTATE: only its words say the session is gone.
    const QString text = error.databaseText();
    return error.type() == QSqlError::ConnectionError || text.contains(QLatin1String("no connection to the server"))
        || text.contains(QLatin1String("server closed the connection")) || text.contains(QLatin1String("terminating connection"))
        || text.contains(QLatin1String("could not receive data from server"))
        || text.contains(QLatin1String("could not send data to server"));
}

} // namespace pms
