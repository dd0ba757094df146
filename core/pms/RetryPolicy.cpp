#include "RetryPolicy.h"

#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>

namespace pms {

namespace {

int monthFromName(QStringView name)
{
    static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                         "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int i = 0; i < 12; ++i) {
        if (name.compare(QLatin1String(months[i]), Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    return 0;
}

QDateTime makeUtc(int year, int month, int day, int h, int m, int s)
{
    const QDate date(year, month, day);
    const QTime time(h, m, s);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

RetryPolicy::RetryPolicy(int baseMs, int capMs, int maxAttempts, Random random)
    : m_baseMs(std::max(0, baseMs))
    , m_capMs(std::max(0, capMs))
    , m_maxAttempts(std::max(1, maxAttempts))
    , m_random(std::move(random))
{
    if (!m_random)
        m_random = [] { return QRandomGenerator::global()->generateDouble(); };
}

qint64 RetryPolicy::backoffMs(int retry) const
{
    if (retry < 1)
        retry = 1;
    qint64 d = m_baseMs;
    for (int i = 1; i < retry && d < m_capMs; ++i)
        d *= 2; // doubling stops at the cap, so no overflow however large retry is
    return std::min<qint64>(d, m_capMs);
}

qint64 RetryPolicy::delayMs(int retry, std::optional<qint64> retryAfterMs) const
{
    const qint64 d = backoffMs(retry);
    double r = m_random();
    if (!(r >= 0.0)) // also catches NaN
        r = 0.0;
    if (r > 1.0)
        r = 1.0;
    const qint64 jittered = d / 2 + qint64(double(d - d / 2) * r);
    if (retryAfterMs && *retryAfterMs > jittered)
        return *retryAfterMs;
    return jittered;
}

std::optional<qint64> RetryPolicy::parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool allDigits = true;
    for (char c : v)
        allDigits = allDigits && c >= '0' && c <= '9';
    if (allDigits) {
        if (v.size() > 9) // more than ~31 years: treat as "very long" without overflowing
            return qint64(999999999) * 1000;
        return v.toLongLong() * 1000;
    }
    const QDateTime when = parseHttpDate(v);
    if (!when.isValid())
        return std::nullopt;
    return std::max<qint64>(0, nowUtc.msecsTo(when));
}

QDateTime RetryPolicy::parseHttpDate(const QByteArray &value)
{
    const QString text = QString::fromLatin1(value.trimmed());
    // IMF-fixdate: Sun, 06 Nov 1994 08:49:37 GMT
    static const QRegularExpression imf(QStringLiteral(
        "^[A-Za-z]{3}, (\\d{1,2}) ([A-Za-z]{3}) (\\d{4}) (\\d{2}):(\\d{2}):(\\d{2}) GMT$"));
    // RFC 850: Sunday, 06-Nov-94 08:49:37 GMT
    static const QRegularExpression rfc850(QStringLiteral(
        "^[A-Za-z]+, (\\d{1,2})-([A-Za-z]{3})-(\\d{2}) (\\d{2}):(\\d{2}):(\\d{2}) GMT$"));
    // asctime: Sun Nov  6 08:49:37 1994
    static const QRegularExpression asctime(QStringLiteral(
        "^[A-Za-z]{3} ([A-Za-z]{3}) +(\\d{1,2}) (\\d{2}):(\\d{2}):(\\d{2}) (\\d{4})$"));

    QRegularExpressionMatch m = imf.match(text);
    if (m.hasMatch()) {
        return makeUtc(m.captured(3).toInt(), monthFromName(m.capturedView(2)), m.captured(1).toInt(),
                       m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    }
    m = rfc850.match(text);
    if (m.hasMatch()) {
        int year = m.captured(3).toInt();
        year += year < 70 ? 2000 : 1900; // RFC 7231 7.1.1.1: interpret per the 50-year rule, close enough
        return makeUtc(year, monthFromName(m.capturedView(2)), m.captured(1).toInt(), m.captured(4).toInt(),
                       m.captured(5).toInt(), m.captured(6).toInt());
    }
    m = asctime.match(text);
    if (m.hasMatch()) {
        return makeUtc(m.captured(6).toInt(), monthFromName(m.capturedView(1)), m.captured(2).toInt(),
                       m.captured(3).toInt(), m.captured(4).toInt(), m.captured(5).toInt());
    }
    return {};
}

bool RetryPolicy::isRetryableStatus(int httpStatus, bool idempotent)
{
    if (httpStatus == 408 || httpStatus == 429 || httpStatus == 503)
        return true;
    return idempotent && httpStatus >= 500 && httpStatus <= 599;
}

bool RetryPolicy::neverReachedServer(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        return true;
    default:
        return false;
    }
}

bool RetryPolicy::isRetryableNetworkError(QNetworkReply::NetworkError error, bool idempotent)
{
    if (neverReachedServer(error))
        return true;
    if (!idempotent)
        return false;
    switch (error) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
        return true;
    default:
        // TLS failures, redirects to insecure URLs, protocol errors: trying again won't help
        return false;
    }
}

} // namespace pms
