#include "VendorRepository.h"

#include "Database.h"
#include "common/Clock.h"
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

const char *const kColumns = "id, external_ref, name, trade, email, phone, address, city, state, postal_code, "
                             "insurance_expires, notes, imported_at";

Vendor readVendor(const QSqlQuery &q)
{
    Vendor v;
    v.id = q.value(0).toLongLong();
    v.externalRef = q.value(1).toString();
    v.name = q.value(2).toString();
    v.trade = q.value(3).toString();
    v.email = q.value(4).toString();
    v.phone = q.value(5).toString();
    v.address = q.value(6).toString();
    v.city = q.value(7).toString();
    v.state = q.value(8).toString();
    v.postalCode = q.value(9).toString();
    v.insuranceExpires = q.value(10).toString();
    v.notes = q.value(11).toString();
    v.importedAt = q.value(12).toString();
    return v;
}

Error constraintError(const Vendor &v)
{
    return Error(QObject::tr("Service provider '%1' cannot be saved: its name is empty or its external_ref "
                             "'%2' is already used.")
                     .arg(v.name, v.externalRef),
                 QStringLiteral("constraint"));
}

} // namespace

Result<qint64> VendorRepository::insert(const Vendor &v)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "INSERT INTO vendors (external_ref, name, trade, email, phone, address, city, state, postal_code, "
        "insurance_expires, notes, imported_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id"));
    q.addBindValue(orNull(v.externalRef));
    q.addBindValue(nn(v.name));
    q.addBindValue(nn(v.trade));
    q.addBindValue(nn(v.email));
    q.addBindValue(nn(v.phone));
    q.addBindValue(nn(v.address));
    q.addBindValue(nn(v.city));
    q.addBindValue(nn(v.state));
    q.addBindValue(nn(v.postalCode));
    q.addBindValue(orNull(v.insuranceExpires));
    q.addBindValue(nn(v.notes));
    q.addBindValue(v.importedAt.isEmpty() ? json::formatDateTime(Clock::instance()->nowUtc()) : v.importedAt);
    if (Status s = Database::exec(q, "insert vendor"); !s.ok())
        return s.error().code == QLatin1String("constraint") ? constraintError(v) : s.error();
    return Database::returnedId(q);
}

Status VendorRepository::update(const Vendor &v)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "UPDATE vendors SET external_ref = ?, name = ?, trade = ?, email = ?, phone = ?, address = ?, city = ?, "
        "state = ?, postal_code = ?, insurance_expires = ?, notes = ? WHERE id = ?"));
    q.addBindValue(orNull(v.externalRef));
    q.addBindValue(nn(v.name));
    q.addBindValue(nn(v.trade));
    q.addBindValue(nn(v.email));
    q.addBindValue(nn(v.phone));
    q.addBindValue(nn(v.address));
    q.addBindValue(nn(v.city));
    q.addBindValue(nn(v.state));
    q.addBindValue(nn(v.postalCode));
    q.addBindValue(orNull(v.insuranceExpires));
    q.addBindValue(nn(v.notes));
    q.addBindValue(v.id);
    if (Status s = Database::exec(q, "update vendor"); !s.ok())
        return s.error().code == QLatin1String("constraint") ? constraintError(v) : s.error();
    const int changed = q.numRowsAffected();
    q.finish();
    if (changed != 1)
        return Error(QObject::tr("Service provider '%1' cannot be saved: it is no longer in the cache.").arg(v.name),
                     QStringLiteral("not_found"));
    return {};
}

Status VendorRepository::insertAll(const QList<Vendor> &vendors)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status();
    for (const Vendor &v : vendors)
        if (auto r = insert(v); !r.ok())
            return r.error();
    return tx.commit();
}

Vendor VendorRepository::find(qint64 id)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT %1 FROM vendors WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    Vendor v;
    if (Database::exec(q, "find vendor").ok() && q.next())
        v = readVendor(q);
    q.finish();
    return v;
}

Vendor VendorRepository::findByExternalRef(const QString &ref)
{
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("SELECT %1 FROM vendors WHERE external_ref = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(ref);
    Vendor v;
    if (!ref.isEmpty() && Database::exec(q, "find vendor by reference").ok() && q.next())
        v = readVendor(q);
    q.finish();
    return v;
}

QList<Vendor> VendorRepository::all()
{
    QList<Vendor> out;
    QSqlQuery &q
        = m_db.prepare(QStringLiteral("SELECT %1 FROM vendors ORDER BY id").arg(QLatin1String(kColumns)));
    if (!Database::exec(q, "list vendors").ok())
        return out;
    while (q.next())
        out.append(readVendor(q));
    q.finish();
    return out;
}

qint64 VendorRepository::count()
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT count(*) FROM vendors"));
    const qint64 n = Database::exec(q, "count vendors").ok() && q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return n;
}

} // namespace pms
