#include "ImportCommitPage.h"

#include "ImportSupport.h"
#include "ImportWizard.h"
#include "csv/CsvImporter.h"
#include "storage/Database.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace pms {

ImportCommitPage::ImportCommitPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("importCommitPage"));
    setTitle(tr("Import"));
    setSubTitle(tr("Every line is good. Click Import to write the rows to the cache."));
    // After the import there is no way back: the rows are in.
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);

    auto *top = new QHBoxLayout;
    top->setSpacing(14);
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/import/file.svg")).pixmap(48, 48));
    icon->setAlignment(Qt::AlignTop);
    auto *texts = new QVBoxLayout;
    texts->setSpacing(6);
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("commitHeadline"));
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_headline->setFont(big);
    m_headline->setWordWrap(true);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("commitDetails"));
    m_details->setWordWrap(true);
    texts->addWidget(m_headline);
    texts->addWidget(m_details);
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(texts, 1);
    layout->addLayout(top);

    auto *how = new QFrame(this);
    how->setObjectName(QStringLiteral("howItWorks"));
    how->setStyleSheet(QStringLiteral(
        "#howItWorks { background: #f5f7f8; border: 1px solid #dfe4e7; border-radius: 6px; }"));
    auto *howLayout = new QVBoxLayout(how);
    howLayout->setContentsMargins(14, 12, 14, 12);
    const QString allOrNothing = tr("<b>All or nothing.</b> The rows are written in one transaction: if "
                                    "anything goes wrong, nothing is written and the cache stays as it is.");
    const QString what = wizard->entity() == ImportEntity::PlatformUnits
        ? tr("<b>Only additions.</b> An import adds new %1; it never changes or removes the ones already in "
             "the cache (a line that matches one was reported in the check).")
              .arg(ImportSupport::noun(wizard->entity(), 2).toHtmlEscaped())
        : tr("<b>Adds and updates.</b> A line whose external reference is already in the cache updates that "
             "%1 (the columns the file has; the others keep their values); every other line adds a new one. "
             "Nothing is removed.")
              .arg(ImportSupport::noun(wizard->entity(), 1).toHtmlEscaped());
    auto *howText = new QLabel(allOrNothing + QStringLiteral("<br><br>") + what, how);
    howText->setTextFormat(Qt::RichText);
    howText->setWordWrap(true);
    howLayout->addWidget(howText);
    layout->addWidget(how);

    auto *rowsTitle = new QLabel(tr("<b>What will be written</b>"), this);
    layout->addWidget(rowsTitle);
    m_rows = new QTableWidget(this);
    m_rows->setObjectName(QStringLiteral("commitRows"));
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rows->setAlternatingRowColors(true);
    m_rows->setWordWrap(false);
    m_rows->horizontalHeader()->setStretchLastSection(true);
    m_rows->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_rows->verticalHeader()->setDefaultSectionSize(m_rows->fontMetrics().height() + 8);
    m_rows->setToolTip(tr("Row numbers are the lines of the file"));
    layout->addWidget(m_rows, 1);

    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("commitProgress"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->hide();
    layout->addWidget(m_busy);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("commitStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(
        &m_watcher, &QFutureWatcher<Result<ImportOutcome>>::finished, this, [this] { finish(m_watcher.result()); });
}

ImportCommitPage::~ImportCommitPage()
{
    // The transaction finishes on its own thread (it cannot be stopped half-way).
    m_watcher.waitForFinished();
}

