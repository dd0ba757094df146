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
    if (Status s = Database::exec(q, "insert vendor"); !s.ok()) {
        if (s.error().code == QLatin1String("constraint"))
            return Error(QObject::tr("Service provider '%1' cannot be saved: its name is empty or its external_ref "
                                     "'%2' is already used.")
                             .arg(v.name, v.externalRef),
                         QStringLiteral("constraint"));
        return s.error();
    }
    return Database::returnedId(q);
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

QList<Vendor> VendorRepository::all()
{
    QList<Vendor> out;
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT id, external_ref, name, trade, email, phone, address, city, state, postal_code, insurance_expires, "
        "notes, imported_at FROM vendors ORDER BY id"));
    if (!Database::exec(q, "list vendors").ok())
        return out;
    while (q.next()) {
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
        out.append(v);
    }
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
