#include "CompleteWorkOrderDialog.h"

#include "ui/common/ReadTask.h"
#include "workorders/AttachmentStore.h"
#include "workorders/WorkOrderCompletion.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pms {

namespace {

enum Column { FileColumn, KindColumn, SizeColumn };

} // namespace

QString CompleteWorkOrderDialog::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("photo"))
        return tr("Photo");
    if (kind == QLatin1String("call_log"))
        return tr("Call log");
    if (kind == QLatin1String("sms_log"))
        return tr("SMS log");
    if (kind == QLatin1String("invoice"))
        return tr("Invoice");
    return kind;
}

CompleteWorkOrderDialog::CompleteWorkOrderDialog(const QString &dbPath, qint64 workOrderId, const QString &title, QWidget *parent)
    : QDialog(parent), m_dbPath(dbPath), m_workOrderId(workOrderId)
{
    setObjectName(QStringLiteral("completeWorkOrderDialog"));
    setWindowTitle(tr("Complete %1").arg(title));
    setAcceptDrops(true);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);

    auto *intro = new QLabel(tr("Completing closes the work order in Propertyware and uploads its files to it. "
                                "The files are copied into PMS Bridge's cache first, so moving the originals later is fine."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    layout->addWidget(new QLabel(tr("Closing &comment:"), this));
    m_comment = new QPlainTextEdit(this);
    m_comment->setObjectName(QStringLiteral("comment"));
    m_comment->setPlaceholderText(tr("What was done (optional)"));
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(90);
    layout->addWidget(m_comment);
    qobject_cast<QLabel *>(layout->itemAt(1)->widget())->setBuddy(m_comment);

    auto *filesTitle = new QLabel(tr("Attachments:"), this);
    layout->addWidget(filesTitle);
    m_files = new QTableWidget(0, 3, this);
    m_files->setObjectName(QStringLiteral("attachments"));
    m_files->setHorizontalHeaderLabels({tr("File"), tr("Kind"), tr("Size")});
    m_files->horizontalHeader()->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    m_files->horizontalHeader()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    m_files->horizontalHeader()->setSectionResizeMode(SizeColumn, QHeaderView::ResizeToContents);
    m_files->verticalHeader()->hide();
    m_files->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_files->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_files->setMinimumHeight(140);
    layout->addWidget(m_files, 1);
    m_dropHint = new QLabel(tr("Add photos, call logs, SMS logs or invoices with Add Files…, or drop them here."), this);
    m_dropHint->setEnabled(false);
    m_dropHint->setWordWrap(true);
    layout->addWidget(m_dropHint);

    auto *row = new QHBoxLayout;
    m_add = new QPushButton(QIcon(QStringLiteral(":/icons/wo-attach.svg")), tr("&Add Files…"), this);
    m_add->setObjectName(QStringLiteral("addFiles"));
    m_remove = new QPushButton(QIcon(QStringLiteral(":/icons/wo-remove.svg")), tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeFiles"));
    row->addWidget(m_add);
    row->addWidget(m_remove);
    row->addStretch(1);
    layout->addLayout(row);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->hide();
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Complete Work Order"));
    m_buttons->button(QDialogButtonBox::Ok)->setIcon(QIcon(QStringLiteral(":/icons/wo-complete.svg")));
    layout->addWidget(m_buttons);

    connect(m_add, &QPushButton::clicked, this, &CompleteWorkOrderDialog::browse);
    connect(m_remove, &QPushButton::clicked, this, &CompleteWorkOrderDialog::removeSelected);
    connect(m_files, &QTableWidget::itemSelectionChanged, this, &CompleteWorkOrderDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CompleteWorkOrderDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CompleteWorkOrderDialog::reject);
    resize(600, 480);
    updateButtons();
}

void CompleteWorkOrderDialog::browse()
{
    auto *dialog = new QFileDialog(this, tr("Add Files"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setNameFilters({tr("Photos, logs and invoices (*.jpg *.jpeg *.png *.heic *.gif *.webp *.pdf *.txt *.csv *.log *.mp3 *.m4a *.wav)"),
                            tr("All files (*)")});
    connect(dialog, &QFileDialog::filesSelected, this, &CompleteWorkOrderDialog::addFiles);
    dialog->open();
}

void CompleteWorkOrderDialog::addFiles(const QStringList &paths)
{
    QStringList skipped;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        const QString absolute = info.absoluteFilePath();
        bool present = false;
        for (int r = 0; r < m_files->rowCount(); ++r)
            present = present || m_files->item(r, FileColumn)->data(Qt::UserRole).toString() == absolute;
        if (present)
            continue;
        if (!info.isFile() || !info.isReadable()) {
            skipped << info.fileName();
            continue;
        }
        const int r = m_files->rowCount();
        m_files->insertRow(r);
        auto *name = new QTableWidgetItem(QIcon(QStringLiteral(":/icons/wo-attach.svg")), info.fileName());
        name->setData(Qt::UserRole, absolute);
        name->setToolTip(QDir::toNativeSeparators(absolute));
        m_files->setItem(r, FileColumn, name);
        auto *kind = new QComboBox(m_files);
        for (const QString &k : AttachmentStore::kinds())
            kind->addItem(kindLabel(k), k);
        kind->setCurrentIndex(std::max(0, kind->findData(AttachmentStore::guessKind(absolute))));
        m_files->setCellWidget(r, KindColumn, kind);
        auto *size = new QTableWidgetItem(QLocale().formattedDataSize(info.size()));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_files->setItem(r, SizeColumn, size);
    }
    showError(skipped.isEmpty() ? QString() : tr("Not added (not a readable file): %1").arg(skipped.join(QStringLiteral(", "))));
    updateButtons();
}

void CompleteWorkOrderDialog::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex &i : m_files->selectionModel()->selectedRows())
        rows << i.row();
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int r : rows)
        m_files->removeRow(r);
    updateButtons();
}

