// The data screens on a populated cache, offscreen: each opens and shows rows, filters and sorts
// in SQL, copies, exports and remembers its columns. With PMSBRIDGE_SCREENSHOT_DIR set, also
// grabs every screen into that folder (docs/screenshots).
#include "support/TestSupport.h"

#include "models/LeasesModel.h"
#include "models/PropertiesModel.h"
#include "models/PropertyLogModel.h"
#include "models/ResidentsModel.h"
#include "models/SyncExclusionsModel.h"
#include "models/SyncRunsModel.h"
#include "models/UnitsModel.h"
#include "models/WorkOrdersModel.h"
#include "mapping/MappingService.h"
#include "storage/TableSpecs.h"
#include "storage/WorkOrderRepository.h"
#include "support/TestDataSeeder.h"
#include "ui/activity/RunChart.h"
#include "ui/activity/SyncActivityPage.h"
#include "ui/common/AppContext.h"
#include "ui/leases/LeasesPage.h"
#include "ui/properties/PropertiesPage.h"
#include "ui/residents/ResidentsPage.h"
#include "ui/table/DataTableView.h"
#include "ui/table/FilterHeader.h"
#include "ui/table/TablePanel.h"
#include "ui/common/MessageBox.h"
#include "ui/workorders/WorkOrderDetailPane.h"
#include "ui/workorders/WorkOrderDialog.h"
#include "ui/workorders/WorkOrdersPage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPointer>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace pms;

namespace {

qint64 sqlCount(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    if (!q.exec(sql) || !q.next())
        qFatal("count failed: %s", qPrintable(sql));
    return q.value(0).toLongLong();
}

bool settled(SqlTableModel *m)
{
    return QTest::qWaitFor([m] { return m->isSettled(); }, 10000);
}

// Every row the view shows is in memory.
bool visibleRowsLoaded(DataTableView *view)
{
    return QTest::qWaitFor(
        [view] {
            auto *m = view->tableModel();
            const int first = view->rowAt(0);
            if (first < 0)
                return m->rowCount() == 0;
            int last = view->rowAt(view->viewport()->height() - 1);
            if (last < 0)
                last = m->rowCount() - 1;
            for (int r = first; r <= last; ++r)
                if (!m->isRowLoaded(r)) {
                    m->data(m->index(r, 0));
                    return false;
                }
            return true;
        },
        10000);
}

int comboIndex(QComboBox *c, const QString &data)
{
    return c->findData(data);
}

} // namespace

class TstDataScreens : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void workOrdersShowRowsAndCount();
    void workOrdersFilterCombos();
    void workOrdersSearchAndColumnFilter();
    void workOrdersSortByHeader();
    void workOrdersDetailPane();
    void copySelectionIsTabSeparatedWithHeader();
    void exportWritesVisibleRowsAsCsv();
    void columnsAreRemembered();
    void emptyStateText();
    void workOrderGateBanner();
    void propertiesShowUnitsAndLog();
    void residentsWithPlatformUnit();
    void residentsFollowAMappingAtOnce();
    void completeShowsInTheDetailPaneAtOnce();
    void escapeOnAHalfFilledWorkOrderAsks();
    void leasesFilters();
    void syncActivityRunsChartAndExclusions();
    void focusSearch();
    void scrollsToTheEnd();
    void screenshots();

private:
    std::unique_ptr<test::TempCache> m_cache;
    AppContext m_ctx;
};

void TstDataScreens::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PMSBridgeTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_datascreens"));
    QSettings().clear();
    m_cache = std::make_unique<test::TempCache>();
    SeedOptions o;
    o.properties = 14;
    o.unitsPerProperty = 12;
    o.workOrders = 3000;
    o.syncRuns = 36;
    o.now = QDateTime(QDate(2024, 6, 1), QTime(12, 0), QTimeZone::utc());
    auto id = TestDataSeeder::seed(m_cache->db(), o);
    QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
    m_ctx.dbPath = m_cache->path();
    m_ctx.db = &m_cache->db();
    m_ctx.connectionId = id.value();
}

void TstDataScreens::cleanup()
{
    QSettings().clear();
}

