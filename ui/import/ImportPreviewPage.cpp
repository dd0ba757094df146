#include "ImportPreviewPage.h"

#include "ImportWizard.h"
#include "csv/CsvImporter.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace pms {

namespace {

QString delimiterWord(char d)
{
    switch (d) {
    case ';':
        return ImportPreviewPage::tr("semicolon (;)");
    case '\t':
        return ImportPreviewPage::tr("tab");
    default:
        return ImportPreviewPage::tr("comma (,)");
    }
}

} // namespace

ImportPreviewPage::ImportPreviewPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("importPreviewPage"));
    setTitle(tr("Preview"));
    setSubTitle(
        tr("The first rows of the file, as they were read. Check that this is the right file and that the "
           "columns are split where you expect."));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("previewInfo"));
    m_info->setTextFormat(Qt::RichText);
    m_info->setWordWrap(true);
    layout->addWidget(m_info);

    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(8);
    m_busy->hide();
    layout->addWidget(m_busy);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setToolTip(tr("Row numbers are the lines of the file (the header is line 1)"));
    layout->addWidget(m_table, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("previewStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(&m_watcher, &QFutureWatcher<Loaded>::finished, this, [this] {
        if (m_watcher.property("generation").toULongLong() == m_generation)
            showLoaded(m_watcher.result());
    });
}

ImportPreviewPage::~ImportPreviewPage()
{
    // The worker owns its file; waiting only keeps it from outliving the page's process.
    m_watcher.waitForFinished();
}

void ImportPreviewPage::initializePage()
{
    m_loaded = false;
    m_usable = false;
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    const QString path = m_wizard->filePath();
    m_info->setText(tr("<b>%1</b>").arg(QFileInfo(path).fileName().toHtmlEscaped()));
    m_status->setText(tr("Reading the first rows…"));
    m_busy->show();
    Q_EMIT completeChanged();

    const ImportEntity entity = m_wizard->entity();
    // A read of the previous file still running is dropped (setFuture lets it go, the generation
    // check ignores it); it holds nothing of the page.
    m_watcher.setProperty("generation", ++m_generation);
    m_watcher.setFuture(QtConcurrent::run([path, entity]() {
        Loaded out;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            out.error = QCoreApplication::translate("pms::ImportPreviewPage", "Cannot read %1: %2")
                            .arg(QFileInfo(path).fileName(), file.errorString());
            return out;
        }
        out.preview = CsvImporter(entity).preview(file, PreviewRows);
        return out;
    }));
}

void ImportPreviewPage::showLoaded(const Loaded &result)
{
    m_busy->hide();
    m_loaded = true;
    const ImportPreview &p = result.preview;
    m_wizard->setPreview(p);
    m_wizard->setMapping(p.mapping);
    const QString fileName = QFileInfo(m_wizard->filePath()).fileName().toHtmlEscaped();

    if (!result.error.isEmpty() || p.header.isEmpty()) {
        m_usable = false;
        m_info->setText(tr("<b>%1</b>").arg(fileName));
        const QString why = !result.error.isEmpty() ? result.error
            : p.issues.isEmpty()                    ? tr("the file has no header row")
                                                    : p.issues.constFirst().message;
        m_status->setText(tr("This file cannot be imported: %1. Go back and choose another file.").arg(why));
        Q_EMIT completeChanged();
        Q_EMIT loaded();
        return;
    }

    m_usable = true;
    const QString encoding = p.hadByteOrderMark ? tr("UTF-8 (with byte order mark)") : tr("UTF-8");
    const int columns = int(p.header.size());
    const QString columnCount = columns == 1 ? tr("1 column") : tr("%Ln columns", nullptr, columns);
    m_info->setText(tr("<b>%1</b> &nbsp;·&nbsp; Delimiter: %2 &nbsp;·&nbsp; Encoding: %3 &nbsp;·&nbsp; "
                       "Header row: line 1, %4")
                        .arg(fileName, delimiterWord(p.delimiter).toHtmlEscaped(), encoding.toHtmlEscaped(),
                            columnCount));

    m_table->setColumnCount(int(p.header.size()));
    QStringList labels;
    for (int c = 0; c < p.header.size(); ++c)
        labels << (p.header.at(c).isEmpty() ? tr("(column %1)").arg(c + 1) : p.header.at(c));
    m_table->setHorizontalHeaderLabels(labels);
    m_table->setRowCount(int(p.rows.size()));
    int withIssues = 0;
    for (int r = 0; r < p.rows.size(); ++r) {
        const CsvRecord &rec = p.rows.at(r);
        auto *lineItem = new QTableWidgetItem(QString::number(rec.line));
        if (rec.hasIssues()) {
            ++withIssues;
            QStringList why;
            for (const CsvIssue &i : rec.issues)
                why << i.message;
            lineItem->setForeground(QBrush(QColor(0xc6, 0x28, 0x28)));
            lineItem->setToolTip(why.join(QLatin1Char('\n')));
        }
        m_table->setVerticalHeaderItem(r, lineItem);
        for (int c = 0; c < rec.fields.size() && c < p.header.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(rec.fields.at(c)));
    }
    m_table->resizeColumnsToContents();
    const int maxWidth = 260;
    for (int c = 0; c < m_table->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c) + 12, maxWidth));

    const int rows = int(p.rows.size());
    QString status = rows == 1 ? tr("The file's only data row is shown.")
        : rows < PreviewRows
        ? tr("All %Ln data rows of the file are shown.", nullptr, rows)
        : tr("The first %Ln data rows are shown; every line is checked in step 4.", nullptr, rows);
    if (rows == 0)
        status = tr("The file has a header row but no data rows yet.");
    if (withIssues > 0)
        status += QLatin1Char(' ')
            + (withIssues == 1
                    ? tr(
                        "1 of them could not be read cleanly (its line number is red; hover for the reason).")
                    : tr("%Ln of them could not be read cleanly (line numbers in red; hover for the reason).",
                        nullptr, withIssues));
    m_status->setText(status);
    Q_EMIT completeChanged();
    Q_EMIT loaded();
}

bool ImportPreviewPage::isComplete() const
{
    return m_loaded && m_usable && !isBusy();
}

QString ImportPreviewPage::infoText() const
{
    QString text = m_info->text();
    text.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    text.remove(QLatin1String("<b>"));
    text.remove(QLatin1String("</b>"));
    return text;
}

} // namespace pms
