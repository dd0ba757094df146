#pragma once

#include "storage/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace pms::test {

/// A fresh, migrated cache in its own temporary folder; removed at the end of the test.
class TempCache
{
public:
    TempCache();
    Database &db() { return *m_db; }
    QString path() const { return m_dir.filePath(QStringLiteral("cache.sqlite")); }
    QString dir() const { return m_dir.path(); }
    /// Opens a second connection to the same file (for another thread, or to check what was committed).
    std::unique_ptr<Database> openAnother() const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

} // namespace pms::test
