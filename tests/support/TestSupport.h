#pragma once

#include "storage/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace pms::test {

/// The engine this test run writes its caches to: PostgreSQL when the test was registered
/// with PMSBRIDGE_TEST_ENGINE=postgresql (the "@pg" copies of the storage, sync, csv and model
/// tests, run next to the throwaway server of scripts/with-postgres.sh), SQLite otherwise.
bool onPostgres();

/// A fresh, empty place for a cache on the test PostgreSQL server: a schema of its own
/// (`?schema=` in the URL) in the test process's database; dropped when the object goes.
class TempPgDatabase
{
public:
    TempPgDatabase();
    ~TempPgDatabase();
    TempPgDatabase(const TempPgDatabase &) = delete;
    TempPgDatabase &operator=(const TempPgDatabase &) = delete;
    /// postgresql://postgres@127.0.0.1:PORT/DATABASE?schema=NAME
    QString url() const { return m_url; }
    QString name() const { return m_name; }
    /// Runs one statement as the superuser on the server's maintenance database (or @p database).
    static bool admin(const QString &sql, QString *error = nullptr, const QString &database = QString());

private:
    QString m_name;
    QString m_url;
};

/// A fresh, migrated cache, removed at the end of the test: a file in its own temporary
/// folder, or a database of its own on the test PostgreSQL server (onPostgres()).
class TempCache
{
public:
    TempCache();
    ~TempCache();
    Database &db() { return *m_db; }
    /// What Database::open() and `--db` take: the file path or the postgresql:// URL.
    QString path() const;
    /// A folder for the test's other files (always a local temporary folder).
    QString dir() const { return m_dir.path(); }
    /// Opens a second connection to the same cache (for another thread, or to check what was committed).
    std::unique_ptr<Database> openAnother() const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TempPgDatabase> m_pg;
    std::unique_ptr<Database> m_db;
};

} // namespace pms::test
