#pragma once

#include "common/Result.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace pms {

/// Where and as whom to talk to Propertyware. The secret comes from the keychain, never from settings.
struct PmsCredentials
{
    QUrl baseUrl;          // e.g. https://api.propertyware.com/pw/api/rest/v1
    QString systemId;
    QString clientId;
    QString clientSecret;
};

/// Tuning of the client. Tests shrink the delays; production keeps the defaults.
struct ClientOptions
{
    int maxInFlight = 4;        // requests on the wire at once, across all jobs of one client
    int timeoutMs = 30000;      // transfer timeout: no byte up or down for this long aborts the attempt
    int maxAttempts = 6;        // first try included
    int backoffBaseMs = 500;
    int backoffCapMs = 30000;
    int pageSize = 500;         // the API allows 1..500
    int pageOverlap = 5;        // records shared by consecutive pages, to detect offset shifts
    int maxRetryAfterMs = 300000; // a Retry-After longer than this is not waited for (error "rate-limited")
    int maxPages = 20000;       // absolute cap on page requests of one list, whatever the server says
    /// The longest one request may take, retries and back-off included, from its first byte sent:
    /// a silent PMS fails the request (error "timeout") within this, whatever timeoutMs and
    /// maxAttempts say. The app sets it from the cache's "pms.silence_limit_seconds" (NetworkSettings).
    int silenceLimitMs = 60000;
};

enum class PmsEntity { Portfolios, Buildings, Units, Leases, Contacts, WorkOrders, Vendors };

/// The collection path of an entity: "portfolios", "buildings", "units", "leases", "contacts",
/// "workorders", "vendors".
QString entityPath(PmsEntity entity);
/// Words for messages ("work orders"), translated.
QString entityDisplayName(PmsEntity entity);

/// A record the client could not deliver (not an object, no valid id): skipped and reported.
struct RecordProblem
{
    qint64 id = 0;      // the record's id when it had a usable number, 0 otherwise
    QString reason;
};

/// One page of a list, as delivered by ListJob::page(): records are unique across the whole list.
struct PmsPage
{
    PmsEntity entity = PmsEntity::Portfolios;
    QList<QJsonObject> records;
    QList<RecordProblem> problems;
    int pageIndex = 0;        // 0, 1, 2, ... in delivery order
    int pagesExpected = 0;    // the current estimate (grows when records are inserted while paging)
    qint64 totalCount = -1;   // the latest X-Total-Count, -1 when the server did not send a usable one
};

/// Registers the value types the client's signals carry, so they can cross queued connections.
/// PropertywareClient's constructor calls it; calling it again is harmless.
void registerPmsMetaTypes();

} // namespace pms

Q_DECLARE_METATYPE(pms::PmsPage)
Q_DECLARE_METATYPE(pms::Status)
Q_DECLARE_METATYPE(pms::Result<QJsonDocument>)
