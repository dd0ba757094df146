#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace pms {

struct AppContext;
class PlatformUnitDialog;
class ImportWizard;
class PlatformUnitModel;
class UnitMappingModel;

/// The platform units tab of the Unit Mapping screen (R17): the list with what each is mapped
/// to, and New / Edit / Delete / Import CSV. A mapped unit is deleted only after confirmation,
/// and its mapping goes with it.
class PlatformUnitsPanel : public QWidget
{
    Q_OBJECT
public:
    PlatformUnitsPanel(AppContext &ctx, UnitMappingModel *mapping, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    /// The dialogs currently open (tests fill them in), null when none.
    PlatformUnitDialog *editDialog() const;
    ImportWizard *importWizard() const;
    void selectPlatformUnit(qint64 id);

public Q_SLOTS:
    void newUnit();
    void editSelected();
    void deleteSelected();
    void importCsv();

Q_SIGNALS:
    /// Platform units were added, edited or deleted: the page reloads.
    void changed();
    /// Emitted before the reload when a platform unit was deleted.
    void deleted(qint64 platformUnitId);
    void message(const QString &text);

private:
    qint64 selectedId() const;
    void updateButtons();

    AppContext &m_ctx;
    UnitMappingModel *m_mapping;
    PlatformUnitModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_empty = nullptr;
    QPointer<PlatformUnitDialog> m_dialog;
    QPointer<ImportWizard> m_import;
    qint64 m_pendingSelect = 0; // selected once the reload brings it
};

} // namespace pms
