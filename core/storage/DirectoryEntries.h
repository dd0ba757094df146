#pragma once

#include "common/Result.h"
#include "domain/ImportSchema.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pms {

class Database;
struct Owner;
struct Vendor;

/// One owner or service provider as the edit dialog and the CSV import see it: the values in
/// ImportSchema::fields(entity) order, so both check a value with the same rule.
struct DirectoryEntry
{
    ImportEntity entity = ImportEntity::Owners;
    qint64 id = 0;      // 0: not in the cache (yet)
    QStringList values; // one per field, trimmed

    /// An empty entry of @p entity (every value "").
    static DirectoryEntry empty(ImportEntity entity);
    QString value(const QString &key) const;
    void setValue(const QString &key, const QString &value);
    bool operator==(const DirectoryEntry &other) const
    {
        return entity == other.entity && id == other.id && values == other.values;
    }
};

/// The owners and service providers (R21) one at a time: read, check, add and change them.
/// Checks are the import's (a name, an email address, a phone number, a YYYY-MM-DD date), plus
/// what the cache already holds: an external reference is unique, and two entries without one
/// may not share name and email. save() notifies CacheEvents after it wrote.
class DirectoryEntries
{
public:
    /// One thing to fix: the field (ImportSchema key) and the reason in words.
    struct Problem
    {
        QString field;
        QString message;
    };

    explicit DirectoryEntries(Database &db) : m_db(db) {}

    static DirectoryEntry fromOwner(const Owner &owner);
    static DirectoryEntry fromVendor(const Vendor &vendor);
    static Owner toOwner(const DirectoryEntry &entry);
    static Vendor toVendor(const DirectoryEntry &entry);

    /// The entry with @p id (or with external_ref @p ref); its id is 0 when there is none.
    DirectoryEntry find(ImportEntity entity, qint64 id);
    DirectoryEntry findByExternalRef(ImportEntity entity, const QString &ref);

    /// Every problem of @p entry, in field order; empty when it can be saved.
    QList<Problem> validate(const DirectoryEntry &entry);
    /// validate(), then adds (id 0) or changes the entry and notifies CacheEvents. Returns its id;
    /// the error's message is the first problem.
    Result<qint64> save(const DirectoryEntry &entry);

    /// Writes without checks or notification (the import, inside its transaction).
    Result<qint64> insert(const DirectoryEntry &entry, const QString &importedAt = QString());
    Status update(const DirectoryEntry &entry);

private:
    Database &m_db;
};

} // namespace pms
