// Paging, filters and orderby of every collection, over loopback HTTP.
#include "SimHttp.h"

#include <QDateTime>
#include <QTest>

using namespace pms::sim;
using namespace pms::sim::test;

class TestSimPaging : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimServer> m_server;
    std::unique_ptr<SimHttp> m_http;
    pms::ManualClock m_clock { QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC) };

    void collections()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("entity");
        for (Entity e : { Entity::Portfolios, Entity::Buildings, Entity::Units, Entity::Leases,
                 Entity::Contacts, Entity::WorkOrders, Entity::Vendors })
            QTest::newRow(qPrintable(entityName(e))) << QLatin1Char('/') + entityName(e) << int(e);
    }
    // What the API lists by default: active records only, for the collections that have includeDeactivated.
    QList<qint64> listedIds(Entity e)
    {
        return m_server->data().read([e](const SimStore &s) {
            QList<qint64> out;
            withRecords(s, e, [&](const auto &v) {
                for (const auto &r : v) {
                    if constexpr (requires { r.active; }) {
                        if ((e == Entity::Units || e == Entity::Buildings || e == Entity::Portfolios)
                            && !r.active)
                            continue;
                    }
                    out.append(r.id);
                }
            });
            return out;
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        SimOptions o;
        o.scale = Scale::Small;
        o.seed = 7;
        o.asOf = QDate(2025, 3, 1);
        m_server = std::make_unique<SimServer>(o);
        m_server->data().setClock(&m_clock);
        QVERIFY(m_server->listen() != 0);
        m_http = std::make_unique<SimHttp>(*m_server);
    }

    void defaultLimitAndTotal_data() { collections(); }
    void defaultLimitAndTotal()
    {
        QFETCH(QString, path);
        QFETCH(int, entity);
        const QList<qint64> expected = listedIds(Entity(entity));
        const HttpResult r = m_http->get(path);
        QCOMPARE(r.status, 200);
        QVERIFY(r.contentType.startsWith("application/json"));
        QCOMPARE(r.totalCount(), qint64(expected.size()));
        QCOMPARE(r.ids(), expected.mid(0, 100)); // default limit 100, default order id
    }

    void limitClampAndOffsets_data() { collections(); }
    void limitClampAndOffsets()
    {
        QFETCH(QString, path);
        QFETCH(int, entity);
        const QList<qint64> expected = listedIds(Entity(entity));
        HttpResult r = m_http->get(path, QStringLiteral("limit=100000"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.ids(), expected.mid(0, 500)); // cut to 500
        r = m_http->get(path, QStringLiteral("limit=3&offset=2"));
        QCOMPARE(r.ids(), expected.mid(2, 3));
        QCOMPARE(r.totalCount(), qint64(expected.size()));
        r = m_http->get(path, QStringLiteral("limit=1&offset=%1").arg(expected.size() - 1));
        QCOMPARE(r.ids(), expected.mid(expected.size() - 1));
        r = m_http->get(path, QStringLiteral("offset=%1").arg(expected.size() + 10)); // past the end
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("[]"));
        QCOMPARE(r.totalCount(), qint64(expected.size()));
        // Paging through everything gives every id once.
        QJsonArray all = m_http->all(path, {}, 137);
        QCOMPARE(qsizetype(all.size()), expected.size());
    }

    void badParameters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("key");
        QTest::newRow("limit 0") << "limit=0" << 400 << "limit";
        QTest::newRow("limit negative") << "limit=-5" << 400 << "limit";
        QTest::newRow("limit text") << "limit=ten" << 400 << "limit";
        QTest::newRow("offset negative") << "offset=-1" << 400 << "offset";
        QTest::newRow("offset text") << "offset=x" << 400 << "offset";
        QTest::newRow("date-time") << "lastModifiedDateTimeStart=yesterday" << 400
                                   << "lastModifiedDateTimeStart";
        QTest::newRow("date-time end")
            << "lastModifiedDateTimeEnd=2024-13-01T00:00:00Z" << 400 << "lastModifiedDateTimeEnd";
        QTest::newRow("orderby property") << "orderby=colour" << 400 << "orderby";
        QTest::newRow("orderby direction") << "orderby=name%20up" << 400 << "orderby";
        QTest::newRow("includeDeactivated") << "includeDeactivated=yes" << 400 << "includeDeactivated";
        QTest::newRow("buildingID") << "buildingID=abc" << 400 << "buildingID";
        QTest::newRow("Limit (case)") << "Limit=5" << 404 << "Limit";
        QTest::newRow("OFFSET (case)") << "OFFSET=5" << 404 << "OFFSET";
    }
    void badParameters()
    {
        QFETCH(QString, query);
        QFETCH(int, status);
        QFETCH(QString, key);
        const HttpResult r = m_http->get(QStringLiteral("/units"), query);
        QCOMPARE(r.status, status);
        const QJsonObject o = r.object();
        QVERIFY(o.value(QLatin1String("errorCode")).isString());
        QVERIFY(o.value(QLatin1String("userMessage")).isString());
        QCOMPARE(r.errorKey(), key);
        QVERIFY(!o.value(QLatin1String("errors"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("message"))
                     .toString()
                     .isEmpty());
    }

    void lastModifiedWindow_data() { collections(); }
    void lastModifiedWindow()
    {
        QFETCH(QString, path);
        QFETCH(int, entity);
        const Entity e = Entity(entity);
        // Everything was generated before asOf; touching moves records to "now".
        m_clock.setNow(QDateTime(QDate(2025, 3, 2), QTime(9, 30, 15), Qt::UTC));
        QList<qint64> touched = m_server->data().touch(e, 4);
        if (e == Entity::Units || e == Entity::Buildings || e == Entity::Portfolios) {
            const QList<qint64> listed = listedIds(e);
            touched.erase(std::remove_if(touched.begin(), touched.end(),
                              [&](qint64 id) { return !listed.contains(id); }),
                touched.end());
        }
        HttpResult r = m_http->get(path, QStringLiteral("lastModifiedDateTimeStart=2025-03-02T09:30:15Z"));
        QCOMPARE(r.ids(), touched);
        QCOMPARE(r.totalCount(), qint64(touched.size()));
        // Inclusive at both ends, numeric offsets and milliseconds accepted.
        r = m_http->get(path,
            QStringLiteral("lastModifiedDateTimeStart=2025-03-02T11:30:15%2B02:00&lastModifiedDateTimeEnd="
                           "2025-03-02T09:30:15.000Z"));
        QCOMPARE(r.ids(), touched);
        r = m_http->get(path, QStringLiteral("lastModifiedDateTimeStart=2025-03-02T09:30:16Z"));
        QCOMPARE(r.ids(), QList<qint64>());
        // The end bound leaves the touched ones out.
        r = m_http->get(path, QStringLiteral("lastModifiedDateTimeEnd=2025-03-02T09:30:14Z&limit=500"));
        QCOMPARE(r.totalCount(), qint64(listedIds(e).size() - touched.size()));
        for (qint64 id : r.ids())
            QVERIFY(!touched.contains(id));
    }

    void includeDeactivated_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("entity");
        QTest::newRow("portfolios") << "/portfolios" << int(Entity::Portfolios);
        QTest::newRow("buildings") << "/buildings" << int(Entity::Buildings);
        QTest::newRow("units") << "/units" << int(Entity::Units);
    }
    void includeDeactivated()
    {
        QFETCH(QString, path);
        QFETCH(int, entity);
        const int all = m_server->data().count(Entity(entity));
        const qsizetype active = listedIds(Entity(entity)).size();
        QVERIFY2(active < all, "every scale has some deactivated records");
        HttpResult r = m_http->get(path, QStringLiteral("limit=500"));
        QCOMPARE(r.totalCount(), qint64(active));
        for (const QJsonValue &v : r.array())
            QVERIFY(v.toObject().value(QLatin1String("active")).toBool());
        r = m_http->get(path, QStringLiteral("includeDeactivated=true&limit=500"));
        QCOMPARE(r.totalCount(), qint64(all));
        r = m_http->get(path, QStringLiteral("includeDeactivated=false"));
        QCOMPARE(r.totalCount(), qint64(active));
    }

    void orderBy()
    {
        // name desc, properties case-insensitive
        HttpResult r
            = m_http->get(QStringLiteral("/buildings"), QStringLiteral("orderby=NAME%20desc&limit=500"));
        QCOMPARE(r.status, 200);
        const QJsonArray b = r.array();
        for (int i = 1; i < b.size(); ++i)
            QVERIFY(b[i - 1].toObject()[QLatin1String("name")].toString().toCaseFolded()
                >= b[i].toObject()[QLatin1String("name")].toString().toCaseFolded());
        // lastModifiedDateTime asc, id asc
        r = m_http->get(QStringLiteral("/workorders"),
            QStringLiteral("orderby=lastModifiedDateTime%20asc,id%20asc&limit=500"));
        QCOMPARE(r.status, 200);
        const QJsonArray w = r.array();
        QCOMPARE(w.size(), 500);
        for (int i = 1; i < w.size(); ++i) {
            const QDateTime a = QDateTime::fromString(
                w[i - 1].toObject()[QLatin1String("lastModifiedDateTime")].toString(), Qt::ISODate);
            const QDateTime c = QDateTime::fromString(
                w[i].toObject()[QLatin1String("lastModifiedDateTime")].toString(), Qt::ISODate);
            QVERIFY(a <= c);
            if (a == c)
                QVERIFY(w[i - 1].toObject()[QLatin1String("id")].toDouble()
                    < w[i].toObject()[QLatin1String("id")].toDouble());
        }
        // id desc
        r = m_http->get(QStringLiteral("/units"), QStringLiteral("orderby=id%20desc&limit=5"));
        QList<qint64> expected = listedIds(Entity::Units);
        std::reverse(expected.begin(), expected.end());
        QCOMPARE(r.ids(), expected.mid(0, 5));
        // Two keys, second breaks ties.
        r = m_http->get(QStringLiteral("/units"), QStringLiteral("orderby=buildingid,name&limit=500"));
        const QJsonArray u = r.array();
        for (int i = 1; i < u.size(); ++i) {
            const QJsonObject a = u[i - 1].toObject(), c = u[i].toObject();
            QVERIFY(a[QLatin1String("buildingID")].toDouble() <= c[QLatin1String("buildingID")].toDouble());
            if (a[QLatin1String("buildingID")] == c[QLatin1String("buildingID")])
                QVERIFY(a[QLatin1String("name")].toString().toCaseFolded()
                    <= c[QLatin1String("name")].toString().toCaseFolded());
        }
    }

    void otherFilters()
    {
        const qint64 building = m_server->data().ids(Entity::Buildings).first();
        HttpResult r
            = m_http->get(QStringLiteral("/units"), QStringLiteral("buildingID=%1&limit=500").arg(building));
        QVERIFY(r.totalCount() > 0);
        for (const QJsonValue &v : r.array())
            QCOMPARE(qint64(v.toObject()[QLatin1String("buildingID")].toDouble()), building);
        r = m_http->get(QStringLiteral("/leases"), QStringLiteral("status=Active&limit=500"));
        QVERIFY(r.totalCount() > 0);
        for (const QJsonValue &v : r.array())
            QCOMPARE(v.toObject()[QLatin1String("status")].toString(), QStringLiteral("Active"));
        r = m_http->get(QStringLiteral("/contacts"), QStringLiteral("type=OWNER"));
        QVERIFY(r.totalCount() > 0);
        for (const QJsonValue &v : r.array())
            QCOMPARE(v.toObject()[QLatin1String("type")].toString(), QStringLiteral("OWNER"));
        QCOMPARE(m_http->get(QStringLiteral("/contacts"), QStringLiteral("type=ALIEN")).status, 400);
        r = m_http->get(
            QStringLiteral("/workorders"), QStringLiteral("priority=HIGH&status=Completed&limit=500"));
        QVERIFY(r.totalCount() > 0);
        for (const QJsonValue &v : r.array()) {
            QCOMPARE(v.toObject()[QLatin1String("priority")].toString(), QStringLiteral("HIGH"));
            QCOMPARE(v.toObject()[QLatin1String("status")].toString(), QStringLiteral("Completed"));
        }
        const qint64 portfolio
            = m_server->data().read([](const SimStore &s) { return s.buildings.front().portfolioId; });
        r = m_http->get(QStringLiteral("/buildings"), QStringLiteral("portfolioID=%1").arg(portfolio));
        QVERIFY(r.totalCount() > 0);
        for (const QJsonValue &v : r.array())
            QCOMPARE(qint64(v.toObject()[QLatin1String("portfolioID")].toDouble()), portfolio);
        r = m_http->get(QStringLiteral("/leases"),
            QStringLiteral("startDateStart=2024-01-01&startDateEnd=2024-06-30&limit=500"));
        QVERIFY(r.totalCount() > 0);
        for (const QJsonValue &v : r.array()) {
            const QString d = v.toObject()[QLatin1String("startDate")].toString();
            QVERIFY2(d >= QLatin1String("2024-01-01") && d <= QLatin1String("2024-06-30"), qPrintable(d));
        }
        r = m_http->get(QStringLiteral("/units"), QStringLiteral("vacant=true&limit=500"));
        for (const QJsonValue &v : r.array())
            QCOMPARE(v.toObject()[QLatin1String("status")].toString(), QStringLiteral("Vacant"));
        r = m_http->get(QStringLiteral("/vendors"), QStringLiteral("active=false"));
        for (const QJsonValue &v : r.array())
            QCOMPARE(v.toObject()[QLatin1String("active")].toBool(), false);
    }
};

QTEST_GUILESS_MAIN(TestSimPaging)
#include "tst_simpaging.moc"
