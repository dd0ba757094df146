#include "CacheSettingsBox.h"

#include "storage/CacheLocation.h"
#include "storage/Database.h"

#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QtConcurrent>

namespace pms {

CacheSettingsBox::CacheSettingsBox(const QString &currentLocation, QWidget *parent)
    : QGroupBox(tr("Cache"), parent)
{
    setObjectName(QStringLiteral("cacheSettings"));
    auto *form = new QFormLayout(this);

    auto current = CacheLocation::parse(currentLocation);
    const bool shared = current.ok() && current->isPostgres();
    auto *where = new QLabel(current.ok() ? current->describe() : currentLocation, this);
    where->setObjectName(QStringLiteral("cacheLocationLabel"));
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    where->setWordWrap(true);
    auto *kind = new QLabel(shared ? tr("Shared: every desk pointed at this PostgreSQL database sees the same data.")
                                   : tr("On this computer only (SQLite)."),
                            this);
    kind->setObjectName(QStringLiteral("cacheKindLabel"));
    kind->setWordWrap(true);
    form->addRow(tr("This desk uses:"), where);
    form->addRow(QString(), kind);

    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("cacheLocationEdit"));
    m_edit->setPlaceholderText(tr("a file, or postgresql://user@host:5432/database?sslmode=verify-full"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setText(QSettings().value(Database::settingsKey()).toString());
    m_use = new QPushButton(tr("&Check and Use"), this);
    m_use->setObjectName(QStringLiteral("cacheUseButton"));
    m_use->setEnabled(false);
    auto *row = new QHBoxLayout;
    row->addWidget(m_edit, 1);
    row->addWidget(m_use);
    form->addRow(tr("From the next start, &open:"), row);
    // The form's label buddy for the shortcut.
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(row)))
        label->setBuddy(m_edit);

    m_result = new QLabel(tr("Leave it empty to keep this computer's own cache. The password of a PostgreSQL user "
                             "comes from PGPASSWORD or ~/.pgpass, never from here. To move this desk's data, run "
                             "'pmsbridge cache copy --to URL' first."),
                          this);
    m_result->setObjectName(QStringLiteral("cacheResultLabel"));
    m_result->setWordWrap(true);
    form->addRow(QString(), m_result);

    connect(m_edit, &QLineEdit::textChanged, this, [this] { m_use->setEnabled(true); });
    connect(m_edit, &QLineEdit::returnPressed, this, &CacheSettingsBox::check);
    connect(m_use, &QPushButton::clicked, this, &CacheSettingsBox::check);
}

void CacheSettingsBox::check()
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty()) {
        QSettings().remove(Database::settingsKey());
        m_result->setText(tr("PMS Bridge opens this computer's own cache from its next start."));
        m_use->setEnabled(false);
        Q_EMIT checked(true);
        return;
    }
    auto location = CacheLocation::parse(text);
    if (!location.ok()) {
        m_result->setText(location.errorMessage());
        Q_EMIT checked(false);
        return;
    }
    m_use->setEnabled(false);
    m_result->setText(tr("Opening %1…").arg(location->describe()));
    // Opening may wait for a server (up to its connect timeout): never on the GUI thread.
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, text] {
        watcher->deleteLater();
        const QString error = watcher->result();
        m_use->setEnabled(true);
        if (!error.isEmpty()) {
            m_result->setText(tr("Not kept: %1").arg(error));
            Q_EMIT checked(false);
            return;
        }
        QSettings().setValue(Database::settingsKey(), text);
        m_use->setEnabled(false);
        m_result->setText(tr("Checked and kept: PMS Bridge opens this cache from its next start."));
        Q_EMIT checked(true);
    });
    watcher->setFuture(QtConcurrent::run([text]() -> QString {
        auto db = Database::open(text);
        return db.ok() ? QString() : db.errorMessage();
    }));
}

} // namespace pms
