#include "CacheLocation.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHostAddress>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace pms {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pms::CacheLocation", text);
}

const QStringList &knownOptions()
{
    static const QStringList keys = {
        QStringLiteral("sslmode"),         QStringLiteral("sslrootcert"), QStringLiteral("sslcert"),
        QStringLiteral("sslkey"),          QStringLiteral("sslcrl"),      QStringLiteral("connect_timeout"),
        QStringLiteral("application_name"), QStringLiteral("host"),       QStringLiteral("port"),
        QStringLiteral("user"),            QStringLiteral("dbname"),      QStringLiteral("target_session_attrs"),
        QStringLiteral("schema")};
    return keys;
}

/// A libpq connection-string value: quoted, with ' and \ escaped.
QString quoted(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    v.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

} // namespace

bool CacheLocation::looksLikeUrl(const QString &text)
{
    const QString t = text.trimmed();
    return t.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || t.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive)
        || (t.contains(QLatin1String("://")) && !t.startsWith(QLatin1Char('/')));
}

Result<CacheLocation> CacheLocation::parse(const QString &input)
{
    CacheLocation loc;
    loc.text = input.trimmed();
    if (loc.text.isEmpty())
        return Error(tr("No cache given: pass a file path or a postgresql:// URL."), QStringLiteral("usage"));
    if (!looksLikeUrl(loc.text)) {
        loc.engine = SqlEngine::Sqlite;
        loc.path = loc.text;
        return loc;
    }

    const QUrl url(loc.text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres"))
        return Error(tr("%1 is not a cache PMS Bridge can open: give a file path or a postgresql:// URL.")
                         .arg(url.toDisplayString(QUrl::RemovePassword)),
                     QStringLiteral("usage"));
    if (!url.isValid())
        return Error(tr("The PostgreSQL URL is not valid (%1). Write it as postgresql://user@host:5432/database.")
                         .arg(url.errorString()),
                     QStringLiteral("usage"));
    if (!url.password().isEmpty())
        return Error(tr("The PostgreSQL URL holds a password. Remove it and put the password in PGPASSWORD or "
                        "~/.pgpass instead, so it never lands in the shell history or the settings."),
                     QStringLiteral("usage"));

    loc.engine = SqlEngine::Postgres;
    loc.host = url.host();
    loc.port = url.port(5432);
    loc.user = url.userName();
    loc.database = url.path();
    if (loc.database.startsWith(QLatin1Char('/')))
        loc.database.remove(0, 1);

    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!knownOptions().contains(key))
            return Error(tr("The PostgreSQL URL has an option PMS Bridge does not know: %1. Known options: %2.")
                             .arg(key, knownOptions().join(QStringLiteral(", "))),
                         QStringLiteral("usage"));
        if (key == QLatin1String("sslmode")) {
            static const QStringList modes = {QStringLiteral("disable"), QStringLiteral("allow"),
                                              QStringLiteral("prefer"),  QStringLiteral("require"),
                                              QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
            if (!modes.contains(value))
                return Error(tr("sslmode=%1 is not a PostgreSQL SSL mode; use verify-full, verify-ca or require.")
                                 .arg(value),
                             QStringLiteral("usage"));
            loc.sslMode = value;
        } else if (key == QLatin1String("host")) {
            loc.host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            loc.port = value.toInt(&ok);
            if (!ok || loc.port <= 0 || loc.port > 65535)
                return Error(tr("port=%1 is not a port number.").arg(value), QStringLiteral("usage"));
        } else if (key == QLatin1String("user")) {
            loc.user = value;
        } else if (key == QLatin1String("dbname")) {
            loc.database = value;
        } else if (key == QLatin1String("schema")) {
            static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
            if (!identifier.match(value).hasMatch())
                return Error(tr("schema=%1 is not a schema name PMS Bridge accepts: use lower-case letters, digits and _.")
                                 .arg(value),
                             QStringLiteral("usage"));
            loc.schema = value;
        } else {
            if (key == QLatin1String("connect_timeout")) {
                bool ok = false;
                const int seconds = value.toInt(&ok);
                if (!ok || seconds < 1 || seconds > 300)
                    return Error(tr("connect_timeout=%1 must be between 1 and 300 seconds.").arg(value),
                                 QStringLiteral("usage"));
            }
            loc.options.append({key, value});
        }
    }
    if (loc.database.isEmpty())
        return Error(tr("The PostgreSQL URL names no database. Write it as postgresql://user@host:5432/database."),
                     QStringLiteral("usage"));
    if (!loc.isLocalServer()) {
        static const QStringList secure = {QStringLiteral("require"), QStringLiteral("verify-ca"),
                                           QStringLiteral("verify-full")};
        if (!secure.contains(loc.sslMode))
            return Error(tr("The PostgreSQL server %1 is on another machine, so the connection must be encrypted: "
                            "add ?sslmode=verify-full (or require) to the URL.")
                             .arg(loc.host),
                         QStringLiteral("usage"));
    }
    return loc;
}

bool CacheLocation::isLocalServer() const
{
    if (host.isEmpty() || host.startsWith(QLatin1Char('/')))
        return true; // a Unix socket
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString CacheLocation::connectOptions() const
{
    QStringList parts;
    bool hasTimeout = false, hasName = false;
    if (!sslMode.isEmpty())
        parts << QStringLiteral("sslmode=") + sslMode;
    for (const auto &[key, value] : options) {
        hasTimeout = hasTimeout || key == QLatin1String("connect_timeout");
        hasName = hasName || key == QLatin1String("application_name");
        parts << key + QLatin1Char('=') + quoted(value);
    }
    // No wait without a deadline: a server that does not answer fails the open in 10 s, and
    // a dead peer is noticed by TCP keepalives within about a minute instead of never.
    if (!hasTimeout)
        parts << QStringLiteral("connect_timeout=10");
    if (!hasName)
        parts << QStringLiteral("application_name='PMS Bridge'");
    // Notices ("already exists, skipping") are not for users; public stays on the search path
    // for pg_trgm's operators.
    if (schema.isEmpty())
        parts << QStringLiteral("options='-c client_min_messages=warning'");
    else
        parts << QStringLiteral("options='-c client_min_messages=warning -c search_path=%1,public'").arg(schema);
    parts << QStringLiteral("keepalives=1") << QStringLiteral("keepalives_idle=30")
          << QStringLiteral("keepalives_interval=10") << QStringLiteral("keepalives_count=3");
    return parts.join(QLatin1Char(';'));
}

QString CacheLocation::describe() const
{
    if (!isPostgres())
        return path;
    const QString where = host.isEmpty() || host.startsWith(QLatin1Char('/'))
                              ? tr("this machine")
                              : host + QLatin1Char(':') + QString::number(port);
    const QString name = schema.isEmpty() ? database : database + QLatin1Char('.') + schema;
    if (user.isEmpty())
        return tr("PostgreSQL database %1 on %2").arg(name, where);
    return tr("PostgreSQL database %1 on %2 as %3").arg(name, where, user);
}

QString CacheLocation::localFolder() const
{
    if (!isPostgres())
        return path + QStringLiteral(".attachments");
    const QString key = host + QLatin1Char(':') + QString::number(port) + QLatin1Char('/') + database + QLatin1Char('/') + schema;
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/shared-caches/")
         + database + QLatin1Char('-') + hash + QStringLiteral(".attachments");
}

} // namespace pms
