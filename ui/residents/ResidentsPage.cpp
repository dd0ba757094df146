#include "ResidentsPage.h"

#include "common/CacheEvents.h"

#include "models/ResidentsModel.h"
#include "ui/common/AppContext.h"
#include "ui/common/PropertyFilterCombo.h"
#include "ui/table/DataTableView.h"
#include "ui/table/TablePanel.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

namespace pms {

ResidentsPage::ResidentsPage(AppContext &ctx, QWidget *parent)
    : QWidget(parent), m_ctx(ctx)
{
    m_model = new ResidentsModel(ctx.dbPath, this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 8);
    m_readOnlyNote = new QLabel(tr("Residents come from Propertyware and are read-only here while this connection is active: add or change a resident in Propertyware, then sync."), this);
    m_readOnlyNote->setObjectName(QStringLiteral("readOnlyNote"));
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->setEnabled(false);
    layout->addWidget(m_readOnlyNote);
    m_panel = new TablePanel(m_model, QStringLiteral("residents"), this);
    m_panel->setSearchPlaceholder(tr("Search name, email, phone, PMS contact ID"));
    m_panel->setExportName(QStringLiteral("residents.csv"));
    m_panel->view()->setEmptyTexts(tr("No residents yet — residents on active leases arrive with a sync from the toolbar."),
                                   tr("No residents match the search and filters."));
    m_panel->setCountText([](qint64 matching, qint64 total, bool filtered) {
        const int n = int(std::min<qint64>(total, INT_MAX));
        if (filtered)
            return tr("%L1 of %Ln residents", nullptr, n).arg(matching);
        return total == 1 ? tr("1 resident") : tr("%Ln residents", nullptr, n);
    });
    m_property = new PropertyFilterCombo(this);
    m_unassigned = new QCheckBox(tr("Without platform unit"), this);
    m_unassigned->setObjectName(QStringLiteral("unassignedFilter"));
    m_unassigned->setToolTip(tr("Residents whose unit is not mapped to a platform unit"));
    m_panel->addFilterWidget(m_property);
    m_panel->addFilterWidget(m_unassigned);
    connect(m_property, &PropertyFilterCombo::propertyChanged, this, &ResidentsPage::applyFilters);
    connect(m_unassigned, &QCheckBox::toggled, this, &ResidentsPage::applyFilters);
    m_panel->setExtraClear(
        [this] {
            const QSignalBlocker a(m_property), b(m_unassigned);
            m_property->setCurrentIndex(0);
            m_unassigned->setChecked(false);
            applyFilters();
        },
        [this] { return m_property->currentIndex() > 0 || m_unassigned->isChecked(); });
    layout->addWidget(m_panel);
    // A mapping moves residents' platform units (R19): show them at once.
    connect(CacheEvents::instance(), &CacheEvents::changed, this, [this](CacheEvents::Tables tables) {
        if (tables & (CacheEvents::Residents | CacheEvents::Mappings))
            refresh();
    });
    refresh();
}

void ResidentsPage::applyFilters()
{
    const qint64 property = m_property->propertyId();
    m_model->setValueFilter(QStringLiteral("property_id"), property > 0 ? QVariantList{property} : QVariantList{});
    // A null value filter means "IS NULL".
    m_model->setValueFilter(QStringLiteral("platform_unit_id"),
                            m_unassigned->isChecked() ? QVariantList{QVariant()} : QVariantList{});
    m_panel->updateCount();
}

void ResidentsPage::refresh()
{
    m_readOnlyNote->setVisible(m_ctx.connectionId > 0);
    if (m_connectionId != m_ctx.connectionId) {
        m_connectionId = m_ctx.connectionId;
        m_model->setConnectionId(m_connectionId);
        m_model->reload();
    } else {
        m_model->refresh();
    }
    m_property->load(m_ctx.dbPath, m_connectionId);
}

void ResidentsPage::focusSearch()
{
    m_panel->focusSearch();
}

} // namespace pms
