// The data screens' models: every one passes QAbstractItemModelTester on a populated cache, and
// search, filters, sort and refresh give what SQL says they should.
#include "support/TestSupport.h"

#include "models/LeasesModel.h"
#include "models/PropertiesModel.h"
#include "models/PropertyLogModel.h"
#include "models/ResidentsModel.h"
#include "models/RowCache.h"
#include "models/SyncExclusionsModel.h"
#include "models/SyncRunsModel.h"
#include "models/UnitsModel.h"
#include "models/WorkOrdersModel.h"
#include "storage/TableReader.h"
#include "storage/TableSpecs.h"
#include "support/TestDataSeeder.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

#include <functional>
#include <memory>

using namespace pms;

namespace {

using Factory = std::function<SqlTableModel *(const QString &)>;

qint64 sqlCount(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    if (!q.exec(sql) || !q.next())
        qFatal("count failed: %s", qPrintable(sql));
    return q.value(0).toLongLong();
}

// Asks the model for every row (as a view scrolling through would) and waits for them.
bool loadAll(SqlTableModel &m)
{
    for (int r = 0; r < m.rowCount(); r += 50) {
        m.data(m.index(r, 0));
        if (!QTest::qWaitFor([&] { return m.isRowLoaded(r); }, 5000))
            return false;
    }
    return QTest::qWaitFor([&] { return m.isSettled(); }, 5000);
}

} // namespace

class TstTableModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void modelTester_data();
    void modelTester();
    void workOrdersSearch();
    void workOrdersSearchUsesTheFullTextIndex();
    void workOrdersFilters_data();
    void workOrdersFilters();
    void workOrdersSort();
    void refreshKeepsRowsAndAddsNew();
    void windowsMatchIdOrder();
    void syncStateIconAndTooltip();
    void datesInLocaleWithUtcTooltip();
    void rowCacheRequestsNearestWantedBlocks();
    void emptyCacheShowsNoRows();

private:
    std::unique_ptr<test::TempCache> m_cache;
    qint64 m_connection = 0;
};

void TstTableModels::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_cache = std::make_unique<test::TempCache>();
    SeedOptions o;
    o.properties = 8;
    o.unitsPerProperty = 10;
    o.workOrders = 1500;
    o.syncRuns = 12;
    o.now = QDateTime(QDate(2024, 6, 1), QTime(12, 0), QTimeZone::utc());
    auto id = TestDataSeeder::seed(m_cache->db(), o);
    QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
    m_connection = id.value();
}

void TstTableModels::modelTester_data()
{
    QTest::addColumn<Factory>("factory");
    QTest::addColumn<QString>("table");
    QTest::newRow("work orders") << Factory([](const QString &p) { return new WorkOrdersModel(p); }) << QStringLiteral("work_orders");
    QTest::newRow("properties") << Factory([](const QString &p) { return new PropertiesModel(p); }) << QStringLiteral("properties");
    QTest::newRow("units") << Factory([](const QString &p) { return new UnitsModel(p); }) << QStringLiteral("units");
    QTest::newRow("property log") << Factory([](const QString &p) { return new PropertyLogModel(p); }) << QStringLiteral("property_log");
    QTest::newRow("residents") << Factory([](const QString &p) { return new ResidentsModel(p); }) << QStringLiteral("residents");
    QTest::newRow("leases") << Factory([](const QString &p) { return new LeasesModel(p); }) << QStringLiteral("leases");
    QTest::newRow("sync runs") << Factory([](const QString &p) { return new SyncRunsModel(p); }) << QStringLiteral("sync_runs");
    QTest::newRow("exclusions") << Factory([](const QString &p) { return new SyncExclusionsModel(p); }) << QStringLiteral("sync_exclusions");
}

