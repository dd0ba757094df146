#include "ScheduleRepository.h"

#include "Database.h"
#include "common/Json.h"
#include "common/Logging.h"

#include <QSqlQuery>
#include <QVariant>

namespace pms {

quint32 ScheduleRepository::seedFor(const QString &baseUrl, const QString &systemId, ScheduledJob job)
{
    return scheduleSeed(baseUrl + QLatin1Char('|') + systemId + QLatin1Char('|') + scheduledJobName(job));
}

Result<QHash<ScheduledJob, ScheduleSpec>> ScheduleRepository::specs(qint64 connectionId)
{
    QSqlQuery &c = m_db.prepare(QStringLiteral("SELECT base_url, system_id FROM connections WHERE id=?"));
    c.addBindValue(connectionId);
    if (Status s = Database::exec(c, "read connection for schedules"); !s.ok())
        return s.error();
    if (!c.next())
        return Error(QObject::tr("There is no connection %1 in this cache.").arg(connectionId),
                     QStringLiteral("not-found"));
    const QString baseUrl = c.value(0).toString();
    const QString systemId = c.value(1).toString();
    c.finish();

    QHash<ScheduledJob, ScheduleSpec> out;
    for (ScheduledJob job : allScheduledJobs())
        out.insert(job, ScheduleSpec::defaultFor(job, seedFor(baseUrl, systemId, job)));

    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT job, enabled, spec FROM schedules WHERE connection_id=?"));
    q.addBindValue(connectionId);
    if (Status s = Database::exec(q, "read schedules"); !s.ok())
        return s.error();
    while (q.next()) {
        const auto job = scheduledJobFromName(q.value(0).toString());
        if (!job)
            continue;
        const quint32 seed = out.value(*job).seed;
        const QString text = q.value(2).toString();
        Result<ScheduleSpec> spec = ScheduleSpec::parseFor(*job, text, seed);
        if (!spec.ok()) {
            qCWarning(lcSync) << "connection" << connectionId << "job" << scheduledJobName(*job)
                              << "has an unreadable schedule, using the default:" << spec.errorMessage();
            spec = ScheduleSpec::defaultFor(*job, seed);
        }
        spec.value().enabled = q.value(1).toBool();
        out.insert(*job, spec.value());
    }
    q.finish();
    return out;
}

Status ScheduleRepository::save(qint64 connectionId, ScheduledJob job, const ScheduleSpec &spec)
{
    const QString text = spec.sameTimesAs(ScheduleSpec::defaultFor(job)) ? QString() : spec.toString();
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "INSERT INTO schedules (connection_id, job, enabled, spec) VALUES (?,?,?,?) "
        "ON CONFLICT(connection_id, job) DO UPDATE SET enabled=excluded.enabled, spec=excluded.spec"));
    q.addBindValue(connectionId);
    q.addBindValue(scheduledJobName(job));
    q.addBindValue(spec.enabled ? 1 : 0);
    q.addBindValue(nn(text));
    return Database::exec(q, "save schedule");
}

Status ScheduleRepository::saveAll(qint64 connectionId, const QHash<ScheduledJob, ScheduleSpec> &specs)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status();
    for (auto it = specs.constBegin(); it != specs.constEnd(); ++it) {
        if (Status s = save(connectionId, it.key(), it.value()); !s.ok())
            return s;
    }
    return tx.commit();
}

Result<QHash<ScheduledJob, QDateTime>> ScheduleRepository::lastRuns(qint64 connectionId)
{
    QHash<ScheduledJob, QDateTime> out;
    auto keepLatest = [&out](ScheduledJob job, const QDateTime &at) {
        if (at.isValid() && (!out.contains(job) || out.value(job) < at))
            out.insert(job, at);
    };

    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT job, last_success_started_at FROM sync_cursors WHERE connection_id=?"));
    q.addBindValue(connectionId);
    if (Status s = Database::exec(q, "read sync cursors"); !s.ok())
        return s.error();
    while (q.next()) {
        if (const auto job = scheduledJobFromName(q.value(0).toString()))
            keepLatest(*job, json::parseDateTime(q.value(1).toString()));
    }
    q.finish();

    QSqlQuery &r = m_db.prepare(QStringLiteral(
        "SELECT max(started_at) FROM reconciliation_snapshots WHERE connection_id=? AND status='completed'"));
    r.addBindValue(connectionId);
    if (Status s = Database::exec(r, "read last reconciliation"); !s.ok())
        return s.error();
    if (r.next() && !r.value(0).isNull())
        keepLatest(ScheduledJob::Reconciliation, json::parseDateTime(r.value(0).toString()));
    r.finish();
    return out;
}

} // namespace pms
