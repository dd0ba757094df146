#pragma once

#include "csv/ImportReport.h"

#include <QFutureWatcher>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QTableWidget;

namespace pms {

class ImportWizard;

/// Step 2 of the import: the first rows of the file as read (on a pool thread), with the
/// detected delimiter, the encoding and the header row, so the user sees it is the right file.
class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT
public:
    static constexpr int PreviewRows = 50;

    explicit ImportPreviewPage(ImportWizard *wizard);
    ~ImportPreviewPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool isBusy() const { return m_watcher.isRunning(); }
    /// True once the preview of the current file is in (whether or not it can be used).
    bool isLoaded() const { return m_loaded; }
    QTableWidget *table() const { return m_table; }
    /// "Delimiter: comma · Encoding: UTF-8 · …" as shown.
    QString infoText() const;

Q_SIGNALS:
    void loaded();

private:
    struct Loaded
    {
        ImportPreview preview;
        QString error;
    };
    void showLoaded(const Loaded &result);

    ImportWizard *m_wizard;
    QLabel *m_info;
    QLabel *m_status;
    QProgressBar *m_busy;
    QTableWidget *m_table;
    QFutureWatcher<Loaded> m_watcher;
    quint64 m_generation = 0;
    bool m_loaded = false;
    bool m_usable = false;
};

} // namespace pms
