#pragma once

// A small cache with numbers the GUI tests can check by hand (header-only, tests only).

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QVariant>

namespace pms::test {

/// What seedSmallPortfolio() wrote.
struct SmallPortfolio
{
    qint64 connectionId = 0;
    int properties = 3;
    int unitsActive = 5;
    int unitsInactive = 2;
    int mappedActive = 2;   // plus one mapping on an inactive unit, which must not count
    int residents = 4;
    int residentsActive = 3;
    int leasesActive = 3;   // plus one ended lease
    int woSynced = 2, woPending = 1, woFailed = 1, woNotSynced = 1;
    int woUnlinked = 1;
    int runs = 3;           // initial succeeded, incremental succeeded, leases failed
};

inline void sqlOrFail(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    if (!q.exec(sql))
        QFAIL(qPrintable(QStringLiteral("%1: %2").arg(sql, q.lastError().text())));
}

/// One connection "Downtown" (system 1001 at @p baseUrl) with a portfolio whose counts are in
/// SmallPortfolio, and three sync runs with counts.
inline SmallPortfolio seedSmallPortfolio(Database &db, const QString &baseUrl = QStringLiteral("https://api.example.com/pw/api/rest/v1"))
{
    SmallPortfolio p;
    const QString t = QStringLiteral("'2026-11-20T10:00:00Z'");
    sqlOrFail(db, QStringLiteral("INSERT INTO connections(id, name, base_url, system_id, client_id, integration_user, "
                                 "integration_email, created_at) VALUES (1, 'Downtown', '%1', '1001', 'demo-client', "
                                 "'PMS Bridge', 'bridge@pmsbridge.example', %2)").arg(baseUrl, t));
    p.connectionId = 1;
    for (int i = 1; i <= 3; ++i)
        sqlOrFail(db, QStringLiteral("INSERT INTO properties(id, connection_id, pms_id, name, synced_at) VALUES (%1, 1, %2, "
                                     "'Property %1', %3)").arg(i).arg(100 + i).arg(t));
    for (int i = 1; i <= 7; ++i)
        sqlOrFail(db, QStringLiteral("INSERT INTO units(id, connection_id, pms_id, pms_property_id, property_id, name, "
                                     "active, synced_at) VALUES (%1, 1, %2, %3, %4, 'Unit %1', %5, %6)")
                          .arg(i).arg(1000 + i).arg(100 + (i % 3) + 1).arg((i % 3) + 1).arg(i <= 5 ? 1 : 0).arg(t));
    for (int i = 1; i <= 3; ++i)
        sqlOrFail(db, QStringLiteral("INSERT INTO platform_units(id, name, created_at, updated_at) VALUES (%1, 'P%1', %2, %2)")
                          .arg(i).arg(t));
    // Units 1 and 2 (active) and 6 (inactive) are mapped.
    sqlOrFail(db, QStringLiteral("INSERT INTO unit_mappings(unit_id, platform_unit_id, mapped_at) VALUES (1, 1, %1), "
                                 "(2, 2, %1), (6, 3, %1)").arg(t));
    for (int i = 1; i <= 4; ++i)
        sqlOrFail(db, QStringLiteral("INSERT INTO residents(connection_id, pms_contact_id, first_name, last_name, active, "
                                     "created_at, synced_at) VALUES (1, %1, 'First%1', 'Last%1', %2, %3, %3)")
                          .arg(500 + i).arg(i <= 3 ? 1 : 0).arg(t));
    for (int i = 1; i <= 4; ++i)
        sqlOrFail(db, QStringLiteral("INSERT INTO leases(connection_id, pms_id, unit_id, status, active, synced_at) "
                                     "VALUES (1, %1, %2, '%3', %4, %5)")
                          .arg(700 + i).arg(i).arg(i <= 3 ? QStringLiteral("Active") : QStringLiteral("Ended"))
                          .arg(i <= 3 ? 1 : 0).arg(t));
    const QStringList states = {QStringLiteral("synced"), QStringLiteral("synced"), QStringLiteral("pending"),
                                QStringLiteral("failed"), QStringLiteral("not_synced")};
    for (int i = 0; i < states.size(); ++i)
        sqlOrFail(db, QStringLiteral("INSERT INTO work_orders(connection_id, pms_id, number, origin, linked, sync_state, "
                                     "created_at, updated_at) VALUES (1, %1, %1, 'pms', %2, '%3', %4, %4)")
                          .arg(900 + i).arg(i == 4 ? 0 : 1).arg(states.at(i)).arg(t));
    sqlOrFail(db, QStringLiteral(
        "INSERT INTO sync_runs(id, connection_id, kind, started_at, finished_at, status, error) VALUES "
        "(1, 1, 'initial', '2026-11-20T10:00:00Z', '2026-11-20T10:02:00Z', 'succeeded', NULL), "
        "(2, 1, 'incremental', '2026-11-20T10:00:40Z', '2026-11-20T10:01:30Z', 'succeeded', NULL), "
        "(3, 1, 'leases', '2026-11-20T23:30:00Z', '2026-11-20T23:30:10Z', 'failed', 'Cannot reach api.example.com: connection refused.')"));
    sqlOrFail(db, QStringLiteral(
        "INSERT INTO sync_run_counts(run_id, entity, created, updated, unchanged, skipped, failed) VALUES "
        "(1, 'properties', 3, 0, 0, 0, 0), (1, 'units', 7, 0, 0, 0, 0), (1, 'residents', 4, 0, 0, 1, 0), "
        "(2, 'units', 0, 2, 5, 0, 0), (3, 'leases', 0, 0, 0, 0, 1)"));
    return p;
}

} // namespace pms::test
