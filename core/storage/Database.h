#pragma once

#include "common/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <unordered_map>

namespace pms {

/// One SQLite connection to the cache, for the thread that opened it.
/// WAL, foreign keys on, busy timeout; migrations run on open. Statements are prepared once
/// per connection and reused (prepare()).
class Database
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens (creating if needed) and migrates the cache at @p path. ":memory:" is allowed
    /// (private to this connection).
    static Result<std::unique_ptr<Database>> open(const QString &path);

    /// The default cache path for this user profile (AppDataLocation/cache.sqlite), or
    /// $PMSBRIDGE_DB when set.
    static QString defaultPath();

    static int latestSchemaVersion();
    int schemaVersion() const;
    QString path() const { return m_path; }
    QSqlDatabase &sql() { return m_db; }

    /// A prepared statement for @p sql, prepared once per connection. Bound values are
    /// cleared before it is handed out.
    QSqlQuery &prepare(const QString &sql);

    /// Runs @p query (already bound); on failure returns an Error naming what went wrong.
    static Status exec(QSqlQuery &query, const char *what = nullptr);
    /// Runs one statement with no parameters.
    Status execRaw(const QString &sql);

    Status begin();
    Status commit();
    void rollback();

    /// Last error of the connection, as words.
    QString lastError() const;

private:
    Database() = default;
    Status migrate();

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    int m_txDepth = 0;
};

/// RAII transaction: rolls back unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(Database &db);
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
inline QString nn(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

/// Splits a migration script into statements (';' outside quotes and comments; keeps
/// CREATE TRIGGER ... END; together). Exposed for tests.
QStringList splitSqlScript(const QString &script);

} // namespace pms
