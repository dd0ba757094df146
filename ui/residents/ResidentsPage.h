#pragma once

#include "ui/common/AppPage.h"
#include <QWidget>

class QLabel;

class QCheckBox;

namespace pms {

struct AppContext;
class PropertyFilterCombo;
class ResidentsModel;
class TablePanel;

/// Residents on active leases (R2) with their property, unit and platform unit (R19).
class ResidentsPage : public QWidget, public AppPage
{
    Q_OBJECT
public:
    explicit ResidentsPage(AppContext &ctx, QWidget *parent = nullptr);

    ResidentsModel *model() const { return m_model; }
    TablePanel *panel() const { return m_panel; }

public Q_SLOTS:
    void refresh() override;
    void focusSearch() override;

private:
    void applyFilters();

    AppContext &m_ctx;
    QLabel *m_readOnlyNote;
    ResidentsModel *m_model;
    TablePanel *m_panel;
    PropertyFilterCombo *m_property;
    QCheckBox *m_unassigned;
    qint64 m_connectionId = -1;
};

} // namespace pms
