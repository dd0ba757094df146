#pragma once

#include "common/Result.h"
#include "storage/CacheLocation.h"
#include "storage/SqlDialect.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>
#include <unordered_map>

namespace pms {

/// One connection to the cache, for the thread that opened it: an SQLite file (WAL, foreign
/// keys on, busy timeout) or a PostgreSQL database (the office's shared cache). Migrations run
/// on open. Statements are prepared once per connection and reused (prepare()). What differs
/// between the engines is asked of dialect().
class Database
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// What open() may do with a cache that does not exist yet.
    enum class Create { IfMissing, Never };

    /// Opens (creating if needed) and migrates the cache at @p location: a file path, ":memory:"
    /// (private to this connection), or a postgresql:// URL. A database that holds someone
    /// else's tables, or a schema newer than this version knows, is refused untouched.
    static Result<std::unique_ptr<Database>> open(const QString &location, Create create = Create::IfMissing);

    /// The cache this user opens without --db: $PMSBRIDGE_DB when set, else the one chosen in
    /// Settings → Cache (QSettings settingsKey()), else AppDataLocation/cache.sqlite.
    static QString defaultPath();
    static QString settingsKey() { return QStringLiteral("cache/location"); }

    /// The newest schema version this build knows (the same numbering on both engines).
    static int latestSchemaVersion();
    int schemaVersion() const;
    /// The location as given to open(): a file path or a URL (never with a password).
    QString path() const { return m_location.text; }
    const CacheLocation &location() const { return m_location; }
    const SqlDialect &dialect() const { return *m_dialect; }
    bool isPostgres() const { return m_dialect->isPostgres(); }
    QSqlDatabase &sql() { return m_db; }

    /// A prepared statement for @p sql, prepared once per connection. Bound values are
    /// cleared before it is handed out.
    QSqlQuery &prepare(const QString &sql);

    /// Runs @p query (already bound); on failure returns an Error naming what went wrong
    /// (code "constraint" for a violated constraint, "retry" for a serialization failure or
    /// deadlock that a new attempt of the transaction clears, "db" otherwise).
    static Status exec(QSqlQuery &query, const char *what = nullptr);
    /// The id an executed `INSERT ... RETURNING id` gave back (both engines), 0 when it gave
    /// none (an insert that did nothing); finishes @p query.
    static qint64 returnedId(QSqlQuery &query);
    /// Runs one statement with no parameters.
    Status execRaw(const QString &sql);

    /// How much a transaction sees of concurrent writers. ReadCommitted is PostgreSQL's
    /// default; Snapshot reads one moment throughout (REPEATABLE READ), and a write that would
    /// contradict what it read fails with code "retry" (transact() runs it again). SQLite has
    /// one writer and reads one moment in any transaction, so both are the same there.
    enum class Isolation { ReadCommitted, Snapshot };

    Status begin(Isolation isolation = Isolation::ReadCommitted);
    Status commit();
    void rollback();
    /// The open transaction's commit need not wait for the server's disk: a sync page, which a
    /// crash of the server can only lose together with everything after it (the log is written in
    /// order, and the run's cursor moves last), so the next run fetches it again. The same promise
    /// SQLite's `synchronous=NORMAL` gives every commit of a desk's cache.
    Status relaxCommitDurability();

    /// Runs @p work in one transaction and commits it; when the engine reports a serialization
    /// failure or a deadlock (a concurrent writer on PostgreSQL), rolls back and runs it again,
    /// up to @p attempts times. @p work must only touch the database (it may run more than once).
    Status transact(const std::function<Status()> &work, int attempts = 5,
                    Isolation isolation = Isolation::ReadCommitted);

    /// Last error of the connection, as words.
    QString lastError() const;

private:
    Database() = default;
    Status openSqlite(Create create);
    Status openPostgres();
    Status checkOwnership();
    Status migrate();

    CacheLocation m_location;
    const SqlDialect *m_dialect = &SqlDialect::sqlite();
    QString m_connectionName;
    QSqlDatabase m_db;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    int m_txDepth = 0;
};

/// RAII transaction: rolls back unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(Database &db, Database::Isolation isolation = Database::Isolation::ReadCommitted);
    ~Transaction();
    bool ok() const { return m_status.ok(); }
    const Status &status() const { return m_status; }
    Status commit();

private:
    Database &m_db;
    Status m_status;
    bool m_done = false;
};

/// A QString() binds as SQL NULL; columns declared NOT NULL DEFAULT '' want an empty string.
/// The application id PMS Bridge writes into its SQLite caches ('PMSB'), so a file of someone
/// else's is recognised and refused.
constexpr int kSqliteApplicationId = 0x504D5342;

inline QString nn(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

/// Splits a migration script into statements (';' outside quotes, $$ bodies and comments;
/// keeps CREATE TRIGGER ... END; together). Exposed for tests.
QStringList splitSqlScript(const QString &script);

} // namespace pms