void TstTableModels::modelTester()
{
    QFETCH(Factory, factory);
    QFETCH(QString, table);
    std::unique_ptr<SqlTableModel> model(factory(m_cache->path()));
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    model->setConnectionId(m_connection);
    model->reload();
    QTRY_VERIFY_WITH_TIMEOUT(model->isSettled(), 10000);
    const qint64 expected = sqlCount(m_cache->db(), QStringLiteral("SELECT count(*) FROM ") + table);
    QVERIFY(expected > 0);
    QCOMPARE(model->rowCount(), int(expected));
    QCOMPARE(model->matchingCount(), expected);
    QCOMPARE(model->totalCount(), expected);
    QVERIFY(loadAll(*model));
    // Every visible column has a title; the first row shows something.
    bool any = false;
    for (int c = 0; c < model->columnCount(); ++c) {
        QVERIFY(!model->headerData(c, Qt::Horizontal).toString().isEmpty());
        any = any || !model->data(model->index(0, c)).toString().isEmpty();
    }
    QVERIFY(any);
    // Sort by every column both ways with the tester watching.
    for (int c = 0; c < model->columnCount(); ++c) {
        if (model->columnVisibility(c) == ColumnVisibility::Internal)
            continue;
        model->sort(c, c % 2 ? Qt::AscendingOrder : Qt::DescendingOrder);
        QTRY_VERIFY_WITH_TIMEOUT(model->isSettled(), 10000);
        QCOMPARE(model->rowCount(), int(expected));
    }
    model->setSearch(QStringLiteral("zzzz-no-such-thing"));
    QTRY_VERIFY_WITH_TIMEOUT(model->isSettled(), 10000);
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(model->totalCount(), expected);
    model->setSearch({});
    QTRY_VERIFY_WITH_TIMEOUT(model->isSettled(), 10000);
    QCOMPARE(model->rowCount(), int(expected));
    model->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(model->isSettled(), 10000);
    QVERIFY(model->errorText().isEmpty());
}

void TstTableModels::workOrdersSearch()
{
    WorkOrdersModel m(m_cache->path());
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.setConnectionId(m_connection);
    m.setSearch(QStringLiteral("faucet KITCHEN"));
    m.reload();
    QTRY_VERIFY_WITH_TIMEOUT(m.isSettled(), 10000);
    const qint64 expected = sqlCount(m_cache->db(), QStringLiteral(
        "SELECT count(*) FROM work_orders WHERE lower(description) LIKE '%faucet%' AND (lower(description) LIKE '%kitchen%' "
        "OR lower(category) LIKE '%kitchen%' OR lower(requested_by) LIKE '%kitchen%')"));
    QVERIFY(expected > 10);
    QCOMPARE(m.rowCount(), int(expected));
    QTRY_VERIFY_WITH_TIMEOUT(m.totalCount() > m.rowCount(), 10000); // the unfiltered count may come after the rows
    QVERIFY(loadAll(m));
    const int desc = m.columnIndex(QStringLiteral("description"));
    for (int r = 0; r < m.rowCount(); ++r)
        QVERIFY2(m.data(m.index(r, desc)).toString().contains(QLatin1String("faucet"), Qt::CaseInsensitive), qPrintable(QString::number(r)));
    // LIKE wildcards typed by the user are literal.
    m.setSearch(QStringLiteral("100%"));
    QTRY_VERIFY_WITH_TIMEOUT(m.isSettled(), 10000);
    QCOMPARE(m.rowCount(), 0);
}

