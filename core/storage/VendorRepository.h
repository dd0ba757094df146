#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

namespace pms {

class Database;

/// A vendor, "service provider" on screen (R21): not synced, imported from CSV.
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
    /// Inserts every vendor in one transaction (a savepoint inside the caller's): all or none.
    Status insertAll(const QList<Vendor> &vendors);
    QList<Vendor> all();
    qint64 count();

private:
    Database &m_db;
};

} // namespace pms
