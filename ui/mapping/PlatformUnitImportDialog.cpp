#include "PlatformUnitImportDialog.h"

#include "csv/CsvImporter.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace pms {

PlatformUnitImportDialog::PlatformUnitImportDialog(const QString &dbPath, Database &db, QWidget *parent)
    : QDialog(parent), m_dbPath(dbPath), m_db(db)
{
    setObjectName(QStringLiteral("platformUnitImportDialog"));
    setWindowTitle(tr("Import Platform Units from CSV"));
    auto *fileRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setReadOnly(true);
    m_path->setPlaceholderText(tr("A CSV file with the columns name, building, floor, external_ref"));
    auto *browseButton = new QPushButton(tr("&Choose File…"), this);
    connect(browseButton, &QPushButton::clicked, this, &PlatformUnitImportDialog::browse);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browseButton);

    m_summary = new QLabel(tr("Choose a file. Nothing is imported until every line is good."), this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_preview = new QTableWidget(this);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->setVisible(true);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_issues = new QPlainTextEdit(this);
    m_issues->setObjectName(QStringLiteral("issues"));
    m_issues->setReadOnly(true);
    m_issues->setPlaceholderText(tr("Problems found in the file are listed here, with their line numbers."));
    m_issues->setMaximumHeight(140);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setEnabled(false);
    connect(m_importButton, &QPushButton::clicked, this, &PlatformUnitImportDialog::import);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(tr("First rows:"), this));
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_issues);
    layout->addWidget(buttons);
    resize(720, 480);

    connect(&m_checkWatcher, &QFutureWatcher<Checked>::finished, this, [this]() {
        showChecked(m_checkWatcher.result());
    });
    connect(&m_importWatcher, &QFutureWatcher<Result<qint64>>::finished, this, [this]() {
        const Result<qint64> r = m_importWatcher.result();
        setBusy(false, {});
        if (!r.ok()) {
            m_summary->setText(tr("Nothing was imported: %1").arg(r.errorMessage()));
            Q_EMIT failed(r.errorMessage());
            return;
        }
        m_importButton->setEnabled(false);
        m_summary->setText((r.value() == 1 ? tr("Imported %n platform unit.", nullptr, 1) : tr("Imported %n platform units.", nullptr, int(r.value()))));
        Q_EMIT imported(r.value());
    });
}

PlatformUnitImportDialog::~PlatformUnitImportDialog()
{
    // The workers own everything they use; only wait so they do not outlive the process.
    m_checkWatcher.waitForFinished();
    m_importWatcher.waitForFinished();
}

void PlatformUnitImportDialog::browse()
{
    auto *picker = new QFileDialog(this, tr("Import Platform Units"), QString(), tr("CSV files (*.csv);;All files (*)"));
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setFileMode(QFileDialog::ExistingFile);
    connect(picker, &QFileDialog::fileSelected, this, &PlatformUnitImportDialog::setFile);
    picker->open();
}

bool PlatformUnitImportDialog::isBusy() const
{
    return m_checkWatcher.isRunning() || m_importWatcher.isRunning();
}

bool PlatformUnitImportDialog::canImport() const
{
    return !isBusy() && m_report.ok() && !m_report.rows.isEmpty() && m_report.imported == 0;
}

QString PlatformUnitImportDialog::summary() const
{
    return m_summary->text();
}

void PlatformUnitImportDialog::setBusy(bool busy, const QString &text)
{
    if (!text.isEmpty())
        m_summary->setText(text);
    m_importButton->setEnabled(!busy && canImport());
}

