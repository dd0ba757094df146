#pragma once

#include "csv/ImportReport.h"

#include <QWizard>

namespace pms {

class ImportCommitPage;
class ImportFilePage;
class ImportMappingPage;
class ImportPreviewPage;
class ImportSummaryPage;
class ImportValidatePage;

/// The CSV import of owners, service providers (vendors) or platform units (R17, R21), one step
/// per page: choose a file → preview → map columns → check every line → import → summary.
///
/// The checks are CsvImporter's (the same as `pmsbridge import`). Reading, checking and writing
/// run on pool threads, each with its own connection to the cache at @p dbPath; nothing is
/// written unless every line is good, and then every row in one transaction. The pages keep
/// their state here, so a test (or a page) reads what the user chose from one place.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePageId, PreviewPageId, MappingPageId, ValidatePageId, ImportPageId, SummaryPageId };

    ImportWizard(ImportEntity entity, const QString &dbPath, QWidget *parent = nullptr);
    ~ImportWizard() override;

    ImportEntity entity() const { return m_entity; }
    QString dbPath() const { return m_dbPath; }
    /// The file to import (what the file page's line edit holds).
    QString filePath() const;
    void setFilePath(const QString &path);

    /// The first rows and the automatic mapping of the file (set by the preview page).
    const ImportPreview &preview() const { return m_preview; }
    void setPreview(const ImportPreview &preview) { m_preview = preview; }
    /// Per file column: an index into ImportSchema::fields(), -1 = not imported (the mapping page).
    const QList<int> &mapping() const { return m_mapping; }
    void setMapping(const QList<int> &mapping) { m_mapping = mapping; }
    /// The full check (the validate page).
    const ImportReport &report() const { return m_report; }
    void setReport(const ImportReport &report) { m_report = report; }
    /// The outcome of the import: rows added, updated and unchanged, or why nothing was written
    /// (the import page).
    const ImportOutcome &outcome() const { return m_outcome; }
    QString importError() const { return m_importError; }
    bool hasImported() const { return m_outcome.written() > 0; }
    void setImportOutcome(const ImportOutcome &outcome, const QString &error);

    /// True while a page waits for a pool thread: the wizard then refuses to close.
    bool isBusy() const;

    ImportFilePage *filePage() const { return m_filePage; }
    ImportPreviewPage *previewPage() const { return m_previewPage; }
    ImportMappingPage *mappingPage() const { return m_mappingPage; }
    ImportValidatePage *validatePage() const { return m_validatePage; }
    ImportCommitPage *commitPage() const { return m_commitPage; }
    ImportSummaryPage *summaryPage() const { return m_summaryPage; }

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    /// Rows were added or updated (emitted once, before the summary shows).
    void imported(const pms::ImportOutcome &outcome);

private:
    ImportEntity m_entity;
    QString m_dbPath;
    ImportPreview m_preview;
    QList<int> m_mapping;
    ImportReport m_report;
    ImportOutcome m_outcome;
    QString m_importError;
    ImportFilePage *m_filePage;
    ImportPreviewPage *m_previewPage;
    ImportMappingPage *m_mappingPage;
    ImportValidatePage *m_validatePage;
    ImportCommitPage *m_commitPage;
    ImportSummaryPage *m_summaryPage;
};

} // namespace pms