void TstDataScreens::workOrdersShowRowsAndCount()
{
    WorkOrdersPage page(m_ctx);
    page.resize(1280, 800);
    page.show();
    QVERIFY(settled(page.model()));
    QCOMPARE(page.model()->rowCount(), 3000);
    QVERIFY(visibleRowsLoaded(page.panel()->view()));
    QCOMPARE(page.panel()->countLabel()->text(), QStringLiteral("3,000 work orders"));
    // The newest work order is on top and the view paints real values.
    const int number = page.model()->columnIndex(QStringLiteral("number"));
    QCOMPARE(page.model()->data(page.model()->index(0, number)).toString(),
             QString::number(sqlCount(m_cache->db(), QStringLiteral("SELECT number FROM work_orders ORDER BY id DESC LIMIT 1"))));
    QVERIFY(page.panel()->view()->emptyText().isEmpty());
    // Internal columns never show; hidden-by-default ones wait in the column chooser.
    auto *view = page.panel()->view();
    QVERIFY(view->isColumnHidden(page.model()->columnIndex(QStringLiteral("property_id"))));
    QVERIFY(view->isColumnHidden(page.model()->columnIndex(QStringLiteral("sync_error"))));
    QVERIFY(!view->isColumnHidden(page.model()->columnIndex(QStringLiteral("sync_state"))));
}

void TstDataScreens::workOrdersFilterCombos()
{
    WorkOrdersPage page(m_ctx);
    page.show();
    QVERIFY(settled(page.model()));
    auto *sync = page.findChild<QComboBox *>(QStringLiteral("syncStateFilter"));
    auto *priority = page.findChild<QComboBox *>(QStringLiteral("priorityFilter"));
    auto *status = page.findChild<QComboBox *>(QStringLiteral("statusFilter"));
    auto *unlinked = page.findChild<QCheckBox *>(QStringLiteral("unlinkedFilter"));
    QVERIFY(sync && priority && status && unlinked);

    sync->setCurrentIndex(comboIndex(sync, QStringLiteral("failed")));
    QVERIFY(settled(page.model()));
    const qint64 failed = sqlCount(m_cache->db(), QStringLiteral("SELECT count(*) FROM work_orders WHERE sync_state = 'failed'"));
    QCOMPARE(page.model()->rowCount(), int(failed));
    QCOMPARE(page.panel()->countLabel()->text(), QStringLiteral("%1 of 3,000 work orders").arg(failed));
    const int stateCol = page.model()->columnIndex(QStringLiteral("sync_state"));
    QVERIFY(visibleRowsLoaded(page.panel()->view()));
    for (int r = 0; r < std::min(20, page.model()->rowCount()); ++r)
        QCOMPARE(page.model()->data(page.model()->index(r, stateCol)).toString(), QStringLiteral("Failed"));

    priority->setCurrentIndex(comboIndex(priority, QStringLiteral("HIGH")));
    QVERIFY(settled(page.model()));
    QCOMPARE(page.model()->rowCount(), int(sqlCount(m_cache->db(), QStringLiteral(
        "SELECT count(*) FROM work_orders WHERE sync_state = 'failed' AND priority = 'HIGH'"))));

    // Statuses come from the cache, off the GUI thread.
    QTRY_VERIFY(status->count() > 3);
    status->setCurrentIndex(comboIndex(status, QStringLiteral("Open")));
    QVERIFY(settled(page.model()));
    QCOMPARE(page.model()->rowCount(), int(sqlCount(m_cache->db(), QStringLiteral(
        "SELECT count(*) FROM work_orders WHERE sync_state = 'failed' AND priority = 'HIGH' AND status = 'Open'"))));

    // Clear filters resets combos, search and column filters together.
    page.panel()->clearFilters();
    QVERIFY(settled(page.model()));
    QCOMPARE(page.model()->rowCount(), 3000);
    QCOMPARE(sync->currentIndex(), 0);

    unlinked->setChecked(true);
    QVERIFY(settled(page.model()));
    QCOMPARE(page.model()->rowCount(), int(sqlCount(m_cache->db(), QStringLiteral("SELECT count(*) FROM work_orders WHERE linked = 0"))));
    unlinked->setChecked(false);

    auto *property = page.findChild<QComboBox *>(QStringLiteral("propertyFilter"));
    QTRY_COMPARE(property->count(), 15);
    property->setCurrentIndex(3);
    const qint64 pid = property->currentData().toLongLong();
    QVERIFY(settled(page.model()));
    QCOMPARE(page.model()->rowCount(),
             int(sqlCount(m_cache->db(), QStringLiteral("SELECT count(*) FROM work_orders WHERE property_id = %1").arg(pid))));
}

