#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QNetworkReply>

namespace pms {

/// Turns HTTP statuses, network errors and bad bodies into pms::Error values a user can act on.
///
/// Codes: "auth" (401/403), "http-400" and "http-<status>" for other refused requests, "not-found",
/// "rate-limited" (429), "server" (5xx), "network" (names the host), "timeout", "tls", "protocol"
/// (unreadable answer), "uncertain" (a POST/PUT may or may not have been applied), "cancelled",
/// "insecure-url" and "invalid-url" (the base URL), "file" (an upload's file cannot be read),
/// "incomplete" (a list stopped before the PMS's own total).
class ErrorMapper
{
    Q_DECLARE_TR_FUNCTIONS(pms::ErrorMapper)

public:
    /// A non-2xx answer. body may hold a Propertyware ErrorResponse.
    static Error httpError(int httpStatus, const QByteArray &body, const QString &host, const QString &path);
    /// A failure without a usable HTTP status (connection, TLS, ...).
    static Error networkError(QNetworkReply::NetworkError error, const QString &detail, const QString &host);
    static Error timeout(const QString &host, int timeoutMs);
    /// A 2xx whose body stopped before its Content-Length (a reset or close part-way): code "network".
    static Error shortBody(const QString &host, qint64 received, qint64 promised);
    /// A POST/PUT whose fate is unknown: the connection broke after the request may have been sent.
    static Error uncertain(const QString &host, const QString &why, int httpStatus = 0);
    static Error cancelled();
    static Error protocol(const QString &what, int httpStatus = 0);
    /// For a 2xx body that is not the JSON asked for: a clear word when it is a web page.
    static Error unreadableBody(const QByteArray &body, const QByteArray &contentType, const QString &parseError,
                                int httpStatus);

    /// The words of a Propertyware ErrorResponse: userMessage, then errors[].message; empty when none.
    static QString errorResponseMessage(const QByteArray &body);
    /// True when the body looks like HTML (a login page, a proxy error page, ...).
    static bool looksLikeHtml(const QByteArray &body, const QByteArray &contentType);
};

} // namespace pms