void TstTableModels::workOrdersSearchUsesTheFullTextIndex()
{
    test::TempCache cache;
    SeedOptions o;
    o.properties = 3;
    o.workOrders = 300;
    auto conn = TestDataSeeder::seed(cache.db(), o);
    QVERIFY(conn.ok());
    QSqlQuery q(cache.db().sql());
    // The index follows edits (triggers of migration 004).
    QVERIFY(q.exec(QStringLiteral("UPDATE work_orders SET description = 'Skylight cracked, XYZZY brand' WHERE id = 7")));
    QVERIFY(q.exec(QStringLiteral("SELECT number FROM work_orders WHERE id = 12")) && q.next());
    const QString number = q.value(0).toString();
    WorkOrdersModel m(cache.path());
    m.setConnectionId(conn.value());
    m.setSearch(QStringLiteral("xyzzy"));
    m.reload();
    QTRY_VERIFY_WITH_TIMEOUT(m.isSettled(), 10000);
    QCOMPARE(m.rowCount(), 1);
    QCOMPARE(m.idAt(0), qint64(7));
    // A substring inside a word, any case.
    m.setSearch(QStringLiteral("YLIGH"));
    QTRY_VERIFY_WITH_TIMEOUT(m.isSettled(), 10000);
    QCOMPARE(m.rowCount(), 1);
    // A number finds that work order exactly.
    m.setSearch(number);
    QTRY_VERIFY_WITH_TIMEOUT(m.isSettled(), 10000);
    QCOMPARE(m.rowCount(), 1);
    QCOMPARE(m.idAt(0), qint64(12));
    // Two letters are too short for the trigram index: LIKE finds them.
    const qint64 expected = sqlCount(cache.db(), QStringLiteral(
        "SELECT count(*) FROM work_orders WHERE lower(description) LIKE '%ac%' OR lower(requested_by) LIKE '%ac%' "
        "OR lower(category) LIKE '%ac%'"));
    m.setSearch(QStringLiteral("ac"));
    QTRY_VERIFY_WITH_TIMEOUT(m.isSettled(), 10000);
    QCOMPARE(m.rowCount(), int(expected));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM work_orders WHERE id = 7")));
    m.setSearch(QStringLiteral("xyzzy"));
    QTRY_VERIFY_WITH_TIMEOUT(m.isSettled(), 10000);
    QCOMPARE(m.rowCount(), 0);
}

void TstTableModels::workOrdersFilters_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("where");
    QTest::newRow("number >") << "number" << ">1300" << "number > 1300";
    QTest::newRow("number <=") << "number" << "<= 1010" << "number <= 1010";
    QTest::newRow("number =") << "number" << "1234" << "number = 1234";
    QTest::newRow("status contains") << "status" << "progress" << "lower(status) LIKE '%progress%'";
    QTest::newRow("status equals") << "status" << "=Open" << "status = 'Open'";
    QTest::newRow("status not") << "status" << "!=Open" << "status <> 'Open'";
    QTest::newRow("created month") << "created_at" << "2024-03" << "created_at LIKE '2024-03%'";
    QTest::newRow("created after") << "created_at" << ">2024-05-01" << "created_at > '2024-05-01'";
    QTest::newRow("unlinked") << "linked" << "no" << "linked = 0";
    QTest::newRow("linked") << "linked" << "yes" << "linked = 1";
    QTest::newRow("empty completed") << "completed_at" << "=" << "coalesce(completed_at, '') = ''";
}

void TstTableModels::workOrdersFilters()
{
    QFETCH(QString, column);
    QFETCH(QString, filter);
    QFETCH(QString, where);
    WorkOrdersModel m(m_cache->path());
    m.setConnectionId(m_connection);
    m.setTextFilter(m.columnIndex(column), filter);
    m.reload();
    QTRY_VERIFY_WITH_TIMEOUT(m.isSettled(), 10000);
    const qint64 expected = sqlCount(m_cache->db(), QStringLiteral("SELECT count(*) FROM work_orders WHERE ") + where);
    QVERIFY2(expected > 0, "the seed should have rows for every filter");
    QCOMPARE(m.rowCount(), int(expected));

    // Combos: value filters combine with text filters.
    m.setValueFilter(QStringLiteral("sync_state"), {QStringLiteral("failed")});
    QTRY_VERIFY_WITH_TIMEOUT(m.isSettled(), 10000);
    const qint64 failed = sqlCount(m_cache->db(), QStringLiteral("SELECT count(*) FROM work_orders WHERE sync_state = 'failed' AND ") + where);
    QCOMPARE(m.rowCount(), int(failed));
}

