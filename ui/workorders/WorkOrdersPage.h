#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;

namespace pms {

struct AppContext;
class PropertyFilterCombo;
class TablePanel;
class WorkOrderDetailPane;
class WorkOrdersModel;

/// Work Orders (read side): every work order with its sync state (icon; the failure as tooltip),
/// the unlinked flag, filters by status, priority, property and sync state, and the selected
/// work order's fields in a side pane. Says so when work-order sync is off (R5).
class WorkOrdersPage : public QWidget
{
    Q_OBJECT
public:
    explicit WorkOrdersPage(AppContext &ctx, QWidget *parent = nullptr);

    WorkOrdersModel *model() const { return m_model; }
    TablePanel *panel() const { return m_panel; }
    WorkOrderDetailPane *detail() const { return m_detail; }

public Q_SLOTS:
    void refresh();
    void focusSearch();

private:
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
    qint64 m_connectionId = -1;
};

} // namespace pms
