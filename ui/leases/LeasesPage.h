#pragma once

#include "ui/common/AppPage.h"
#include <QWidget>

class QCheckBox;
class QComboBox;

namespace pms {

struct AppContext;
class LeasesModel;
class PropertyFilterCombo;
class TablePanel;

/// Leases (R8: synced once a day, every field from the PMS), filtered by status and property.
class LeasesPage : public QWidget, public AppPage
{
    Q_OBJECT
public:
    explicit LeasesPage(AppContext &ctx, QWidget *parent = nullptr);

    LeasesModel *model() const { return m_model; }
    TablePanel *panel() const { return m_panel; }

public Q_SLOTS:
    void refresh() override;
    void focusSearch() override;

private:
    void applyFilters();

    AppContext &m_ctx;
    LeasesModel *m_model;
    TablePanel *m_panel;
    QComboBox *m_status;
    PropertyFilterCombo *m_property;
    QCheckBox *m_active;
    qint64 m_connectionId = -1;
};

} // namespace pms
