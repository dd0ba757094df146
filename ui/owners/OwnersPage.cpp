#include "OwnersPage.h"

#include "models/OwnersModel.h"
#include "models/VendorsModel.h"
#include "common/CacheEvents.h"
#include "storage/DirectoryEntries.h"
#include "ui/common/AppContext.h"
#include "ui/owners/DirectoryEntryDialog.h"
#include "ui/import/ImportSupport.h"
#include "ui/import/ImportWizard.h"
#include "ui/table/DataTableView.h"
#include "ui/table/TablePanel.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace pms {

OwnersPage::OwnersPage(AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
{
    ImportSupport::initResources();
    m_owners = new OwnersModel(ctx.dbPath, this);
    m_vendors = new VendorsModel(ctx.dbPath, this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 8);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("ownersTabs"));
    m_tabs->setDocumentMode(true);

    m_ownersPanel = new TablePanel(m_owners, QStringLiteral("owners"), this);
    m_ownersPanel->setSearchPlaceholder(tr("Search name, email, phone, address, reference"));
    m_ownersPanel->setExportName(QStringLiteral("owners.csv"));
    m_ownersPanel->view()->setEmptyTexts(
        tr("No owners yet — add one with New Owner…, or import a CSV file with Import Owners… (it offers a "
           "template to start from)."),
        tr("No owner matches the search."));
    m_ownersPanel->setCountText([](qint64 matching, qint64 total, bool filtered) {
        const int n = int(std::min<qint64>(total, INT_MAX));
        if (filtered)
            return tr("%L1 of %Ln owners", nullptr, n).arg(matching);
        return total == 1 ? tr("1 owner") : tr("%Ln owners", nullptr, n);
    });

    m_vendorsPanel = new TablePanel(m_vendors, QStringLiteral("vendors"), this);
    m_vendorsPanel->setSearchPlaceholder(tr("Search name, trade, email, phone, reference"));
    m_vendorsPanel->setExportName(QStringLiteral("service-providers.csv"));
    m_vendorsPanel->view()->setEmptyTexts(tr("No service providers yet — add one with New Service Provider…, "
                                             "or import a CSV file with Import Service Providers… (it offers "
                                             "a template)."),
        tr("No service provider matches the search."));
    m_vendorsPanel->setCountText([](qint64 matching, qint64 total, bool filtered) {
        const int n = int(std::min<qint64>(total, INT_MAX));
        if (filtered)
            return tr("%L1 of %Ln service providers", nullptr, n).arg(matching);
        return total == 1 ? tr("1 service provider") : tr("%Ln service providers", nullptr, n);
    });

    m_tabs->addTab(makeTab(m_ownersPanel,
                       tr("The people and companies who own the properties you manage. Not synced with the "
                          "PMS: added here or imported from CSV, shared by every connection."),
                       OwnersTab),
        QIcon(QStringLiteral(":/import/owners.svg")), tr("Owners"));
    m_tabs->addTab(makeTab(m_vendorsPanel,
                       tr("Contractors and suppliers for maintenance work. Not synced with the PMS: added "
                          "here or imported from CSV, shared by every connection."),
                       VendorsTab),
        tr("Service Providers"));
    layout->addWidget(m_tabs, 1);

    connect(m_owners, &SqlTableModel::countsChanged, this, &OwnersPage::updateTabTitles);
    connect(m_vendors, &SqlTableModel::countsChanged, this, &OwnersPage::updateTabTitles);
    connect(m_ownersPanel, &TablePanel::message, this, &OwnersPage::message);
    connect(m_vendorsPanel, &TablePanel::message, this, &OwnersPage::message);
    // A dialog or an import (here or from another window of the same process) wrote: show it.
    connect(CacheEvents::instance(), &CacheEvents::changed, this, [this](CacheEvents::Tables tables) {
        if (tables.testFlag(CacheEvents::Owners))
            m_owners->refresh();
        if (tables.testFlag(CacheEvents::Vendors))
            m_vendors->refresh();
    });
    refresh();
    updateButtons();
}

