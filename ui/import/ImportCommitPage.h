#pragma once

#include "common/Result.h"
#include "csv/ImportReport.h"

#include <QFutureWatcher>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QTableWidget;

namespace pms {

class ImportWizard;

/// Step 5 of the import: what is about to be written, and Import. Every row of the checked
/// report is written in one transaction (CsvImporter::commit) on a pool thread with its own
/// cache connection; a failure writes nothing. The wizard then moves on to the summary by itself.
class ImportCommitPage : public QWizardPage
{
    Q_OBJECT
public:
    static constexpr int ShownRows = 100;

    explicit ImportCommitPage(ImportWizard *wizard);
    ~ImportCommitPage() override;

    void initializePage() override;
    bool isComplete() const override;
    /// Starts the import on the first call (returns false: the wizard waits); true once it is done.
    bool validatePage() override;
    bool isBusy() const { return m_state == State::Running; }

Q_SIGNALS:
    /// The import finished (the wizard is on the summary page when this is emitted).
    void committed(bool ok);

private:
    enum class State { Ready, Running, Done };
    void finish(const Result<ImportOutcome> &result);

    ImportWizard *m_wizard;
    QLabel *m_headline;
    QLabel *m_details;
    QLabel *m_status;
    QTableWidget *m_rows;
    QProgressBar *m_busy;
    QFutureWatcher<Result<ImportOutcome>> m_watcher;
    State m_state = State::Ready;
};

} // namespace pms