void TstDataScreens::workOrdersSearchAndColumnFilter()
{
    WorkOrdersPage page(m_ctx);
    page.show();
    QVERIFY(settled(page.model()));
    QTest::keyClicks(page.panel()->searchBox(), QStringLiteral("disposal"));
    QTRY_COMPARE(page.model()->query().search(), QStringLiteral("disposal"));
    QVERIFY(settled(page.model()));
    QCOMPARE(page.model()->rowCount(), int(sqlCount(m_cache->db(), QStringLiteral(
        "SELECT count(*) FROM work_orders WHERE description LIKE '%disposal%' OR category LIKE '%disposal%' "
        "OR requested_by LIKE '%disposal%' OR number LIKE '%disposal%'"))));
    QVERIFY(page.model()->rowCount() > 0);
    // A column filter under the header narrows further.
    auto *header = page.panel()->view()->filterHeader();
    const int status = page.model()->columnIndex(QStringLiteral("status"));
    QVERIFY(header->editor(status)->isVisible());
    header->setFilterText(status, QStringLiteral("=Completed"));
    QVERIFY(settled(page.model()));
    QCOMPARE(page.model()->rowCount(), int(sqlCount(m_cache->db(), QStringLiteral(
        "SELECT count(*) FROM work_orders WHERE description LIKE '%disposal%' AND status = 'Completed'"))));
    page.panel()->searchBox()->clear();
    header->setFilterText(status, QString());
    QTRY_VERIFY(page.model()->query().search().isEmpty());
    QVERIFY(settled(page.model()));
    QCOMPARE(page.model()->rowCount(), 3000);
    page.panel()->searchBox()->setText(QStringLiteral("no such words anywhere"));
    QTRY_VERIFY(!page.model()->query().search().isEmpty());
    QVERIFY(settled(page.model()));
    QCOMPARE(page.panel()->view()->emptyText(), QStringLiteral("No work orders match the search and filters."));
}

void TstDataScreens::workOrdersSortByHeader()
{
    WorkOrdersPage page(m_ctx);
    page.resize(1200, 700);
    page.show();
    QVERIFY(settled(page.model()));
    auto *view = page.panel()->view();
    const int number = page.model()->columnIndex(QStringLiteral("number"));
    // A click on the title sorts in SQL (the first click: ascending).
    const int x = view->horizontalHeader()->sectionViewportPosition(number) + 10;
    QTest::mouseClick(view->horizontalHeader()->viewport(), Qt::LeftButton, {}, QPoint(x, 8));
    QCOMPARE(page.model()->sortColumn(), number);
    QVERIFY(settled(page.model()));
    QVERIFY(visibleRowsLoaded(view));
    QCOMPARE(page.model()->rawValue(0, number).toLongLong(),
             sqlCount(m_cache->db(), QStringLiteral("SELECT min(number) FROM work_orders")));
    view->sortByColumn(number, Qt::DescendingOrder);
    QVERIFY(settled(page.model()));
    QVERIFY(visibleRowsLoaded(view));
    QCOMPARE(page.model()->rawValue(0, number).toLongLong(),
             sqlCount(m_cache->db(), QStringLiteral("SELECT max(number) FROM work_orders")));
}

void TstDataScreens::workOrdersDetailPane()
{
    WorkOrdersPage page(m_ctx);
    page.resize(1280, 800);
    page.show();
    auto *sync = page.findChild<QComboBox *>(QStringLiteral("syncStateFilter"));
    sync->setCurrentIndex(comboIndex(sync, QStringLiteral("failed")));
    QVERIFY(settled(page.model()));
    QVERIFY(visibleRowsLoaded(page.panel()->view()));
    page.panel()->view()->selectRow(0);
    const qint64 id = page.model()->idAt(0);
    QTRY_COMPARE(page.detail()->workOrderId(), id);
    auto *number = page.findChild<QLabel *>(QStringLiteral("status"));
    QVERIFY(number && !number->text().isEmpty());
    auto *events = page.detail()->findChild<QWidget *>(QStringLiteral("events"));
    QVERIFY(events && events->isVisible());
    page.panel()->view()->clearSelection();
    page.panel()->view()->setCurrentIndex({});
    QTRY_COMPARE(page.detail()->workOrderId(), qint64(-1));
}

