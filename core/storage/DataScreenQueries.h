#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace pms {

class Database;

/// Small reads the data screens need besides their tables: filter choices, the run chart,
/// a run's counts, a work order's events, the R5 gate. Each returns at most a few hundred rows;
/// the screens still call them on a pool thread (some scan an index of a big table).
class DataScreenQueries
{
public:
    struct Choice
    {
        qint64 id = 0;
        QString name;
    };
    struct RunPoint
    {
        qint64 id = 0;
        QString kind;
        QString status;
        QDateTime startedAt;
        double seconds = 0;
        qint64 records = 0;
    };
    struct EntityCount
    {
        QString entity;
        int created = 0, updated = 0, unchanged = 0, skipped = 0, failed = 0;
    };
    struct Event
    {
        QDateTime at;
        QString kind;
        QString message;
    };
    /// Whether work orders sync for a connection (R5).
    struct WorkOrderGate
    {
        bool known = false;
        QString integrationEmail;
        QString pmsUserEmail;   // empty: the PMS has not told us yet
        bool open() const { return !known || pmsUserEmail.isEmpty() || integrationEmail.compare(pmsUserEmail, Qt::CaseInsensitive) == 0; }
    };

    static QList<Choice> properties(Database &db, qint64 connectionId);
    /// Distinct non-empty work order statuses, lease statuses.
    static QStringList workOrderStatuses(Database &db, qint64 connectionId);
    static QStringList leaseStatuses(Database &db, qint64 connectionId);
    /// The last @p limit finished runs, oldest first.
    static QList<RunPoint> runHistory(Database &db, qint64 connectionId, int limit = 60);
    static QList<EntityCount> runCounts(Database &db, qint64 runId);
    static QList<Event> workOrderEvents(Database &db, qint64 workOrderId, int limit = 50);
    static WorkOrderGate workOrderGate(Database &db, qint64 connectionId);
};

} // namespace pms
