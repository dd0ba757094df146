#include "PlatformUnitDialog.h"

#include "storage/PlatformUnitEditQueries.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pms {

PlatformUnitDialog::PlatformUnitDialog(Database &db, const PlatformUnit &unit, QWidget *parent)
    : QDialog(parent), m_db(db), m_unit(unit)
{
    setObjectName(QStringLiteral("platformUnitDialog"));
    setWindowTitle(unit.id ? tr("Edit Platform Unit") : tr("New Platform Unit"));
    auto *form = new QFormLayout;
    m_name = new QLineEdit(unit.name, this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("e.g. A-1203"));
    m_building = new QLineEdit(unit.building, this);
    m_building->setObjectName(QStringLiteral("building"));
    m_building->setPlaceholderText(tr("e.g. Maple Court, or 123 Oak St"));
    m_floor = new QLineEdit(unit.floor, this);
    m_floor->setObjectName(QStringLiteral("floor"));
    m_externalRef = new QLineEdit(unit.externalRef, this);
    m_externalRef->setObjectName(QStringLiteral("externalRef"));
    m_externalRef->setPlaceholderText(tr("optional, unique"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Building:"), m_building);
    form->addRow(tr("&Floor:"), m_floor);
    form->addRow(tr("E&xternal reference:"), m_externalRef);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PlatformUnitDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto updateButton = [this]() {
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(!m_name->text().trimmed().isEmpty());
    };
    connect(m_name, &QLineEdit::textChanged, this, updateButton);
    updateButton();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(380);
}

void PlatformUnitDialog::setValues(const QString &name, const QString &building, const QString &floor,
                                   const QString &externalRef)
{
    m_name->setText(name);
    m_building->setText(building);
    m_floor->setText(floor);
    m_externalRef->setText(externalRef);
}

QString PlatformUnitDialog::errorText() const
{
    return m_error->isVisible() || !m_error->text().isEmpty() ? m_error->text() : QString();
}

void PlatformUnitDialog::save()
{
    PlatformUnit u = m_unit;
    u.name = m_name->text().trimmed();
    u.building = m_building->text().trimmed();
    u.floor = m_floor->text().trimmed();
    u.externalRef = m_externalRef->text().trimmed();
    Status status = PlatformUnitEditQueries(m_db).validate(u);
    qint64 id = u.id;
    if (status.ok()) {
        PlatformUnitRepository repo(m_db);
        if (u.id) {
            status = repo.update(u);
        } else {
            auto inserted = repo.insert(u);
            status = inserted.ok() ? Status() : Status(inserted.error());
            id = inserted.ok() ? inserted.value() : 0;
        }
    }
    if (!status.ok()) {
        m_error->setText(status.errorMessage());
        m_error->show();
        return;
    }
    m_error->clear();
    m_error->hide();
    Q_EMIT saved(id);
    accept();
}

} // namespace pms