void TstDataScreens::copySelectionIsTabSeparatedWithHeader()
{
    WorkOrdersPage page(m_ctx);
    page.resize(1280, 800);
    page.show();
    QVERIFY(settled(page.model()));
    QVERIFY(visibleRowsLoaded(page.panel()->view()));
    auto *view = page.panel()->view();
    view->selectRow(0);
    view->selectionModel()->select(page.model()->index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QSignalSpy copied(view, &DataTableView::copied);
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    QTRY_COMPARE(copied.count(), 1);
    QCOMPARE(copied.first().first().toInt(), 2);
    const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    const QStringList header = lines.first().split(QLatin1Char('\t'));
    QCOMPARE(header.size(), view->visibleColumns().size());
    QVERIFY(header.contains(QStringLiteral("Number")));
    QVERIFY(header.contains(QStringLiteral("Description")));
    const int numberAt = int(header.indexOf(QStringLiteral("Number")));
    QCOMPARE(lines.at(2).split(QLatin1Char('\t')).at(numberAt),
             page.model()->data(page.model()->index(2, page.model()->columnIndex(QStringLiteral("id")))).toString());

    // Rows far from the screen are read from the cache first.
    view->selectAll();
    QSignalSpy copiedAll(view, &DataTableView::copied);
    view->copySelection();
    QTRY_COMPARE(copiedAll.count(), 1);
    QCOMPARE(copiedAll.first().first().toInt(), 3000);
    QCOMPARE(QApplication::clipboard()->text().count(QLatin1Char('\n')), 3001);
}

void TstDataScreens::exportWritesVisibleRowsAsCsv()
{
    // A description a spreadsheet would run as a formula.
    {
        QSqlQuery q(m_cache->db().sql());
        QVERIFY(q.exec(QStringLiteral("UPDATE work_orders SET description = '=HYPERLINK(\"http://x\")' "
                                      "WHERE id = (SELECT min(id) FROM work_orders WHERE sync_state = 'pending')")));
    }
    WorkOrdersPage page(m_ctx);
    page.show();
    auto *sync = page.findChild<QComboBox *>(QStringLiteral("syncStateFilter"));
    sync->setCurrentIndex(comboIndex(sync, QStringLiteral("pending")));
    QVERIFY(settled(page.model()));
    const int expected = page.model()->rowCount();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("pending.csv"));
    QSignalSpy done(page.panel(), &TablePanel::exportFinished);
    page.panel()->exportTo(file);
    QVERIFY(page.panel()->isExporting() || done.count() == 1);
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
    QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(2).toString()));
    QCOMPARE(done.first().at(1).toLongLong(), qint64(expected));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(f.readAll());
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), expected + 1);
    // The header names the visible columns by key, in screen order.
    QStringList keys;
    for (int c : page.panel()->view()->visibleColumns())
        keys << page.model()->columnKey(c);
    QCOMPARE(lines.first(), keys.join(QLatin1Char(',')));
    QVERIFY(csv.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"")));
    QVERIFY(!csv.contains(QStringLiteral(",=HYPERLINK")));
    QVERIFY(lines.at(1).contains(QStringLiteral(",pending,")));
}

void TstDataScreens::columnsAreRemembered()
{
    const int desc = TableSpecs::workOrders().columnIndex(QStringLiteral("description"));
    const int number = TableSpecs::workOrders().columnIndex(QStringLiteral("number"));
    {
        WorkOrdersPage page(m_ctx);
        page.show();
        QVERIFY(settled(page.model()));
        auto *view = page.panel()->view();
        QMenu *menu = view->columnMenu();
        QAction *descAction = nullptr;
        for (QAction *a : menu->actions())
            if (a->data().toInt() == desc && !a->isSeparator() && a->isCheckable())
                descAction = a;
        QVERIFY(descAction && descAction->isChecked());
        descAction->setChecked(false);
        QVERIFY(view->isColumnHidden(desc));
        view->horizontalHeader()->resizeSection(number, 140);
        view->sortByColumn(number, Qt::AscendingOrder);
        view->saveState();
    }
    WorkOrdersPage again(m_ctx);
    again.show();
    auto *view = again.panel()->view();
    QVERIFY(view->isColumnHidden(desc));
    QCOMPARE(view->horizontalHeader()->sectionSize(number), 140);
    QCOMPARE(again.model()->sortColumn(), number);
    QCOMPARE(again.model()->sortOrder(), Qt::AscendingOrder);
    view->resetColumns();
    QVERIFY(!view->isColumnHidden(desc));
}

void TstDataScreens::emptyStateText()
{
    test::TempCache empty;
    AppContext ctx;
    ctx.dbPath = empty.path();
    ctx.db = &empty.db();
    WorkOrdersPage page(ctx);
    page.show();
    QVERIFY(settled(page.model()));
    QCOMPARE(page.model()->rowCount(), 0);
    QCOMPARE(page.panel()->view()->emptyText(), QStringLiteral("No work orders yet — run a sync from the toolbar."));
    QCOMPARE(page.panel()->countLabel()->text(), QStringLiteral("0 work orders"));
    SyncActivityPage activity(ctx);
    QVERIFY(settled(activity.runsModel()));
    QCOMPARE(activity.runsPanel()->view()->emptyText(), QStringLiteral("No sync has run yet — run a sync from the toolbar."));
}

