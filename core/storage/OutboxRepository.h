#pragma once

#include "common/Result.h"
#include "domain/WorkOrderTypes.h"

#include <optional>

namespace pms {

class Database;

/// The work-order outbox (R12): every change to a work order made in the app is one row, pushed
/// in id order per work order by WorkOrderPusher. Entries survive restarts; an entry left
/// 'in_flight' by a crash goes back to 'pending' (recoverInFlight()).
///
/// last_error keeps the client's error code in front of the words ("[auth] ...") so that
/// failures caused by credentials can be retried once they are fixed.
class OutboxRepository
{
public:
    explicit OutboxRepository(Database &db) : m_db(db) {}

    /// Adds an entry and marks the work order 'pending'. Runs inside the caller's transaction.
    Result<qint64> enqueue(qint64 workOrderId, const QString &op, const QJsonObject &payload = {});
    /// in_flight → pending (the process stopped in the middle of a push). Returns the count.
    Result<int> recoverInFlight();
    /// Work orders of @p connectionId with an entry that can be pushed now: pending and due at
    /// @p now (an invalid @p now ignores back-off). @p workOrderId > 0 restricts to that one.
    Result<QList<qint64>> workOrdersToPush(qint64 connectionId, const QDateTime &now, qint64 workOrderId = 0);
    /// The first entry of the work order that is not done (its order matters), if any.
    Result<std::optional<OutboxEntry>> head(qint64 workOrderId);
    Result<QList<OutboxEntry>> entries(qint64 workOrderId);

    /// in_flight, attempts + 1.
    Status markInFlight(qint64 entryId);
    Status markDone(qint64 entryId, const QDateTime &at);
    /// Back to pending, to try again at @p next (transient errors).
    Status reschedule(qint64 entryId, const QDateTime &next, const QString &code, const QString &error);
    /// Stops: the entry waits for an edit or Sync Now (400s, auth).
    Status markFailed(qint64 entryId, const QString &code, const QString &error);
    Status updatePayload(qint64 entryId, const QJsonObject &payload);
    /// failed → pending (due now) for one work order (0 = all of the connection); @p onlyCode
    /// restricts to entries that failed with that error code ("auth": credentials, "gate": R5
    /// work-order sync off). Returns the count.
    Result<int> retryFailed(qint64 connectionId, qint64 workOrderId, const QString &onlyCode = {});
    /// Entries not done, per state, for a connection (diagnostics and the push command).
    Result<int> countInState(qint64 connectionId, const QString &state);

    /// Recomputes work_orders.sync_state from the work order's entries: failed if one failed
    /// (sync_error = its words), pending while entries wait (sync_error = the last transient
    /// failure, if any), synced when all are done.
    Status refreshSyncState(qint64 workOrderId);

    /// "[code] words" → code / words.
    static QString codeOf(const QString &lastError);
    static QString wordsOf(const QString &lastError);

private:
    Database &m_db;
};

} // namespace pms
