#include "ImportValidatePage.h"

#include "ImportSupport.h"
#include "ImportWizard.h"
#include "csv/CsvImporter.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace pms {

namespace {

enum IssueColumn { LineColumn, FieldColumn, ReasonColumn };

QString trPage(const char *text)
{
    return QCoreApplication::translate("pms::ImportValidatePage", text);
}

} // namespace

ImportValidatePage::ImportValidatePage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("importValidatePage"));
    setTitle(tr("Check every line"));
    setSubTitle(
        tr("Each line is checked against the fields and against what the cache already holds. Nothing is "
           "written in this step."));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);

    auto *statusRow = new QHBoxLayout;
    statusRow->setSpacing(8);
    m_icon = new QLabel(this);
    m_icon->setFixedSize(20, 20);
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("validateStatus"));
    m_status->setWordWrap(true);
    statusRow->addWidget(m_icon, 0, Qt::AlignTop);
    statusRow->addWidget(m_status, 1);
    layout->addLayout(statusRow);

    auto *progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("validateProgress"));
    m_progress->setTextVisible(false);
    m_cancel = new QPushButton(tr("Cancel Check"), this);
    m_cancel->setObjectName(QStringLiteral("cancelCheck"));
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    layout->addLayout(progressRow);

    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("issuesTable"));
    m_table->setHorizontalHeaderLabels({ tr("Line"), tr("Column"), tr("Problem") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(LineColumn, 80);
    m_table->setColumnWidth(FieldColumn, 140);
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    m_save = new QPushButton(QIcon(QStringLiteral(":/import/save.svg")), tr("&Save errors as CSV…"), this);
    m_save->setObjectName(QStringLiteral("saveErrors"));
    m_save->setToolTip(tr("One line per problem: line, column, reason; to fix the file with"));
    m_again = new QPushButton(tr("Check &again"), this);
    m_again->setObjectName(QStringLiteral("checkAgain"));
    m_again->setToolTip(tr("Read the file again, e.g. after fixing it"));
    m_saveState = new QLabel(this);
    m_saveState->setObjectName(QStringLiteral("saveState"));
    buttons->addWidget(m_save);
    buttons->addWidget(m_again);
    buttons->addWidget(m_saveState, 1);
    layout->addLayout(buttons);

    connect(m_cancel, &QPushButton::clicked, this, &ImportValidatePage::cancel);
    connect(m_again, &QPushButton::clicked, this, &ImportValidatePage::start);
    connect(m_save, &QPushButton::clicked, this, &ImportValidatePage::saveIssues);
    connect(&m_watcher, &QFutureWatcher<Checked>::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(&m_watcher, &QFutureWatcher<Checked>::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcher<Checked>::finished, this, [this] {
        if (m_watcher.property("generation").toULongLong() != m_generation
            || m_watcher.future().resultCount() == 0)
            return;
        showChecked(m_watcher.result());
    });
}

ImportValidatePage::~ImportValidatePage()
{
    cancel();
    m_watcher.waitForFinished();
}

void ImportValidatePage::initializePage()
{
    start();
}

void ImportValidatePage::cleanupPage()
{
    // Back to the mapping: the check of this mapping no longer matters.
    cancel();
    ++m_generation;
    m_done = false;
    QWizardPage::cleanupPage();
}

void ImportValidatePage::setStatus(const QString &icon, const QString &text)
{
    m_icon->setPixmap(icon.isEmpty() ? QPixmap() : QIcon(icon).pixmap(16, 16));
    m_status->setText(text);
}

QString ImportValidatePage::statusText() const
{
    return m_status->text();
}

void ImportValidatePage::start()
{
    // A check still running is told to stop and dropped (it holds nothing of the page): the GUI
    // thread never waits for it.
    cancel();
    m_done = false;
    m_wizard->setReport(ImportReport());
    m_table->setRowCount(0);
    m_table->show();
    m_save->setEnabled(false);
    m_again->setEnabled(false);
    m_saveState->clear();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    const QString path = m_wizard->filePath();
    setStatus(QString(), tr("Checking %1…").arg(QFileInfo(path).fileName()));
    Q_EMIT completeChanged();

    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    const auto flag = m_cancelFlag;
    const ImportEntity entity = m_wizard->entity();
    const QList<int> mapping = m_wizard->mapping();
    const QString dbPath = m_wizard->dbPath();
    m_watcher.setProperty("generation", ++m_generation);
    m_watcher.setFuture(QtConcurrent::run([path, dbPath, entity, mapping, flag](QPromise<Checked> &promise) {
        Checked out;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            out.error = trPage("Cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
            promise.addResult(out);
            return;
        }
        // Duplicates are looked up in the cache through this thread's own connection.
        std::unique_ptr<Database> db;
        if (!dbPath.isEmpty() && dbPath != QLatin1String(":memory:")) {
            auto opened = Database::open(dbPath);
            if (!opened.ok()) {
                out.error
                    = trPage("Cannot open the cache to look for duplicates: %1").arg(opened.errorMessage());
                promise.addResult(out);
                return;
            }
            db = std::move(opened).value();
        }
        const qint64 size = std::max<qint64>(1, file.size());
        const int scale = size > INT_MAX ? 1024 : 1; // progress values are ints
        promise.setProgressRange(0, int(size / scale));
        CsvImporter importer(entity);
        importer.setMapping(mapping);
        importer.setCancelFlag(flag.get());
        importer.setProgress(
            [&promise, scale](qint64 bytes) { promise.setProgressValue(int(bytes / scale)); });
        out.report = importer.validate(file, db.get());
        promise.setProgressValue(int(size / scale));
        promise.addResult(out);
    }));
}

void ImportValidatePage::cancel()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
}

void ImportValidatePage::showChecked(const Checked &result)
{
    m_done = true;
    m_progress->hide();
    m_cancel->hide();
    m_again->setEnabled(true);
    ImportReport report = result.report;
    if (!result.error.isEmpty()) {
        report.errorCount = std::max<qint64>(report.errorCount, 1);
        m_wizard->setReport(report);
        m_table->hide();
        setStatus(QStringLiteral(":/import/error.svg"), result.error);
        Q_EMIT completeChanged();
        Q_EMIT finished();
        return;
    }
    m_wizard->setReport(report);
    const QLocale locale;

    // In file order, errors before warnings of the same line.
    struct Shown
    {
        ImportIssue issue;
        bool error;
    };
    QList<Shown> shown;
    for (const ImportIssue &i : report.errors)
        shown.append({ i, true });
    for (const ImportIssue &i : report.warnings)
        shown.append({ i, false });
    std::stable_sort(shown.begin(), shown.end(), [](const Shown &a, const Shown &b) {
        return a.issue.line != b.issue.line ? a.issue.line < b.issue.line : a.error > b.error;
    });
    m_table->setRowCount(int(shown.size()));
    const QIcon errorIcon(QStringLiteral(":/import/error.svg"));
    const QIcon warningIcon(QStringLiteral(":/import/warning.svg"));
    for (int r = 0; r < shown.size(); ++r) {
        const ImportIssue &i = shown.at(r).issue;
        auto *line = new QTableWidgetItem(
            shown.at(r).error ? errorIcon : warningIcon, i.line > 0 ? QString::number(i.line) : tr("file"));
        line->setToolTip(shown.at(r).error ? tr("Error") : tr("Warning: the line is imported anyway"));
        m_table->setItem(r, LineColumn, line);
        m_table->setItem(
            r, FieldColumn, new QTableWidgetItem(i.column.isEmpty() ? tr("(whole line)") : i.column));
        auto *reason = new QTableWidgetItem(i.message);
        reason->setToolTip(i.message);
        m_table->setItem(r, ReasonColumn, reason);
    }
    m_table->setVisible(!shown.isEmpty());
    m_save->setEnabled(!shown.isEmpty());

    const int warningCount = int(report.warnings.size());
    const QString warnings = warningCount == 0 ? QString()
        : warningCount == 1
        ? QLatin1Char(' ') + tr("1 warning below: it does not stop the import.")
        : QLatin1Char(' ') + tr("%Ln warnings below: they do not stop the import.", nullptr, warningCount);
    const auto rowsText
        = [&locale](qint64 n) { return n == 1 ? tr("1 row") : tr("%1 rows").arg(locale.toString(n)); };
    if (report.cancelled) {
        setStatus(QStringLiteral(":/import/warning.svg"),
            tr("The check was cancelled before the end of the file. Click Check again to run it, or go "
               "back."));
    } else if (report.errorCount > 0) {
        const QString errors = report.errorCount == 1
            ? tr("1 error")
            : tr("%1 errors").arg(locale.toString(report.errorCount));
        QString text = tr("%1 in %2 — nothing will be imported.").arg(errors, rowsText(report.rowCount));
        if (report.errorCount > report.errors.size())
            text += QLatin1Char(' ')
                + tr("The first %1 are listed.").arg(locale.toString(report.errors.size()));
        text += QLatin1Char(' ')
            + tr("Fix the lines listed below in the file (or go back and change the column mapping), save "
                 "the file, "
                 "then click Check again.");
        setStatus(QStringLiteral(":/import/error.svg"), text);
    } else if (report.rows.isEmpty()) {
        setStatus(QStringLiteral(":/import/warning.svg"), tr("The file has no rows to import."));
    } else {
        const QString text = report.rows.size() == 1
            ? tr("The row is good and ready to import.")
            : tr("All %1 are good and ready to import.").arg(rowsText(report.rows.size()));
        setStatus(QStringLiteral(":/import/ok.svg"), text + warnings);
    }
    Q_EMIT completeChanged();
    Q_EMIT finished();
}

bool ImportValidatePage::isComplete() const
{
    const ImportReport &r = m_wizard->report();
    return m_done && !isBusy() && r.ok() && !r.rows.isEmpty();
}

void ImportValidatePage::saveIssues()
{
    const QString base = QFileInfo(m_wizard->filePath()).completeBaseName() + QStringLiteral("-errors.csv");
    auto *picker = new QFileDialog(this, tr("Save Errors as CSV"),
        QDir(QFileInfo(m_wizard->filePath()).absolutePath()).filePath(base), tr("CSV files (*.csv)"));
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setAcceptMode(QFileDialog::AcceptSave);
    picker->setDefaultSuffix(QStringLiteral("csv"));
    connect(picker, &QFileDialog::fileSelected, this, &ImportValidatePage::saveIssuesTo);
    picker->open();
}

void ImportValidatePage::saveIssuesTo(const QString &path)
{
    const ImportReport report = m_wizard->report();
    m_save->setEnabled(false);
    ImportSupport::saveInBackground(
        this, path, [report](QIODevice &device) { return ImportSupport::writeIssues(device, report); },
        [this, path](const Status &s) {
            m_save->setEnabled(true);
            const QString text = s.ok() ? tr("Saved %1.").arg(QFileInfo(path).fileName()) : s.errorMessage();
            m_saveState->setText(text);
            Q_EMIT issuesSaved(s.ok(), text);
        });
}

} // namespace pms
