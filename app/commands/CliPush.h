#pragma once

#include "common/ConnectionInfo.h"
#include "workorders/WorkOrderPusher.h"

#include <functional>

namespace pms {
class Database;
}

namespace pms::app {

/// Runs one drain of the work-order outbox in this thread (R10–R12) and returns what it did:
/// all due changes of @p connection, or one work order's when @p workOrderId > 0. @p now ignores
/// back-off (and, for one work order, retries what failed), as Sync Now does in the window.
/// @p changed hears each work order whose sync state or history changed.
/// When the pusher itself did not finish within the silence limit the outcome has timedOut set.
PushOutcome pushOutbox(Database &db, const ConnectionInfo &connection, const QString &secret, qint64 workOrderId, bool now,
                       const std::function<void(qint64 workOrderId)> &changed = {});

} // namespace pms::app
