#pragma once

#include <QString>
#include <QStringList>

class QSqlError;

namespace pms {

/// The two engines a cache can live on.
enum class SqlEngine { Sqlite, Postgres };

/// Everything that differs between SQLite and PostgreSQL in the statements of core/storage,
/// in one place: repositories ask the dialect of their Database for these fragments instead
/// of testing the engine themselves.
///
/// Both engines share the rest: `?` parameters, `INSERT ... RETURNING id`, `ON CONFLICT`,
/// `IS DISTINCT FROM`, ISO 8601 text for times (they sort and compare as text on both),
/// integers 0/1 for flags.
class SqlDialect
{
public:
    static const SqlDialect &sqlite();
    static const SqlDialect &postgres();

    SqlEngine engine() const { return m_engine; }
    bool isPostgres() const { return m_engine == SqlEngine::Postgres; }
    /// "SQLite" or "PostgreSQL", for messages.
    QString displayName() const;
    /// The Qt driver: QSQLITE or QPSQL.
    QString driverName() const;
    /// The resource folder holding this engine's numbered migrations.
    QString migrationsFolder() const;

    /// A case-insensitive LIKE (SQLite's LIKE already is for ASCII; PostgreSQL's is ILIKE).
    QString likeOperator() const;
    /// A case-insensitive sort key for @p expr (SQLite's NOCASE; lower() on PostgreSQL).
    QString caseInsensitive(const QString &expr) const;
    /// Seconds between two ISO 8601 text columns, as a floating point expression.
    QString secondsBetween(const QString &fromExpr, const QString &toExpr) const;
    /// @p expr (a REAL column) as text with two decimals, NULL staying NULL.
    QString twoDecimals(const QString &expr) const;
    /// Where-clause term: the row whose id is @p idExpr contains @p the bound word in one of
    /// the full-text columns, through the engine's trigram index (FTS5 on SQLite, pg_trgm on
    /// PostgreSQL). @p table is the FTS5 table, @p columns the indexed columns as SQL expressions
    /// (on PostgreSQL they are joined by spaces, the expression its index is built on).
    QString fullTextTerm(const QString &idExpr, const QString &table, const QStringList &columns) const;
    /// The value to bind for fullTextTerm() for the word @p word.
    QString fullTextBinding(const QString &word) const;
    /// Appended to a SELECT that reads a row it is about to change in the same transaction, so
    /// a second writer waits instead of acting on what it read (empty on SQLite: one writer).
    QString forUpdate() const;

    /// A cast of @p expr to text where the engine needs one for LIKE (PostgreSQL; SQLite compares
    /// numbers as text by itself and keeps using its indexes).
    QString asText(const QString &expr) const;
    /// "@p column is one of a list of ids" bound as one value (idListBinding()). On PostgreSQL
    /// `= ANY(array)`, which an index serves whatever the planner believes of the table (an
    /// `IN (SELECT unnest(...))` planned while the table was empty scanned all of it later).
    QString idIn(const QString &column) const;
    QString idListBinding(const QList<qint64> &ids) const;
    /// Expands the portable functions a TableSpec's SQL may use: SECONDS_BETWEEN(a, b) and
    /// NOCASE(x) (arguments without nested parentheses or commas).
    QString expand(const QString &sql) const;

    /// Session settings run on every new connection (PRAGMAs / SET).
    QStringList sessionSetup() const;
    /// Makes the open transaction's commit return before its log reaches the disk (empty when the
    /// session already works so: SQLite's synchronous=NORMAL).
    QString relaxedCommit() const;
    /// Extra settings for a read-only lane that serves screens.
    QStringList readerSetup() const;

    /// A violated UNIQUE / CHECK / FOREIGN KEY / NOT NULL constraint.
    bool isConstraintViolation(const QSqlError &error) const;
    /// An error that goes away when the transaction is run again: a serialization failure or a
    /// deadlock (PostgreSQL), a busy database (SQLite).
    bool isRetryable(const QSqlError &error) const;
    /// The connection is gone (the server stopped, the network dropped).
    bool isConnectionLost(const QSqlError &error) const;

private:
    explicit SqlDialect(SqlEngine engine) : m_engine(engine) {}
    SqlEngine m_engine;
};

} // namespace pms