void TstDataScreens::workOrderGateBanner()
{
    test::TempCache cache;
    auto id = TestDataSeeder::seed(cache.db(), SeedOptions{2, 3, 10, 2, 1, {}});
    QVERIFY(id.ok());
    QSqlQuery q(cache.db().sql());
    QVERIFY(q.exec(QStringLiteral("UPDATE connections SET pms_user_email = 'someone.else@sunrise-pm.example'")));
    AppContext ctx;
    ctx.dbPath = cache.path();
    ctx.db = &cache.db();
    ctx.connectionId = id.value();
    WorkOrdersPage page(ctx);
    page.show();
    auto *gate = page.findChild<QLabel *>(QStringLiteral("workOrderGate"));
    QTRY_VERIFY(gate->isVisible());
    QVERIFY(gate->text().contains(QStringLiteral("someone.else@sunrise-pm.example")));
}

void TstDataScreens::propertiesShowUnitsAndLog()
{
    PropertiesPage page(m_ctx);
    page.resize(1280, 860);
    page.show();
    QVERIFY(settled(page.model()));
    QCOMPARE(page.model()->rowCount(), 14);
    QVERIFY(settled(page.unitsModel()));
    QCOMPARE(page.unitsModel()->rowCount(), 0);
    QCOMPARE(page.unitsPanel()->view()->emptyText(), QStringLiteral("Select a property to see its units."));
    QVERIFY(visibleRowsLoaded(page.panel()->view()));
    page.panel()->view()->selectRow(1);
    QTRY_VERIFY(page.selectedPropertyId() > 0);
    const qint64 pid = page.selectedPropertyId();
    QVERIFY(settled(page.unitsModel()));
    QCOMPARE(page.unitsModel()->rowCount(),
             int(sqlCount(m_cache->db(), QStringLiteral("SELECT count(*) FROM units WHERE property_id = %1").arg(pid))));
    QVERIFY(page.unitsModel()->rowCount() > 0);
    QVERIFY(settled(page.logModel()));
    QCOMPARE(page.logModel()->rowCount(),
             int(sqlCount(m_cache->db(), QStringLiteral("SELECT count(*) FROM property_log WHERE property_id = %1").arg(pid))));
    auto *label = page.findChild<QLabel *>(QStringLiteral("selectedProperty"));
    QVERIFY(label->text().startsWith(page.model()->data(page.model()->index(1, 0)).toString()));
    auto *tabs = page.findChild<QTabWidget *>();
    QTRY_COMPARE(tabs->tabText(0), QStringLiteral("Units (%1)").arg(page.unitsModel()->rowCount()));
    // Unit count per property is right-aligned and equals the units pane.
    const int units = page.model()->columnIndex(QStringLiteral("unit_count"));
    QCOMPARE(page.model()->data(page.model()->index(1, units)).toInt(), page.unitsModel()->rowCount());
}

void TstDataScreens::residentsWithPlatformUnit()
{
    ResidentsPage page(m_ctx);
    page.show();
    QVERIFY(settled(page.model()));
    QCOMPARE(page.model()->rowCount(), int(sqlCount(m_cache->db(), QStringLiteral("SELECT count(*) FROM residents"))));
    auto *unassigned = page.findChild<QCheckBox *>(QStringLiteral("unassignedFilter"));
    unassigned->setChecked(true);
    QVERIFY(settled(page.model()));
    const qint64 none = sqlCount(m_cache->db(), QStringLiteral("SELECT count(*) FROM residents WHERE platform_unit_id IS NULL"));
    QVERIFY(none > 0);
    QCOMPARE(page.model()->rowCount(), int(none));
    QVERIFY(visibleRowsLoaded(page.panel()->view()));
    QCOMPARE(page.model()->data(page.model()->index(0, page.model()->columnIndex(QStringLiteral("platform_unit_name")))).toString(),
             QStringLiteral("None"));
    page.panel()->clearFilters();
    QCOMPARE(unassigned->isChecked(), false);
    QVERIFY(settled(page.model()));
    QVERIFY(page.model()->rowCount() > int(none));
}

namespace {

// The raw value of @p key in the row of @p id, loading rows as needed (invalid until found).
QVariant valueOfRow(SqlTableModel *m, qint64 id, const QString &key)
{
    for (int r = 0; r < m->rowCount(); ++r) {
        if (!m->isRowLoaded(r)) {
            m->data(m->index(r, 0));
            return {};
        }
        if (m->idAt(r) == id)
            return m->rawValue(r, m->columnIndex(key));
    }
    return {};
}

} // namespace

