#pragma once

#include "common/Result.h"
#include "storage/ReconciliationRepository.h"

#include <QDate>
#include <QList>

namespace pms {

class Database;

/// Reads for the Reconciliation screen: recent snapshots, the units of one (filtered in SQL), the
/// units waiting for review and deactivations per month. Meant for a background read connection.
class ReconciliationQueries
{
public:
    explicit ReconciliationQueries(Database &db)
        : m_db(db)
    { }

    /// Newest first.
    Result<QList<ReconcileSnapshotRow>> recentSnapshots(qint64 connectionId, int limit = 200);

    /// Items of a snapshot: @p action one of the item actions or empty for all; @p text matched
    /// (case-insensitively for ASCII) against property, unit, address and PMS unit id. At most
    /// @p limit rows (0: all), ordered by property, unit.
    Result<QList<ReconcileItemRow>> items(
        qint64 snapshotId, const QString &action, const QString &text, int limit = 0);

    /// A unit waiting for a decision: reconciliation deactivated it and the PMS lists it again.
    struct ReviewRow
    {
        qint64 unitId = 0;
        qint64 pmsUnitId = 0;
        qint64 pmsPropertyId = 0;
        QString propertyName, unitName, address;
        QDateTime deactivatedAt;
        qint64 snapshotId = 0; // the run that deactivated it
    };
    Result<QList<ReviewRow>> needsReview(qint64 connectionId);

    struct MonthCount
    {
        QDate month; // the first of the month (UTC)
        int deactivated = 0;
    };
    /// Deactivations per month for the @p months months ending with @p lastMonth (every month
    /// present, zero when none), oldest first.
    Result<QList<MonthCount>> deactivationsPerMonth(
        qint64 connectionId, const QDate &lastMonth, int months = 12);

private:
    Database &m_db;
};

} // namespace pms