void TstTableModels::workOrdersSort()
{
    WorkOrdersModel m(m_cache->path());
    m.setConnectionId(m_connection);
    const int number = m.columnIndex(QStringLiteral("number"));
    m.sort(number, Qt::AscendingOrder);
    m.reload();
    QTRY_VERIFY_WITH_TIMEOUT(m.isSettled(), 10000);
    QVERIFY(loadAll(m));
    for (int r = 1; r < m.rowCount(); ++r)
        QVERIFY(m.rawValue(r - 1, number).toLongLong() < m.rawValue(r, number).toLongLong());
    const int property = m.columnIndex(QStringLiteral("property_name"));
    m.sort(property, Qt::DescendingOrder);
    QTRY_VERIFY_WITH_TIMEOUT(m.isSettled(), 10000);
    QVERIFY(loadAll(m));
    for (int r = 1; r < m.rowCount(); ++r)
        QVERIFY(m.rawValue(r - 1, property).toString() >= m.rawValue(r, property).toString());
}

void TstTableModels::refreshKeepsRowsAndAddsNew()
{
    test::TempCache cache;
    SeedOptions o;
    o.properties = 3;
    o.workOrders = 250;
    auto conn = TestDataSeeder::seed(cache.db(), o);
    QVERIFY(conn.ok());
    WorkOrdersModel m(cache.path());
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.setConnectionId(conn.value());
    m.reload();
    QTRY_VERIFY_WITH_TIMEOUT(m.isSettled(), 10000);
    QCOMPARE(m.rowCount(), 250);
    const qint64 topBefore = m.idAt(0);
    QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
    QSignalSpy relocated(&m, &SqlTableModel::rowsRelocated);
    QVERIFY(TestDataSeeder::addWorkOrders(cache.db(), conn.value(), 20, 7).ok());
    m.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(m.isSettled(), 10000);
    QCOMPARE(m.rowCount(), 270);
    QCOMPARE(reset.count(), 0);          // a refresh never blanks the table
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(relocated.count(), 1);
    QVERIFY(m.idAt(0) > topBefore);      // newest first
    QCOMPARE(m.rowForId(topBefore), 20);
    QTRY_VERIFY(m.isRowLoaded(0) || (m.data(m.index(0, 1)), false));
}

void TstTableModels::windowsMatchIdOrder()
{
    // The OFFSET path (before the ids are in) and the id path give the same rows, also past
    // the middle where the loader reads in reverse.
    TableQuery q(TableSpecs::workOrders());
    q.setConnectionId(m_connection);
    q.setSort(q.columnIndex(QStringLiteral("priority")), Qt::AscendingOrder);
    auto ids = TableReader::ids(m_cache->db(), q);
    QVERIFY(ids.ok());
    const qint64 total = ids->size();
    for (qint64 offset : {qint64(0), qint64(100), total / 2 - 3, total - 150, total - 7}) {
        auto w = TableReader::window(m_cache->db(), q, offset, 100, total);
        QVERIFY2(w.ok(), qPrintable(w.errorMessage()));
        QCOMPARE(w->size(), int(std::min<qint64>(100, total - offset)));
        for (int i = 0; i < w->size(); ++i)
            QCOMPARE(w->at(i).first().toLongLong(), ids->at(offset + i));
        auto byIds = TableReader::rowsByIds(m_cache->db(), q, ids->mid(offset, w->size()));
        QVERIFY(byIds.ok());
        QCOMPARE(byIds.value(), w.value());
    }
}

