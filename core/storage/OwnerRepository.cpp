#include "OwnerRepository.h"

#include "Database.h"
#include "common/Clock.h"
#include "common/Json.h"

#include <QObject>
#include <QSqlQuery>
#include <QVariant>

namespace pms {

namespace {

QVariant refOrNull(const QString &ref)
{
    return ref.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(ref);
}

const char *const kColumns
    = "id, external_ref, name, email, phone, address, city, state, postal_code, notes, imported_at";

Owner readOwner(const QSqlQuery &q)
{
    Owner o;
    o.id = q.value(0).toLongLong();
    o.externalRef = q.value(1).toString();
    o.name = q.value(2).toString();
    o.email = q.value(3).toString();
    o.phone = q.value(4).toString();
    o.address = q.value(5).toString();
    o.city = q.value(6).toString();
    o.state = q.value(7).toString();
    o.postalCode = q.value(8).toString();
    o.notes = q.value(9).toString();
    o.importedAt = q.value(10).toString();
    return o;
}

Error constraintError(const Owner &o)
{
    return Error(QObject::tr("Owner '%1' cannot be saved: its name is empty or its external_ref '%2' is "
                             "already used.")
                     .arg(o.name, o.externalRef),
                 QStringLiteral("constraint"));
}

} // namespace

Result<qint64> OwnerRepository::insert(const Owner &o)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "INSERT INTO owners (external_ref, name, email, phone, address, city, state, postal_code, notes, imported_at) "
        "VALUES (?,?,?,?,?,?,?,?,?,?) RETURNING id"));
    q.addBindValue(refOrNull(o.externalRef));
    q.addBindValue(nn(o.name));
    q.addBindValue(nn(o.email));
    q.addBindValue(nn(o.phone));
    q.addBindValue(nn(o.address));
    q.addBindValue(nn(o.city));
    q.addBindValue(nn(o.state));
    q.addBindValue(nn(o.postalCode));
    q.addBindValue(nn(o.notes));
    q.addBindValue(o.importedAt.isEmpty() ? json::formatDateTime(Clock::instance()->nowUtc()) : o.importedAt);
    if (Status s = Database::exec(q, "insert owner"); !s.ok())
        return s.error().code == QLatin1String("constraint") ? constraintError(o) : s.error();
    return Database::returnedId(q);
}

Status OwnerRepository::update(const Owner &o)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "UPDATE owners SET external_ref = ?, name = ?, email = ?, phone = ?, address = ?, city = ?, state = ?, "
        "postal_code = ?, notes = ? WHERE id = ?"));
    q.addBindValue(refOrNull(o.externalRef));
    q.addBindValue(nn(o.name));
    q.addBindValue(nn(o.email));
    q.addBindValue(nn(o.phone));
    q.addBindValue(nn(o.address));
    q.addBindValue(nn(o.city));
    q.addBindValue(nn(o.state));
    q.addBindValue(nn(o.postalCode));
    q.addBindValue(nn(o.notes));
    q.addBindValue(o.id);
    if (Status s = Database::exec(q, "update owner"); !s.ok())
        return s.error().code == QLatin1String("constraint") ? constraintError(o) : s.error();
    const int changed = q.numRowsAffected();
    q.finish();
    if (changed != 1)
        return Error(QObject::tr("Owner '%1' cannot be saved: it is no longer in the cache.").arg(o.name),
                     QStringLiteral("not_found"));
    return {};
}

Status OwnerRepository::insertAll(const QList<Owner> &owners)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status();
    for (const Owner &o : owners)
        if (auto r = insert(o); !r.ok())
            return r.error();
    return tx.commit();
}

Owner OwnerRepository::find(qint64 id)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT %1 FROM owners WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    Owner o;
    if (Database::exec(q, "find owner").ok() && q.next())
        o = readOwner(q);
    q.finish();
    return o;
}

Owner OwnerRepository::findByExternalRef(const QString &ref)
{
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("SELECT %1 FROM owners WHERE external_ref = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(ref);
    Owner o;
    if (!ref.isEmpty() && Database::exec(q, "find owner by reference").ok() && q.next())
        o = readOwner(q);
    q.finish();
    return o;
}

QList<Owner> OwnerRepository::all()
{
    QList<Owner> out;
    QSqlQuery &q
        = m_db.prepare(QStringLiteral("SELECT %1 FROM owners ORDER BY id").arg(QLatin1String(kColumns)));
    if (!Database::exec(q, "list owners").ok())
        return out;
    while (q.next())
        out.append(readOwner(q));
    q.finish();
    return out;
}

qint64 OwnerRepository::count()
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT count(*) FROM owners"));
    const qint64 n = Database::exec(q, "count owners").ok() && q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return n;
}

} // namespace pms
