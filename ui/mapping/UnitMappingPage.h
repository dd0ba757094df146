#pragma once

#include "ui/common/AppPage.h"
#include "common/Result.h"
#include "mapping/MappingSnapshotLoader.h"

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSlider;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTimer;
class QUndoStack;

namespace pms {

struct AppContext;
class MessageBar;
class PlatformUnitsPanel;
class UnitMappingModel;

/// The Unit Mapping screen (R17–R20): every PMS unit with its mapped platform unit and a
/// suggested one; pick a platform unit in place (F2 / double-click: a searchable list of the
/// available ones), use a suggestion (Enter), remove a mapping (Delete), accept every suggestion
/// above a confidence at once; undo and redo every edit (Ctrl+Z, Ctrl+Shift+Z; accept-all is one
/// step). Residents follow each edit at once (R19) unless Unit Sync is off (R20). A second tab
/// lists the platform units with New / Edit / Delete / Import from CSV.
///
/// Units, platform units and suggestions are read and computed off the GUI thread; the edits are
/// small writes on the GUI connection, each in one transaction.
class UnitMappingPage : public QWidget, public AppPage
{
    Q_OBJECT
public:
    explicit UnitMappingPage(AppContext &ctx, QWidget *parent = nullptr);
    ~UnitMappingPage() override;

    UnitMappingModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QUndoStack *undoStack() const { return m_undo; }
    PlatformUnitsPanel *platformUnitsPanel() const { return m_platformPanel; }
    /// True while units are loading or suggestions are being computed.
    bool isBusy() const;
    /// The last message shown above the table (errors such as the 1:1 rule, confirmations).
    QString lastMessage() const { return m_lastMessage; }
    double acceptThreshold() const;
    void setAcceptThreshold(double confidence);

public Q_SLOTS:
    /// Reloads units and platform units and recomputes the suggestions (in the background).
    void refresh() override;
    void focusSearch() override;

    /// Maps a PMS unit (units.id) to a platform unit; 0 removes the mapping. One undo step.
    /// False (with a message) when it was refused, e.g. by the 1:1 rule.
    bool mapUnit(qint64 unitId, qint64 platformUnitId);
    bool removeSelectedMappings();
    bool acceptSelectedSuggestions();
    /// Accepts every shown suggestion at or above acceptThreshold(): one undo step.
    bool acceptSuggestionsAboveThreshold();

Q_SIGNALS:
    /// Units are shown and their suggestions computed.
    void ready();
    /// A mapping was written (or undone / redone).
    void mappingsChanged();

private:
    QWidget *buildEditorTab();
    bool commit(const Result<QList<MappingChange>> &changes, const QString &undoText);
    bool applyFromStack(const QList<MappingChange> &changes, bool undo);
    void applyToModel(const QList<MappingChange> &changes, bool undo);
    void startLoad();
    void loadFinished();
    void scheduleSuggestions();
    void startSuggestions();
    void updateStatus();
    /// Use Suggestion and Remove Mapping: enabled only when they would act on a selected row.
    void updateSelectionButtons();
    void updateAcceptButton();
    void updatePropertyFilter();
    void updateUnitSyncNotice();
    void showMessage(const QString &text, bool error);
    void moveToNextRow(qint64 unitId);
    void showContextMenu(const QPoint &pos);
    QList<qint64> selectedUnitIds() const;

    AppContext &m_ctx;
    UnitMappingModel *m_model = nullptr;
    QUndoStack *m_undo = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_view = nullptr;
    PlatformUnitsPanel *m_platformPanel = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_filter = nullptr;
    QComboBox *m_property = nullptr;
    QCheckBox *m_showInactive = nullptr;
    QSlider *m_thresholdSlider = nullptr;
    QSpinBox *m_thresholdSpin = nullptr;
    QPushButton *m_acceptAll = nullptr;
    QPushButton *m_useSuggestion = nullptr;
    QPushButton *m_removeMapping = nullptr;
    MessageBar *m_message = nullptr;
    QLabel *m_notice = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_suggestTimer = nullptr;
    QString m_lastMessage;

    QFutureWatcher<Result<MappingSnapshot>> m_loadWatcher;
    QFutureWatcher<std::vector<Suggestion>> m_suggestWatcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_loadGeneration = 0;
    quint64 m_suggestGeneration = 0;
    qint64 m_restoreUnit = 0;
    bool m_loading = false;
    bool m_suggesting = false;
    bool m_loadAgain = false;
};

} // namespace pms
