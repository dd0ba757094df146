#pragma once

#include "csv/ImportSchema.h"

#include "ui/import/ImportWizard.h"

#include <QPointer>
#include <QWidget>

class QTabWidget;

namespace pms {

struct AppContext;

class OwnersModel;
class TablePanel;
class VendorsModel;

/// Owners & Service Providers (R21): two searchable, exportable lists that are not synced with
/// the PMS but imported from CSV (Import CSV… opens the import wizard for the list shown).
/// Both tables are shared by every connection.
class OwnersPage : public QWidget
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

public Q_SLOTS:
    void refresh();
    void focusSearch();
    /// Opens the import wizard for owners or service providers.
    void importOwners();
    void importVendors();

Q_SIGNALS:
    /// A short message for the status bar ("Imported 12 owners.").
    void message(const QString &text);

private:
    QWidget *makeTab(
        TablePanel *panel, const QString &text, const QString &buttonName, const QString &buttonText);
    void openWizard(ImportEntity entity);
    void updateTabTitles();

    AppContext &m_ctx;
    OwnersModel *m_owners;
    VendorsModel *m_vendors;
    TablePanel *m_ownersPanel;
    TablePanel *m_vendorsPanel;
    QTabWidget *m_tabs;
    QPointer<ImportWizard> m_wizard;
    bool m_loaded = false;
};

} // namespace pms