QWidget *OwnersPage::makeTab(TablePanel *panel, const QString &text, Tab which)
{
    const bool vendors = which == VendorsTab;
    auto *tab = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 10, 0, 0);
    layout->setSpacing(8);
    auto *top = new QHBoxLayout;
    top->setSpacing(8);
    auto *about = new QLabel(text, tab);
    about->setWordWrap(true);
    about->setStyleSheet(QStringLiteral("color:#546e7a"));

    auto *add = new QPushButton(
        QIcon::fromTheme(QStringLiteral("list-add")), vendors ? tr("&New Service Provider…") : tr("&New Owner…"), tab);
    add->setObjectName(vendors ? QStringLiteral("addVendor") : QStringLiteral("addOwner"));
    add->setToolTip(vendors ? tr("Add one service provider by hand") : tr("Add one owner by hand"));
    connect(add, &QPushButton::clicked, this, &OwnersPage::addEntry);

    auto *edit = new QPushButton(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Edit…"), tab);
    edit->setObjectName(vendors ? QStringLiteral("editVendor") : QStringLiteral("editOwner"));
    edit->setToolTip(tr("Change the selected row (or double-click it)"));
    connect(edit, &QPushButton::clicked, this, &OwnersPage::editSelected);
    m_edit[which] = edit;

    auto *import = new QPushButton(QIcon(QStringLiteral(":/import/table-import.svg")),
        vendors ? tr("I&mport Service Providers…") : tr("&Import Owners…"), tab);
    import->setObjectName(vendors ? QStringLiteral("importVendors") : QStringLiteral("importOwners"));
    import->setToolTip(
        tr("Add or update rows from a CSV file: preview, column mapping, every bad line listed; a line "
           "whose external reference is already here updates that row; nothing is written unless the "
           "whole file is good"));
    connect(import, &QPushButton::clicked, this, vendors ? &OwnersPage::importVendors : &OwnersPage::importOwners);

    top->addWidget(about, 1);
    top->addWidget(add, 0, Qt::AlignVCenter);
    top->addWidget(edit, 0, Qt::AlignVCenter);
    top->addWidget(import, 0, Qt::AlignVCenter);
    layout->addLayout(top);
    panel->setParent(tab);
    layout->addWidget(panel, 1);

    connect(panel->view(), &QAbstractItemView::doubleClicked, this, [this, which](const QModelIndex &index) {
        if (index.isValid() && currentTab() == which)
            editSelected();
    });
    connect(panel->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &OwnersPage::updateButtons);
    connect(panel->model(), &QAbstractItemModel::modelReset, this, &OwnersPage::updateButtons);
    connect(panel->model(), &SqlTableModel::settled, this, [this, which] { selectPending(which); });
    return tab;
}

void OwnersPage::selectPending(Tab tab)
{
    if (m_pendingSelection.id == 0 || m_pendingSelection.tab != tab)
        return;
    TablePanel *p = panel(tab);
    const int row = p->model()->rowForId(m_pendingSelection.id);
    if (row < 0)
        return; // hidden by the search, or not listed yet
    m_pendingSelection.id = 0;
    p->view()->selectRow(row);
    p->view()->scrollTo(p->model()->index(row, 0));
    updateButtons();
}

OwnersPage::Tab OwnersPage::currentTab() const
{
    return m_tabs->currentIndex() == VendorsTab ? VendorsTab : OwnersTab;
}

qint64 OwnersPage::selectedId(Tab tab) const
{
    TablePanel *p = panel(tab);
    QItemSelectionModel *selection = p->view()->selectionModel();
    if (!selection)
        return 0;
    const QModelIndexList rows = selection->selectedRows();
    QModelIndex index = rows.isEmpty() ? QModelIndex() : rows.first();
    if (!index.isValid() && selection->hasSelection())
        index = selection->selectedIndexes().first();
    if (!index.isValid())
        return 0;
    const qint64 id = p->model()->idAt(index.row());
    return id > 0 ? id : 0;
}

