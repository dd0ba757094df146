#include "TestSupport.h"

#include <QTest>

namespace pms::test {

TempCache::TempCache()
{
    auto r = Database::open(path());
    if (!r.ok())
        qFatal("cannot open test cache: %s", qPrintable(r.errorMessage()));
    m_db = std::move(r).value();
}

std::unique_ptr<Database> TempCache::openAnother() const
{
    auto r = Database::open(path());
    if (!r.ok())
        qFatal("cannot open test cache: %s", qPrintable(r.errorMessage()));
    return std::move(r).value();
}

} // namespace pms::test
