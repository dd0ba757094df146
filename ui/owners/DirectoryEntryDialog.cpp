#include "DirectoryEntryDialog.h"

#include "ui/common/MessageBox.h"
#include "ui/import/ImportSupport.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pms {

namespace {

const char *const kInvalid = "invalid";

QString placeholder(const QString &key)
{
    if (key == QLatin1String("name"))
        return DirectoryEntryDialog::tr("required");
    if (key == QLatin1String("email"))
        return DirectoryEntryDialog::tr("e.g. office@example.com");
    if (key == QLatin1String("phone"))
        return DirectoryEntryDialog::tr("e.g. (503) 555-0142");
    if (key == QLatin1String("insurance_expires"))
        return DirectoryEntryDialog::tr("YYYY-MM-DD");
    if (key == QLatin1String("external_ref"))
        return DirectoryEntryDialog::tr("optional, unique: the id in your own records; an import updates by it");
    return {};
}

} // namespace

DirectoryEntryDialog::DirectoryEntryDialog(Database &db, const DirectoryEntry &entry, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_entry(entry)
{
    setObjectName(QStringLiteral("directoryEntryDialog"));
    const bool vendor = entry.entity == ImportEntity::Vendors;
    if (entry.id)
        setWindowTitle(vendor ? tr("Edit Service Provider") : tr("Edit Owner"));
    else
        setWindowTitle(vendor ? tr("New Service Provider") : tr("New Owner"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    const QList<ImportSchema::Field> fields = ImportSchema::fields(entry.entity);
    for (int f = 0; f < fields.size(); ++f) {
        const QString &key = fields.at(f).key;
        const QString value = entry.values.value(f);
        QWidget *editor = nullptr;
        if (key == QLatin1String("notes")) {
            auto *notes = new QPlainTextEdit(value, this);
            notes->setTabChangesFocus(true);
            notes->setFixedHeight(notes->fontMetrics().lineSpacing() * 3 + 12);
            editor = notes;
        } else {
            auto *line = new QLineEdit(value, this);
            line->setPlaceholderText(placeholder(key));
            connect(line, &QLineEdit::textEdited, this, [this, line] {
                line->setProperty(kInvalid, false);
                line->setStyleSheet(QString());
                if (line->objectName() == QLatin1String("name"))
                    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!line->text().trimmed().isEmpty());
            });
            editor = line;
        }
        editor->setObjectName(key);
        m_fields.insert(key, editor);
        QString title = ImportSupport::fieldTitle(key);
        if (fields.at(f).required)
            title += QStringLiteral(" *");
        form->addRow(title + QLatin1Char(':'), editor);
    }

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DirectoryEntryDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DirectoryEntryDialog::reject);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!text(QStringLiteral("name")).isEmpty());

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
}

QString DirectoryEntryDialog::text(const QString &key) const
{
    QWidget *w = m_fields.value(key);
    if (auto *line = qobject_cast<QLineEdit *>(w))
        return line->text().trimmed();
    if (auto *edit = qobject_cast<QPlainTextEdit *>(w))
        return edit->toPlainText().trimmed();
    return {};
}

void DirectoryEntryDialog::setValue(const QString &key, const QString &value)
{
    QWidget *w = m_fields.value(key);
    if (auto *line = qobject_cast<QLineEdit *>(w)) {
        line->setText(value);
        if (key == QLatin1String("name"))
            m_buttons->button(QDialogButtonBox::Save)->setEnabled(!value.trimmed().isEmpty());
    } else if (auto *edit = qobject_cast<QPlainTextEdit *>(w)) {
        edit->setPlainText(value);
    }
}

DirectoryEntry DirectoryEntryDialog::entry() const
{
    DirectoryEntry e = m_entry;
    const QList<ImportSchema::Field> fields = ImportSchema::fields(e.entity);
    e.values.resize(fields.size());
    for (int f = 0; f < fields.size(); ++f)
        e.values[f] = text(fields.at(f).key);
    return e;
}

bool DirectoryEntryDialog::hasChanges() const
{
    const DirectoryEntry now = entry();
    for (int f = 0; f < now.values.size(); ++f)
        if (now.values.at(f) != m_entry.values.value(f).trimmed())
            return true;
    return false;
}

QString DirectoryEntryDialog::errorText() const
{
    return m_error->text();
}

void DirectoryEntryDialog::clearMarks()
{
    for (QWidget *w : std::as_const(m_fields)) {
        w->setProperty(kInvalid, false);
        w->setStyleSheet(QString());
    }
    m_error->clear();
    m_error->hide();
}

void DirectoryEntryDialog::showProblems(const QList<DirectoryEntries::Problem> &problems)
{
    QStringList lines;
    for (const DirectoryEntries::Problem &p : problems) {
        QString reason = p.message;
        while (reason.endsWith(QLatin1Char('.')))
            reason.chop(1);
        lines << tr("%1: %2.").arg(ImportSupport::fieldTitle(p.field), reason);
        if (QWidget *w = m_fields.value(p.field)) {
            w->setProperty(kInvalid, true);
            w->setStyleSheet(QStringLiteral("border: 1px solid #b03a2e;"));
        }
    }
    m_error->setText(lines.join(QLatin1Char('\n')));
    m_error->show();
    if (QWidget *w = m_fields.value(problems.first().field))
        w->setFocus(Qt::OtherFocusReason);
}

void DirectoryEntryDialog::save()
{
    clearMarks();
    const DirectoryEntry e = entry();
    DirectoryEntries entries(m_db);
    const QList<DirectoryEntries::Problem> problems = entries.validate(e);
    if (!problems.isEmpty()) {
        showProblems(problems);
        return;
    }
    const Result<qint64> saved = entries.save(e);
    if (!saved.ok()) {
        m_error->setText(saved.errorMessage());
        m_error->show();
        return;
    }
    m_entry = e;
    m_entry.id = saved.value();
    Q_EMIT this->saved(saved.value());
    accept();
}

void DirectoryEntryDialog::reject()
{
    const bool vendor = m_entry.entity == ImportEntity::Vendors;
    if (hasChanges()
        && MessageBox::question(this, tr("Discard changes"),
               m_entry.id ? (vendor ? tr("Close without saving your changes to this service provider?")
                                    : tr("Close without saving your changes to this owner?"))
                          : (vendor ? tr("Close without adding this service provider? What you typed is lost.")
                                    : tr("Close without adding this owner? What you typed is lost.")),
               QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Discard)
        return;
    QDialog::reject();
}

} // namespace pms