// Issue 16: after mapping a unit, Residents showed "None" as platform unit until a filter changed.
void TstDataScreens::residentsFollowAMappingAtOnce()
{
    Database &db = m_cache->db();
    ResidentsPage page(m_ctx);
    page.show();
    QVERIFY(settled(page.model()));
    const qint64 resident = sqlCount(db, QStringLiteral(
        "SELECT r.id FROM residents r WHERE r.unit_id IS NOT NULL AND r.platform_unit_id IS NULL AND NOT EXISTS "
        "(SELECT 1 FROM unit_mappings m WHERE m.unit_id = r.unit_id) ORDER BY r.id LIMIT 1"));
    const qint64 unit = sqlCount(db, QStringLiteral("SELECT unit_id FROM residents WHERE id = %1").arg(resident));
    QSqlQuery insert(db.sql());
    QVERIFY(insert.exec(QStringLiteral("INSERT INTO platform_units(name, created_at, updated_at) VALUES "
                                       "('Fresh 1', '2024-06-01T12:00:00Z', '2024-06-01T12:00:00Z')")));
    const qint64 platform = sqlCount(db, QStringLiteral("SELECT id FROM platform_units WHERE name = 'Fresh 1'"));
    QTRY_VERIFY(valueOfRow(page.model(), resident, QStringLiteral("last_name")).isValid());
    QVERIFY(valueOfRow(page.model(), resident, QStringLiteral("platform_unit_name")).isNull());

    QVERIFY(MappingService(db).map(unit, platform, QStringLiteral("manual")).ok());
    QTRY_COMPARE(valueOfRow(page.model(), resident, QStringLiteral("platform_unit_name")).toString(), QStringLiteral("Fresh 1"));

    QVERIFY(MappingService(db).unmap(unit).ok());
    QTRY_VERIFY(valueOfRow(page.model(), resident, QStringLiteral("platform_unit_name")).isNull()
                && valueOfRow(page.model(), resident, QStringLiteral("last_name")).isValid());
    QVERIFY(insert.exec(QStringLiteral("DELETE FROM platform_units WHERE id = %1").arg(platform)));
}

// Issue 16: after Complete the detail pane still said Open, with no completion date, until the
// row was selected again.
void TstDataScreens::completeShowsInTheDetailPaneAtOnce()
{
    Database &db = m_cache->db();
    const qint64 id = sqlCount(db, QStringLiteral("SELECT id FROM work_orders WHERE status NOT IN ('Completed', 'Closed') "
                                                  "ORDER BY id LIMIT 1"));
    const QString number = QString::number(sqlCount(db, QStringLiteral("SELECT number FROM work_orders WHERE id = %1").arg(id)));
    WorkOrdersPage page(m_ctx);
    page.resize(1280, 800);
    page.show();
    page.panel()->searchBox()->setText(number);
    QTRY_VERIFY(page.model()->isSettled() && valueOfRow(page.model(), id, QStringLiteral("status")).isValid());
    int row = -1;
    for (int r = 0; r < page.model()->rowCount(); ++r)
        row = page.model()->idAt(r) == id ? r : row;
    QVERIFY(row >= 0);
    page.panel()->view()->selectRow(row);
    QTRY_COMPARE(page.detail()->workOrderId(), id);
    auto *status = page.detail()->findChild<QLabel *>(QStringLiteral("status"));
    auto *completedAt = page.detail()->findChild<QLabel *>(QStringLiteral("completed_at"));
    QVERIFY(status && completedAt);
    QTRY_VERIFY(!status->text().isEmpty());
    QVERIFY(status->text() != QLatin1String("Completed"));

    // What the Complete dialog writes, from another connection, as the dialog does.
    const std::unique_ptr<Database> other = m_cache->openAnother();
    QVERIFY(other);
    QVERIFY(WorkOrderRepository(*other).complete(id, QStringLiteral("Replaced the washer."), {}).ok());
    QTRY_COMPARE(status->text(), QStringLiteral("Completed"));
    QTRY_VERIFY(!completedAt->text().isEmpty());
    QCOMPARE(page.currentId(), id);
    QTRY_VERIFY(!page.completeAction()->isEnabled());
    // The closing comment is in the history, not only in what goes to the PMS.
    auto *events = page.detail()->findChild<QListWidget *>(QStringLiteral("events"));
    QVERIFY(events);
    QTRY_VERIFY(!events->findItems(QStringLiteral("Closing comment: Replaced the washer."), Qt::MatchContains).isEmpty());
}

