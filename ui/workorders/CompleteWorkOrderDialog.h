#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace pms {

/// Complete Work Order (R11): a closing comment and the files that go with it (photos, call
/// logs, SMS logs, invoices), each with its kind. Files are picked with a file dialog or dropped
/// onto the dialog; on Complete they are copied into the cache's folder and the work order is
/// queued to be closed in Propertyware, with one upload per file. All or nothing, off the GUI
/// thread; the dialog stays open with the reason when something cannot be read.
class CompleteWorkOrderDialog : public QDialog
{
    Q_OBJECT
public:
    CompleteWorkOrderDialog(const QString &dbPath, qint64 workOrderId, const QString &title, QWidget *parent = nullptr);

    /// Adds files to the list (the kind guessed from each file; skipped: folders, duplicates).
    void addFiles(const QStringList &paths);
    void setComment(const QString &text);
    /// Sets the kind of row @p row (photo, call_log, sms_log, invoice).
    void setKind(int row, const QString &kind);
    int fileCount() const;
    QString errorText() const;
    /// Words for an attachment kind (photo, call_log, sms_log, invoice).
    static QString kindLabel(const QString &kind);

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void completed(qint64 workOrderId);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void browse();
    void removeSelected();
    void updateButtons();
    void showError(const QString &text);

    QString m_dbPath;
    qint64 m_workOrderId;
    bool m_saving = false;
    QPlainTextEdit *m_comment;
    QTableWidget *m_files;
    QLabel *m_dropHint;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace pms
