#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace pms::buildium {

/// Buildium's error answers (ApiErrorResponse {UserMessage, ErrorCode, Errors:[{Key, Value}]}) in
/// words a property manager can act on. Network failures, timeouts and unreadable bodies go through
/// pms::ErrorMapper like every PMS's.
///
/// Codes: "auth" (401: the key; 403: a permission; both stop a run), "http-400", "not-found",
/// "conflict" (409), "http-415", "validation" (422), "rate-limited" (429), "server" (5xx),
/// "protocol" (a status the file does not list).
class BuildiumErrors
{
    Q_DECLARE_TR_FUNCTIONS(pms::buildium::BuildiumErrors)

public:
    /// @p path is the request's path ("/v1/tasks"), used to name the permission a 403 lacks when
    /// the body does not name one.
    static Error httpError(int httpStatus, const QByteArray &body, const QString &path);
    /// The permission an API path needs, as the OpenAPI file names it ("Tasks > Tasks").
    static QString permissionFor(const QString &path);
    /// UserMessage and Errors[] as one line; empty when the body is not an ApiErrorResponse.
    static QString serverWords(const QByteArray &body);
    /// The first Errors[].Key of an ApiErrorResponse.
    static QString firstKey(const QByteArray &body);
};

} // namespace pms::buildium
