#include "ImportFilePage.h"

#include "ImportSupport.h"
#include "ImportWizard.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace pms {

namespace {

/// The local file a drag carries when it is one CSV-like file, else empty.
QString droppedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    if (!url.isLocalFile())
        return {};
    const QString path = url.toLocalFile();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("tsv") && suffix != QLatin1String("txt"))
        return {};
    return path;
}

QString muted(const QString &text)
{
    return QStringLiteral("<span style=\"color:#607d8b\">%1</span>").arg(text.toHtmlEscaped());
}

} // namespace

ImportFilePage::ImportFilePage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    const ImportEntity entity = wizard->entity();
    const QString plural = ImportSupport::noun(entity, 2);
    setObjectName(QStringLiteral("importFilePage"));
    setTitle(tr("Choose a file"));
    setSubTitle(tr("Import %1 from a CSV file with a header row. Nothing is written until every line of the "
                   "file is good.")
                    .arg(plural));
    setAcceptDrops(true);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);

    auto *fileRow = new QHBoxLayout;
    fileRow->setSpacing(8);
    auto *fileLabel = new QLabel(tr("CSV &file:"), this);
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("filePath"));
    m_path->setPlaceholderText(tr("Path of a .csv file, e.g. %1")
                                   .arg(QDir::toNativeSeparators(QDir::home().filePath(
                                       ImportSchema::entityName(entity) + QStringLiteral(".csv")))));
    m_path->setClearButtonEnabled(true);
    fileLabel->setBuddy(m_path);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browse"));
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    layout->addLayout(fileRow);

    m_fileState = new QLabel(this);
    m_fileState->setObjectName(QStringLiteral("fileState"));
    m_fileState->setTextFormat(Qt::RichText);
    layout->addWidget(m_fileState);

    m_dropZone = new QFrame(this);
    m_dropZone->setObjectName(QStringLiteral("dropZone"));
    m_dropZone->setMinimumHeight(120);
    auto *dropLayout = new QVBoxLayout(m_dropZone);
    dropLayout->setSpacing(6);
    auto *dropIcon = new QLabel(m_dropZone);
    dropIcon->setPixmap(QIcon(QStringLiteral(":/import/file.svg")).pixmap(40, 40));
    dropIcon->setAlignment(Qt::AlignCenter);
    auto *dropText = new QLabel(tr("Drop a .csv file here, or choose one with Browse…"), m_dropZone);
    dropText->setAlignment(Qt::AlignCenter);
    dropText->setStyleSheet(QStringLiteral("color:#546e7a"));
    dropLayout->addStretch(1);
    dropLayout->addWidget(dropIcon);
    dropLayout->addWidget(dropText);
    dropLayout->addStretch(1);
    setDropHighlight(false);
    layout->addWidget(m_dropZone, 1);

    // What the file needs: the columns, the required ones first, and a template to start from.
    auto *needs = new QGroupBox(tr("What the file needs"), this);
    auto *needsLayout = new QVBoxLayout(needs);
    needsLayout->setSpacing(8);
    QStringList columns;
    for (const ImportSchema::Field &f : ImportSchema::fields(entity))
        columns << (f.required ? tr("<b>%1</b> (required)").arg(f.key) : f.key);
    auto *columnsText = new QLabel(
        tr("A header row, then one line per %1. Comma, semicolon or tab separated, UTF-8.<br>"
           "Columns: %2.<br>%3")
            .arg(ImportSupport::noun(entity, 1).toHtmlEscaped(), columns.join(QStringLiteral(", ")),
                muted(tr("Headers are matched by name (\"E-mail\", \"Postal Code\" and \"Zip\" work); you "
                         "can change "
                         "the choice in step 3. Unknown columns are ignored."))),
        needs);
    columnsText->setObjectName(QStringLiteral("columnsText"));
    columnsText->setTextFormat(Qt::RichText);
    columnsText->setWordWrap(true);
    needsLayout->addWidget(columnsText);
    auto *templateRow = new QHBoxLayout;
    m_saveTemplate
        = new QPushButton(QIcon(QStringLiteral(":/import/save.svg")), tr("&Save template…"), needs);
    m_saveTemplate->setObjectName(QStringLiteral("saveTemplate"));
    m_saveTemplate->setToolTip(tr("A CSV file with the header row and one example line, to fill in"));
    m_templateState = new QLabel(needs);
    m_templateState->setObjectName(QStringLiteral("templateState"));
    m_templateState->setWordWrap(true);
    templateRow->addWidget(m_saveTemplate);
    templateRow->addWidget(m_templateState, 1);
    needsLayout->addLayout(templateRow);
    layout->addWidget(needs);

    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_saveTemplate, &QPushButton::clicked, this, &ImportFilePage::saveTemplate);
    connect(m_path, &QLineEdit::textChanged, this, &ImportFilePage::updateState);
    updateState();
}

