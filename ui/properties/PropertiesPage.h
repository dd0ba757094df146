#pragma once

#include "ui/common/AppPage.h"
#include <QWidget>

class QLabel;
class QTabWidget;

namespace pms {

struct AppContext;
class PropertiesModel;
class PropertyLogModel;
class TablePanel;
class UnitsModel;

/// Properties (R1), and for the selected property its units (with their platform unit and
/// state) and its log (deactivations, manual switches; R14, R15).
class PropertiesPage : public QWidget, public AppPage
{
    Q_OBJECT
public:
    explicit PropertiesPage(AppContext &ctx, QWidget *parent = nullptr);

    PropertiesModel *model() const { return m_model; }
    UnitsModel *unitsModel() const { return m_units; }
    PropertyLogModel *logModel() const { return m_log; }
    TablePanel *panel() const { return m_panel; }
    TablePanel *unitsPanel() const { return m_unitsPanel; }
    TablePanel *logPanel() const { return m_logPanel; }
    qint64 selectedPropertyId() const { return m_propertyId; }

public Q_SLOTS:
    void refresh() override;
    void focusSearch() override;

private:
    void showProperty(qint64 id, int row);

    AppContext &m_ctx;
    QLabel *m_readOnlyNote;
    PropertiesModel *m_model;
    UnitsModel *m_units;
    PropertyLogModel *m_log;
    TablePanel *m_panel;
    TablePanel *m_unitsPanel;
    TablePanel *m_logPanel;
    QLabel *m_selection;
    QTabWidget *m_tabs;
    qint64 m_propertyId = -1;
    qint64 m_connectionId = -1;
};

} // namespace pms
