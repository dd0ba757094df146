#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>

#include <functional>
#include <optional>

namespace pms {

/// When to try a request again and how long to wait first. Pure: the random source and the
/// current time are passed in, so tests get exact numbers.
///
/// Delay before retry n (n = 1 for the first retry): capped exponential back-off with "equal
/// jitter", i.e. a uniform value in [d/2, d] where d = min(cap, base * 2^(n-1)). A Retry-After from
/// the server is a lower bound: the delay is max(Retry-After, back-off).
class RetryPolicy
{
public:
    using Random = std::function<double()>; // uniform in [0, 1)

    RetryPolicy(int baseMs = 500, int capMs = 30000, int maxAttempts = 6, Random random = {});

    int maxAttempts() const { return m_maxAttempts; }
    /// True when a request that has been tried attemptsMade times may be tried again.
    bool canRetry(int attemptsMade) const { return attemptsMade < m_maxAttempts; }

    /// The un-jittered back-off for retry n (1-based), capped.
    qint64 backoffMs(int retry) const;
    /// The delay to wait before retry n, with jitter, at least retryAfterMs when the server sent one.
    qint64 delayMs(int retry, std::optional<qint64> retryAfterMs = std::nullopt) const;

    /// Retry-After as milliseconds from now: delta-seconds ("120") or an HTTP-date (IMF-fixdate,
    /// RFC 850 or asctime). A date in the past gives 0; garbage or a negative number gives nullopt.
    static std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc);
    /// An HTTP-date as UTC, invalid when it is not one.
    static QDateTime parseHttpDate(const QByteArray &value);

    /// Whether an HTTP status may be retried. Idempotent requests (GET) are retried on 408, 429 and
    /// every 5xx; others (POST, PUT) only when the server said it did not process them (408, 429, 503).
    static bool isRetryableStatus(int httpStatus, bool idempotent);
    /// Whether a network error (no HTTP status) may be retried. Non-idempotent requests only when
    /// the request cannot have reached the server (connection refused, host not found).
    static bool isRetryableNetworkError(QNetworkReply::NetworkError error, bool idempotent);
    /// True when a network error means the request never left this machine.
    static bool neverReachedServer(QNetworkReply::NetworkError error);

private:
    int m_baseMs;
    int m_capMs;
    int m_maxAttempts;
    Random m_random;
};

} // namespace pms
