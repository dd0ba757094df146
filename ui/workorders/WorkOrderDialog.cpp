#include "WorkOrderDialog.h"

#include "ui/common/MessageBox.h"

#include "storage/WorkOrderRepository.h"
#include "ui/common/ReadTask.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pms {

namespace {

using Choices = QList<WorkOrderChoice>;

QComboBox *searchableCombo(QWidget *parent, const QString &name)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->completer()->setFilterMode(Qt::MatchContains);
    box->completer()->setCompletionMode(QCompleter::PopupCompletion);
    box->setMinimumContentsLength(28);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    return box;
}

Choices orEmpty(const Result<Choices> &r)
{
    return r.ok() ? r.value() : Choices{};
}

} // namespace

WorkOrderDialog::WorkOrderDialog(const QString &dbPath, qint64 connectionId, qint64 workOrderId, QWidget *parent)
    : QDialog(parent), m_dbPath(dbPath), m_connectionId(connectionId), m_workOrderId(workOrderId)
{
    setObjectName(QStringLiteral("workOrderDialog"));
    setWindowTitle(isEdit() ? tr("Edit Work Order") : tr("New Work Order"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(8);
    m_property = searchableCombo(this, QStringLiteral("property"));
    m_unit = searchableCombo(this, QStringLiteral("unit"));
    m_resident = searchableCombo(this, QStringLiteral("resident"));
    form->addRow(tr("&Property:"), m_property);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("&Resident:"), m_resident);

    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("category"));
    m_category->setEditable(true);
    m_category->setInsertPolicy(QComboBox::NoInsert);
    m_category->addItem(QString());
    for (const QString &c : {tr("Appliance"), tr("Electrical"), tr("General"), tr("HVAC"), tr("Landscaping"), tr("Locks & keys"),
                             tr("Pest control"), tr("Plumbing"), tr("Roofing")})
        m_category->addItem(c);
    m_category->lineEdit()->setPlaceholderText(tr("Choose or type a category"));
    form->addRow(tr("&Category:"), m_category);

    m_priority = new QComboBox(this);
    m_priority->setObjectName(QStringLiteral("priority"));
    m_priority->addItem(tr("Low"), QStringLiteral("LOW"));
    m_priority->addItem(tr("Medium"), QStringLiteral("MEDIUM"));
    m_priority->addItem(tr("High"), QStringLiteral("HIGH"));
    m_priority->setCurrentIndex(1);
    form->addRow(tr("P&riority:"), m_priority);

    m_enter = new QCheckBox(tr("Maintenance staff may enter the unit at any time"), this);
    m_enter->setObjectName(QStringLiteral("permissionToEnter"));
    m_enter->setToolTip(tr("The resident's permission to enter (Propertyware's \"authorize enter\": Anytime, or No)"));
    form->addRow(tr("Permission to enter:"), m_enter);

    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setPlaceholderText(tr("What needs to be done, where, and anything the technician should know"));
    m_description->setTabChangesFocus(true);
    m_description->setMinimumHeight(110);
    form->addRow(tr("&Description:"), m_description);
    layout->addLayout(form);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("r9Note"));
    m_note->setWordWrap(true);
    m_note->setEnabled(false);
    m_note->setText(isEdit() ? tr("The change is sent to Propertyware as a comment on the work order's task. Property, "
                                  "unit and resident cannot be changed after creation.")
                             : tr("Properties, units and residents come from Propertyware: while this connection is active "
                                  "they are not created here. Missing one? Add it in Propertyware and sync."));
    layout->addWidget(m_note);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->hide();
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setText(isEdit() ? tr("Save Changes") : tr("Create Work Order"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &WorkOrderDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &WorkOrderDialog::reject);
    connect(m_description, &QPlainTextEdit::textChanged, this, &WorkOrderDialog::updateButtons);
    connect(m_property, &QComboBox::currentIndexChanged, this, [this] {
        if (!isEdit())
            loadUnitsAndResidents();
        updateButtons();
    });
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] {
        if (!isEdit())
            loadResidents();
    });
    resize(560, sizeHint().height());

    for (QComboBox *box : {m_property, m_unit, m_resident})
        box->setEnabled(false);
    updateButtons();
    if (isEdit())
        loadWorkOrder();
    else
        loadProperties();
}

void WorkOrderDialog::fillChoices(QComboBox *box, const QList<WorkOrderChoice> &choices, const QString &none)
{
    const QSignalBlocker block(box);
    box->clear();
    if (!none.isEmpty())
        box->addItem(none, qint64(0));
    for (const WorkOrderChoice &c : choices)
        box->addItem(c.name, c.pmsId);
    box->setCurrentIndex(0);
}

