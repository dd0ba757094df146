#include "DirectoryEntries.h"

#include "Database.h"
#include "OwnerRepository.h"
#include "SqlDialect.h"
#include "VendorRepository.h"
#include "common/CacheEvents.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace pms {

namespace {

QString trEntries(const char *text)
{
    return QCoreApplication::translate("pms::DirectoryEntries", text);
}

QString thing(ImportEntity entity)
{
    return entity == ImportEntity::Vendors ? trEntries("service provider") : trEntries("owner");
}

} // namespace

DirectoryEntry DirectoryEntry::empty(ImportEntity entity)
{
    DirectoryEntry e;
    e.entity = entity;
    e.values = QStringList(ImportSchema::fields(entity).size(), QString(QLatin1String("")));
    return e;
}

QString DirectoryEntry::value(const QString &key) const
{
    return values.value(ImportSchema::fieldIndex(entity, key));
}

void DirectoryEntry::setValue(const QString &key, const QString &value)
{
    const int i = ImportSchema::fieldIndex(entity, key);
    if (i < 0)
        return;
    if (values.size() <= i)
        values.resize(ImportSchema::fields(entity).size(), QString(QLatin1String("")));
    values[i] = value;
}

DirectoryEntry DirectoryEntries::fromOwner(const Owner &o)
{
    DirectoryEntry e = DirectoryEntry::empty(ImportEntity::Owners);
    e.id = o.id;
    e.setValue(QStringLiteral("name"), o.name);
    e.setValue(QStringLiteral("email"), o.email);
    e.setValue(QStringLiteral("phone"), o.phone);
    e.setValue(QStringLiteral("address"), o.address);
    e.setValue(QStringLiteral("city"), o.city);
    e.setValue(QStringLiteral("state"), o.state);
    e.setValue(QStringLiteral("postal_code"), o.postalCode);
    e.setValue(QStringLiteral("notes"), o.notes);
    e.setValue(QStringLiteral("external_ref"), o.externalRef);
    return e;
}

DirectoryEntry DirectoryEntries::fromVendor(const Vendor &v)
{
    DirectoryEntry e = DirectoryEntry::empty(ImportEntity::Vendors);
    e.id = v.id;
    e.setValue(QStringLiteral("name"), v.name);
    e.setValue(QStringLiteral("trade"), v.trade);
    e.setValue(QStringLiteral("email"), v.email);
    e.setValue(QStringLiteral("phone"), v.phone);
    e.setValue(QStringLiteral("address"), v.address);
    e.setValue(QStringLiteral("city"), v.city);
    e.setValue(QStringLiteral("state"), v.state);
    e.setValue(QStringLiteral("postal_code"), v.postalCode);
    e.setValue(QStringLiteral("insurance_expires"), v.insuranceExpires);
    e.setValue(QStringLiteral("notes"), v.notes);
    e.setValue(QStringLiteral("external_ref"), v.externalRef);
    return e;
}

Owner DirectoryEntries::toOwner(const DirectoryEntry &e)
{
    Owner o;
    o.id = e.id;
    o.name = e.value(QStringLiteral("name"));
    o.email = e.value(QStringLiteral("email"));
    o.phone = e.value(QStringLiteral("phone"));
    o.address = e.value(QStringLiteral("address"));
    o.city = e.value(QStringLiteral("city"));
    o.state = e.value(QStringLiteral("state"));
    o.postalCode = e.value(QStringLiteral("postal_code"));
    o.notes = e.value(QStringLiteral("notes"));
    o.externalRef = e.value(QStringLiteral("external_ref"));
    return o;
}

Vendor DirectoryEntries::toVendor(const DirectoryEntry &e)
{
    Vendor v;
    v.id = e.id;
    v.name = e.value(QStringLiteral("name"));
    v.trade = e.value(QStringLiteral("trade"));
    v.email = e.value(QStringLiteral("email"));
    v.phone = e.value(QStringLiteral("phone"));
    v.address = e.value(QStringLiteral("address"));
    v.city = e.value(QStringLiteral("city"));
    v.state = e.value(QStringLiteral("state"));
    v.postalCode = e.value(QStringLiteral("postal_code"));
    v.insuranceExpires = e.value(QStringLiteral("insurance_expires"));
    v.notes = e.value(QStringLiteral("notes"));
    v.externalRef = e.value(QStringLiteral("external_ref"));
    return v;
}

