// The generated data (determinism, sizes, realistic mess) and the ways to change it between syncs:
// the C++ API and the /_sim control endpoints.
#include "SimHttp.h"
#include "sim/SimServerThread.h"

#include <QRegularExpression>
#include <QTest>

using namespace pms::sim;
using namespace pms::sim::test;

namespace {

SimOptions options(quint64 seed, Scale scale = Scale::Tiny)
{
    SimOptions o;
    o.seed = seed;
    o.scale = scale;
    o.asOf = QDate(2025, 2, 1);
    return o;
}

const QList<Entity> Collections = { Entity::Portfolios, Entity::Buildings, Entity::Units, Entity::Leases,
    Entity::Contacts, Entity::WorkOrders, Entity::Vendors };

} // namespace

class TestSimData : public QObject
{
    Q_OBJECT

private:
    pms::ManualClock m_clock { QDateTime(QDate(2025, 2, 1), QTime(10, 0), Qt::UTC) };

private Q_SLOTS:
    void sameSeedSameBytes_data()
    {
        QTest::addColumn<int>("scale");
        QTest::newRow("tiny") << int(Scale::Tiny);
        QTest::newRow("small") << int(Scale::Small);
    }
    void sameSeedSameBytes()
    {
        QFETCH(int, scale);
        SimServer a(options(42, Scale(scale))), b(options(42, Scale(scale))), c(options(43, Scale(scale)));
        for (SimServer *s : { &a, &b, &c }) {
            s->data().setClock(&m_clock);
            QVERIFY(s->listen() != 0);
        }
        SimHttp ha(a), hb(b), hc(c);
        for (Entity e : Collections) {
            const QString path = QLatin1Char('/') + entityName(e);
            const QByteArray ja = a.data().collectionJson(e), jb = b.data().collectionJson(e);
            QCOMPARE(ja, jb);
            QVERIFY2(ja != c.data().collectionJson(e), qPrintable(path));
            // The same over HTTP, page by page.
            for (int offset = 0; offset < 600; offset += 500) {
                const QString q = QStringLiteral("includeDeactivated=true&limit=500&offset=%1").arg(offset);
                const HttpResult ra = ha.get(path, q), rb = hb.get(path, q), rc = hc.get(path, q);
                QCOMPARE(ra.status, 200);
                QCOMPARE(ra.body, rb.body);
                if (offset == 0)
                    QVERIFY(ra.body != rc.body);
            }
        }
    }

    void sizes()
    {
        SimDataset tiny(options(1, Scale::Tiny));
        QCOMPARE(tiny.count(Entity::Units), 30);
        QCOMPARE(tiny.count(Entity::Leases), 30);
        SimDataset small(options(1, Scale::Small));
        QCOMPARE(small.count(Entity::Units), 500);
        QVERIFY(small.count(Entity::Contacts) > 800);
        QCOMPARE(small.count(Entity::WorkOrders), 2000);
    }

    void largeScale()
    {
        QElapsedTimer t;
        t.start();
        SimDataset large(options(1, Scale::Large));
        qInfo() << "large scale generated in" << t.elapsed() << "ms";
        QCOMPARE(large.count(Entity::Portfolios), 100);
        QCOMPARE(large.count(Entity::Buildings), 2000);
        QCOMPARE(large.count(Entity::Units), 50000);
        QCOMPARE(large.count(Entity::Leases), 50000);
        QCOMPARE(large.count(Entity::WorkOrders), 200000);
        const int contacts = large.count(Entity::Contacts);
        QVERIFY2(contacts > 85000 && contacts < 95000, qPrintable(QString::number(contacts)));
        const auto [active, bridge, orphans] = large.read([](const SimStore &s) {
            int a = 0, b = 0, o = 0;
            for (const SimLease &l : s.leases)
                a += l.active;
            for (const SimWorkOrder &w : s.workOrders) {
                b += w.managedBy == s.integration.name;
                o += w.unitId && !findById(s.units, w.unitId);
            }
            return std::tuple { a, b, o };
        });
        QVERIFY2(active > 33000 && active < 37000, qPrintable(QString::number(active))); // ~70 %
        QVERIFY2(bridge > 18000 && bridge < 22000, qPrintable(QString::number(bridge))); // ~10 %
        QVERIFY(orphans > 0); // a few point nowhere
    }