QString ImportFilePage::path() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

void ImportFilePage::setPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

bool ImportFilePage::isComplete() const
{
    const QFileInfo info(path());
    return !path().isEmpty() && info.isFile() && info.isReadable();
}

void ImportFilePage::updateState()
{
    const QString p = path();
    const QFileInfo info(p);
    if (p.isEmpty())
        m_fileState->setText(muted(tr("No file chosen yet.")));
    else if (!info.exists())
        m_fileState->setText(
            QStringLiteral("<span style=\"color:#c62828\">%1</span>")
                .arg(tr("There is no file at this path; check the name or choose it with Browse…")
                         .toHtmlEscaped()));
    else if (info.isDir())
        m_fileState->setText(QStringLiteral("<span style=\"color:#c62828\">%1</span>")
                                 .arg(tr("This is a folder; choose a CSV file in it.").toHtmlEscaped()));
    else
        m_fileState->setText(
            muted(tr("%1 · %2").arg(info.fileName(), QLocale().formattedDataSize(info.size()))));
    Q_EMIT completeChanged();
}

void ImportFilePage::browse()
{
    const QString start = path().isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        : QFileInfo(path()).absolutePath();
    auto *picker = new QFileDialog(
        this, tr("Choose a CSV File"), start, tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setFileMode(QFileDialog::ExistingFile);
    picker->setAcceptMode(QFileDialog::AcceptOpen);
    connect(picker, &QFileDialog::fileSelected, this, &ImportFilePage::setPath);
    picker->open();
}

void ImportFilePage::saveTemplate()
{
    const ImportEntity entity = m_wizard->entity();
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *picker = new QFileDialog(this, tr("Save Template"),
        QDir(dir).filePath(ImportSupport::templateFileName(entity)), tr("CSV files (*.csv)"));
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setAcceptMode(QFileDialog::AcceptSave);
    picker->setDefaultSuffix(QStringLiteral("csv"));
    connect(picker, &QFileDialog::fileSelected, this, &ImportFilePage::saveTemplateTo);
    picker->open();
}

void ImportFilePage::saveTemplateTo(const QString &path)
{
    if (m_saving)
        return;
    m_saving = true;
    m_saveTemplate->setEnabled(false);
    const ImportEntity entity = m_wizard->entity();
    ImportSupport::saveInBackground(
        this, path, [entity](QIODevice &device) { return ImportSupport::writeTemplate(device, entity); },
        [this, path](const Status &s) {
            m_saving = false;
            m_saveTemplate->setEnabled(true);
            const QString text = s.ok() ? tr("Saved %1. Fill it in, save it as CSV, then choose it above.")
                                              .arg(QFileInfo(path).fileName())
                                        : s.errorMessage();
            m_templateState->setText(text);
            Q_EMIT templateSaved(s.ok(), text);
        });
}

void ImportFilePage::setDropHighlight(bool on)
{
    m_dropZone->setStyleSheet(
        QStringLiteral("#dropZone { border: 2px dashed %1; border-radius: 8px; background: %2; }")
            .arg(on ? QStringLiteral("#1976d2") : QStringLiteral("#b0bec5"),
                on ? QStringLiteral("#e3f2fd") : QStringLiteral("transparent")));
}

void ImportFilePage::dragEnterEvent(QDragEnterEvent *event)
{
    if (droppedFile(event->mimeData()).isEmpty())
        return;
    event->acceptProposedAction();
    setDropHighlight(true);
}

void ImportFilePage::dragLeaveEvent(QDragLeaveEvent *event)
{
    setDropHighlight(false);
    QWizardPage::dragLeaveEvent(event);
}

void ImportFilePage::dropEvent(QDropEvent *event)
{
    setDropHighlight(false);
    const QString file = droppedFile(event->mimeData());
    if (file.isEmpty())
        return;
    event->acceptProposedAction();
    setPath(file);
}

} // namespace pms
