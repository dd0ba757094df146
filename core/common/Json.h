#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace pms::json {

/// Tolerant readers for PMS JSON: a wrong type or a null gives the fallback, never a crash.
QString str(const QJsonObject &o, QLatin1StringView key);
std::optional<qint64> id(const QJsonObject &o, QLatin1StringView key); // positive int64 only
std::optional<bool> boolean(const QJsonObject &o, QLatin1StringView key);
std::optional<double> number(const QJsonObject &o, QLatin1StringView key);
QDate date(const QJsonObject &o, QLatin1StringView key);           // YYYY-MM-DD
QDateTime dateTime(const QJsonObject &o, QLatin1StringView key);   // ISO with Z or offset, as UTC

QDateTime parseDateTime(const QString &text);
QString formatDateTime(const QDateTime &dt); // YYYY-MM-DDTHH:mm:ssZ
QString formatDate(const QDate &d);

} // namespace pms::json