void PlatformUnitImportDialog::setFile(const QString &path)
{
    if (isBusy())
        return;
    m_file = path;
    m_path->setText(QDir::toNativeSeparators(path));
    m_report = ImportReport();
    m_issues->clear();
    setBusy(true, tr("Checking %1…").arg(QFileInfo(path).fileName()));
    const QString dbPath = m_dbPath;
    m_checkWatcher.setFuture(QtConcurrent::run([path, dbPath]() {
        Checked out;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            out.error = QCoreApplication::translate("pms::PlatformUnitImportDialog", "Cannot read %1: %2")
                            .arg(path, file.errorString());
            return out;
        }
        CsvImporter importer(ImportEntity::PlatformUnits);
        out.preview = importer.preview(file, 50);
        file.seek(0);
        std::unique_ptr<Database> db;
        if (!dbPath.isEmpty() && dbPath != QLatin1String(":memory:")) {
            auto opened = Database::open(dbPath);
            if (opened.ok())
                db = std::move(opened).value();
        }
        out.report = importer.validate(file, db.get());
        return out;
    }));
}

void PlatformUnitImportDialog::showChecked(const Checked &result)
{
    m_report = result.report;
    m_preview->clear();
    if (!result.error.isEmpty()) {
        m_report.errorCount = 1;
        setBusy(false, result.error);
        return;
    }
    const ImportPreview &p = result.preview;
    m_preview->setColumnCount(int(p.header.size()));
    m_preview->setHorizontalHeaderLabels(p.header);
    m_preview->setRowCount(int(p.rows.size()));
    QStringList lineLabels;
    for (int r = 0; r < p.rows.size(); ++r) {
        lineLabels << QString::number(p.rows.at(r).line);
        const QStringList &fields = p.rows.at(r).fields;
        for (int c = 0; c < fields.size() && c < p.header.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(fields.at(c)));
    }
    m_preview->setVerticalHeaderLabels(lineLabels);
    m_preview->resizeColumnsToContents();

    const QString fileName = QFileInfo(m_file).fileName();
    QStringList lines;
    for (const ImportIssue &i : std::as_const(m_report.errors))
        lines << i.format(fileName);
    for (const ImportIssue &i : std::as_const(m_report.warnings))
        lines << i.format(fileName);
    if (m_report.errorCount > m_report.errors.size())
        lines << tr("… and %n more errors.", nullptr, int(m_report.errorCount - m_report.errors.size()));
    m_issues->setPlainText(lines.join(QLatin1Char('\n')));

    const QLocale locale;
    QString text;
    if (m_report.errorCount > 0)
        text = (m_report.errorCount == 1 ? tr("%1 rows, %n error: nothing will be imported until it is fixed.", nullptr, 1) : tr("%1 rows, %n errors: nothing will be imported until they are fixed.", nullptr, int(m_report.errorCount)))
                   .arg(locale.toString(m_report.rowCount));
    else if (m_report.rows.isEmpty())
        text = tr("The file has no rows to import.");
    else
        text = (m_report.rows.size() == 1 ? tr("%n platform unit ready to import.", nullptr, 1) : tr("%n platform units ready to import.", nullptr, int(m_report.rows.size())));
    setBusy(false, text);
    Q_EMIT checked();
}

void PlatformUnitImportDialog::import()
{
    if (!canImport())
        return;
    m_importButton->setEnabled(false);
    const ImportReport report = m_report;
    if (m_dbPath.isEmpty() || m_dbPath == QLatin1String(":memory:")) {
        // No file to open from another thread: a small in-memory cache, write it here.
        const Result<qint64> r = CsvImporter::commit(m_db, report);
        m_report.imported = r.ok() ? r.value() : 0;
        m_summary->setText(r.ok() ? (r.value() == 1 ? tr("Imported %n platform unit.", nullptr, 1) : tr("Imported %n platform units.", nullptr, int(r.value())))
                                  : tr("Nothing was imported: %1").arg(r.errorMessage()));
        if (r.ok())
            Q_EMIT imported(r.value());
        else
            Q_EMIT failed(r.errorMessage());
        return;
    }
    m_report.imported = -1; // in flight: no second import
    setBusy(true, tr("Importing %n platform units…", nullptr, int(report.rows.size())));
    const QString dbPath = m_dbPath;
    m_importWatcher.setFuture(QtConcurrent::run([report, dbPath]() -> Result<qint64> {
        auto db = Database::open(dbPath);
        if (!db.ok())
            return db.error();
        return CsvImporter::commit(*db.value(), report);
    }));
}

} // namespace pms
