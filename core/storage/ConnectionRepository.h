#pragma once

#include "common/ConnectionInfo.h"
#include "common/Result.h"

#include <QList>

namespace pms {

class Database;

/// Connections (R22) and their per-cache settings.
class ConnectionRepository
{
public:
    explicit ConnectionRepository(Database &db) : m_db(db) {}

    Result<qint64> insert(const ConnectionInfo &c);
    Status update(const ConnectionInfo &c);
    Status remove(qint64 id);
    Result<ConnectionInfo> get(qint64 id);
    /// The first active connection (the one commands act on by default), if any.
    Result<ConnectionInfo> defaultConnection();
    QList<ConnectionInfo> all();
    Status setPmsUserEmail(qint64 id, const QString &email);

private:
    Database &m_db;
};

/// Small key/value settings that belong to the cache rather than to the user profile.
class AppSettingsRepository
{
public:
    explicit AppSettingsRepository(Database &db) : m_db(db) {}
    QString value(const QString &key, const QString &fallback = {});
    Status setValue(const QString &key, const QString &value);

private:
    Database &m_db;
};

} // namespace pms