void WorkOrderDialog::loadProperties()
{
    const qint64 connection = m_connectionId;
    runRead<Choices>(
        this, m_dbPath, [connection](Database &db) { return orEmpty(WorkOrderRepository(db).propertyChoices(connection)); },
        [this](const Choices &properties) {
            fillChoices(m_property, properties, properties.isEmpty() ? QString() : tr("Choose a property…"));
            m_property->setEnabled(!properties.isEmpty());
            if (properties.isEmpty())
                showError(tr("The cache has no properties for this connection yet. Run a sync first: work orders "
                             "belong to a property that comes from Propertyware."));
            m_ready = true;
            loadUnitsAndResidents();
            updateButtons();
            Q_EMIT ready();
        });
}

void WorkOrderDialog::loadUnitsAndResidents()
{
    const qint64 connection = m_connectionId;
    const qint64 property = m_property->currentData().toLongLong();
    if (property <= 0) {
        fillChoices(m_unit, {}, tr("Choose a property first"));
        fillChoices(m_resident, {}, tr("Choose a property first"));
        m_unit->setEnabled(false);
        m_resident->setEnabled(false);
        return;
    }
    runRead<Choices>(
        this, m_dbPath, [connection, property](Database &db) { return orEmpty(WorkOrderRepository(db).unitChoices(connection, property)); },
        [this, property](const Choices &units) {
            if (m_property->currentData().toLongLong() != property)
                return;
            fillChoices(m_unit, units, units.isEmpty() ? tr("No units (the whole property)") : tr("No unit (the whole property)"));
            m_unit->setEnabled(!units.isEmpty());
            if (m_wantedUnit > 0) {
                const int i = m_unit->findData(m_wantedUnit);
                if (i >= 0)
                    m_unit->setCurrentIndex(i);
                m_wantedUnit = 0;
            }
            loadResidents();
        });
}

void WorkOrderDialog::loadResidents()
{
    const qint64 connection = m_connectionId;
    const qint64 property = m_property->currentData().toLongLong();
    const qint64 unit = m_unit->currentData().toLongLong();
    if (property <= 0)
        return;
    runRead<Choices>(
        this, m_dbPath,
        [connection, property, unit](Database &db) { return orEmpty(WorkOrderRepository(db).residentChoices(connection, property, unit)); },
        [this, property, unit](const Choices &residents) {
            if (m_property->currentData().toLongLong() != property || m_unit->currentData().toLongLong() != unit)
                return;
            fillChoices(m_resident, residents, residents.isEmpty() ? tr("No residents here") : tr("No resident"));
            m_resident->setEnabled(!residents.isEmpty());
        });
}

void WorkOrderDialog::loadWorkOrder()
{
    struct Loaded
    {
        LocalWorkOrder wo;
        QString property, unit, resident, error;
    };
    const qint64 id = m_workOrderId;
    const qint64 connection = m_connectionId;
    runRead<Loaded>(
        this, m_dbPath,
        [id, connection](Database &db) {
            Loaded l;
            WorkOrderRepository repo(db);
            auto wo = repo.get(id);
            if (!wo.ok()) {
                l.error = wo.errorMessage();
                return l;
            }
            l.wo = wo.value();
            const auto nameOf = [](const Result<Choices> &r, qint64 pmsId) {
                for (const WorkOrderChoice &c : r.ok() ? r.value() : Choices{})
                    if (c.pmsId == pmsId)
                        return c.name;
                return pmsId > 0 ? QString::number(pmsId) : QString();
            };
            l.property = nameOf(repo.propertyChoices(connection), l.wo.pmsPropertyId);
            if (l.wo.pmsUnitId > 0)
                l.unit = nameOf(repo.unitChoices(connection, l.wo.pmsPropertyId), l.wo.pmsUnitId);
            if (l.wo.residentPmsContactId > 0)
                l.resident = nameOf(repo.residentChoices(connection, l.wo.pmsPropertyId, 0), l.wo.residentPmsContactId);
            return l;
        },
        [this](const Loaded &l) {
            if (!l.error.isEmpty() || l.wo.id == 0) {
                showError(l.error.isEmpty() ? tr("This work order is no longer in the cache.") : l.error);
                return;
            }
            m_original = l.wo;
            m_property->addItem(l.property.isEmpty() ? tr("(unknown property)") : l.property, l.wo.pmsPropertyId);
            m_unit->addItem(l.unit.isEmpty() ? tr("No unit (the whole property)") : l.unit, l.wo.pmsUnitId);
            m_resident->addItem(l.resident.isEmpty() ? tr("No resident") : l.resident, l.wo.residentPmsContactId);
            m_description->setPlainText(l.wo.description);
            setCategory(l.wo.category);
            setPriority(l.wo.priority);
            m_enter->setChecked(l.wo.authorizeEnter == QLatin1String("ANYTIME"));
            m_ready = true;
            updateButtons();
            Q_EMIT ready();
        });
}

