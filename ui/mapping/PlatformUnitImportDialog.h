#pragma once

#include "common/Result.h"
#include "csv/ImportReport.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace pms {

class Database;

/// "Import from CSV…" for platform units (R17) until the shared CSV import wizard exists: pick a
/// file, see the first rows and every bad line with its line number and reason, and import all
/// rows or none. Uses the core CsvImporter (the same checks as `pmsbridge import platform-units`);
/// reading, checking and writing run off the GUI thread with their own cache connection.
class PlatformUnitImportDialog : public QDialog
{
    Q_OBJECT
public:
    /// @p dbPath: the cache file (a worker opens its own connection); @p db: the GUI connection,
    /// used only when there is no file path (an in-memory cache in tests).
    PlatformUnitImportDialog(const QString &dbPath, Database &db, QWidget *parent = nullptr);
    ~PlatformUnitImportDialog() override;

    /// Reads and checks @p path (in the background); the dialog shows the outcome.
    void setFile(const QString &path);
    bool isBusy() const;
    bool canImport() const;
    const ImportReport &report() const { return m_report; }
    QString summary() const;

public Q_SLOTS:
    void browse();
    /// Writes every row in one transaction (in the background); emits imported() when done.
    void import();

Q_SIGNALS:
    void checked();
    void imported(qint64 count);
    void failed(const QString &message);

private:
    struct Checked
    {
        ImportPreview preview;
        ImportReport report;
        QString error;
    };
    void showChecked(const Checked &result);
    void setBusy(bool busy, const QString &text);

    QString m_dbPath;
    Database &m_db;
    QString m_file;
    ImportReport m_report;
    QLineEdit *m_path = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_preview = nullptr;
    QPlainTextEdit *m_issues = nullptr;
    QPushButton *m_importButton = nullptr;
    QFutureWatcher<Checked> m_checkWatcher;
    QFutureWatcher<Result<qint64>> m_importWatcher;
};

} // namespace pms
