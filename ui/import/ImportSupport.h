#pragma once

#include "common/Result.h"
#include "csv/ImportReport.h"

#include <QString>
#include <QStringList>
#include <functional>

class QIODevice;
class QObject;

namespace pms {

/// What the import wizard's pages share: words for the schema's fields, the template and
/// error files, and saving them off the GUI thread.
class ImportSupport
{
public:
    /// Registers the wizard's icons (":/import/…"); safe to call more than once.
    static void initResources();

    /// "Owners", "Service Providers", "Platform Units" (titles).
    static QString entityTitle(ImportEntity entity);
    /// "owner"/"owners", "service provider"/"service providers", "platform unit"/"platform units":
    /// the screens' words (ImportSchema::noun says "vendor").
    static QString noun(ImportEntity entity, qint64 count);
    /// "Imported 12 owners: 10 added, 2 updated." — what an import wrote, in one sentence.
    static QString outcomeText(ImportEntity entity, const ImportOutcome &outcome);
    /// "Name", "Postal code", "Insurance expires" for a field key.
    static QString fieldTitle(const QString &key);
    /// What a value must look like, for the mapping page ("an email address").
    static QString typeHint(ImportSchema::Type type);
    /// One made-up but valid row, in ImportSchema::fields() order.
    static QStringList exampleRow(ImportEntity entity);
    /// The file name the template is offered under ("owners-template.csv").
    static QString templateFileName(ImportEntity entity);

    /// The schema's header row and the example row (RFC 4180, what an import reads back).
    static bool writeTemplate(QIODevice &device, ImportEntity entity);
    /// One line per problem: line, column, reason, severity ("error"/"warning"); errors first.
    static bool writeIssues(QIODevice &device, const ImportReport &report);

    /// Writes @p path through a QSaveFile on a pool thread with @p write and hands the outcome
    /// to @p done on the GUI thread (unless @p context is gone by then).
    static void saveInBackground(QObject *context, const QString &path,
        std::function<bool(QIODevice &)> write, std::function<void(const Status &)> done);
};

} // namespace pms
