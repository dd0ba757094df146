#include "LeasesPage.h"

#include "models/LeasesModel.h"
#include "storage/DataScreenQueries.h"
#include "ui/common/AppContext.h"
#include "ui/common/PropertyFilterCombo.h"
#include "ui/common/ReadTask.h"
#include "ui/table/DataTableView.h"
#include "ui/table/TablePanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QVBoxLayout>

namespace pms {

LeasesPage::LeasesPage(AppContext &ctx, QWidget *parent)
    : QWidget(parent), m_ctx(ctx)
{
    m_model = new LeasesModel(ctx.dbPath, this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 8);
    m_panel = new TablePanel(m_model, QStringLiteral("leases"), this);
    m_panel->setSearchPlaceholder(tr("Search lease name, status, PMS lease ID"));
    m_panel->setExportName(QStringLiteral("leases.csv"));
    m_panel->view()->setEmptyTexts(tr("No leases yet — leases sync once a day at 23:30 UTC, or run a sync from the toolbar."),
                                   tr("No leases match the search and filters."));
    m_panel->setCountText([](qint64 matching, qint64 total, bool filtered) {
        const int n = int(std::min<qint64>(total, INT_MAX));
        if (filtered)
            return tr("%L1 of %Ln leases", nullptr, n).arg(matching);
        return total == 1 ? tr("1 lease") : tr("%Ln leases", nullptr, n);
    });
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("All statuses"), QString());
    m_property = new PropertyFilterCombo(this);
    m_active = new QCheckBox(tr("Active only"), this);
    m_active->setObjectName(QStringLiteral("activeFilter"));
    m_panel->addFilterWidget(m_status);
    m_panel->addFilterWidget(m_property);
    m_panel->addFilterWidget(m_active);
    connect(m_status, &QComboBox::currentIndexChanged, this, &LeasesPage::applyFilters);
    connect(m_property, &PropertyFilterCombo::propertyChanged, this, &LeasesPage::applyFilters);
    connect(m_active, &QCheckBox::toggled, this, &LeasesPage::applyFilters);
    m_panel->setExtraClear(
        [this] {
            const QSignalBlocker a(m_status), b(m_property), c(m_active);
            m_status->setCurrentIndex(0);
            m_property->setCurrentIndex(0);
            m_active->setChecked(false);
            applyFilters();
        },
        [this] { return m_status->currentIndex() > 0 || m_property->currentIndex() > 0 || m_active->isChecked(); });
    layout->addWidget(m_panel);
    refresh();
}

void LeasesPage::applyFilters()
{
    const QString status = m_status->currentData().toString();
    m_model->setValueFilter(QStringLiteral("status"), status.isEmpty() ? QVariantList{} : QVariantList{status});
    const qint64 property = m_property->propertyId();
    m_model->setValueFilter(QStringLiteral("property_id"), property > 0 ? QVariantList{property} : QVariantList{});
    m_model->setValueFilter(QStringLiteral("active"), m_active->isChecked() ? QVariantList{1} : QVariantList{});
    m_panel->updateCount();
}

void LeasesPage::refresh()
{
    if (m_connectionId != m_ctx.connectionId) {
        m_connectionId = m_ctx.connectionId;
        m_model->setConnectionId(m_connectionId);
        m_model->reload();
    } else {
        m_model->refresh();
    }
    m_property->load(m_ctx.dbPath, m_connectionId);
    const qint64 connection = m_connectionId;
    runRead<QStringList>(
        this, m_ctx.dbPath, [connection](Database &db) { return DataScreenQueries::leaseStatuses(db, connection); },
        [this](const QStringList &statuses) {
            const QString keep = m_status->currentData().toString();
            const QSignalBlocker block(m_status);
            while (m_status->count() > 1)
                m_status->removeItem(1);
            for (const QString &s : statuses)
                m_status->addItem(s, s);
            const int i = m_status->findData(keep);
            m_status->setCurrentIndex(i < 0 ? 0 : i);
        });
}

void LeasesPage::focusSearch()
{
    m_panel->focusSearch();
}

} // namespace pms
