#pragma once

#include "common/Result.h"
#include "storage/SqlDialect.h"

#include <QList>
#include <QPair>
#include <QString>

namespace pms {

/// Where a cache lives, read from what `--db`, PMSBRIDGE_DB or Settings hold: a file path
/// (SQLite) or a PostgreSQL URL, `postgresql://user@host:5432/dbname?sslmode=verify-full`.
///
/// The password is never part of it: libpq reads PGPASSWORD or ~/.pgpass. A server on another
/// machine must be reached over TLS (sslmode=require, verify-ca or verify-full), as HTTPS is
/// required for the PMS.
struct CacheLocation
{
    SqlEngine engine = SqlEngine::Sqlite;
    QString text;          // as given (a URL never holds a password)
    QString path;          // SQLite: the file
    QString host;          // PostgreSQL: host name, address, or a socket folder
    int port = 5432;
    QString user;
    QString database;
    QString sslMode;       // empty: libpq's default (only allowed on this machine)
    QString schema;        // ?schema=NAME: the cache's tables live in that schema (default: the user's search_path)
    QList<QPair<QString, QString>> options; // further libpq parameters, validated

    static bool looksLikeUrl(const QString &text);
    static Result<CacheLocation> parse(const QString &text);

    bool isPostgres() const { return engine == SqlEngine::Postgres; }
    /// The server runs on this machine (loopback address or a Unix socket).
    bool isLocalServer() const;
    /// The QPSQL connect options (key=value;...), with a connect timeout and keepalives.
    QString connectOptions() const;
    /// "PostgreSQL database pmsbridge on db.office.lan:5432 as ana" or the file path.
    QString describe() const;
    /// A folder on this desk for files that belong to the cache (work-order attachments).
    QString localFolder() const;
};

} // namespace pms
