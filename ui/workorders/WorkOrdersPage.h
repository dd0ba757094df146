#pragma once

#include "ui/common/AppPage.h"
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;

namespace pms {

struct AppContext;
class MessageBar;
class PropertyFilterCombo;
struct PushOutcome;
class TablePanel;
class WorkOrderDetailPane;
class WorkOrdersModel;

/// Work Orders: every work order with its sync state (icon; the failure as tooltip), the
/// unlinked flag, filters by status, priority, property and sync state, and the selected work
/// order's fields, files and history in a side pane. New, Edit, Complete (with attachments) and
/// Sync Now on the selected work orders (R10–R12); changes are queued in the outbox and pushed by
/// the sync thread. Says so when work-order sync is off (R5).
class WorkOrdersPage : public QWidget, public AppPage
{
    Q_OBJECT
public:
    explicit WorkOrdersPage(AppContext &ctx, QWidget *parent = nullptr);

    WorkOrdersModel *model() const { return m_model; }
    TablePanel *panel() const { return m_panel; }
    WorkOrderDetailPane *detail() const { return m_detail; }
    MessageBar *messageBar() const { return m_message; }
    QAction *newAction() const { return m_newAction; }
    QAction *editAction() const { return m_editAction; }
    QAction *completeAction() const { return m_completeAction; }
    QAction *syncNowAction() const { return m_syncNowAction; }
    /// The work order the detail pane shows (-1: none).
    qint64 currentId() const { return m_currentId; }

public Q_SLOTS:
    void refresh() override;
    void focusSearch() override;
    void newWorkOrder();
    void editCurrent();
    void completeCurrent();
    /// Pushes the selected work orders now, also those that failed (Sync Now).
    void syncSelected();

Q_SIGNALS:
    /// Sync Now needs the connection's client secret, which this session does not know yet.
    void secretNeeded(qint64 connectionId, const QString &message);

private:
    void buildActions();
    void updateActions();
    void pushAfterChange(qint64 workOrderId, const QString &done);
    void showPushOutcome(const PushOutcome &outcome);
    QList<qint64> selectedIds(int limit) const;
    void applyFilters();
    void loadChoices();
    void showCurrent(qint64 id, int row);

    AppContext &m_ctx;
    WorkOrdersModel *m_model;
    TablePanel *m_panel;
    WorkOrderDetailPane *m_detail;
    QComboBox *m_status;
    QComboBox *m_priority;
    QComboBox *m_syncState;
    PropertyFilterCombo *m_property;
    QCheckBox *m_unlinked;
    QLabel *m_gate;
    MessageBar *m_message;
    QAction *m_newAction;
    QAction *m_editAction;
    QAction *m_completeAction;
    QAction *m_syncNowAction;
    qint64 m_connectionId = -1;
    qint64 m_currentId = -1;
    QString m_currentStatus;
    QString m_currentTitle;
    bool m_pushRequested = false;
};

} // namespace pms
