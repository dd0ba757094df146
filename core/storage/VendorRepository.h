#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

namespace pms {

class Database;

/// A vendor, "service provider" on screen (R21): not synced, imported from CSV or added in the
/// window; an import updates the vendor whose external_ref a line gives.
struct Vendor
{
    qint64 id = 0;
    QString externalRef;
    QString name;
    QString trade;
    QString email;
    QString phone;
    QString address;
    QString city;
    QString state;
    QString postalCode;
    QString insuranceExpires; // YYYY-MM-DD or empty
    QString notes;
    QString importedAt;       // ISO 8601 UTC, set by insert when empty
};

/// The vendors table.
class VendorRepository
{
public:
    explicit VendorRepository(Database &db) : m_db(db) {}

    Result<qint64> insert(const Vendor &vendor);
    /// Writes every column of the vendor with @p vendor.id (imported_at stays as it is).
    Status update(const Vendor &vendor);
    /// Inserts every vendor in one transaction (a savepoint inside the caller's): all or none.
    Status insertAll(const QList<Vendor> &vendors);
    /// The vendor with @p id, or with external_ref @p ref; id 0 when there is none.
    Vendor find(qint64 id);
    Vendor findByExternalRef(const QString &ref);
    QList<Vendor> all();
    qint64 count();

private:
    Database &m_db;
};

} // namespace pms