void OwnersPage::updateButtons()
{
    for (Tab tab : {OwnersTab, VendorsTab})
        if (m_edit[tab])
            m_edit[tab]->setEnabled(selectedId(tab) != 0);
}

void OwnersPage::addEntry()
{
    openDialog(DirectoryEntry::empty(currentTab() == VendorsTab ? ImportEntity::Vendors : ImportEntity::Owners));
}

void OwnersPage::editSelected()
{
    const Tab tab = currentTab();
    const qint64 id = selectedId(tab);
    if (id == 0 || !m_ctx.db)
        return;
    const ImportEntity entity = tab == VendorsTab ? ImportEntity::Vendors : ImportEntity::Owners;
    const DirectoryEntry entry = DirectoryEntries(*m_ctx.db).find(entity, id);
    if (entry.id == 0) {
        Q_EMIT message(tab == VendorsTab ? tr("That service provider is no longer in the cache.")
                                         : tr("That owner is no longer in the cache."));
        panel(tab)->model()->refresh();
        return;
    }
    openDialog(entry);
}

void OwnersPage::openDialog(const DirectoryEntry &entry)
{
    if (!m_ctx.db)
        return;
    if (m_dialog) {
        // One at a time: the open one comes forward (closing it could drop what was typed).
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new DirectoryEntryDialog(*m_ctx.db, entry, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    const bool vendor = entry.entity == ImportEntity::Vendors;
    const bool added = entry.id == 0;
    connect(m_dialog, &DirectoryEntryDialog::saved, this, [this, vendor, added](qint64 id) {
        const QString name = m_dialog ? m_dialog->entry().value(QStringLiteral("name")) : QString();
        if (added)
            Q_EMIT message(vendor ? tr("Added service provider %1.").arg(name) : tr("Added owner %1.").arg(name));
        else
            Q_EMIT message(vendor ? tr("Saved service provider %1.").arg(name) : tr("Saved owner %1.").arg(name));
        m_pendingSelection = {vendor ? VendorsTab : OwnersTab, id};
    });
    m_dialog->open();
}

void OwnersPage::updateTabTitles()
{
    const auto title = [](const QString &name, SqlTableModel *m) {
        return m->countKnown() ? tr("%1 (%L2)").arg(name).arg(m->totalCount()) : name;
    };
    m_tabs->setTabText(OwnersTab, title(tr("Owners"), m_owners));
    m_tabs->setTabText(VendorsTab, title(tr("Service Providers"), m_vendors));
}

void OwnersPage::refresh()
{
    // Not per connection: the connection switcher changes nothing here.
    if (!m_loaded) {
        m_loaded = true;
        m_owners->reload();
        m_vendors->reload();
        return;
    }
    m_owners->refresh();
    m_vendors->refresh();
}

void OwnersPage::focusSearch()
{
    (m_tabs->currentIndex() == VendorsTab ? m_vendorsPanel : m_ownersPanel)->focusSearch();
}

void OwnersPage::importOwners()
{
    m_tabs->setCurrentIndex(OwnersTab);
    openWizard(ImportEntity::Owners);
}

void OwnersPage::importVendors()
{
    m_tabs->setCurrentIndex(VendorsTab);
    openWizard(ImportEntity::Vendors);
}

void OwnersPage::openWizard(ImportEntity entity)
{
    if (m_wizard) {
        if (m_wizard->entity() == entity) {
            m_wizard->raise();
            m_wizard->activateWindow();
            return;
        }
        // Another list's import that has not started writing gives way.
        if (!m_wizard->close())
            return;
    }
    m_wizard = new ImportWizard(entity, m_ctx.dbPath, this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    // The lists reload through CacheEvents (the import notifies once it committed).
    connect(m_wizard, &ImportWizard::imported, this, [this, entity](const ImportOutcome &outcome) {
        Q_EMIT message(ImportSupport::outcomeText(entity, outcome));
    });
    m_wizard->show();
}

} // namespace pms