void CompleteWorkOrderDialog::setComment(const QString &text)
{
    m_comment->setPlainText(text);
}

void CompleteWorkOrderDialog::setKind(int row, const QString &kind)
{
    if (auto *box = qobject_cast<QComboBox *>(m_files->cellWidget(row, KindColumn))) {
        const int i = box->findData(kind);
        if (i >= 0)
            box->setCurrentIndex(i);
    }
}

int CompleteWorkOrderDialog::fileCount() const
{
    return m_files->rowCount();
}

QString CompleteWorkOrderDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void CompleteWorkOrderDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void CompleteWorkOrderDialog::updateButtons()
{
    m_remove->setEnabled(!m_saving && m_files->selectionModel()->hasSelection());
    m_add->setEnabled(!m_saving);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_saving);
    m_dropHint->setVisible(m_files->rowCount() == 0);
}

void CompleteWorkOrderDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_saving && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void CompleteWorkOrderDialog::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    addFiles(paths);
    event->acceptProposedAction();
}

void CompleteWorkOrderDialog::accept()
{
    if (m_saving)
        return;
    QList<WorkOrderCompletion::File> files;
    for (int r = 0; r < m_files->rowCount(); ++r) {
        auto *box = qobject_cast<QComboBox *>(m_files->cellWidget(r, KindColumn));
        files.append({m_files->item(r, FileColumn)->data(Qt::UserRole).toString(), box ? box->currentData().toString() : QString()});
    }
    const QString comment = m_comment->toPlainText().trimmed();
    const qint64 id = m_workOrderId;
    m_saving = true;
    showError({});
    updateButtons();
    runWrite<bool>(
        this, m_dbPath,
        [id, comment, files](Database &db) -> Result<bool> {
            if (Status s = WorkOrderCompletion::complete(db, id, comment, files); !s.ok())
                return s.error();
            return true;
        },
        [this, id](const Result<bool> &r) {
            m_saving = false;
            updateButtons();
            if (!r.ok()) {
                showError(tr("Not completed: %1").arg(r.errorMessage()));
                return;
            }
            Q_EMIT completed(id);
            QDialog::accept();
        });
}

} // namespace pms
