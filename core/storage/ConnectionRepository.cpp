#include "ConnectionRepository.h"

#include "Database.h"
#include "common/Clock.h"
#include "common/Json.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace pms {

namespace {

const QString kColumns = QStringLiteral(
    "id, name, base_url, system_id, client_id, integration_user, integration_email, pms_user_email, "
    "active, user_sync, unit_sync, lookback_hours, max_in_flight, created_at, pms, pms_settings");

ConnectionInfo fromQuery(const QSqlQuery &q)
{
    ConnectionInfo c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.baseUrl = QUrl(q.value(2).toString());
    c.systemId = q.value(3).toString();
    c.clientId = q.value(4).toString();
    c.integrationUser = q.value(5).toString();
    c.integrationEmail = q.value(6).toString();
    c.pmsUserEmail = q.value(7).toString();
    c.active = q.value(8).toBool();
    c.userSync = q.value(9).toBool();
    c.unitSync = q.value(10).toBool();
    c.lookbackHours = q.value(11).toInt();
    c.maxInFlight = q.value(12).toInt();
    c.createdAt = json::parseDateTime(q.value(13).toString());
    c.pms = q.value(14).toString();
    c.pmsSettings = QJsonDocument::fromJson(q.value(15).toString().toUtf8()).object();
    return c;
}

QString settingsText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

Result<qint64> ConnectionRepository::insert(const ConnectionInfo &c)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "INSERT INTO connections (name, base_url, system_id, client_id, integration_user, integration_email, "
        "active, user_sync, unit_sync, lookback_hours, max_in_flight, created_at, pms, pms_settings) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id"));
    q.addBindValue(c.name.isEmpty() ? c.systemId : c.name);
    q.addBindValue(c.baseUrl.toString());
    q.addBindValue(nn(c.systemId));
    q.addBindValue(nn(c.clientId));
    q.addBindValue(nn(c.integrationUser));
    q.addBindValue(nn(c.integrationEmail));
    q.addBindValue(c.active);
    q.addBindValue(c.userSync);
    q.addBindValue(c.userSync && c.unitSync);
    q.addBindValue(c.lookbackHours);
    q.addBindValue(c.maxInFlight);
    q.addBindValue(json::formatDateTime(Clock::instance()->nowUtc()));
    q.addBindValue(c.pms.isEmpty() ? QStringLiteral("propertyware") : c.pms);
    q.addBindValue(settingsText(c.pmsSettings));
    if (Status s = Database::exec(q, "insert connection"); !s.ok()) {
        if (s.error().code == QLatin1String("constraint"))
            return Error(QObject::tr("A connection to system %1 at %2 exists already.").arg(c.systemId, c.baseUrl.toString()),
                         QStringLiteral("constraint"));
        return s.error();
    }
    return Database::returnedId(q);
}

Status ConnectionRepository::update(const ConnectionInfo &c)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "UPDATE connections SET name=?, base_url=?, system_id=?, client_id=?, integration_user=?, "
        "integration_email=?, active=?, user_sync=?, unit_sync=?, lookback_hours=?, max_in_flight=?, pms=?, "
        "pms_settings=? WHERE id=?"));
    q.addBindValue(nn(c.name));
    q.addBindValue(c.baseUrl.toString());
    q.addBindValue(nn(c.systemId));
    q.addBindValue(nn(c.clientId));
    q.addBindValue(nn(c.integrationUser));
    q.addBindValue(nn(c.integrationEmail));
    q.addBindValue(c.active);
    q.addBindValue(c.userSync);
    q.addBindValue(c.unitSync);
    q.addBindValue(c.lookbackHours);
    q.addBindValue(c.maxInFlight);
    q.addBindValue(c.pms.isEmpty() ? QStringLiteral("propertyware") : c.pms);
    q.addBindValue(settingsText(c.pmsSettings));
    q.addBindValue(c.id);
    return Database::exec(q, "update connection");
}

Status ConnectionRepository::remove(qint64 id)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("DELETE FROM connections WHERE id=?"));
    q.addBindValue(id);
    return Database::exec(q, "delete connection");
}

Result<ConnectionInfo> ConnectionRepository::get(qint64 id)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM connections WHERE id=?"));
    q.addBindValue(id);
    if (Status s = Database::exec(q); !s.ok())
        return s.error();
    if (!q.next())
        return Error(QObject::tr("There is no connection %1 in this cache.").arg(id), QStringLiteral("not-found"));
    ConnectionInfo c = fromQuery(q);
    q.finish();
    return c;
}

Result<ConnectionInfo> ConnectionRepository::defaultConnection()
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT ") + kColumns
                                + QStringLiteral(" FROM connections ORDER BY active DESC, id LIMIT 1"));
    if (Status s = Database::exec(q); !s.ok())
        return s.error();
    if (!q.next())
        return Error(QObject::tr("This cache has no connection yet. Run 'pmsbridge connect' first."), QStringLiteral("not-found"));
    ConnectionInfo c = fromQuery(q);
    q.finish();
    return c;
}

QList<ConnectionInfo> ConnectionRepository::all()
{
    QList<ConnectionInfo> out;
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM connections ORDER BY id"));
    if (!Database::exec(q).ok())
        return out;
    while (q.next())
        out.append(fromQuery(q));
    q.finish();
    return out;
}

Status ConnectionRepository::setPmsUserEmail(qint64 id, const QString &email)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("UPDATE connections SET pms_user_email=? WHERE id=?"));
    q.addBindValue(email);
    q.addBindValue(id);
    return Database::exec(q, "update connection email");
}

QString AppSettingsRepository::value(const QString &key, const QString &fallback)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT value FROM app_settings WHERE key=?"));
    q.addBindValue(key);
    if (!Database::exec(q).ok() || !q.next())
        return fallback;
    const QString v = q.value(0).toString();
    q.finish();
    return v;
}

Status AppSettingsRepository::setValue(const QString &key, const QString &value)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "INSERT INTO app_settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value=excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return Database::exec(q, "save setting");
}

} // namespace pms
