// Authentication, GET by id, error bodies, and the writing endpoints (work orders, tasks, comments,
// multipart documents), over loopback HTTP.
#include "SimHttp.h"

#include <QCryptographicHash>
#include <QTest>

using namespace pms::sim;
using namespace pms::sim::test;

class TestSimApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimServer> m_server;
    std::unique_ptr<SimHttp> m_http;
    pms::ManualClock m_clock { QDateTime(QDate(2025, 5, 10), QTime(8, 0), Qt::UTC) };

    static void checkErrorResponse(const HttpResult &r, int status)
    {
        QCOMPARE(r.status, status);
        QVERIFY(r.contentType.startsWith("application/json"));
        const QJsonObject o = r.object();
        QVERIFY2(o.value(QLatin1String("errorCode")).isString(), r.body.constData());
        QVERIFY(o.value(QLatin1String("userMessage")).isString());
        const QJsonArray errors = o.value(QLatin1String("errors")).toArray();
        QVERIFY(!errors.isEmpty());
        for (const QJsonValue &e : errors) {
            QVERIFY(e.toObject().value(QLatin1String("key")).isString());
            QVERIFY(e.toObject().value(QLatin1String("message")).isString());
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        SimOptions o;
        o.asOf = QDate(2025, 5, 10);
        m_server = std::make_unique<SimServer>(o);
        m_server->data().setClock(&m_clock);
        QVERIFY(m_server->listen() != 0);
        QCOMPARE(m_server->baseUrl().toString(),
            QStringLiteral("http://127.0.0.1:%1/pw/api/rest/v1").arg(m_server->port()));
        m_http = std::make_unique<SimHttp>(*m_server);
    }

    void health()
    {
        const HttpResult r = m_http->get(QStringLiteral("/health"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QLatin1String("statusCode")).toString(), QStringLiteral("200"));
    }

    void authFailures_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("system");
        QTest::addColumn<bool>("sendHeaders");
        QTest::addColumn<QString>("key");
        QTest::newRow("no headers") << ""
                                    << ""
                                    << "" << false << "x-propertyware-client-id";
        QTest::newRow("missing secret") << "demo-client"
                                        << ""
                                        << "1001" << true << "x-propertyware-client-secret";
        QTest::newRow("missing system id") << "demo-client"
                                           << "demo-secret"
                                           << "" << true << "x-propertyware-system-id";
        QTest::newRow("wrong secret") << "demo-client"
                                      << "guess"
                                      << "1001" << true << "x-propertyware-client-secret";
        QTest::newRow("wrong client id") << "someone"
                                         << "demo-secret"
                                         << "1001" << true << "x-propertyware-client-secret";
        QTest::newRow("wrong system id") << "demo-client"
                                         << "demo-secret"
                                         << "2002" << true << "x-propertyware-system-id";
    }
    void authFailures()
    {
        QFETCH(QString, id);
        QFETCH(QString, secret);
        QFETCH(QString, system);
        QFETCH(bool, sendHeaders);
        QFETCH(QString, key);
        SimHttp http(*m_server);
        http.setAuth(sendHeaders);
        http.setCredentials(id, secret, system);
        for (const QString &path :
            { QStringLiteral("/health"), QStringLiteral("/units"), QStringLiteral("/workorders/1") }) {
            const HttpResult r = http.get(path);
            checkErrorResponse(r, 401);
            QCOMPARE(r.object().value(QLatin1String("errorCode")).toString(), QStringLiteral("UNAUTHORIZED"));
            QCOMPARE(r.errorKey(), key);
        }
        const HttpResult post = http.sendJson("POST", QStringLiteral("/workorders"), R"({"buildingID":1})");
        checkErrorResponse(post, 401);
    }

    void getById_data()
    {
        QTest::addColumn<int>("entity");
        for (Entity e : { Entity::Portfolios, Entity::Buildings, Entity::Units, Entity::Leases,
                 Entity::Contacts, Entity::WorkOrders, Entity::Vendors })
            QTest::newRow(qPrintable(entityName(e))) << int(e);
    }
    void getById()
    {
        QFETCH(int, entity);
        const Entity e = Entity(entity);
        const QString path = QLatin1Char('/') + entityName(e);
        const qint64 id = m_server->data().ids(e).last();
        HttpResult r = m_http->get(path + QLatin1Char('/') + QString::number(id));
        QCOMPARE(r.status, 200);
        QCOMPARE(qint64(r.object().value(QLatin1String("id")).toDouble()), id);
        QCOMPARE(r.body, m_server->data().recordJson(e, id));
        checkErrorResponse(m_http->get(path + QStringLiteral("/42")), 404);
        checkErrorResponse(m_http->get(path + QStringLiteral("/abc")), 400);
    }

    void unknownPathsAndMethods()
    {
        checkErrorResponse(m_http->get(QStringLiteral("/nothing")), 404);
        checkErrorResponse(m_http->get(QStringLiteral("/units/1/extra/bits")), 404);
        checkErrorResponse(m_http->sendJson("DELETE", QStringLiteral("/units/1000001"), {}), 405);
        checkErrorResponse(m_http->sendJson("PUT", QStringLiteral("/health"), "{}"), 405);
    }

    void leasesCarryContacts()
    {
        const QJsonArray leases = m_http->all(QStringLiteral("/leases"));
        QVERIFY(!leases.isEmpty());
        int active = 0;
        for (const QJsonValue &v : leases) {
            const QJsonObject l = v.toObject();
            const QJsonArray contacts = l[QLatin1String("contacts")].toArray();
            QVERIFY(contacts.size() >= 1 && contacts.size() <= 3);
            QVERIFY(contacts.first().toObject()[QLatin1String("primary")].toBool());
            active += l[QLatin1String("active")].toBool();
            // The same person is a Contact of type TENANT.
            const qint64 cid = qint64(contacts.first().toObject()[QLatin1String("id")].toDouble());
            const HttpResult c = m_http->get(QStringLiteral("/contacts/%1").arg(cid));
            QCOMPARE(c.status, 200);
            QCOMPARE(c.object()[QLatin1String("type")].toString(), QStringLiteral("TENANT"));
            QCOMPARE(c.object()[QLatin1String("lastName")],
                contacts.first().toObject()[QLatin1String("lastName")]);
        }
        QVERIFY(active > 0 && active < leases.size());
    }

    void integrationUserIsAPropertyManager()
    {
        const QJsonArray buildings
            = m_http->all(QStringLiteral("/buildings"), QStringLiteral("includeDeactivated=true"));
        int withBridge = 0;
        for (const QJsonValue &v : buildings) {
            const QJsonArray managers = v.toObject()[QLatin1String("propertyManagerList")].toArray();
            QVERIFY(!managers.isEmpty());
            for (const QJsonValue &m : managers) {
                const QJsonObject pm = m.toObject();
                QVERIFY(pm[QLatin1String("userID")].isDouble());
                QVERIFY(pm[QLatin1String("email")].toString().contains(QLatin1Char('@')));
                if (pm[QLatin1String("name")].toString() == QLatin1String("PMS Bridge")) {
                    QCOMPARE(
                        pm[QLatin1String("email")].toString(), QStringLiteral("bridge@pmsbridge.example"));
                    ++withBridge;
                }
            }
        }
        QVERIFY(withBridge >= 1);
        // ~10 % of the work orders are managed by the integration user.
        const QJsonArray orders = m_http->all(QStringLiteral("/workorders"));
        QVERIFY(std::any_of(orders.begin(), orders.end(), [](const QJsonValue &v) {
            return v.toObject()[QLatin1String("managedBy")].toString() == QLatin1String("PMS Bridge");
        }));
    }

    void createWorkOrder()
    {
        const qint64 unit = m_server->data().ids(Entity::Units).first();
        const qint64 building = m_server->data().read(
            [unit](const SimStore &s) { return findById(s.units, unit)->buildingId; });
        const qint64 tenant = m_server->data().ids(Entity::Contacts).first();
        const QByteArray body
            = QStringLiteral(R"({"buildingID":%1,"unitIDs":[%2],"description":"Dripping tap — kitchen",
            "priority":"HIGH","requestedBy":%3,"category":"Plumbing","startDate":"2025-05-11","publishToTenantPortal":true})")
                  .arg(building)
                  .arg(unit)
                  .arg(tenant)
                  .toUtf8();
        const HttpResult r = m_http->sendJson("POST", QStringLiteral("/workorders"), body);
        QCOMPARE(r.status, 201);
        const QJsonObject w = r.object();
        QVERIFY(w[QLatin1String("id")].toDouble() > 0);
        QCOMPARE(qint64(w[QLatin1String("buildingID")].toDouble()), building);
        QCOMPARE(qint64(w[QLatin1String("unitID")].toDouble()), unit);
        QCOMPARE(w[QLatin1String("description")].toString(), QStringLiteral("Dripping tap — kitchen"));
        QCOMPARE(w[QLatin1String("priority")].toString(), QStringLiteral("HIGH"));
        QCOMPARE(w[QLatin1String("status")].toString(), QStringLiteral("Open"));
        QCOMPARE(w[QLatin1String("managedBy")].toString(), QStringLiteral("PMS Bridge"));
        QCOMPARE(w[QLatin1String("startDate")].toString(), QStringLiteral("2025-05-11"));
        QCOMPARE(w[QLatin1String("lastModifiedDateTime")].toString(), QStringLiteral("2025-05-10T08:00:00Z"));
        QVERIFY(!w[QLatin1String("requestedBy")].toString().isEmpty());
        // It is listed and readable.
        const qint64 id = qint64(w[QLatin1String("id")].toDouble());
        QCOMPARE(m_http->get(QStringLiteral("/workorders/%1").arg(id)).status, 200);
        QVERIFY(m_http
                    ->get(QStringLiteral("/workorders"),
                        QStringLiteral("lastModifiedDateTimeStart=2025-05-10T08:00:00Z"))
                    .ids()
                    .contains(id));
    }

    void createWorkOrderErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("key");
        QTest::newRow("no building") << QByteArray(R"({"description":"x"})") << QByteArray("application/json")
                                     << 400 << "buildingID";
        QTest::newRow("unknown building")
            << QByteArray(R"({"buildingID":5})") << QByteArray("application/json") << 400 << "buildingID";
        QTest::newRow("building as text")
            << QByteArray(R"({"buildingID":"x"})") << QByteArray("application/json") << 400 << "buildingID";
        QTest::newRow("bad priority") << QByteArray(R"({"buildingID":200001,"priority":"URGENT"})")
                                      << QByteArray("application/json") << 400 << "priority";
        QTest::newRow("bad date") << QByteArray(R"({"buildingID":200001,"startDate":"11/05/2025"})")
                                  << QByteArray("application/json") << 400 << "startDate";
        QTest::newRow("foreign unit") << QByteArray(R"({"buildingID":200001,"unitIDs":[1]})")
                                      << QByteArray("application/json") << 400 << "unitIDs";
        QTest::newRow("not json") << QByteArray("buildingID=1") << QByteArray("application/json") << 400
                                  << "body";
        QTest::newRow("form content type")
            << QByteArray("{}") << QByteArray("application/x-www-form-urlencoded") << 415 << "Content-Type";
    }
    void createWorkOrderErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        QFETCH(QString, key);
        const HttpResult r = m_http->sendJson("POST", QStringLiteral("/workorders"), body, contentType);
        checkErrorResponse(r, status);
        QCOMPARE(r.errorKey(), key);
    }

    void closeWorkOrder()
    {
        const qint64 id = m_server->data().ids(Entity::WorkOrders).at(3);
        const HttpResult r = m_http->sendJson("PUT", QStringLiteral("/workorders/closeworkorder/%1").arg(id),
            R"({"completedDate":"2025-05-09","comments":"Replaced washer","timeCardEntry":[]})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object()[QLatin1String("statusCode")].toString(), QStringLiteral("200"));
        const QJsonObject w = r.object()[QLatin1String("body")].toObject();
        QCOMPARE(qint64(w[QLatin1String("id")].toDouble()), id);
        QCOMPARE(w[QLatin1String("status")].toString(), QStringLiteral("Completed"));
        QCOMPARE(w[QLatin1String("completedDate")].toString(), QStringLiteral("2025-05-09"));
        QCOMPARE(m_http->get(QStringLiteral("/workorders/%1").arg(id))
                     .object()[QLatin1String("status")]
                     .toString(),
            QStringLiteral("Completed"));
        checkErrorResponse(
            m_http->sendJson("PUT", QStringLiteral("/workorders/closeworkorder/77"), "{}"), 404);
        checkErrorResponse(m_http->sendJson("PUT", QStringLiteral("/workorders/closeworkorder/%1").arg(id),
                               R"({"completedDate":"soon"})"),
            400);
    }

    void tasksAndComments()
    {
        const qint64 id = m_server->data().ids(Entity::WorkOrders).at(5);
        HttpResult r = m_http->sendJson("POST", QStringLiteral("/workorders/%1/tasks").arg(id),
            R"({"description":"Order part","dueDate":"2025-05-20","starred":true,"tags":"parts"})");
        QCOMPARE(r.status, 201);
        const QJsonObject task = r.object();
        const qint64 taskId = qint64(task[QLatin1String("id")].toDouble());
        QVERIFY(taskId > 0);
        QCOMPARE(task[QLatin1String("description")].toString(), QStringLiteral("Order part"));
        QCOMPARE(task[QLatin1String("dueDate")].toString(), QStringLiteral("2025-05-20"));
        QCOMPARE(task[QLatin1String("starred")].toBool(), true);
        QCOMPARE(task[QLatin1String("completed")].toBool(), false);
        r = m_http->get(QStringLiteral("/workorders/%1/tasks").arg(id));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.ids(), QList<qint64> { taskId });

        r = m_http->sendJson("POST", QStringLiteral("/workorders/%1/tasks/%2/comments").arg(id).arg(taskId),
            R"({"text":"Tenant says thanks 👍"})");
        QCOMPARE(r.status, 201);
        QCOMPARE(
            qint64(r.object()[QLatin1String("id")].toDouble()), taskId); // the OpenAPI file answers the Task
        const QString stored = m_server->data().read(
            [taskId](const SimStore &s) { return findById(s.tasks, taskId)->comments.front().text; });
        QCOMPARE(stored, QStringLiteral("Tenant says thanks 👍"));

        checkErrorResponse(
            m_http->sendJson("POST", QStringLiteral("/workorders/%1/tasks").arg(id), R"({"starred":true})"),
            400);
        checkErrorResponse(
            m_http->sendJson("POST", QStringLiteral("/workorders/9/tasks"), R"({"description":"x"})"), 404);
        checkErrorResponse(m_http->sendJson("POST",
                               QStringLiteral("/workorders/%1/tasks/99/comments").arg(id), R"({"text":"x"})"),
            404);
        checkErrorResponse(
            m_http->sendJson("POST", QStringLiteral("/workorders/%1/tasks/%2/comments").arg(id).arg(taskId),
                R"({"text":""})"),
            400);
    }

    void uploadDocument()
    {
        const qint64 id = m_server->data().ids(Entity::WorkOrders).at(7);
        QByteArray photo(150000, '\0');
        for (int i = 0; i < photo.size(); ++i)
            photo[i] = char((i * 7919) & 0xff); // binary, with CRLF and boundary-like bytes somewhere
        photo.replace(1000, 6, "\r\n--\r\n");
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("entityType"), QStringLiteral("Work Order"));
        q.addQueryItem(QStringLiteral("entityId"), QString::number(id));
        q.addQueryItem(QStringLiteral("publishToTenantPortal"), QStringLiteral("true"));
        const HttpResult r
            = m_http->postFile(QStringLiteral("/docs"), q, photo, QStringLiteral("leak photo.jpg"));
        QCOMPARE(r.status, 201);
        const QJsonObject d = r.object();
        QCOMPARE(d[QLatin1String("entityType")].toString(), QStringLiteral("WORK_ORDER"));
        QCOMPARE(qint64(d[QLatin1String("entityId")].toDouble()), id);
        QCOMPARE(d[QLatin1String("fileName")].toString(), QStringLiteral("leak photo.jpg"));
        QCOMPARE(d[QLatin1String("fileType")].toString(), QStringLiteral("JPG"));
        QCOMPARE(d[QLatin1String("publishToTenantPortal")].toBool(), true);
        const qint64 docId = qint64(d[QLatin1String("id")].toDouble());
        const auto stored
            = m_server->data().read([docId](const SimStore &s) { return *findById(s.documents, docId); });
        QCOMPARE(stored.size, qint64(photo.size()));
        QCOMPARE(stored.sha256, QCryptographicHash::hash(photo, QCryptographicHash::Sha256).toHex());
        QCOMPARE(m_http->get(QStringLiteral("/docs")).ids(), QList<qint64> { docId });

        QUrlQuery bad = q;
        bad.removeAllQueryItems(QStringLiteral("entityType"));
        checkErrorResponse(m_http->postFile(QStringLiteral("/docs"), bad, "x", QStringLiteral("a.txt")), 400);
        bad = q;
        bad.removeAllQueryItems(QStringLiteral("entityId"));
        checkErrorResponse(m_http->postFile(QStringLiteral("/docs"), bad, "x", QStringLiteral("a.txt")), 400);
        bad = q;
        bad.removeAllQueryItems(QStringLiteral("entityType"));
        bad.addQueryItem(QStringLiteral("entityType"), QStringLiteral("Spaceship"));
        checkErrorResponse(m_http->postFile(QStringLiteral("/docs"), bad, "x", QStringLiteral("a.txt")), 400);
        bad = q;
        bad.removeAllQueryItems(QStringLiteral("entityId"));
        bad.addQueryItem(QStringLiteral("entityId"), QStringLiteral("3"));
        checkErrorResponse(m_http->postFile(QStringLiteral("/docs"), bad, "x", QStringLiteral("a.txt")), 404);
        checkErrorResponse(
            m_http->postFile(QStringLiteral("/docs"), q, "x", QStringLiteral("a.txt"), "attachment"), 400);
        checkErrorResponse(
            m_http->sendJson("POST", QStringLiteral("/docs?entityType=WORK_ORDER&entityId=%1").arg(id), "{}"),
            415);
    }
};

QTEST_GUILESS_MAIN(TestSimApi)
#include "tst_simapi.moc"
