#include "PlatformUnitsPanel.h"

#include "PlatformUnitDialog.h"
#include "ui/common/AppContext.h"
#include "ui/import/ImportWizard.h"
#include "ui/common/MessageBox.h"
#include "domain/MappingTypes.h"
#include "models/mapping/PlatformUnitModel.h"
#include "models/mapping/UnitMappingModel.h"
#include "models/NaturalSort.h"
#include "storage/PlatformUnitEditQueries.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace pms {

namespace {

// Names sort the way people count: #1, #2, #11, #101 (not #1, #101, #11, #2).
class NaturalSortProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const QVariant a = left.data(sortRole());
        const QVariant b = right.data(sortRole());
        if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
            return naturalCompare(a.toString(), b.toString()) < 0;
        return QSortFilterProxyModel::lessThan(left, right);
    }
};

} // namespace

PlatformUnitsPanel::PlatformUnitsPanel(AppContext &ctx, UnitMappingModel *mapping, QWidget *parent)
    : QWidget(parent), m_ctx(ctx), m_mapping(mapping)
{
    m_model = new PlatformUnitModel(mapping, this);
    m_proxy = new NaturalSortProxy(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    auto *newButton = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&New…"), this);
    newButton->setObjectName(QStringLiteral("newPlatformUnit"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_delete = new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), tr("&Delete"), this);
    auto *importButton = new QPushButton(tr("&Import from CSV…"), this);
    importButton->setObjectName(QStringLiteral("importPlatformUnits"));
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search platform units"));
    m_search->setClearButtonEnabled(true);
    m_count = new QLabel(this);

    auto *bar = new QHBoxLayout;
    bar->addWidget(newButton);
    bar->addWidget(m_edit);
    bar->addWidget(m_delete);
    bar->addWidget(importButton);
    bar->addSpacing(12);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_count);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("platformUnitsView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PlatformUnitModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_view->setColumnWidth(PlatformUnitModel::NameColumn, 140);
    m_view->setColumnWidth(PlatformUnitModel::BuildingColumn, 200);
    m_view->setColumnWidth(PlatformUnitModel::FloorColumn, 70);
    m_view->setColumnWidth(PlatformUnitModel::ExternalRefColumn, 150);

    m_empty = new QLabel(tr("No platform units yet. Create them one at a time with New…, or many at once from a "
                            "CSV file with Import from CSV…; then map them to PMS units on the Editor tab."),
                         this);
    m_empty->setObjectName(QStringLiteral("platformUnitsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); padding: 24px; }"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);

    connect(newButton, &QPushButton::clicked, this, &PlatformUnitsPanel::newUnit);
    connect(m_edit, &QPushButton::clicked, this, &PlatformUnitsPanel::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &PlatformUnitsPanel::deleteSelected);
    connect(importButton, &QPushButton::clicked, this, &PlatformUnitsPanel::importCsv);
    connect(m_view, &QTableView::doubleClicked, this, &PlatformUnitsPanel::editSelected);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PlatformUnitsPanel::updateButtons);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this]() {
        if (m_pendingSelect)
            selectPlatformUnit(std::exchange(m_pendingSelect, 0));
        updateButtons();
    });
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &PlatformUnitsPanel::updateButtons);
    updateButtons();
}

PlatformUnitDialog *PlatformUnitsPanel::editDialog() const
{
    return m_dialog;
}

ImportWizard *PlatformUnitsPanel::importWizard() const
{
    return m_import;
}

qint64 PlatformUnitsPanel::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(PlatformUnitModel::IdRole).toLongLong();
}

void PlatformUnitsPanel::selectPlatformUnit(qint64 id)
{
    const int sourceRow = m_mapping->platformRow(id);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void PlatformUnitsPanel::updateButtons()
{
    const bool selected = selectedId() != 0;
    m_edit->setEnabled(selected);
    m_delete->setEnabled(selected);
    const int total = int(m_mapping->platformUnits().size());
    m_empty->setVisible(total == 0);
    m_count->setText(tr("%1 platform units, %2 available")
                         .arg(QLocale().toString(total), QLocale().toString(m_mapping->availablePlatformUnits())));
}

void PlatformUnitsPanel::newUnit()
{
    if (m_dialog)
        m_dialog->close();
    m_dialog = new PlatformUnitDialog(*m_ctx.db, PlatformUnit(), this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &PlatformUnitDialog::saved, this, [this](qint64 id) {
        m_pendingSelect = id;
        Q_EMIT message(tr("Platform unit created."));
        Q_EMIT changed();
    });
    m_dialog->open();
}

void PlatformUnitsPanel::editSelected()
{
    const PlatformUnitRow *row = m_mapping->platformUnit(selectedId());
    if (!row)
        return;
    PlatformUnit unit;
    unit.id = row->id;
    unit.name = row->name;
    unit.building = row->building;
    unit.floor = row->floor;
    unit.externalRef = row->externalRef;
    if (m_dialog)
        m_dialog->close();
    m_dialog = new PlatformUnitDialog(*m_ctx.db, unit, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &PlatformUnitDialog::saved, this, [this](qint64 id) {
        m_pendingSelect = id;
        Q_EMIT message(tr("Platform unit saved."));
        Q_EMIT changed();
    });
    m_dialog->open();
}

void PlatformUnitsPanel::deleteSelected()
{
    const qint64 id = selectedId();
    const PlatformUnitRow *row = m_mapping->platformUnit(id);
    if (!row)
        return;
    PlatformUnitEditQueries edits(*m_ctx.db);
    auto usage = edits.usage(id);
    if (!usage.ok()) {
        Q_EMIT message(usage.errorMessage());
        return;
    }
    if (usage->mapped()) {
        QString text = usage->propertyName.isEmpty()
            ? tr("Platform unit '%1' is mapped to PMS unit %2.").arg(row->name, usage->unitName)
            : tr("Platform unit '%1' is mapped to PMS unit %2 in %3.").arg(row->name, usage->unitName, usage->propertyName);
        if (usage->assignedResidents > 0)
            text += QLatin1Char(' ') + (usage->assignedResidents == 1 ? tr("%n resident is assigned to it.", nullptr, 1) : tr("%n residents are assigned to it.", nullptr, int(usage->assignedResidents)));
        text += QStringLiteral("\n\n") + tr("Delete it together with its mapping? This cannot be undone.");
        if (MessageBox::question(this, tr("Delete Platform Unit"), text, QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel)
            != QMessageBox::Yes)
            return;
    }
    const QString name = row->name;
    if (Status s = edits.remove(id); !s.ok()) {
        Q_EMIT message(s.errorMessage());
        return;
    }
    Q_EMIT deleted(id);
    Q_EMIT message(tr("Platform unit '%1' deleted.").arg(name));
    Q_EMIT changed();
}

void PlatformUnitsPanel::importCsv()
{
    if (m_import) {
        m_import->raise();
        m_import->activateWindow();
        return;
    }
    m_import = new ImportWizard(ImportEntity::PlatformUnits, m_ctx.dbPath, this);
    m_import->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_import, &ImportWizard::imported, this, [this](const ImportOutcome &outcome) {
        const qint64 count = outcome.added;
        Q_EMIT message((count == 1 ? tr("Imported %n platform unit.", nullptr, 1) : tr("Imported %n platform units.", nullptr, int(count))));
        Q_EMIT changed();
    });
    m_import->show();
}

} // namespace pms
