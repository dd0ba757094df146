#pragma once

#include "ui/common/AppPage.h"
#include "domain/ImportSchema.h"

#include "ui/import/ImportWizard.h"
#include "ui/owners/DirectoryEntryDialog.h"

#include <QPointer>
#include <QWidget>

class QPushButton;
class QTabWidget;

namespace pms {

struct AppContext;

class OwnersModel;
class TablePanel;
class VendorsModel;

/// Owners & Service Providers (R21): two searchable, exportable lists that are not synced with
/// the PMS. Entries are added and edited one at a time (DirectoryEntryDialog; Edit… or a double
/// click) or imported from CSV (Import… opens the import wizard for the list shown, which also
/// updates entries by external reference). Both lists follow CacheEvents, so a write from any
/// dialog or import shows at once. Both tables are shared by every connection.
class OwnersPage : public QWidget, public AppPage
{
    Q_OBJECT
public:
    enum Tab { OwnersTab, VendorsTab };

    explicit OwnersPage(AppContext &ctx, QWidget *parent = nullptr);

    OwnersModel *ownersModel() const { return m_owners; }
    VendorsModel *vendorsModel() const { return m_vendors; }
    TablePanel *ownersPanel() const { return m_ownersPanel; }
    TablePanel *vendorsPanel() const { return m_vendorsPanel; }
    QTabWidget *tabs() const { return m_tabs; }
    /// The import wizard while it is open (tests drive it), null otherwise.
    ImportWizard *importWizard() const { return m_wizard; }
    /// The add/edit dialog while it is open (tests drive it), null otherwise.
    DirectoryEntryDialog *entryDialog() const { return m_dialog; }
    /// The id of the row selected in the list of @p tab, 0 when none is.
    qint64 selectedId(Tab tab) const;

public Q_SLOTS:
    void refresh() override;
    void focusSearch() override;
    /// Opens the import wizard for owners or service providers.
    void importOwners();
    void importVendors();
    /// Opens the dialog for a new owner or service provider (the list shown).
    void addEntry();
    /// Opens the dialog for the selected row of the list shown.
    void editSelected();

Q_SIGNALS:
    /// A short message for the status bar ("Imported 12 owners.").
    void message(const QString &text);

private:
    QWidget *makeTab(TablePanel *panel, const QString &text, Tab tab);
    void openWizard(ImportEntity entity);
    void openDialog(const DirectoryEntry &entry);
    void updateTabTitles();
    void updateButtons();
    void selectPending(Tab tab);
    Tab currentTab() const;
    TablePanel *panel(Tab tab) const { return tab == VendorsTab ? m_vendorsPanel : m_ownersPanel; }

    AppContext &m_ctx;
    OwnersModel *m_owners;
    VendorsModel *m_vendors;
    TablePanel *m_ownersPanel;
    TablePanel *m_vendorsPanel;
    QTabWidget *m_tabs;
    QPointer<ImportWizard> m_wizard;
    QPointer<DirectoryEntryDialog> m_dialog;
    QPushButton *m_edit[2] = {nullptr, nullptr};
    /// The row a dialog just saved, selected once its list has reloaded (id 0: none).
    struct PendingSelection
    {
        Tab tab = OwnersTab;
        qint64 id = 0;
    } m_pendingSelection;
    bool m_loaded = false;
};

} // namespace pms
