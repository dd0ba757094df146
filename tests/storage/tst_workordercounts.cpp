// Migration 002: work_order_counts follows every insert, update and delete of work_orders, so
// the dashboard reads counts instead of scanning the table.

#include "support/TestSupport.h"

#include "storage/ConnectionRepository.h"
#include "storage/DashboardQueries.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace pms;

namespace {

void sql(Database &db, const QString &statement)
{
    QSqlQuery q(db.sql());
    QVERIFY2(q.exec(statement), qPrintable(q.lastError().text() + QStringLiteral(": ") + statement));
}

qint64 scalar(Database &db, const QString &statement)
{
    QSqlQuery q(db.sql());
    if (!q.exec(statement) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

/// The counts table agrees with a full scan, row by row.
void expectConsistent(Database &db)
{
    QSqlQuery q(db.sql());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT COUNT(*) FROM (SELECT connection_id, sync_state, linked, COUNT(*) AS n FROM work_orders "
        "GROUP BY 1, 2, 3) s FULL OUTER JOIN (SELECT * FROM work_order_counts WHERE n <> 0) c "
        "USING (connection_id, sync_state, linked) WHERE s.n IS DISTINCT FROM c.n")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), 0);
}

} // namespace

class TestWorkOrderCounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsInsertsUpdatesAndDeletes();
};

void TestWorkOrderCounts::followsInsertsUpdatesAndDeletes()
{
    test::TempCache cache;
    Database &db = cache.db();
    for (int c = 1; c <= 2; ++c)
        sql(db, QStringLiteral("INSERT INTO connections(id, name, base_url, system_id, client_id, created_at) "
                               "VALUES (%1, 'C%1', 'https://x.example/%1', '%1', 'c', '2026-01-01T00:00:00Z')").arg(c));
    const QStringList states = {QStringLiteral("synced"), QStringLiteral("pending"), QStringLiteral("failed"),
                                QStringLiteral("not_synced")};
    for (int i = 0; i < 40; ++i)
        sql(db, QStringLiteral("INSERT INTO work_orders(connection_id, pms_id, origin, linked, sync_state, created_at, "
                               "updated_at) VALUES (%1, %2, 'pms', %3, '%4', 't', 't')")
                    .arg(1 + i % 2).arg(i + 1).arg(i % 5 == 0 ? 0 : 1).arg(states.at(i % 4)));
    expectConsistent(db);

    auto d = DashboardQueries(db).load(1);
    QVERIFY(d.ok());
    QCOMPARE(d->workOrders, 20);
    QCOMPARE(d->workOrdersByState.value(QStringLiteral("synced")), 10);
    QCOMPARE(d->workOrdersByState.value(QStringLiteral("pending")), 0);
    QCOMPARE(d->workOrdersUnlinked, 4);

    // A push changes the state; a later sync links the work order; an unrelated column changes nothing.
    sql(db, QStringLiteral("UPDATE work_orders SET sync_state='pending' WHERE connection_id=1 AND sync_state='synced'"));
    sql(db, QStringLiteral("UPDATE work_orders SET linked=1 WHERE pms_id=1"));
    sql(db, QStringLiteral("UPDATE work_orders SET description='x'"));
    expectConsistent(db);
    d = DashboardQueries(db).load(1);
    QCOMPARE(d->workOrdersByState.value(QStringLiteral("synced")), 0);
    QCOMPARE(d->workOrdersByState.value(QStringLiteral("pending")), 10);
    QCOMPARE(d->workOrdersUnlinked, 3);

    sql(db, QStringLiteral("DELETE FROM work_orders WHERE pms_id <= 4"));
    expectConsistent(db);

    // Removing a connection removes its work orders (cascade) and their counts with them.
    QVERIFY(ConnectionRepository(db).remove(2).ok());
    expectConsistent(db);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COALESCE(SUM(n), 0) FROM work_order_counts WHERE connection_id=2")), 0);
    QCOMPARE(DashboardQueries(db).load(0)->workOrders, scalar(db, QStringLiteral("SELECT COUNT(*) FROM work_orders")));
}

QTEST_GUILESS_MAIN(TestWorkOrderCounts)
#include "tst_workordercounts.moc"
