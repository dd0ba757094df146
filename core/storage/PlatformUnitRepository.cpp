#include "PlatformUnitRepository.h"

#include "Database.h"
#include "common/Clock.h"
#include "common/CrashPoint.h"
#include "common/Json.h"

#include <QObject>
#include <QSqlQuery>
#include <QVariant>

namespace pms {

namespace {

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

Error constraintError(const PlatformUnit &u)
{
    return Error(QObject::tr("Platform unit '%1' cannot be saved: its name is empty or its external_ref '%2' is "
                             "already used.")
                     .arg(u.name, u.externalRef),
                 QStringLiteral("constraint"));
}

const QString kSelect = QStringLiteral(
    "SELECT id, name, building, floor, external_ref, created_at, updated_at FROM platform_units");

PlatformUnit fromQuery(const QSqlQuery &q)
{
    PlatformUnit u;
    u.id = q.value(0).toLongLong();
    u.name = q.value(1).toString();
    u.building = q.value(2).toString();
    u.floor = q.value(3).toString();
    u.externalRef = q.value(4).toString();
    u.createdAt = q.value(5).toString();
    u.updatedAt = q.value(6).toString();
    return u;
}

} // namespace

Result<qint64> PlatformUnitRepository::insert(const PlatformUnit &u)
{
    const QString now = json::formatDateTime(Clock::instance()->nowUtc());
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "INSERT INTO platform_units (name, building, floor, external_ref, created_at, updated_at) VALUES (?,?,?,?,?,?) RETURNING id"));
    q.addBindValue(nn(u.name));
    q.addBindValue(nn(u.building));
    q.addBindValue(nn(u.floor));
    q.addBindValue(orNull(u.externalRef));
    q.addBindValue(u.createdAt.isEmpty() ? now : u.createdAt);
    q.addBindValue(u.updatedAt.isEmpty() ? now : u.updatedAt);
    if (Status s = Database::exec(q, "insert platform unit"); !s.ok())
        return s.error().code == QLatin1String("constraint") ? constraintError(u) : s.error();
    return Database::returnedId(q);
}

Status PlatformUnitRepository::insertAll(const QList<PlatformUnit> &units)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status();
    for (const PlatformUnit &u : units) {
        if (auto r = insert(u); !r.ok())
            return r.error();
        crashPoint("import-row"); // crash-safety tests: killed inside the import's transaction
    }
    return tx.commit();
}

Status PlatformUnitRepository::update(const PlatformUnit &u)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "UPDATE platform_units SET name=?, building=?, floor=?, external_ref=?, updated_at=? WHERE id=?"));
    q.addBindValue(nn(u.name));
    q.addBindValue(nn(u.building));
    q.addBindValue(nn(u.floor));
    q.addBindValue(orNull(u.externalRef));
    q.addBindValue(json::formatDateTime(Clock::instance()->nowUtc()));
    q.addBindValue(u.id);
    if (Status s = Database::exec(q, "update platform unit"); !s.ok())
        return s.error().code == QLatin1String("constraint") ? Status(constraintError(u)) : s;
    if (q.numRowsAffected() == 0)
        return Error(QObject::tr("There is no platform unit with id %1.").arg(u.id), QStringLiteral("not-found"));
    return {};
}

Status PlatformUnitRepository::remove(qint64 id)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("DELETE FROM platform_units WHERE id=?"));
    q.addBindValue(id);
    return Database::exec(q, "delete platform unit");
}

Result<PlatformUnit> PlatformUnitRepository::get(qint64 id)
{
    QSqlQuery &q = m_db.prepare(kSelect + QStringLiteral(" WHERE id=?"));
    q.addBindValue(id);
    if (Status s = Database::exec(q, "get platform unit"); !s.ok())
        return s.error();
    if (!q.next())
        return Error(QObject::tr("There is no platform unit with id %1.").arg(id), QStringLiteral("not-found"));
    PlatformUnit u = fromQuery(q);
    q.finish();
    return u;
}

QList<PlatformUnit> PlatformUnitRepository::all()
{
    QList<PlatformUnit> out;
    QSqlQuery &q = m_db.prepare(kSelect + QStringLiteral(" ORDER BY id"));
    if (!Database::exec(q, "list platform units").ok())
        return out;
    while (q.next())
        out.append(fromQuery(q));
    q.finish();
    return out;
}

qint64 PlatformUnitRepository::count()
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT count(*) FROM platform_units"));
    const qint64 n = Database::exec(q, "count platform units").ok() && q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return n;
}

} // namespace pms