// Issue 16: Escape on a half-filled New Work Order closed it without asking.
void TstDataScreens::escapeOnAHalfFilledWorkOrderAsks()
{
    WorkOrdersPage page(m_ctx);
    page.show();
    const auto open = [&page]() -> WorkOrderDialog * {
        page.newAction()->trigger();
        auto *dialog = page.findChild<WorkOrderDialog *>();
        return dialog && QTest::qWaitFor([dialog] { return dialog->isReady(); }, 10000) ? dialog : nullptr;
    };
    // Nothing typed: Escape closes at once, no question.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QPointer<WorkOrderDialog> dialog = open();
    QVERIFY(dialog);
    QVERIFY(!dialog->hasUnsavedInput());
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog);
    // Typed: Escape asks; Cancel keeps the dialog and the text, Discard closes it.
    dialog = open();
    QVERIFY(dialog);
    dialog->setDescription(QStringLiteral("The hall light flickers"));
    QVERIFY(dialog->hasUnsavedInput());
    QTest::keyClick(dialog, Qt::Key_Escape);
    QVERIFY(MessageBox::lastText().contains(QLatin1String("What you typed is lost")));
    QVERIFY(dialog && dialog->isVisible());
    MessageBox::setNextAnswer(QMessageBox::Discard);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog);
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

