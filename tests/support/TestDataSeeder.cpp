#include "TestDataSeeder.h"

#include "common/Clock.h"
#include "common/Json.h"
#include "storage/Database.h"
#include "storage/MultiRowStatement.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace pms {

namespace {

const char *const kFirst[] = {"Olivia", "Liam", "Emma", "Noah", "Ava", "Elijah", "Sophia", "Mateo", "Isabella", "Lucas",
                              "Mia", "Levi", "Amelia", "Ethan", "Harper", "James", "Evelyn", "Aiden", "Abigail", "Daniel",
                              "Priya", "Wei", "Fatima", "Diego", "Hannah", "Omar", "Grace", "Samuel", "Chloe", "Mohammed"};
const char *const kLast[] = {"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez",
                             "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor",
                             "Moore", "Jackson", "Martin", "Lee", "Nguyen", "Patel", "Kim", "Okafor", "Schmidt", "Rossi",
                             "Cohen", "Walker", "Young"};
const char *const kStreets[] = {"Maple", "Cedar", "Oak", "Harbor", "Willow", "Juniper", "Aspen", "Magnolia", "Sycamore",
                                "Riverside", "Lakeview", "Highland", "Briarwood", "Foxglove", "Summit", "Sierra"};
const char *const kSuffixes[] = {"Court", "Commons", "Terrace", "Place", "Gardens", "Lofts", "Townhomes", "Flats",
                                 "Crossing", "Heights"};
const char *const kStreetKinds[] = {"St", "Ave", "Blvd", "Rd", "Ln", "Dr"};
struct City
{
    const char *name;
    const char *state;
    const char *zip;
};
const City kCities[] = {{"Austin", "TX", "787"},   {"Denver", "CO", "802"},   {"Portland", "OR", "972"},
                        {"Phoenix", "AZ", "850"},  {"Raleigh", "NC", "276"},  {"Columbus", "OH", "432"},
                        {"Tampa", "FL", "336"},    {"Sacramento", "CA", "958"}, {"Boise", "ID", "837"},
                        {"Nashville", "TN", "372"}};
struct Issue
{
    const char *text;
    const char *category;
};
const Issue kIssues[] = {{"Kitchen faucet leaking under the sink", "Plumbing"},
                         {"Garbage disposal jammed", "Appliance"},
                         {"No hot water since this morning", "Plumbing"},
                         {"AC not cooling, thermostat set to 70", "HVAC"},
                         {"Smoke detector chirping in hallway", "Safety"},
                         {"Front door lock sticks, key hard to turn", "Doors & Locks"},
                         {"Bathroom exhaust fan very noisy", "Electrical"},
                         {"Dishwasher not draining", "Appliance"},
                         {"Window screen torn in bedroom", "General"},
                         {"Water stain on ceiling after rain", "Roofing"},
                         {"Light fixture flickering in living room", "Electrical"},
                         {"Refrigerator not keeping food cold", "Appliance"},
                         {"Toilet running constantly", "Plumbing"},
                         {"Clogged bathtub drain", "Plumbing"},
                         {"Ants in the kitchen", "Pest Control"},
                         {"Carpet cleaning after move-out", "Turnover"},
                         {"Replace HVAC filter", "HVAC"},
                         {"Garage door opener not working", "Doors & Locks"},
                         {"Water heater pilot light keeps going out", "Plumbing"},
                         {"Parking lot light out near building B", "Exterior"},
                         {"Washer leaking onto laundry room floor", "Appliance"},
                         {"Mold spots on bathroom wall", "General"}};
const char *const kLocations[] = {"", "", "", " (master bath)", " (kitchen)", " (unit entry)", " (second floor)",
                                  " (patio)"};
const char *const kFailures[] = {
    "Propertyware rejected the work order: the unit is inactive in the PMS (HTTP 400).",
    "Timed out waiting for Propertyware after 30 s; will retry.",
    "Propertyware answered 503 Service Unavailable; retry 3 of 8 at the next back-off.",
    "The property's manager user is not known in Propertyware (HTTP 404)."};

template<typename T, size_t N>
const T &pick(QRandomGenerator &rng, const T (&array)[N])
{
    return array[rng.bounded(int(N))];
}

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QString iso(const QDateTime &dt)
{
    return json::formatDateTime(dt);
}

Status exec(QSqlQuery &q, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    return Database::exec(q, "seed");
}

QString phone(QRandomGenerator &rng)
{
    return QStringLiteral("(%1) 555-%2").arg(200 + rng.bounded(700)).arg(rng.bounded(10000), 4, 10, QLatin1Char('0'));
}

struct UnitRef
{
    qint64 id;
    qint64 pmsId;
    qint64 propertyId;
    qint64 pmsPropertyId;
};

} // namespace

