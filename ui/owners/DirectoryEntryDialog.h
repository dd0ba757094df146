#pragma once

#include "storage/DirectoryEntries.h"

#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QLabel;
class QWidget;

namespace pms {

class Database;

/// Adds or edits one owner or service provider (R21): every field of the import, checked by the
/// same rules (DirectoryEntries::validate) before anything is written. A problem is said under
/// the form in one sentence and its field is marked and focused; the dialog closes only when the
/// entry is saved. Escape or Cancel after a change asks first. Open it with open() or show().
class DirectoryEntryDialog : public QDialog
{
    Q_OBJECT
public:
    /// @p entry.id == 0 adds a new entry.
    DirectoryEntryDialog(Database &db, const DirectoryEntry &entry, QWidget *parent = nullptr);

    /// The field editor for an ImportSchema key ("email"), a QLineEdit or (notes) a QPlainTextEdit.
    QWidget *field(const QString &key) const { return m_fields.value(key); }
    void setValue(const QString &key, const QString &value);
    /// The entry as the form holds it (values trimmed).
    DirectoryEntry entry() const;
    /// The problem shown under the form, empty when there is none.
    QString errorText() const;
    bool hasChanges() const;

public Q_SLOTS:
    /// Checks and saves; on success emits saved() and accepts.
    void save();
    /// Asks before dropping changes.
    void reject() override;

Q_SIGNALS:
    void saved(qint64 id);

private:
    QString text(const QString &key) const;
    void showProblems(const QList<DirectoryEntries::Problem> &problems);
    void clearMarks();

    Database &m_db;
    DirectoryEntry m_entry;
    QHash<QString, QWidget *> m_fields;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace pms