void ImportCommitPage::initializePage()
{
    m_state = State::Ready;
    const ImportReport &r = m_wizard->report();
    const qint64 n = r.rows.size();
    const qint64 matched = r.matchedCount();
    const QLocale locale;
    if (matched == 0)
        m_headline->setText(n == 1
                ? tr("1 %1 is ready to be added.").arg(ImportSupport::noun(r.entity, 1))
                : tr("%1 %2 are ready to be added.").arg(locale.toString(n), ImportSupport::noun(r.entity, n)));
    else if (matched == n)
        m_headline->setText(n == 1
                ? tr("1 %1 is ready to be updated.").arg(ImportSupport::noun(r.entity, 1))
                : tr("%1 %2 are ready to be updated.").arg(locale.toString(n), ImportSupport::noun(r.entity, n)));
    else
        m_headline->setText(
            tr("%1 %2 are ready: %3 to add, %4 to update.")
                .arg(locale.toString(n), ImportSupport::noun(r.entity, n), locale.toString(n - matched),
                    locale.toString(matched)));
    QString details = tr("From %1: %2 checked, no errors.")
                          .arg(QFileInfo(m_wizard->filePath()).fileName(),
                              r.rowCount == 1 ? tr("1 row") : tr("%1 rows").arg(locale.toString(r.rowCount)));
    if (!r.warnings.isEmpty())
        details += QLatin1Char(' ')
            + (r.warnings.size() == 1
                    ? tr("1 warning (see the previous step).")
                    : tr("%1 warnings (see the previous step).").arg(locale.toString(r.warnings.size())));
    if (n > ShownRows)
        details
            += QLatin1Char(' ') + tr("The first %1 rows are shown below.").arg(locale.toString(ShownRows));
    m_details->setText(details);

    // The values as they will be stored: only the fields that have a column, trimmed.
    const QList<ImportSchema::Field> fields = ImportSchema::fields(r.entity);
    QList<int> shownFields;
    QStringList titles;
    const bool showAction = r.entity != ImportEntity::PlatformUnits;
    if (showAction)
        titles << tr("Action");
    for (int f = 0; f < fields.size(); ++f)
        if (m_wizard->mapping().contains(f)) {
            shownFields << f;
            titles << ImportSupport::fieldTitle(fields.at(f).key);
        }
    const int rows = int(std::min<qsizetype>(r.rows.size(), ShownRows));
    m_rows->clear();
    const int first = showAction ? 1 : 0;
    m_rows->setColumnCount(int(shownFields.size()) + first);
    m_rows->setHorizontalHeaderLabels(titles);
    m_rows->setRowCount(rows);
    for (int i = 0; i < rows; ++i) {
        const ImportRow &row = r.rows.at(i);
        m_rows->setVerticalHeaderItem(i, new QTableWidgetItem(QString::number(row.line)));
        if (showAction)
            m_rows->setItem(i, 0, new QTableWidgetItem(row.existingId ? tr("Update") : tr("Add")));
        for (int c = 0; c < shownFields.size(); ++c)
            m_rows->setItem(i, c + first, new QTableWidgetItem(row.values.value(shownFields.at(c))));
    }
    m_rows->resizeColumnsToContents();
    for (int c = 0; c < m_rows->columnCount(); ++c)
        m_rows->setColumnWidth(c, std::min(m_rows->columnWidth(c) + 12, 240));
    m_status->clear();
    m_busy->hide();
}

bool ImportCommitPage::isComplete() const
{
    return m_state != State::Running && m_wizard->report().ok() && !m_wizard->report().rows.isEmpty();
}

bool ImportCommitPage::validatePage()
{
    if (m_state == State::Done)
        return true;
    if (m_state == State::Running)
        return false;
    m_state = State::Running;
    const ImportReport report = m_wizard->report();
    const QString dbPath = m_wizard->dbPath();
    const qint64 n = report.rows.size();
    m_status->setText(n == 1
            ? tr("Importing 1 %1…").arg(ImportSupport::noun(report.entity, 1))
            : tr("Importing %1 %2…").arg(QLocale().toString(n), ImportSupport::noun(report.entity, n)));
    m_busy->show();
    Q_EMIT completeChanged();
    if (QAbstractButton *back = wizard()->button(QWizard::BackButton))
        back->setEnabled(false);
    if (QAbstractButton *cancel = wizard()->button(QWizard::CancelButton))
        cancel->setEnabled(false);
    m_watcher.setFuture(QtConcurrent::run([report, dbPath]() -> Result<ImportOutcome> {
        if (dbPath.isEmpty() || dbPath == QLatin1String(":memory:"))
            return Error(
                QCoreApplication::translate("pms::ImportCommitPage", "there is no cache file to write to"));
        auto db = Database::open(dbPath);
        if (!db.ok())
            return db.error();
        return CsvImporter::commit(*db.value(), report);
    }));
    return false;
}

void ImportCommitPage::finish(const Result<ImportOutcome> &result)
{
    m_state = State::Done;
    m_busy->hide();
    if (QAbstractButton *cancel = wizard()->button(QWizard::CancelButton))
        cancel->setEnabled(true);
    m_wizard->setImportOutcome(
        result.ok() ? result.value() : ImportOutcome(), result.ok() ? QString() : result.errorMessage());
    m_wizard->next();
    Q_EMIT committed(result.ok());
}

} // namespace pms