namespace {

// One seeding run: what every step shares. The steps draw from one generator in a fixed order, so
// a seed gives the same cache whatever step changes.
struct Seeding
{
    Database &db;
    const SeedOptions &o;
    QRandomGenerator rng;
    QDateTime now;
    QString synced;
    qint64 connectionId = 0;
};

struct SeededUnits
{
    QList<UnitRef> units;
    QHash<qint64, qint64> platformOfUnit;
};

Result<qint64> seedConnection(Seeding &run)
{
    Database &db = run.db;
    QRandomGenerator &rng = run.rng;
    const QDateTime &now = run.now;
    QSqlQuery &conn = db.prepare(QStringLiteral(
        "INSERT INTO connections (name, base_url, system_id, client_id, integration_user, integration_email, "
        "pms_user_email, created_at) VALUES (?,?,?,?,?,?,?,?) RETURNING id"));
    const QString sysId = QString::number(100000 + rng.bounded(900000));
    if (Status st = exec(conn, {QStringLiteral("Sunrise Property Group"), QStringLiteral("https://api.propertyware.com/pw/api/rest/v1"),
                                sysId, QStringLiteral("sunrise-bridge"), QStringLiteral("pms-bridge"),
                                QStringLiteral("bridge@sunrise-pm.example"), QStringLiteral("bridge@sunrise-pm.example"),
                                iso(now.addDays(-400))});
        !st.ok())
        return st.error();
    return Database::returnedId(conn);

}

// One portfolio per owner group.
Result<QList<qint64>> seedPortfolios(Seeding &run)
{
    Database &db = run.db;
    const qint64 connectionId = run.connectionId;
    const QString &synced = run.synced;
    QList<qint64> portfolios;
    QSqlQuery &pf = db.prepare(QStringLiteral("INSERT INTO portfolios (connection_id, pms_id, name, abbreviation, synced_at) "
                                              "VALUES (?,?,?,?,?) RETURNING id"));
    const char *const portfolioNames[] = {"Westside Holdings", "Riverside Trust", "Summit Residential", "Oak Street Partners"};
    for (int i = 0; i < 4; ++i) {
        if (Status st = exec(pf, {connectionId, 5000 + i, s(portfolioNames[i]), s(portfolioNames[i]).left(3).toUpper(), synced}); !st.ok())
            return st.error();
        portfolios << Database::returnedId(pf);
    }
    return portfolios;

}

// Properties with their units, platform units and mappings, and the properties' logs.
Status seedProperties(Seeding &run, const QList<qint64> &portfolios, SeededUnits *out)
{
    Database &db = run.db;
    const SeedOptions &o = run.o;
    QRandomGenerator &rng = run.rng;
    const QDateTime &now = run.now;
    const QString &synced = run.synced;
    const qint64 connectionId = run.connectionId;
    QSqlQuery &prop = db.prepare(QStringLiteral(
        "INSERT INTO properties (connection_id, pms_id, pms_portfolio_id, portfolio_id, name, abbreviation, address, city, "
        "state, postal_code, manager_user_id, manager_name, manager_email, active, raw_json, synced_at) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id"));
    QSqlQuery &unit = db.prepare(QStringLiteral(
        "INSERT INTO units (connection_id, pms_id, pms_property_id, property_id, name, address, city, state, postal_code, "
        "floor, active, deactivated_at, deactivated_by, raw_json, synced_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id"));
    QSqlQuery &plog = db.prepare(QStringLiteral("INSERT INTO property_log (property_id, unit_id, at, kind, message) VALUES (?,?,?,?,?)"));
    QSqlQuery &pu = db.prepare(QStringLiteral("INSERT INTO platform_units (name, building, floor, external_ref, created_at, updated_at) "
                                              "VALUES (?,?,?,?,?,?) RETURNING id"));
    QSqlQuery &map = db.prepare(QStringLiteral("INSERT INTO unit_mappings (unit_id, platform_unit_id, method, confidence, mapped_at) "
                                               "VALUES (?,?,?,?,?)"));
    QList<UnitRef> &units = out->units;
    QHash<qint64, qint64> &platformOfUnit = out->platformOfUnit;
    QStringList usedNames;
    for (int p = 0; p < o.properties; ++p) {
        QString name;
        do {
            name = s(pick(rng, kStreets)) + QLatin1Char(' ') + s(pick(rng, kSuffixes));
        } while (usedNames.contains(name) && usedNames.size() < 150);
        usedNames << name;
        const City &city = pick(rng, kCities);
        const QString street = QStringLiteral("%1 %2 %3").arg(100 + rng.bounded(9800)).arg(s(pick(rng, kStreets)), s(pick(rng, kStreetKinds)));
        const QString manager = s(pick(rng, kFirst)) + QLatin1Char(' ') + s(pick(rng, kLast));
        const qint64 pmsProperty = 100200 + p * 7;
        const bool active = rng.bounded(20) != 0;
        const QString zip = s(city.zip) + QStringLiteral("%1").arg(rng.bounded(100), 2, 10, QLatin1Char('0'));
        QJsonObject raw{{QStringLiteral("id"), pmsProperty}, {QStringLiteral("name"), name}};
        if (Status st = exec(prop, {connectionId, pmsProperty, 5000 + p % 4, portfolios.at(p % 4), name,
                                    name.left(4).toUpper(), street, s(city.name), s(city.state), zip, 9000 + p % 6, manager,
                                    QString(manager.toLower().replace(QLatin1Char(' '), QLatin1Char('.')) + QStringLiteral("@sunrise-pm.example")),
                                    active ? 1 : 0, QString::fromUtf8(QJsonDocument(raw).toJson(QJsonDocument::Compact)), synced});
            !st.ok())
            return st.error();
        const qint64 propertyId = Database::returnedId(prop);
        const int unitCount = std::max(1, o.unitsPerProperty / 2 + int(rng.bounded(o.unitsPerProperty + 1)));
        for (int u = 0; u < unitCount; ++u) {
            const int floor = 1 + u / 6;
            const QString unitName = QStringLiteral("%1%2").arg(floor).arg(u % 6 + 1, 2, 10, QLatin1Char('0'));
            const bool deactivated = rng.bounded(25) == 0;
            const QDateTime when = now.addDays(-int(rng.bounded(90))).addSecs(-int(rng.bounded(86400)));
            const qint64 pmsUnit = 300000 + p * 1000 + u;
            if (Status st = exec(unit, {connectionId, pmsUnit, pmsProperty, propertyId, unitName,
                                        QString(street + QStringLiteral(" #") + unitName), s(city.name), s(city.state), zip, floor,
                                        deactivated ? 0 : 1, deactivated ? QVariant(iso(when)) : QVariant(QMetaType(QMetaType::QString)),
                                        deactivated ? QVariant(QStringLiteral("reconciliation:%1").arg(1 + rng.bounded(3))) : QVariant(QMetaType(QMetaType::QString)),
                                        QStringLiteral("{}"), synced});
                !st.ok())
                return st.error();
            const qint64 unitId = Database::returnedId(unit);
            units << UnitRef{unitId, pmsUnit, propertyId, pmsProperty};
            if (deactivated) {
                if (Status st = exec(plog, {propertyId, unitId, iso(when), QStringLiteral("deactivated"),
                                            QObject::tr("Unit %1 deactivated by reconciliation: no longer in the PMS unit list.").arg(unitName)});
                    !st.ok())
                    return st.error();
            } else if (rng.bounded(4) != 0) {
                if (Status st = exec(pu, {QStringLiteral("%1 · %2").arg(name, unitName), name, QString::number(floor),
                                          QStringLiteral("AC-%1-%2").arg(p).arg(u), synced, synced});
                    !st.ok())
                    return st.error();
                const qint64 platformId = Database::returnedId(pu);
                platformOfUnit.insert(unitId, platformId);
                const bool suggested = rng.bounded(3) == 0;
                if (Status st = exec(map, {unitId, platformId, suggested ? QStringLiteral("suggestion") : QStringLiteral("manual"),
                                           suggested ? QVariant(0.8 + rng.bounded(20) / 100.0) : QVariant(QMetaType(QMetaType::Double)), synced});
                    !st.ok())
                    return st.error();
            }
        }
        const QStringList logKinds = {QStringLiteral("edited"), QStringLiteral("disabled"), QStringLiteral("enabled")};
        for (int k = 0; k < int(rng.bounded(3)); ++k) {
            const QString kind = logKinds.at(k % logKinds.size());
            QString msg = kind == QLatin1String("edited") ? QObject::tr("Local notes edited by %1.").arg(manager)
                                                            : kind == QLatin1String("disabled") ? QObject::tr("Property disabled by hand.")
                                                                                                 : QObject::tr("Property enabled by hand.");
            if (Status st = exec(plog, {propertyId, QVariant(QMetaType(QMetaType::LongLong)),
                                        iso(now.addDays(-int(rng.bounded(200)))), kind, msg});
                !st.ok())
                return st.error();
        }
    }
    return {};
}

// Residents and leases: most units are let.
Status seedLeases(Seeding &run, const SeededUnits &seeded)
{
    Database &db = run.db;
    QRandomGenerator &rng = run.rng;
    const QDateTime &now = run.now;
    const QString &synced = run.synced;
    const qint64 connectionId = run.connectionId;
    const QList<UnitRef> &units = seeded.units;
    const QHash<qint64, qint64> &platformOfUnit = seeded.platformOfUnit;
    QSqlQuery &res = db.prepare(QStringLiteral(
        "INSERT INTO residents (connection_id, pms_contact_id, first_name, last_name, email, phone, active, pms_lease_id, "
        "pms_property_id, pms_unit_id, property_id, unit_id, move_in, move_out, platform_unit_id, created_at, synced_at) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    QSqlQuery &lease = db.prepare(QStringLiteral(
        "INSERT INTO leases (connection_id, pms_id, pms_unit_id, pms_property_id, unit_id, property_id, name, status, active, "
        "start_date, end_date, move_in, move_out, base_rent, synced_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    qint64 contact = 700000;
    qint64 leaseId = 900000;
    for (const UnitRef &u : units) {
        // A past lease on some units, then the current one.
        const bool past = rng.bounded(3) == 0;
        const QDate start = now.date().addDays(-int(rng.bounded(900)));
        if (past) {
            const QDate ps = start.addYears(-1);
            const QString last = s(pick(rng, kLast));
            if (Status st = exec(lease, {connectionId, ++leaseId, u.pmsId, u.pmsPropertyId, u.id, u.propertyId,
                                         QStringLiteral("%1 household").arg(last), QStringLiteral("Expired"), 0,
                                         json::formatDate(ps), json::formatDate(start.addDays(-1)), json::formatDate(ps),
                                         json::formatDate(start.addDays(-3)), 850 + rng.bounded(2000), synced});
                !st.ok())
                return st.error();
        }
        if (rng.bounded(10) == 0)
            continue; // vacant
        const QString first = s(pick(rng, kFirst));
        const QString last = s(pick(rng, kLast));
        const QDate end = start.addYears(1);
        const bool active = end >= now.date() || rng.bounded(2) == 0;
        if (Status st = exec(lease, {connectionId, ++leaseId, u.pmsId, u.pmsPropertyId, u.id, u.propertyId,
                                     QStringLiteral("%1, %2").arg(last, first), active ? QStringLiteral("Active") : QStringLiteral("Month-to-month"),
                                     1, json::formatDate(start), json::formatDate(end), json::formatDate(start),
                                     QVariant(QMetaType(QMetaType::QString)), 900 + rng.bounded(2400) + 0.5 * rng.bounded(2), synced});
            !st.ok())
            return st.error();
        const int people = 1 + int(rng.bounded(2));
        for (int k = 0; k < people; ++k) {
            const QString fn = k == 0 ? first : s(pick(rng, kFirst));
            const qint64 platform = platformOfUnit.value(u.id, 0);
            if (Status st = exec(res, {connectionId, ++contact, fn, last,
                                       QStringLiteral("%1.%2%3@mail.example").arg(fn.toLower(), last.toLower()).arg(contact % 97),
                                       phone(rng), 1, leaseId, u.pmsPropertyId, u.pmsId, u.propertyId, u.id, json::formatDate(start),
                                       QVariant(QMetaType(QMetaType::QString)),
                                       platform ? QVariant(platform) : QVariant(QMetaType(QMetaType::LongLong)), synced, synced});
                !st.ok())
                return st.error();
        }
    }
    return {};
}

// Sync runs, their counts and exclusions.
Status seedSyncRuns(Seeding &seeding)
{
    Database &db = seeding.db;
    const SeedOptions &o = seeding.o;
    QRandomGenerator &rng = seeding.rng;
    const QDateTime &now = seeding.now;
    const qint64 connectionId = seeding.connectionId;
    QSqlQuery &run = db.prepare(QStringLiteral(
        "INSERT INTO sync_runs (connection_id, kind, trigger, started_at, finished_at, status, window_start, window_end, error) "
        "VALUES (?,?,?,?,?,?,?,?,?) RETURNING id"));
    QSqlQuery &counts = db.prepare(QStringLiteral(
        "INSERT INTO sync_run_counts (run_id, entity, created, updated, unchanged, skipped, failed) VALUES (?,?,?,?,?,?,?)"));
    QSqlQuery &excl = db.prepare(QStringLiteral(
        "INSERT INTO sync_exclusions (connection_id, run_id, entity, pms_id, reason, at) VALUES (?,?,?,?,?,?) "
        "ON CONFLICT DO NOTHING"));
    for (int i = 0; i < o.syncRuns; ++i) {
        const bool initial = i == 0;
        const int k = rng.bounded(10);
        const QString kind = initial ? QStringLiteral("initial")
            : k < 6                  ? QStringLiteral("incremental")
            : k < 8                  ? QStringLiteral("properties_residents")
            : k < 9                  ? QStringLiteral("leases")
                                     : QStringLiteral("push");
        const QDateTime started = now.addSecs(-qint64(o.syncRuns - i) * 3600 * 2 - rng.bounded(600));
        const int seconds = initial ? 180 + rng.bounded(120) : 4 + rng.bounded(kind == QLatin1String("incremental") ? 30 : 90);
        const int fate = rng.bounded(20);
        const QString status = fate == 0 ? QStringLiteral("failed") : fate == 1 ? QStringLiteral("cancelled") : QStringLiteral("succeeded");
        const QString error = status == QLatin1String("failed") ? s(pick(rng, kFailures)) : QString();
        if (Status st = exec(run, {connectionId, kind, initial ? QStringLiteral("manual") : QStringLiteral("schedule"), iso(started),
                                   iso(started.addSecs(seconds)), status, iso(started.addSecs(-72 * 3600)), iso(started),
                                   error.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(error)});
            !st.ok())
            return st.error();
        const qint64 runId = Database::returnedId(run);
        const QStringList entities = initial ? QStringList{QStringLiteral("portfolios"), QStringLiteral("properties"), QStringLiteral("units"),
                                                           QStringLiteral("residents"), QStringLiteral("leases"), QStringLiteral("work_orders")}
                                             : QStringList{QStringLiteral("units"), QStringLiteral("residents"), QStringLiteral("work_orders")};
        for (const QString &e : entities) {
            const int scale = initial ? 400 : 20;
            if (Status st = exec(counts, {runId, e, initial ? scale + rng.bounded(scale) : rng.bounded(scale), initial ? 0 : rng.bounded(scale),
                                          initial ? 0 : rng.bounded(scale * 4), rng.bounded(5), status == QLatin1String("failed") ? 1 + rng.bounded(3) : 0});
                !st.ok())
                return st.error();
        }
        for (int x = 0; x < int(rng.bounded(initial ? 30 : 4)); ++x) {
            const int what = rng.bounded(3);
            const QString who = s(pick(rng, kFirst)) + QLatin1Char(' ') + s(pick(rng, kLast));
            const QString entity = what == 0 ? QStringLiteral("work_order") : what == 1 ? QStringLiteral("resident") : QStringLiteral("unit");
            const QString reason = what == 0
                ? QObject::tr("Managed By is \"%1\", not the integration user \"pms-bridge\" (R5).").arg(who)
                : what == 1 ? QObject::tr("%1 is not on an active lease (R2).").arg(who)
                            : QObject::tr("The unit's building %1 is not in the PMS building list.").arg(100200 + rng.bounded(400));
            if (Status st = exec(excl, {connectionId, runId, entity, 400000 + rng.bounded(90000), reason, iso(started.addSecs(rng.bounded(seconds)))});
                !st.ok())
                return st.error();
        }
    }
    return {};
}

} // namespace

Result<qint64> TestDataSeeder::seed(Database &db, const SeedOptions &o)
{
    Seeding run{db, o, QRandomGenerator(o.seed), o.now.isValid() ? o.now.toUTC() : Clock::instance()->nowUtc(), {}, 0};
    Transaction tx(db);
    if (!tx.ok())
        return tx.status().error();
    auto connection = seedConnection(run);
    if (!connection.ok())
        return connection.error();
    run.connectionId = connection.value();
    run.synced = iso(run.now.addSecs(-3600));
    auto portfolios = seedPortfolios(run);
    if (!portfolios.ok())
        return portfolios.error();
    SeededUnits units;
    if (Status st = seedProperties(run, portfolios.value(), &units); !st.ok())
        return st.error();
    if (Status st = seedLeases(run, units); !st.ok())
        return st.error();
    if (Status st = seedSyncRuns(run); !st.ok())
        return st.error();
    if (Status st = tx.commit(); !st.ok())
        return st.error();
    if (o.workOrders > 0)
        if (Status st = addWorkOrders(db, run.connectionId, o.workOrders, o.seed + 1, run.now); !st.ok())
            return st.error();
    return run.connectionId;
}

Status TestDataSeeder::addWorkOrders(Database &db, qint64 connectionId, qint64 count, quint32 seed, const QDateTime &nowIn, int batch)
{
    QRandomGenerator rng(seed);
    const QDateTime now = nowIn.isValid() ? nowIn.toUTC() : Clock::instance()->nowUtc();
    QList<UnitRef> units;
    QHash<qint64, QList<std::pair<qint64, QString>>> residentsOfUnit;
    {
        QSqlQuery &q = db.prepare(QStringLiteral("SELECT id, pms_id, property_id, pms_property_id FROM units WHERE connection_id = ?"));
        q.addBindValue(connectionId);
        if (Status st = Database::exec(q); !st.ok())
            return st;
        while (q.next())
            units << UnitRef{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong()};
        QSqlQuery &r = db.prepare(QStringLiteral("SELECT id, unit_id, first_name || ' ' || last_name, pms_contact_id FROM residents WHERE connection_id = ?"));
        r.addBindValue(connectionId);
        if (Status st = Database::exec(r); !st.ok())
            return st;
        while (r.next())
            residentsOfUnit[r.value(1).toLongLong()] << std::make_pair(r.value(0).toLongLong(), QString(r.value(2).toString() + QLatin1Char('|') + r.value(3).toString()));
    }
    qint64 number = 1000, pmsId = 5000000;
    {
        // Both read from an index (numbers grow with ids here), not by a scan of every row.
        QSqlQuery &q = db.prepare(QStringLiteral(
            "SELECT coalesce((SELECT number FROM work_orders ORDER BY id DESC LIMIT 1), 1000), "
            "coalesce((SELECT max(pms_id) FROM work_orders WHERE connection_id = ?), 5000000)"));
        q.addBindValue(connectionId);
        if (Status st = Database::exec(q); !st.ok())
            return st;
        if (q.next()) {
            number = q.value(0).toLongLong();
            pmsId = q.value(1).toLongLong();
        }
    }
    const QString insertHead = QStringLiteral(
        "INSERT INTO work_orders (connection_id, pms_id, number, origin, pms_property_id, pms_unit_id, property_id, unit_id, "
        "resident_id, resident_pms_contact_id, manager_user_id, managed_by, requested_by, status, priority, category, "
        "description, linked, sync_state, sync_error, created_at, updated_at, completed_at, raw_json) VALUES ");
    QSqlQuery &ins = db.prepare(insertHead + MultiRowStatement::placeholders(24) + QStringLiteral(" RETURNING id"));
    // Without a history, many rows per statement (a million single-row inserts take minutes on PostgreSQL).
    MultiRowStatement bulk(db, insertHead, MultiRowStatement::placeholders(24), QString(), "seed work orders");
    QSqlQuery &event = db.prepare(QStringLiteral("INSERT INTO work_order_events (work_order_id, at, kind, message) VALUES (?,?,?,?)"));
    // A history for each work order of a screenshot-sized cache; a benchmark's million go without.
    const bool withEvents = count <= 20000;
    const QVariant nullInt(QMetaType(QMetaType::LongLong));
    const QVariant nullText(QMetaType(QMetaType::QString));
    const qint64 spanSecs = 2 * 365 * 86400;
    for (qint64 done = 0; done < count;) {
        Transaction tx(db);
        if (!tx.ok())
            return tx.status();
        const qint64 end = std::min(count, done + batch);
        for (; done < end; ++done) {
            const UnitRef u = units.isEmpty() ? UnitRef{0, 0, 0, 0} : units.at(rng.bounded(int(units.size())));
            const Issue &issue = pick(rng, kIssues);
            const bool fromApp = rng.bounded(12) == 0;
            const bool linked = fromApp || rng.bounded(30) != 0;
            const int st = rng.bounded(100);
            const QString status = st < 30 ? QStringLiteral("Open") : st < 50 ? QStringLiteral("In Progress") : st < 55 ? QStringLiteral("Waiting on Parts")
                                 : st < 85 ? QStringLiteral("Completed") : QStringLiteral("Closed");
            const int pr = rng.bounded(10);
            const QString priority = pr < 2 ? QStringLiteral("HIGH") : pr < 7 ? QStringLiteral("MEDIUM") : QStringLiteral("LOW");
            const int ss = rng.bounded(100);
            QString syncState = fromApp ? (ss < 50 ? QStringLiteral("pending") : ss < 75 ? QStringLiteral("failed") : QStringLiteral("not_synced"))
                                        : (ss < 94 ? QStringLiteral("synced") : ss < 97 ? QStringLiteral("pending") : QStringLiteral("failed"));
            // Older work orders first, so ids follow creation time as they do after a sync.
            const QDateTime created = now.addSecs(-spanSecs * (count - done) / std::max<qint64>(1, count) - rng.bounded(3 * 86400));
            const QDateTime updated = created.addSecs(rng.bounded(86400 * 5));
            const bool completed = status == QLatin1String("Completed") || status == QLatin1String("Closed");
            const auto &people = residentsOfUnit.value(u.id);
            const bool hasResident = !people.isEmpty() && rng.bounded(4) != 0;
            const auto person = hasResident ? people.at(rng.bounded(int(people.size()))) : std::make_pair(qint64(0), QString());
            const QString requester = hasResident ? person.second.section(QLatin1Char('|'), 0, 0) : QStringLiteral("Maintenance staff");
            ++number;
            const QVariantList values = {
                connectionId,
                fromApp && syncState != QLatin1String("synced") ? nullInt : QVariant(++pmsId),
                number,
                fromApp ? QStringLiteral("app") : QStringLiteral("pms"),
                u.pmsPropertyId ? QVariant(u.pmsPropertyId) : nullInt,
                u.pmsId ? QVariant(u.pmsId) : nullInt,
                linked && u.propertyId ? QVariant(u.propertyId) : nullInt,
                linked && u.id ? QVariant(u.id) : nullInt,
                hasResident && linked ? QVariant(person.first) : nullInt,
                hasResident ? QVariant(person.second.section(QLatin1Char('|'), 1).toLongLong()) : nullInt,
                9000 + u.propertyId % 6,
                QStringLiteral("pms-bridge"),
                requester,
                status,
                priority,
                s(issue.category),
                QString(s(issue.text) + s(pick(rng, kLocations))),
                linked ? 1 : 0,
                syncState,
                syncState == QLatin1String("failed") ? QVariant(s(pick(rng, kFailures))) : nullText,
                iso(created),
                iso(updated),
                completed ? QVariant(iso(updated)) : nullText,
                QStringLiteral("{\"source\":\"Tenant portal\",\"authorizeEnter\":\"ANYTIME\"}"),
            };
            if (!withEvents) {
                bulk.add(values);
                continue;
            }
            for (int i = 0; i < values.size(); ++i)
                ins.bindValue(i, values.at(i));
            if (Status e = Database::exec(ins, "seed work order"); !e.ok())
                return e;
            const qint64 wo = Database::returnedId(ins);
            QList<std::pair<QDateTime, std::pair<QString, QString>>> history;
            history.append({created, {QStringLiteral("created"), fromApp ? QObject::tr("Created in the app.")
                                                                         : QObject::tr("Imported from the PMS (managed by pms-bridge).")}});
            if (fromApp && syncState != QLatin1String("not_synced"))
                history.append({created.addSecs(40), {QStringLiteral("pushed"), QObject::tr("Sent to the PMS (POST /workorders).")}});
            if (syncState == QLatin1String("failed"))
                history.append({created.addSecs(95), {QStringLiteral("failed"), values.at(19).toString()}});
            if (completed)
                history.append({updated, {QStringLiteral("completed"), QObject::tr("Marked %1 in the PMS.").arg(status)}});
            for (const auto &h : history) {
                if (Status e = exec(event, {wo, iso(h.first), h.second.first, h.second.second}); !e.ok())
                    return e;
            }
        }
        if (Status e = bulk.run(); !e.ok())
            return e;
        if (Status e = tx.commit(); !e.ok())
            return e;
    }
    return {};
}

Status TestDataSeeder::touchWorkOrders(Database &db, qint64 connectionId, int count, quint32 seed, const QDateTime &nowIn)
{
    QRandomGenerator rng(seed);
    const QDateTime now = nowIn.isValid() ? nowIn.toUTC() : Clock::instance()->nowUtc();
    qint64 lo = 0, hi = 0;
    {
        QSqlQuery &q = db.prepare(QStringLiteral("SELECT min(id), max(id) FROM work_orders"));
        if (Status st = Database::exec(q); !st.ok())
            return st;
        if (!q.next() || q.value(0).isNull())
            return {};
        lo = q.value(0).toLongLong();
        hi = q.value(1).toLongLong();
    }
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    QSqlQuery &up = db.prepare(QStringLiteral(
        "UPDATE work_orders SET status = ?, sync_state = ?, updated_at = ? WHERE id = ? AND connection_id = ?"));
    const QStringList statuses = {QStringLiteral("Open"), QStringLiteral("In Progress"), QStringLiteral("Completed"), QStringLiteral("Closed")};
    const QStringList states = {QStringLiteral("synced"), QStringLiteral("synced"), QStringLiteral("synced"), QStringLiteral("pending")};
    for (int i = 0; i < count; ++i) {
        if (Status st = exec(up, {statuses.at(rng.bounded(4)), states.at(rng.bounded(4)), iso(now),
                                  lo + qint64(rng.bounded(quint64(hi - lo + 1))), connectionId});
            !st.ok())
            return st;
    }
    return tx.commit();
}

} // namespace pms
