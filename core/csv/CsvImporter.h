#pragma once

#include "ImportReport.h"
#include "common/Result.h"

#include <atomic>
#include <functional>

class QIODevice;

namespace pms {

class Database;

/// Imports owners, vendors (service providers) or platform units from CSV, all or nothing (R17, R21).
/// An owner or vendor line whose external_ref the cache already holds updates that row (the
/// fields the file has columns for); every other line adds one.
///
/// The wizard's steps map onto it: preview() (first rows, delimiter, suggested mapping),
/// setMapping() (the user's header → field choices), validate() (every bad line with its line
/// number, column and reason; nothing written), commit() (all rows in one transaction).
/// importFile() does the last two for the command line. Checks: required columns and values,
/// emails, phone numbers, YYYY-MM-DD dates, duplicates inside the file and against the cache
/// (platform units by external_ref, else building + name; owners and vendors without an
/// external_ref by name + email; names and emails compared case-insensitively), the size limits, and CSV
/// syntax and encoding (see CsvReader). Values are trimmed and the formula-protection quote our
/// exports add is removed (CsvWriter::unneutralize), so an export imports back unchanged. Rows
/// whose cells are all empty (",,,", as spreadsheets leave them) are skipped.
class CsvImporter
{
public:
    struct Limits
    {
        qint64 maxBytes = 50LL * 1024 * 1024;
        qint64 maxRows = 200000;
        qsizetype maxFieldBytes = 64 * 1024;
        int maxReportedIssues = 1000;
    };

    explicit CsvImporter(ImportEntity entity);

    ImportEntity entity() const { return m_entity; }
    void setLimits(const Limits &limits) { m_limits = limits; }
    const Limits &limits() const { return m_limits; }
    /// Overrides the automatic mapping: one entry per file column, an index into
    /// ImportSchema::fields() or -1 to ignore the column. An empty list means automatic.
    void setMapping(const QList<int> &mapping) { m_mapping = mapping; }
    /// Set from another thread to stop validate() early (the report then says cancelled).
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    /// Called every 1,000 rows with the bytes read so far.
    void setProgress(std::function<void(qint64 bytesRead)> progress) { m_progress = std::move(progress); }

    /// The automatic mapping for a header row.
    static QList<int> suggestMapping(ImportEntity entity, const QStringList &header);

    /// Reads the header and the first @p maxRows records.
    ImportPreview preview(QIODevice &device, int maxRows = 50) const;
    /// Reads and checks the whole file; duplicates are also looked up in @p db when given.
    /// Writes nothing.
    ImportReport validate(QIODevice &device, Database *db) const;
    /// Writes the rows of a report that has no error, all in one transaction: how many were added,
    /// updated and given unchanged. Notifies CacheEvents of owners and vendors written.
    static Result<ImportOutcome> commit(Database &db, const ImportReport &report);
    /// validate() then, when the file is good, commit(). The report's imported, updated and
    /// unchanged say what was written; a failing commit is added to its errors.
    ImportReport importFrom(Database &db, QIODevice &device) const;
    ImportReport importFile(Database &db, const QString &path) const;

private:
    ImportEntity m_entity;
    Limits m_limits;
    QList<int> m_mapping;
    const std::atomic_bool *m_cancel = nullptr;
    std::function<void(qint64)> m_progress;
};

} // namespace pms
