#include "PageRegistry.h"

#include "ui/common/AppContext.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/settings/SettingsPage.h"

#include <QCoreApplication>

// Screens built in their own issues join the window as soon as their header is in the tree.
#if __has_include("ui/properties/PropertiesPage.h")
#include "ui/properties/PropertiesPage.h"
#define PMS_PAGE_PROPERTIES PropertiesPage
#endif
#if __has_include("ui/residents/ResidentsPage.h")
#include "ui/residents/ResidentsPage.h"
#define PMS_PAGE_RESIDENTS ResidentsPage
#endif
#if __has_include("ui/leases/LeasesPage.h")
#include "ui/leases/LeasesPage.h"
#define PMS_PAGE_LEASES LeasesPage
#endif
#if __has_include("ui/workorders/WorkOrdersPage.h")
#include "ui/workorders/WorkOrdersPage.h"
#define PMS_PAGE_WORKORDERS WorkOrdersPage
#endif
#if __has_include("ui/mapping/UnitMappingPage.h")
#include "ui/mapping/UnitMappingPage.h"
#define PMS_PAGE_MAPPING UnitMappingPage
#endif
#if __has_include("ui/reconciliation/ReconciliationPage.h")
#include "ui/reconciliation/ReconciliationPage.h"
#define PMS_PAGE_RECONCILIATION ReconciliationPage
#endif
#if __has_include("ui/owners/OwnersPage.h")
#include "ui/owners/OwnersPage.h"
#define PMS_PAGE_OWNERS OwnersPage
#endif
#if __has_include("ui/activity/SyncActivityPage.h")
#include "ui/activity/SyncActivityPage.h"
#define PMS_PAGE_ACTIVITY SyncActivityPage
#endif

namespace pms {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("pms::PageRegistry", text);
}
} // namespace

QList<PageSpec> PageRegistry::standardPages()
{
    // Ctrl+1 .. Ctrl+0 stay with their screen even while some screens are missing.
    QList<PageSpec> pages;
    pages << page<DashboardPage>(QStringLiteral("dashboard"), tr("Dashboard"), QStringLiteral("dashboard"), Qt::Key_1);
#ifdef PMS_PAGE_PROPERTIES
    pages << page<PMS_PAGE_PROPERTIES>(QStringLiteral("properties"), tr("Properties"), QStringLiteral("properties"), Qt::Key_2);
#endif
#ifdef PMS_PAGE_RESIDENTS
    pages << page<PMS_PAGE_RESIDENTS>(QStringLiteral("residents"), tr("Residents"), QStringLiteral("residents"), Qt::Key_3);
#endif
#ifdef PMS_PAGE_LEASES
    pages << page<PMS_PAGE_LEASES>(QStringLiteral("leases"), tr("Leases"), QStringLiteral("leases"), Qt::Key_4);
#endif
#ifdef PMS_PAGE_WORKORDERS
    pages << page<PMS_PAGE_WORKORDERS>(QStringLiteral("workorders"), tr("Work Orders"), QStringLiteral("workorders"), Qt::Key_5);
#endif
#ifdef PMS_PAGE_MAPPING
    pages << page<PMS_PAGE_MAPPING>(QStringLiteral("mapping"), tr("Unit Mapping"), QStringLiteral("mapping"), Qt::Key_6);
#endif
#ifdef PMS_PAGE_RECONCILIATION
    pages << page<PMS_PAGE_RECONCILIATION>(QStringLiteral("reconciliation"), tr("Reconciliation"), QStringLiteral("reconciliation"), Qt::Key_7);
#endif
#ifdef PMS_PAGE_OWNERS
    pages << page<PMS_PAGE_OWNERS>(QStringLiteral("owners"), tr("Owners & Service Providers"), QStringLiteral("owners"), Qt::Key_8);
#endif
#ifdef PMS_PAGE_ACTIVITY
    pages << page<PMS_PAGE_ACTIVITY>(QStringLiteral("activity"), tr("Sync Activity"), QStringLiteral("activity"), Qt::Key_9);
#endif
    pages << page<SettingsPage>(QStringLiteral("settings"), tr("Settings"), QStringLiteral("settings"), Qt::Key_0);
    return pages;
}

} // namespace pms
