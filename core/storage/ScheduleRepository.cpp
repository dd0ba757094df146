#include "ScheduleRepository.h"

#include "Database.h"
#include "DefaultSchedule.h"

#include <QSqlQuery>
#include <QVariant>

namespace pms {

QList<ScheduleEntry> ScheduleRepository::forConnection(qint64 connectionId)
{
    QList<ScheduleEntry> out;
    for (const QString &job : DefaultSchedule::jobs())
        out.append(ScheduleEntry{job, true, {}});
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT job, enabled, spec FROM schedules WHERE connection_id=?"));
    q.addBindValue(connectionId);
    if (!Database::exec(q, "read schedules").ok())
        return out;
    while (q.next()) {
        const QString job = q.value(0).toString();
        for (ScheduleEntry &e : out) {
            if (e.job == job) {
                e.enabled = q.value(1).toBool();
                e.spec = q.value(2).toString();
            }
        }
    }
    q.finish();
    return out;
}

Status ScheduleRepository::save(qint64 connectionId, const ScheduleEntry &entry)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "INSERT INTO schedules(connection_id, job, enabled, spec) VALUES (?,?,?,?) "
        "ON CONFLICT(connection_id, job) DO UPDATE SET enabled=excluded.enabled, spec=excluded.spec"));
    q.addBindValue(connectionId);
    q.addBindValue(entry.job);
    q.addBindValue(entry.enabled);
    q.addBindValue(nn(entry.spec));
    return Database::exec(q, "save schedule");
}

} // namespace pms