    void realisticMess()
    {
        SimDataset d(options(3, Scale::Small));
        d.read([](const SimStore &s) {
            static const QRegularExpression dashed(QStringLiteral("^\\d+-\\d\\d$")),
                hash(QStringLiteral("^#\\d+$")), apt(QStringLiteral("^Apt \\d+[A-Z]$"));
            bool hasDashed = false, hasHash = false, hasApt = false, nonAscii = false, blankEmail = false,
                 tenantRequested = false, staffManaged = false, unmanaged = false;
            for (const SimUnit &u : s.units) {
                hasDashed |= dashed.match(u.name).hasMatch();
                hasHash |= hash.match(u.name).hasMatch();
                hasApt |= apt.match(u.name).hasMatch();
            }
            QSet<QString> tenants;
            for (const SimContact &c : s.contacts) {
                for (QChar ch : QString(c.firstName + c.lastName))
                    nonAscii |= ch.unicode() > 127;
                blankEmail |= c.email.isEmpty();
                tenants.insert(c.firstName + QLatin1Char(' ') + c.lastName);
            }
            for (const SimWorkOrder &w : s.workOrders) {
                tenantRequested |= tenants.contains(w.requestedBy);
                staffManaged |= !w.managedBy.isEmpty() && w.managedBy != s.integration.name;
                unmanaged |= w.managedBy.isEmpty();
            }
            QVERIFY(hasDashed && hasHash && hasApt);
            QVERIFY(nonAscii);
            QVERIFY(blankEmail);
            QVERIFY(tenantRequested && staffManaged && unmanaged);
            for (const SimBuilding &b : s.buildings)
                QVERIFY(b.managerIndex >= 0);
        });
    }

    void changesMoveLastModified()
    {
        SimDataset d(options(5));
        d.setClock(&m_clock);
        m_clock.setNow(QDateTime(QDate(2025, 2, 3), QTime(7, 0), Qt::UTC));
        const qint64 now = m_clock.nowUtc().toSecsSinceEpoch();
        auto modifiedNow = [&](Entity e) {
            QList<qint64> out;
            d.read([&](const SimStore &s) {
                withRecords(s, e, [&](const auto &v) {
                    for (const auto &r : v)
                        if (r.stamp.modifiedAt == now)
                            out.append(r.id);
                });
            });
            return out;
        };
        const QList<qint64> touched = d.touch(Entity::Units, 3);
        QCOMPARE(touched.size(), 3);
        QCOMPARE(modifiedNow(Entity::Units), touched);
        // Same seed, same calls: same records.
        SimDataset twin(options(5));
        QCOMPARE(twin.touch(Entity::Units, 3), touched);

        const QList<qint64> renamed = d.rename(Entity::Buildings, 2);
        QCOMPARE(renamed.size(), 2);
        QCOMPARE(modifiedNow(Entity::Buildings), renamed);
        QVERIFY(d.renameRecord(Entity::Units, touched.first(), QStringLiteral("Apt 99Z")));
        QVERIFY(d.recordJson(Entity::Units, touched.first()).contains("\"name\":\"Apt 99Z\""));

        const int before = d.count(Entity::Units);
        const QList<qint64> deleted = d.deleteUnits(2);
        QCOMPARE(d.count(Entity::Units), before - 2);
        QVERIFY(d.recordJson(Entity::Units, deleted.first()).isEmpty());

        const QList<qint64> deactivated = d.deactivateUnits(2);
        QCOMPARE(deactivated.size(), 2);
        QVERIFY(d.recordJson(Entity::Units, deactivated.first()).contains("\"active\":false"));

        const QList<qint64> added = d.addUnits(3);
        QCOMPARE(d.count(Entity::Units), before + 1);
        QVERIFY(added.first() > deleted.last());

        const QList<qint64> orders = d.addWorkOrders(4);
        QCOMPARE(orders.size(), 4);
        QVERIFY(d.recordJson(Entity::WorkOrders, orders.first()).contains("\"managedBy\":\"PMS Bridge\""));
        QVERIFY(d.recordJson(Entity::WorkOrders, d.addWorkOrders(1, QStringLiteral("Someone Else")).first())
                    .contains("\"managedBy\":\"Someone Else\""));

        // Move a lease to a vacant unit: the lease, the old and the new unit change.
        const auto [lease, from, to] = d.read([](const SimStore &s) {
            const SimLease *l = nullptr;
            for (const SimLease &x : s.leases)
                if (x.active && findById(s.units, x.unitId)) {
                    l = &x;
                    break;
                }
            const SimUnit *vacant = nullptr;
            for (const SimUnit &u : s.units)
                if (u.active && !u.leaseId && u.buildingId != l->buildingId)
                    vacant = &u;
            return std::tuple { l->id, l->unitId, vacant->id };
        });
        QVERIFY(d.moveLease(lease, to));
        d.read([&](const SimStore &s) {
            const SimLease *l = findById(s.leases, lease);
            QCOMPARE(l->unitId, to);
            QCOMPARE(l->buildingId, findById(s.units, to)->buildingId);
            QCOMPARE(findById(s.units, to)->leaseId, lease);
            QCOMPARE(findById(s.units, from)->leaseId, qint64(0));
            QCOMPARE(l->stamp.modifiedAt, now);
        });
        QVERIFY(!d.moveLease(lease, to));
        QCOMPARE(d.moveLeases(2).size(), 2);
    }

