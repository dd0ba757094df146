#pragma once

#include "CsvReader.h"
#include "domain/ImportSchema.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace pms {

/// One problem of an import, tied to a line of the file.
struct ImportIssue
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    qint64 line = 0;  // physical line where the record starts, 1-based (header = 1); 0: the whole file
    QString column;   // the field ("email") or the header text of an unknown column; empty: the whole line
    QString message;  // the reason, e.g. "not an email address ('bob@')"

    /// "FILE:LINE: column 'email': reason" ("FILE: reason" without a line, "warning: " before warnings).
    QString format(const QString &fileName) const;
};

/// One good data row: the values in ImportSchema::fields() order, trimmed, formula prefix removed.
struct ImportRow
{
    qint64 line = 0;
    QStringList values;
    /// The owner or service provider with this row's external_ref when the check ran: the row
    /// updates it (0: the row adds a new one).
    qint64 existingId = 0;
};

/// What the wizard shows before anything is validated in full: the first rows and the proposed
/// header → field mapping.
struct ImportPreview
{
    char delimiter = ',';
    bool hadByteOrderMark = false;
    QStringList header;          // as written in the file
    QList<int> mapping;          // per file column: index into ImportSchema::fields(), -1 = ignored
    QList<CsvRecord> rows;       // the first data records, as read
    QList<ImportIssue> issues;   // header problems (missing required column, unknown columns, ...)
};

/// The full check of a file: every error and warning, and the rows that would be written.
struct ImportReport
{
    ImportEntity entity = ImportEntity::Owners;
    char delimiter = ',';
    bool hadByteOrderMark = false;
    QStringList header;
    QList<int> mapping;
    qint64 rowCount = 0;         // data records read
    QList<ImportIssue> errors;   // the first CsvImporter::Limits::maxReportedIssues of them
    qint64 errorCount = 0;       // all errors, also those past the cap
    QList<ImportIssue> warnings;
    QList<ImportRow> rows;       // good rows (complete only when ok())
    qint64 imported = 0;         // rows added by commit
    qint64 updated = 0;          // existing rows changed by commit (matched by external_ref)
    qint64 unchanged = 0;        // existing rows the file gives again as they are
    bool cancelled = false;

    bool ok() const { return errorCount == 0 && !cancelled; }
    /// Rows the check matched to an existing owner or service provider.
    qint64 matchedCount() const
    {
        return std::count_if(rows.cbegin(), rows.cend(), [](const ImportRow &r) { return r.existingId != 0; });
    }
};

/// What a commit wrote.
struct ImportOutcome
{
    qint64 added = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 written() const { return added + updated; }
};

} // namespace pms

Q_DECLARE_METATYPE(pms::ImportOutcome)
