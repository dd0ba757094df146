#include "OwnersPage.h"

#include "models/OwnersModel.h"
#include "models/VendorsModel.h"
#include "ui/common/AppContext.h"
#include "ui/import/ImportSupport.h"
#include "ui/import/ImportWizard.h"
#include "ui/table/DataTableView.h"
#include "ui/table/TablePanel.h"

#include <QHBoxLayout>
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
        tr("No owners yet — import a CSV file with Import Owners… (it offers a template to start from)."),
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
    m_vendorsPanel->view()->setEmptyTexts(tr("No service providers yet — import a CSV file with Import "
                                             "Service Providers… (it offers a template)."),
        tr("No service provider matches the search."));
    m_vendorsPanel->setCountText([](qint64 matching, qint64 total, bool filtered) {
        const int n = int(std::min<qint64>(total, INT_MAX));
        if (filtered)
            return tr("%L1 of %Ln service providers", nullptr, n).arg(matching);
        return total == 1 ? tr("1 service provider") : tr("%Ln service providers", nullptr, n);
    });

    m_tabs->addTab(
        makeTab(m_ownersPanel,
            tr("The people and companies who own the properties you manage. Not synced with the PMS: "
               "imported from CSV, shared by every connection."),
            QStringLiteral("importOwners"), tr("&Import Owners…")),
        QIcon(QStringLiteral(":/import/owners.svg")), tr("Owners"));
    m_tabs->addTab(makeTab(m_vendorsPanel,
                       tr("Contractors and suppliers for maintenance work. Not synced with the PMS: imported "
                          "from CSV, shared by every connection."),
                       QStringLiteral("importVendors"), tr("I&mport Service Providers…")),
        tr("Service Providers"));
    layout->addWidget(m_tabs, 1);

    connect(findChild<QPushButton *>(QStringLiteral("importOwners")), &QPushButton::clicked, this,
        &OwnersPage::importOwners);
    connect(findChild<QPushButton *>(QStringLiteral("importVendors")), &QPushButton::clicked, this,
        &OwnersPage::importVendors);
    connect(m_owners, &SqlTableModel::countsChanged, this, &OwnersPage::updateTabTitles);
    connect(m_vendors, &SqlTableModel::countsChanged, this, &OwnersPage::updateTabTitles);
    connect(m_ownersPanel, &TablePanel::message, this, &OwnersPage::message);
    connect(m_vendorsPanel, &TablePanel::message, this, &OwnersPage::message);
    refresh();
}

QWidget *OwnersPage::makeTab(
    TablePanel *panel, const QString &text, const QString &buttonName, const QString &buttonText)
{
    auto *tab = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 10, 0, 0);
    layout->setSpacing(8);
    auto *top = new QHBoxLayout;
    top->setSpacing(12);
    auto *about = new QLabel(text, tab);
    about->setWordWrap(true);
    about->setStyleSheet(QStringLiteral("color:#546e7a"));
    auto *import = new QPushButton(QIcon(QStringLiteral(":/import/table-import.svg")), buttonText, tab);
    import->setObjectName(buttonName);
    import->setToolTip(
        tr("Add rows from a CSV file: preview, column mapping, every bad line listed; nothing is "
           "written unless the whole file is good"));
    top->addWidget(about, 1);
    top->addWidget(import, 0, Qt::AlignVCenter);
    layout->addLayout(top);
    panel->setParent(tab);
    layout->addWidget(panel, 1);
    return tab;
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
    connect(m_wizard, &ImportWizard::imported, this, [this, entity](qint64 count) {
        const QString noun = ImportSupport::noun(entity, count);
        Q_EMIT message(count == 1 ? tr("Imported 1 %1.").arg(noun)
                                  : tr("Imported %1 %2.").arg(QLocale().toString(count), noun));
        (entity == ImportEntity::Owners ? static_cast<SqlTableModel *>(m_owners) : m_vendors)->refresh();
    });
    m_wizard->show();
}

} // namespace pms