    void controlEndpoints()
    {
        SimServer server(options(9));
        server.data().setClock(&m_clock);
        QVERIFY(server.listen() != 0);
        SimHttp http(server);
        m_clock.setNow(QDateTime(QDate(2025, 2, 4), QTime(6, 0), Qt::UTC));

        HttpResult r = http.control("POST", QStringLiteral("/touch"), QStringLiteral("entity=units&count=4"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object()[QLatin1String("count")].toInt(), 4);
        const QJsonArray touched = r.object()[QLatin1String("ids")].toArray();
        const HttpResult changed = http.get(QStringLiteral("/units"),
            QStringLiteral("lastModifiedDateTimeStart=2025-02-04T06:00:00Z&includeDeactivated=true"));
        QCOMPARE(changed.array().size(), touched.size());

        r = http.control(
            "POST", QStringLiteral("/touch"), QStringLiteral("entity=workorders&ids=8000001,8000002"));
        QCOMPARE(r.object()[QLatin1String("count")].toInt(), 2);
        r = http.control("POST", QStringLiteral("/rename"), QStringLiteral("entity=contacts&count=2"));
        QCOMPARE(r.object()[QLatin1String("count")].toInt(), 2);
        r = http.control("POST", QStringLiteral("/rename"),
            QStringLiteral("entity=units&id=%1&name=%23777").arg(touched.first().toInteger()));
        QCOMPARE(r.status, 200);
        QCOMPARE(http.get(QStringLiteral("/units/%1").arg(touched.first().toInteger()))
                     .object()[QLatin1String("name")]
                     .toString(),
            QStringLiteral("#777"));
        r = http.control("POST", QStringLiteral("/move-lease"), QStringLiteral("count=1"));
        QCOMPARE(r.object()[QLatin1String("count")].toInt(), 1);
        const int units = server.data().count(Entity::Units);
        r = http.control("POST", QStringLiteral("/delete-units"), QStringLiteral("count=2"));
        QCOMPARE(server.data().count(Entity::Units), units - 2);
        r = http.control("POST", QStringLiteral("/deactivate-units"), QStringLiteral("count=1"));
        QCOMPARE(r.object()[QLatin1String("count")].toInt(), 1);
        r = http.control("POST", QStringLiteral("/add-units"), QStringLiteral("count=3"));
        QCOMPARE(server.data().count(Entity::Units), units + 1);
        r = http.control("POST", QStringLiteral("/add-workorders"), QStringLiteral("count=2"));
        QCOMPARE(r.object()[QLatin1String("ids")].toArray().size(), 2);
        r = http.control("POST", QStringLiteral("/clock"), QStringLiteral("now=2030-01-01T00:00:00Z"));
        QCOMPARE(r.object()[QLatin1String("now")].toString(), QStringLiteral("2030-01-01T00:00:00Z"));
        r = http.control("POST", QStringLiteral("/clock"), QStringLiteral("advance=60"));
        QCOMPARE(r.object()[QLatin1String("now")].toString(), QStringLiteral("2030-01-01T00:01:00Z"));
        r = http.control("GET", QStringLiteral("/state"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object()[QLatin1String("seed")].toInt(), 9);
        QCOMPARE(r.object()[QLatin1String("counts")].toObject()[QLatin1String("units")].toInt(), units + 1);
        QCOMPARE(r.object()[QLatin1String("baseUrl")].toString(), server.baseUrl().toString());
        QCOMPARE(
            http.control("POST", QStringLiteral("/touch"), QStringLiteral("entity=garages")).status, 400);
        QCOMPARE(http.control("POST", QStringLiteral("/nothing")).status, 404);
        QCOMPARE(http.control("POST", QStringLiteral("/reset")).status, 200);
        QCOMPARE(server.data().count(Entity::Units), 30);
    }

    void liveChangesSomething()
    {
        SimServer server(options(11));
        server.data().setClock(&m_clock);
        const quint64 v = server.data().version();
        const int orders = server.data().count(Entity::WorkOrders);
        server.liveTick();
        QVERIFY(server.data().version() > v);
        QCOMPARE(server.data().count(Entity::WorkOrders), orders + 1);
    }

    void serverInItsOwnThread()
    {
        SimServerThread thread(options(1));
        const QUrl base = thread.start();
        QVERIFY(base.isValid() && !base.isEmpty());
        SimHttp http(thread.server());
        const HttpResult r = http.get(QStringLiteral("/units"));
        QCOMPARE(r.status, 200);
        const qint64 active = thread.server().data().read([](const SimStore &s) {
            return std::count_if(s.units.begin(), s.units.end(), [](const SimUnit &u) { return u.active; });
        });
        QCOMPARE(r.totalCount(), active);
        thread.server().data().deleteUnits(1);
        QCOMPARE(
            http.get(QStringLiteral("/units"), QStringLiteral("includeDeactivated=true")).totalCount(), 29);
    }
};

QTEST_GUILESS_MAIN(TestSimData)
#include "tst_simdata.moc"