DirectoryEntry DirectoryEntries::find(ImportEntity entity, qint64 id)
{
    if (entity == ImportEntity::Vendors)
        return fromVendor(VendorRepository(m_db).find(id));
    return fromOwner(OwnerRepository(m_db).find(id));
}

DirectoryEntry DirectoryEntries::findByExternalRef(ImportEntity entity, const QString &ref)
{
    if (entity == ImportEntity::Vendors)
        return fromVendor(VendorRepository(m_db).findByExternalRef(ref));
    return fromOwner(OwnerRepository(m_db).findByExternalRef(ref));
}

QList<DirectoryEntries::Problem> DirectoryEntries::validate(const DirectoryEntry &entry)
{
    QList<Problem> problems;
    const QList<ImportSchema::Field> fields = ImportSchema::fields(entry.entity);
    for (int f = 0; f < fields.size(); ++f) {
        const QString value = entry.values.value(f).trimmed();
        if (value.isEmpty()) {
            if (fields.at(f).required)
                problems.append({fields.at(f).key, trEntries("a value is required")});
            continue;
        }
        const QString reason = ImportSchema::checkValue(fields.at(f).type, value);
        if (!reason.isEmpty())
            problems.append({fields.at(f).key, reason});
    }
    if (!problems.isEmpty())
        return problems;

    // What the cache holds: the import's duplicate rules.
    const QString table = entry.entity == ImportEntity::Vendors ? QStringLiteral("vendors") : QStringLiteral("owners");
    const QString ref = entry.value(QStringLiteral("external_ref")).trimmed();
    if (!ref.isEmpty()) {
        const DirectoryEntry other = findByExternalRef(entry.entity, ref);
        if (other.id != 0 && other.id != entry.id)
            problems.append({QStringLiteral("external_ref"),
                             trEntries("'%1' is already the external reference of %2 '%3'; references are unique")
                                 .arg(ref, thing(entry.entity), other.value(QStringLiteral("name")))});
        return problems;
    }
    const SqlDialect &d = m_db.dialect();
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 = %3 AND %4 = %5 AND id <> ? LIMIT 1")
                                    .arg(table, d.caseInsensitive(QStringLiteral("name")),
                                         d.caseInsensitive(QStringLiteral("?")),
                                         d.caseInsensitive(QStringLiteral("email")),
                                         d.caseInsensitive(QStringLiteral("?"))));
    q.addBindValue(entry.value(QStringLiteral("name")).trimmed());
    q.addBindValue(entry.value(QStringLiteral("email")).trimmed());
    q.addBindValue(entry.id);
    const bool duplicate = Database::exec(q, "find duplicate name").ok() && q.next();
    q.finish();
    if (duplicate)
        problems.append({QStringLiteral("name"),
                         trEntries("another %1 has the same name and email; change one of them or give this one "
                                   "an external reference")
                             .arg(thing(entry.entity))});
    return problems;
}

Result<qint64> DirectoryEntries::save(const DirectoryEntry &given)
{
    DirectoryEntry entry = given;
    for (QString &v : entry.values)
        v = v.trimmed();
    const QList<Problem> problems = validate(entry);
    if (!problems.isEmpty())
        return Error(QStringLiteral("%1: %2").arg(problems.first().field, problems.first().message),
                     QStringLiteral("validation"));
    qint64 id = entry.id;
    if (id == 0) {
        const Result<qint64> inserted = insert(entry);
        if (!inserted.ok())
            return inserted.error();
        id = inserted.value();
    } else if (Status s = update(entry); !s.ok()) {
        return s.error();
    }
    CacheEvents::notify(entry.entity == ImportEntity::Vendors ? CacheEvents::Vendors : CacheEvents::Owners);
    return id;
}

Result<qint64> DirectoryEntries::insert(const DirectoryEntry &entry, const QString &importedAt)
{
    if (entry.entity == ImportEntity::Vendors) {
        Vendor v = toVendor(entry);
        v.importedAt = importedAt;
        return VendorRepository(m_db).insert(v);
    }
    Owner o = toOwner(entry);
    o.importedAt = importedAt;
    return OwnerRepository(m_db).insert(o);
}

Status DirectoryEntries::update(const DirectoryEntry &entry)
{
    if (entry.entity == ImportEntity::Vendors)
        return VendorRepository(m_db).update(toVendor(entry));
    return OwnerRepository(m_db).update(toOwner(entry));
}

} // namespace pms