void TstDataScreens::leasesFilters()
{
    LeasesPage page(m_ctx);
    page.show();
    QVERIFY(settled(page.model()));
    QCOMPARE(page.model()->rowCount(), int(sqlCount(m_cache->db(), QStringLiteral("SELECT count(*) FROM leases"))));
    auto *status = page.findChild<QComboBox *>(QStringLiteral("statusFilter"));
    QTRY_VERIFY(status->findData(QStringLiteral("Expired")) > 0);
    status->setCurrentIndex(status->findData(QStringLiteral("Expired")));
    QVERIFY(settled(page.model()));
    QCOMPARE(page.model()->rowCount(), int(sqlCount(m_cache->db(), QStringLiteral("SELECT count(*) FROM leases WHERE status = 'Expired'"))));
    QVERIFY(page.panel()->countLabel()->text().contains(QStringLiteral(" of ")));
    // Rent as money, right-aligned.
    QVERIFY(visibleRowsLoaded(page.panel()->view()));
    const QModelIndex rent = page.model()->index(0, page.model()->columnIndex(QStringLiteral("base_rent")));
    QVERIFY(page.model()->data(rent).toString().contains(QLatin1Char('$')));
    QVERIFY(page.model()->data(rent, Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight);
}

void TstDataScreens::syncActivityRunsChartAndExclusions()
{
    SyncActivityPage page(m_ctx);
    page.resize(1280, 900);
    page.show();
    QVERIFY(settled(page.runsModel()));
    QCOMPARE(page.runsModel()->rowCount(), 36);
    QTRY_VERIFY(page.chart()->runCount() > 0);
    QVERIFY(settled(page.exclusionsModel()));
    const qint64 allExclusions = sqlCount(m_cache->db(), QStringLiteral("SELECT count(*) FROM sync_exclusions"));
    QCOMPARE(page.exclusionsModel()->rowCount(), int(allExclusions));
    // "Why didn't this sync?": search the reasons.
    page.exclusionsPanel()->searchBox()->setText(QStringLiteral("Managed By"));
    QTRY_COMPARE(page.exclusionsModel()->query().search(), QStringLiteral("Managed By"));
    QVERIFY(settled(page.exclusionsModel()));
    QCOMPARE(page.exclusionsModel()->rowCount(),
             int(sqlCount(m_cache->db(), QStringLiteral("SELECT count(*) FROM sync_exclusions WHERE reason LIKE '%Managed By%'"))));
    QVERIFY(page.exclusionsModel()->rowCount() > 0);
    page.exclusionsPanel()->clearFilters();
    QVERIFY(settled(page.exclusionsModel()));

    // The oldest run (the initial one) has counts and exclusions of its own.
    auto *view = page.runsPanel()->view();
    view->sortByColumn(page.runsModel()->columnIndex(QStringLiteral("started_at")), Qt::AscendingOrder);
    QVERIFY(settled(page.runsModel()));
    QVERIFY(visibleRowsLoaded(view));
    view->selectRow(0);
    auto *detail = page.findChild<QLabel *>(QStringLiteral("runDetail"));
    QTRY_VERIFY(detail->text().contains(QStringLiteral("created")));
    const qint64 runId = page.runsModel()->idAt(0);
    page.findChild<QCheckBox *>(QStringLiteral("selectedRunOnly"))->setChecked(true);
    QVERIFY(settled(page.exclusionsModel()));
    QCOMPARE(page.exclusionsModel()->rowCount(),
             int(sqlCount(m_cache->db(), QStringLiteral("SELECT count(*) FROM sync_exclusions WHERE run_id = %1").arg(runId))));
    QVERIFY(page.exclusionsModel()->rowCount() < allExclusions);
    // Counts and the run's result with its icon.
    const QModelIndex status = page.runsModel()->index(0, page.runsModel()->columnIndex(QStringLiteral("status")));
    QVERIFY(!page.runsModel()->data(status).toString().isEmpty());
}

void TstDataScreens::focusSearch()
{
    WorkOrdersPage page(m_ctx);
    page.show();
    QApplication::setActiveWindow(&page);
    QVERIFY(QTest::qWaitForWindowActive(&page));
    page.focusSearch();
    QTRY_VERIFY(page.panel()->searchBox()->hasFocus());
    SyncActivityPage activity(m_ctx);
    activity.show();
    QApplication::setActiveWindow(&activity);
    QVERIFY(QTest::qWaitForWindowActive(&activity));
    activity.focusSearch();
    QTRY_VERIFY(activity.exclusionsPanel()->searchBox()->hasFocus());
}

void TstDataScreens::scrollsToTheEnd()
{
    WorkOrdersPage page(m_ctx);
    page.resize(1200, 700);
    page.show();
    QVERIFY(settled(page.model()));
    auto *view = page.panel()->view();
    view->scrollToBottom();
    QVERIFY(visibleRowsLoaded(view));
    const int number = page.model()->columnIndex(QStringLiteral("number"));
    QCOMPARE(page.model()->rawValue(2999, number).toLongLong(),
             sqlCount(m_cache->db(), QStringLiteral("SELECT number FROM work_orders ORDER BY id ASC LIMIT 1")));
    view->verticalScrollBar()->setValue(1500);
    QVERIFY(visibleRowsLoaded(view));
}

void TstDataScreens::screenshots()
{
    const QString dir = qEnvironmentVariable("PMSBRIDGE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set PMSBRIDGE_SCREENSHOT_DIR to grab the screens");
    QDir().mkpath(dir);
    // How a US property manager sees it (the models read the locale when they are made).
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QSize size(1440, 900);
    const auto save = [&](QWidget *w, const QString &name) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // count labels lay out
        QVERIFY(w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
    };
    {
        WorkOrdersPage page(m_ctx);
        page.resize(size);
        page.show();
        QVERIFY(settled(page.model()));
        QVERIFY(visibleRowsLoaded(page.panel()->view()));
        page.panel()->view()->selectRow(2);
        QTRY_VERIFY(page.detail()->workOrderId() > 0);
        // The event history arrives from a pool thread.
        QTRY_VERIFY(page.detail()->findChild<QListWidget *>(QStringLiteral("events"))->count() > 0);
        save(&page, QStringLiteral("workorders"));
    }
    {
        PropertiesPage page(m_ctx);
        page.resize(size);
        page.show();
        QVERIFY(settled(page.model()));
        QVERIFY(visibleRowsLoaded(page.panel()->view()));
        page.panel()->view()->selectRow(0);
        QTRY_VERIFY(page.selectedPropertyId() > 0);
        QVERIFY(settled(page.unitsModel()));
        QVERIFY(visibleRowsLoaded(page.unitsPanel()->view()));
        save(&page, QStringLiteral("properties"));
    }
    {
        ResidentsPage page(m_ctx);
        page.resize(size);
        page.show();
        QVERIFY(settled(page.model()));
        QVERIFY(visibleRowsLoaded(page.panel()->view()));
        save(&page, QStringLiteral("residents"));
    }
    {
        LeasesPage page(m_ctx);
        page.resize(size);
        page.show();
        QVERIFY(settled(page.model()));
        QVERIFY(visibleRowsLoaded(page.panel()->view()));
        save(&page, QStringLiteral("leases"));
    }
    {
        SyncActivityPage page(m_ctx);
        page.resize(size);
        page.show();
        QVERIFY(settled(page.runsModel()));
        QVERIFY(settled(page.exclusionsModel()));
        QTRY_VERIFY(page.chart()->runCount() > 0);
        QVERIFY(visibleRowsLoaded(page.runsPanel()->view()));
        QVERIFY(visibleRowsLoaded(page.exclusionsPanel()->view()));
        page.runsPanel()->view()->selectRow(0);
        QTRY_VERIFY(page.findChild<QLabel *>(QStringLiteral("runDetail"))->text().contains(QStringLiteral("created")));
        save(&page, QStringLiteral("activity"));
    }
}

QTEST_MAIN(TstDataScreens)
#include "tst_datascreens.moc"
