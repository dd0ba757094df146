#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

namespace pms {

class Database;

/// An owner (R21): not synced, imported from CSV or added in the window. external_ref is the id
/// in the user's own records (optional, unique when given): an import updates the owner whose
/// external_ref a line gives.
struct Owner
{
    qint64 id = 0;
    QString externalRef;
    QString name;
    QString email;
    QString phone;
    QString address;
    QString city;
    QString state;
    QString postalCode;
    QString notes;
    QString importedAt; // ISO 8601 UTC, set by insert when empty (also for owners added by hand)
};

/// The owners table.
class OwnerRepository
{
public:
    explicit OwnerRepository(Database &db) : m_db(db) {}

    Result<qint64> insert(const Owner &owner);
    /// Writes every column of the owner with @p owner.id (imported_at stays as it is).
    Status update(const Owner &owner);
    /// Inserts every owner in one transaction (a savepoint inside the caller's): all or none.
    Status insertAll(const QList<Owner> &owners);
    /// The owner with @p id, or with external_ref @p ref; id 0 when there is none.
    Owner find(qint64 id);
    Owner findByExternalRef(const QString &ref);
    QList<Owner> all();
    qint64 count();

private:
    Database &m_db;
};

} // namespace pms