void TstTableModels::syncStateIconAndTooltip()
{
    WorkOrdersModel m(m_cache->path());
    m.setConnectionId(m_connection);
    m.setValueFilter(QStringLiteral("sync_state"), {QStringLiteral("failed")});
    m.reload();
    QTRY_VERIFY_WITH_TIMEOUT(m.isSettled(), 10000);
    QVERIFY(m.rowCount() > 0);
    const QModelIndex state = m.index(0, m.columnIndex(QStringLiteral("sync_state")));
    QCOMPARE(m.data(state).toString(), QStringLiteral("Failed"));
    QVERIFY(m.data(state, Qt::ToolTipRole).toString().startsWith(QLatin1String("Push failed: ")));
    m.setValueFilter(QStringLiteral("sync_state"), {});
    m.setTextFilter(m.columnIndex(QStringLiteral("linked")), QStringLiteral("no"));
    QTRY_VERIFY_WITH_TIMEOUT(m.isSettled(), 10000);
    QVERIFY(m.rowCount() > 0);
    QCOMPARE(m.data(m.index(0, m.columnIndex(QStringLiteral("linked")))).toString(), QStringLiteral("Unlinked"));
    // Numbers are right-aligned, text is not.
    QVERIFY(m.data(m.index(0, m.columnIndex(QStringLiteral("number"))), Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight);
    QVERIFY(m.data(m.index(0, m.columnIndex(QStringLiteral("description"))), Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignLeft);
}

void TstTableModels::datesInLocaleWithUtcTooltip()
{
    SyncRunsModel m(m_cache->path());
    m.setConnectionId(m_connection);
    m.reload();
    QTRY_VERIFY_WITH_TIMEOUT(m.isSettled(), 10000);
    const QModelIndex started = m.index(0, m.columnIndex(QStringLiteral("started_at")));
    const QDateTime utc = m.data(started, SqlTableModel::RawRole).toDateTime();
    QVERIFY(utc.isValid());
    QCOMPARE(utc.timeSpec(), Qt::UTC);
    QCOMPARE(m.data(started).toString(), QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(m.data(started, Qt::ToolTipRole).toString(), utc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC"));
    QCOMPARE(SyncRunsModel::durationText(185), QStringLiteral("3 min 05 s"));
    QCOMPARE(SyncRunsModel::durationText(42), QStringLiteral("42 s"));
}

void TstTableModels::rowCacheRequestsNearestWantedBlocks()
{
    RowCache cache(4);
    const int n = 10000;
    // Nothing wanted: nothing to fetch.
    QCOMPARE(cache.takeRequest(n), std::make_pair(0, 0));
    cache.find(5);       // block 0
    cache.find(5050);    // block 50: the newest want wins; block 0 is far away
    auto span = cache.takeRequest(n);
    QCOMPARE(span, std::make_pair(4900, 5200));   // one block of margin each side
    RowList rows(300, QVariantList{1});
    cache.store(span.first, rows, 300);
    QVERIFY(cache.isLoaded(5050));
    QVERIFY(!cache.hasWanted());
    QVERIFY(!cache.find(5199).stale);
    QVERIFY(!cache.hasWanted());                                // a hit wants nothing
    cache.find(5200);
    QCOMPARE(cache.takeRequest(n), std::make_pair(5200, 5400)); // the loaded neighbour is skipped
    // At the end of the table the span stops at the last row.
    cache.find(n - 1);
    QCOMPARE(cache.takeRequest(n), std::make_pair(9800, 10000));
    // Only maxBlocks stay in memory.
    cache.store(0, RowList(100, QVariantList{1}), 100);
    QVERIFY(cache.blockCount() <= 4);
    cache.markAllStale();
    QVERIFY(!cache.isLoaded(0));
    QVERIFY(cache.find(0).stale);
}

void TstTableModels::emptyCacheShowsNoRows()
{
    test::TempCache empty;
    WorkOrdersModel m(empty.path());
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loading(&m, &SqlTableModel::loadingChanged);
    m.reload();
    QVERIFY(m.isLoading());
    QTRY_VERIFY_WITH_TIMEOUT(m.isSettled(), 10000);
    QVERIFY(!m.isLoading());
    QCOMPARE(m.rowCount(), 0);
    QCOMPARE(m.totalCount(), 0);
    QCOMPARE(loading.count(), 2);
}

QTEST_GUILESS_MAIN(TstTableModels)
#include "tst_tablemodels.moc"