bool WorkOrderDialog::selectProperty(qint64 pmsPropertyId)
{
    const int i = m_property->findData(pmsPropertyId);
    if (i < 0)
        return false;
    m_property->setCurrentIndex(i);
    return true;
}

bool WorkOrderDialog::selectUnit(qint64 pmsUnitId)
{
    const int i = m_unit->findData(pmsUnitId);
    if (i < 0) {
        m_wantedUnit = pmsUnitId; // the units of the property are still loading
        return false;
    }
    m_unit->setCurrentIndex(i);
    return true;
}

void WorkOrderDialog::setDescription(const QString &text)
{
    m_description->setPlainText(text);
}

void WorkOrderDialog::setPriority(const QString &priority)
{
    const int i = m_priority->findData(priority.toUpper());
    if (i >= 0)
        m_priority->setCurrentIndex(i);
}

void WorkOrderDialog::setCategory(const QString &category)
{
    const int i = m_category->findText(category, Qt::MatchFixedString);
    if (i >= 0)
        m_category->setCurrentIndex(i);
    else
        m_category->setEditText(category);
}

void WorkOrderDialog::setPermissionToEnter(bool anytime)
{
    m_enter->setChecked(anytime);
}

QString WorkOrderDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void WorkOrderDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void WorkOrderDialog::updateButtons()
{
    const bool hasProperty = m_property->currentData().toLongLong() > 0;
    const bool hasText = !m_description->toPlainText().trimmed().isEmpty();
    QPushButton *save = m_buttons->button(QDialogButtonBox::Save);
    save->setEnabled(m_ready && !m_saving && hasProperty && hasText);
    save->setToolTip(!hasProperty ? tr("Choose the property first") : !hasText ? tr("Describe what needs to be done") : QString());
}

void WorkOrderDialog::accept()
{
    if (m_saving || !m_ready)
        return;
    const QString description = m_description->toPlainText().trimmed();
    if (m_property->currentData().toLongLong() <= 0) {
        showError(tr("Choose the property the work order is for."));
        return;
    }
    if (description.isEmpty()) {
        showError(tr("Describe what needs to be done."));
        return;
    }
    const QString category = m_category->currentText().trimmed();
    const QString priority = m_priority->currentData().toString();
    const QString enter = m_enter->isChecked() ? QStringLiteral("ANYTIME") : QStringLiteral("NO");
    m_saving = true;
    showError({});
    updateButtons();
    const auto done = [this](const Result<qint64> &r) {
        m_saving = false;
        updateButtons();
        if (!r.ok()) {
            showError(tr("Not saved: %1").arg(r.errorMessage()));
            return;
        }
        Q_EMIT saved(r.value());
        QDialog::accept();
    };
    if (isEdit()) {
        WorkOrderEdit edit;
        // Only what changed: the comment to Propertyware lists exactly that.
        if (description != m_original.description)
            edit.description = description;
        if (category != m_original.category)
            edit.category = category;
        if (priority != m_original.priority)
            edit.priority = priority;
        if (enter != m_original.authorizeEnter)
            edit.authorizeEnter = enter;
        const qint64 id = m_workOrderId;
        runWrite<qint64>(
            this, m_dbPath,
            [id, edit](Database &db) -> Result<qint64> {
                if (Status s = WorkOrderRepository(db).edit(id, edit); !s.ok())
                    return s.error();
                return id;
            },
            done);
        return;
    }
    NewWorkOrder wo;
    wo.connectionId = m_connectionId;
    wo.pmsPropertyId = m_property->currentData().toLongLong();
    wo.pmsUnitId = m_unit->currentData().toLongLong();
    wo.residentPmsContactId = m_resident->currentData().toLongLong();
    wo.description = description;
    wo.category = category;
    wo.priority = priority;
    wo.authorizeEnter = enter;
    runWrite<qint64>(
        this, m_dbPath, [wo](Database &db) { return WorkOrderRepository(db).create(wo); }, done);
}

bool WorkOrderDialog::hasUnsavedInput() const
{
    if (m_saving)
        return false;
    const QString description = m_description->toPlainText().trimmed();
    const QString category = m_category->currentText().trimmed();
    if (isEdit())
        return m_ready
            && (description != m_original.description.trimmed() || category != m_original.category.trimmed()
                || m_priority->currentData().toString() != m_original.priority
                || m_enter->isChecked() != (m_original.authorizeEnter == QLatin1String("ANYTIME")));
    return !description.isEmpty() || !category.isEmpty();
}

void WorkOrderDialog::reject()
{
    if (hasUnsavedInput()
        && MessageBox::question(this, isEdit() ? tr("Discard changes") : tr("Discard work order"),
                                isEdit() ? tr("Close without saving your changes to this work order?")
                                         : tr("Close without creating this work order? What you typed is lost."),
                                QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Discard)
        return;
    QDialog::reject();
}

} // namespace pms
