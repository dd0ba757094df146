#include "BuildiumErrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace pms::buildium {

namespace {

QString tidy(QString s)
{
    s = s.simplified();
    if (s.size() > 300)
        s = s.left(300) + QChar(0x2026);
    return s;
}

QJsonObject bodyObject(const QByteArray &body)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    return pe.error == QJsonParseError::NoError ? doc.object() : QJsonObject();
}

} // namespace

QString BuildiumErrors::serverWords(const QByteArray &body)
{
    const QJsonObject o = bodyObject(body);
    QStringList parts;
    const QString user = o.value(QLatin1String("UserMessage")).toString().trimmed();
    if (!user.isEmpty())
        parts << user;
    for (const QJsonValue &e : o.value(QLatin1String("Errors")).toArray()) {
        const QJsonObject eo = e.toObject();
        const QString value = eo.value(QLatin1String("Value")).toString().trimmed();
        const QString key = eo.value(QLatin1String("Key")).toString().trimmed();
        if (value.isEmpty() || parts.contains(value))
            continue;
        parts << (key.isEmpty() ? value : QStringLiteral("%1: %2").arg(key, value));
        if (parts.size() >= 6)
            break;
    }
    return tidy(parts.join(QStringLiteral("; ")));
}

QString BuildiumErrors::firstKey(const QByteArray &body)
{
    return bodyObject(body)
        .value(QLatin1String("Errors"))
        .toArray()
        .first()
        .toObject()
        .value(QLatin1String("Key"))
        .toString()
        .trimmed();
}

QString BuildiumErrors::permissionFor(const QString &path)
{
    const QStringList p = path.toLower().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QString a = p.value(1), b = p.value(2);
    if (a == QLatin1String("rentals"))
        return b == QLatin1String("owners") ? QStringLiteral("Rentals > Property Rental Owners")
                                            : QStringLiteral("Rentals > Rental properties and units");
    if (a == QLatin1String("leases"))
        return b == QLatin1String("tenants") ? QStringLiteral("Rentals > Tenants") : QStringLiteral("Rentals > Leases");
    if (a == QLatin1String("tasks"))
        return QStringLiteral("Tasks > Tasks");
    if (a == QLatin1String("workorders"))
        return QStringLiteral("Maintenance > Work Orders");
    if (a == QLatin1String("vendors"))
        return QStringLiteral("Maintenance > Vendors");
    if (a == QLatin1String("users"))
        return QStringLiteral("Administration > Users");
    if (a == QLatin1String("files"))
        return QStringLiteral("Documents > Files");
    return {};
}

Error BuildiumErrors::httpError(int status, const QByteArray &body, const QString &path)
{
    const QString server = serverWords(body);
    if (status == 401) {
        const QString key = firstKey(body).toLower();
        if (key == QLatin1String("x-buildium-client-id"))
            return Error(tr("Buildium does not know this API key's client ID: enter the client ID of an active key "
                            "(Buildium: Settings > Developer Tools) in Settings > Connection."),
                QStringLiteral("auth"), status);
        return Error(tr("Buildium refused the API key: enter the key's current client secret (or the client ID and "
                        "secret of a new key from Buildium's Settings > Developer Tools) in Settings > Connection."),
            QStringLiteral("auth"), status);
    }
    if (status == 403) {
        // The body names the permission when Buildium says which one; else the one the file lists.
        static const QRegularExpression named(QStringLiteral("([A-Z][A-Za-z ]+ > [A-Za-z][A-Za-z ]*[a-z])"));
        const QRegularExpressionMatch m = named.match(server);
        QString permission = m.hasMatch() ? m.captured(1).trimmed() : permissionFor(path);
        if (permission.isEmpty())
            permission = path;
        return Error(tr("The Buildium API key has no permission for %1: allow it in Buildium (Settings > Developer "
                        "Tools > the key's permissions), then sync again.")
                         .arg(permission),
            QStringLiteral("auth"), status);
    }
    const QString said = server.isEmpty() ? QString() : QLatin1Char(' ') + tr("Buildium said: %1").arg(server);
    switch (status) {
    case 400:
        return Error(tr("Buildium refused the request to %1 as malformed (HTTP 400).").arg(path) + said,
            QStringLiteral("http-400"), status);
    case 404:
        return Error(tr("Buildium has no %1 (HTTP 404): it may have been deleted.").arg(path) + said,
            QStringLiteral("not-found"), status);
    case 409:
        return Error(tr("Buildium refused the change to %1 because it conflicts with the record as it is now "
                        "(HTTP 409).")
                         .arg(path)
                + said,
            QStringLiteral("conflict"), status);
    case 415:
        return Error(tr("Buildium did not accept the format of the request to %1 (HTTP 415).").arg(path) + said,
            QStringLiteral("http-415"), status);
    case 422:
        return Error(tr("Buildium could not use the data sent to %1 (HTTP 422).").arg(path) + said,
            QStringLiteral("validation"), status);
    case 429:
        return Error(tr("Buildium is limiting requests (HTTP 429); try again in a few minutes."),
            QStringLiteral("rate-limited"), status);
    default:
        break;
    }
    if (status >= 500 && status <= 599)
        return Error(tr("Buildium had a problem answering (HTTP %1); try again later.").arg(status) + said,
            QStringLiteral("server"), status);
    if (status >= 400 && status <= 499)
        return Error(tr("Buildium refused the request to %1 (HTTP %2).").arg(path).arg(status) + said,
            QStringLiteral("http-%1").arg(status), status);
    return Error(tr("Buildium answered with an unexpected HTTP status %1.").arg(status), QStringLiteral("protocol"),
        status);
}

} // namespace pms::buildium
