#include "PageRegistry.h"

#include "ui/activity/SyncActivityPage.h"
#include "ui/common/AppContext.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/leases/LeasesPage.h"
#include "ui/mapping/UnitMappingPage.h"
#include "ui/owners/OwnersPage.h"
#include "ui/properties/PropertiesPage.h"
#include "ui/reconciliation/ReconciliationPage.h"
#include "ui/residents/ResidentsPage.h"
#include "ui/settings/SettingsPage.h"
#include "ui/workorders/WorkOrdersPage.h"

#include <QCoreApplication>


namespace pms {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("pms::PageRegistry", text);
}
} // namespace

QList<PageSpec> PageRegistry::standardPages()
{
    // One line per screen. Ctrl+1 .. Ctrl+0 stay with their screen even while some are missing.
    QList<PageSpec> pages;
    pages << page<DashboardPage>(QStringLiteral("dashboard"), tr("Dashboard"), QStringLiteral("dashboard"), Qt::Key_1);
    pages << page<PropertiesPage>(QStringLiteral("properties"), tr("Properties"), QStringLiteral("properties"), Qt::Key_2);
    pages << page<ResidentsPage>(QStringLiteral("residents"), tr("Residents"), QStringLiteral("residents"), Qt::Key_3);
    pages << page<LeasesPage>(QStringLiteral("leases"), tr("Leases"), QStringLiteral("leases"), Qt::Key_4);
    pages << page<WorkOrdersPage>(QStringLiteral("workorders"), tr("Work Orders"), QStringLiteral("workorders"), Qt::Key_5);
    pages << page<UnitMappingPage>(QStringLiteral("mapping"), tr("Unit Mapping"), QStringLiteral("mapping"), Qt::Key_6);
    pages << page<ReconciliationPage>(QStringLiteral("reconciliation"), tr("Reconciliation"), QStringLiteral("reconciliation"), Qt::Key_7);
    pages << page<OwnersPage>(QStringLiteral("owners"), tr("Owners & Service Providers"), QStringLiteral("owners"), Qt::Key_8);
    pages << page<SyncActivityPage>(QStringLiteral("activity"), tr("Sync Activity"), QStringLiteral("activity"), Qt::Key_9);
    pages << page<SettingsPage>(QStringLiteral("settings"), tr("Settings"), QStringLiteral("settings"), Qt::Key_0);
    return pages;
}

} // namespace pms
