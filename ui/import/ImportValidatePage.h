#pragma once

#include "csv/ImportReport.h"

#include <QFutureWatcher>
#include <QWizardPage>
#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace pms {

class ImportWizard;

/// Step 4 of the import: every line is checked (CsvImporter::validate on a pool thread, with its
/// own cache connection for the duplicate check) with a progress bar and Cancel. Every problem
/// is listed with its line, column and reason, and can be saved as CSV; the import cannot go on
/// while there is an error. Nothing is written here.
class ImportValidatePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportValidatePage(ImportWizard *wizard);
    ~ImportValidatePage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    bool isBusy() const { return m_watcher.isRunning(); }
    /// True once the check of the current mapping finished (or was cancelled).
    bool isDone() const { return m_done; }
    QTableWidget *issuesTable() const { return m_table; }
    QString statusText() const;
    /// Writes the problems to @p path off the GUI thread; issuesSaved tells the end.
    void saveIssuesTo(const QString &path);

public Q_SLOTS:
    /// (Re)reads and checks the file with the wizard's mapping.
    void start();
    /// Stops a running check (the page then says so).
    void cancel();
    void saveIssues();

Q_SIGNALS:
    void finished();
    void issuesSaved(bool ok, const QString &message);

private:
    struct Checked
    {
        ImportReport report;
        QString error;
    };
    void showChecked(const Checked &result);
    void setStatus(const QString &icon, const QString &text);

    ImportWizard *m_wizard;
    QLabel *m_icon;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QTableWidget *m_table;
    QPushButton *m_save;
    QPushButton *m_again;
    QLabel *m_saveState;
    QFutureWatcher<Checked> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    quint64 m_generation = 0;
    bool m_done = false;
};

} // namespace pms
