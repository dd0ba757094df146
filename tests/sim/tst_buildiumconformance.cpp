// Conformance of the Buildium simulator: every field it emits, for every collection, one record by
// id, the written shapes (work order, task, upload ticket, file) and the error bodies, checked
// against the Buildium Open API file (a copy in tests/data/buildium, the same as
// ../shared/buildium/openapi.json): names exist in the schema, JSON types match, dates and
// date-times parse, enum values are allowed.
#include "OpenApiSchema.h"
#include "SimHttp.h"
#include "sim/buildium/BuildiumApi.h"

#include <QTest>

using namespace pms::sim;
using namespace pms::sim::test;

class TestBuildiumConformance : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimServer> m_server;
    std::unique_ptr<SimHttp> m_http;
    std::unique_ptr<SchemaChecker> m_schema;
    QJsonObject m_paths;

    void expectClean(SchemaChecker &c)
    {
        const QStringList errors = c.errors();
        QVERIFY2(errors.isEmpty(),
            qPrintable(QStringLiteral("%1 problems, first ones:\n").arg(errors.size())
                + errors.mid(0, 25).join(QLatin1Char('\n'))));
    }

    /// The schema of a path's answer: "#/components/schemas/X" (or an array of X) -> X.
    QString responseSchema(const QString &path, const QString &method, const QString &status)
    {
        const QJsonObject schema = m_paths.value(path)
                                       .toObject()
                                       .value(method)
                                       .toObject()
                                       .value(QLatin1String("responses"))
                                       .toObject()
                                       .value(status)
                                       .toObject()
                                       .value(QLatin1String("content"))
                                       .toObject()
                                       .value(QLatin1String("application/json"))
                                       .toObject()
                                       .value(QLatin1String("schema"))
                                       .toObject();
        const QString ref = schema.contains(QLatin1String("items"))
            ? schema.value(QLatin1String("items")).toObject().value(QLatin1String("$ref")).toString()
            : schema.value(QLatin1String("$ref")).toString();
        return ref.section(QLatin1Char('/'), -1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString path = findOpenApi(QStringLiteral("buildium"));
        QVERIFY2(!path.isEmpty(), "openapi.json not found in tests/data/buildium or shared/buildium");
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
        m_paths = doc.value(QLatin1String("paths")).toObject();
        const QJsonObject schemas
            = doc.value(QLatin1String("components")).toObject().value(QLatin1String("schemas")).toObject();
        QVERIFY(schemas.contains(QLatin1String("WorkOrderMessage")));
        m_schema = std::make_unique<SchemaChecker>(schemas);
        SimOptions o;
        o.pms = SimPms::Buildium;
        o.scale = Scale::Small;
        o.seed = 2024;
        m_server = std::make_unique<SimServer>(o);
        QVERIFY(m_server->listen() != 0);
        m_http = std::make_unique<SimHttp>(*m_server);
    }

    void collections_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expectedSchema");
        QTest::newRow("rentals") << "/v1/rentals" << "RentalMessage";
        QTest::newRow("units") << "/v1/rentals/units" << "RentalUnitMessage";
        QTest::newRow("leases") << "/v1/leases" << "LeaseMessage";
        QTest::newRow("tenants") << "/v1/leases/tenants" << "TenantMessage";
        QTest::newRow("tasks") << "/v1/tasks" << "AllTasksMessage";
        QTest::newRow("workorders") << "/v1/workorders" << "WorkOrderMessage";
        QTest::newRow("owners") << "/v1/rentals/owners" << "RentalOwnerMessage";
        QTest::newRow("vendors") << "/v1/vendors" << "VendorMessage";
        QTest::newRow("users") << "/v1/users" << "UserMessage";
    }
    void collections()
    {
        QFETCH(QString, path);
        QFETCH(QString, expectedSchema);
        // The schema comes from the file's own answer for the path, so the path is checked too.
        const QString schema = responseSchema(path, QStringLiteral("get"), QStringLiteral("200"));
        QCOMPARE(schema, expectedSchema);
        SchemaChecker c = *m_schema;
        const QJsonArray all = m_http->all(path, {}, 1000);
        QVERIFY(all.size() > 0);
        for (int i = 0; i < all.size(); ++i)
            c.check(all[i], schema, path + QStringLiteral("[%1]").arg(i));
        const qint64 id = qint64(all.last().toObject().value(QLatin1String("Id")).toDouble());
        QVERIFY(id > 0 && id <= std::numeric_limits<qint32>::max()); // the file's ids are int32
        const HttpResult one = m_http->get(path + QLatin1Char('/') + QString::number(id));
        QCOMPARE(one.status, 200);
        c.check(one.json().object(), schema, path + QStringLiteral("/{id}"));
        QVERIFY(c.fields() > all.size() * 4);
        expectClean(c);
    }

    void nestedShapesAppear()
    {
        const QJsonObject rental = m_http->get(QStringLiteral("/v1/rentals"), QStringLiteral("limit=1")).array().first().toObject();
        QVERIFY(rental[QLatin1String("Address")].isObject());
        QVERIFY(rental[QLatin1String("RentalManager")].isObject());
        const QJsonArray leases = m_http->get(QStringLiteral("/v1/leases"), QStringLiteral("leasestatuses=Active&limit=5")).array();
        QVERIFY(!leases.first().toObject()[QLatin1String("CurrentTenants")].toArray().isEmpty());
        QVERIFY(!leases.first().toObject()[QLatin1String("Tenants")].toArray().isEmpty());
        const QJsonArray tasks = m_http->get(QStringLiteral("/v1/tasks"), QStringLiteral("limit=200")).array();
        bool requester = false, assigned = false;
        for (const QJsonValue &t : tasks) {
            requester = requester || t.toObject()[QLatin1String("RequestedByUserEntity")].isObject();
            assigned = assigned || t.toObject()[QLatin1String("AssignedToUserId")].isDouble();
        }
        QVERIFY(requester);
        QVERIFY(assigned);
    }

    void writtenShapes()
    {
        SchemaChecker c = *m_schema;
        const qint64 unit = m_server->data().read([](const SimStore &st) {
            return std::find_if(st.units.begin(), st.units.end(), [](const SimUnit &u) { return u.active; })->id;
        });
        const qint64 building = m_server->data().read([unit](const SimStore &s) { return findById(s.units, unit)->buildingId; });
        const qint64 user = m_server->data().read([](const SimStore &s) { return s.integration.userId; });
        const QString vendor = QString::number(m_server->data().ids(Entity::Vendors).first());
        HttpResult r = m_http->sendJson("POST", QStringLiteral("/v1/workorders"),
            QStringLiteral(R"({"EntryAllowed":"Yes","VendorId":VENDOR,"WorkDetails":"Under the sink",
                "Task":{"Title":"Conformance","Priority":"High","Status":"New","PropertyId":%1,"UnitId":%2,"AssignedToUserId":%3}})")
                .arg(building)
                .arg(unit)
                .arg(user)
                .replace(QLatin1String("VENDOR"), vendor)
                .toUtf8());
        QVERIFY2(r.status == 201, r.body.constData());
        QVERIFY(!r.header("Location").isEmpty());
        c.check(r.object(), responseSchema(QStringLiteral("/v1/workorders"), QStringLiteral("post"), QStringLiteral("201")),
            QStringLiteral("POST /v1/workorders"));
        const qint64 wo = qint64(r.object()[QLatin1String("Id")].toDouble());
        const qint64 task = qint64(r.object()[QLatin1String("Task")].toObject()[QLatin1String("Id")].toDouble());

        r = m_http->sendJson("PUT", QStringLiteral("/v1/workorders/%1").arg(wo), QStringLiteral(R"({"EntryAllowed":"No","VendorId":%1})").arg(vendor).toUtf8());
        QCOMPARE(r.status, 200);
        c.check(r.object(), QStringLiteral("WorkOrderMessage"), QStringLiteral("PUT /v1/workorders/{id}"));

        r = m_http->sendJson("PUT", QStringLiteral("/v1/tasks/todorequests/%1").arg(task),
            QStringLiteral(R"({"Title":"Conformance","TaskStatus":"Completed","Priority":"High","AssignedToUserId":%1})").arg(user).toUtf8());
        QCOMPARE(r.status, 200);
        c.check(r.object(),
            responseSchema(QStringLiteral("/v1/tasks/todorequests/{toDoTaskId}"), QStringLiteral("put"), QStringLiteral("200")),
            QStringLiteral("PUT todorequests"));

        r = m_http->sendJson("POST", QStringLiteral("/v1/files/uploadrequests"),
            QStringLiteral(R"({"EntityType":"RentalUnit","EntityId":%1,"FileName":"photo.jpg","Title":"After","CategoryId":2})")
                .arg(unit)
                .toUtf8());
        QCOMPARE(r.status, 201);
        c.check(r.object(), QStringLiteral("FileUploadTicketMessage"), QStringLiteral("POST uploadrequests"));

        r = m_http->get(QStringLiteral("/v1/files/categories"));
        QCOMPARE(r.status, 200);
        for (const QJsonValue &v : r.array())
            c.check(v, QStringLiteral("FileCategoryMessage"), QStringLiteral("categories"));
        expectClean(c);
    }

    void errorShapes()
    {
        SchemaChecker c = *m_schema;
        SimHttp anonymous(*m_server);
        anonymous.setAuth(false);
        m_server->faults().setSpec(QStringLiteral("tasks:403#1"));
        const QList<HttpResult> errors = { anonymous.get(QStringLiteral("/v1/rentals")),
            m_http->get(QStringLiteral("/v1/rentals"), QStringLiteral("limit=0")),
            m_http->get(QStringLiteral("/v1/rentals/1")), m_http->get(QStringLiteral("/v1/tasks")),
            m_http->sendJson("POST", QStringLiteral("/v1/workorders"), "{}"),
            m_http->sendJson("POST", QStringLiteral("/v1/workorders"), "{}", "text/plain") };
        m_server->faults().clear();
        const QList<int> statuses = { 401, 400, 404, 403, 422, 415 };
        for (int i = 0; i < errors.size(); ++i) {
            QCOMPARE(errors[i].status, statuses[i]);
            c.check(errors[i].object(), QStringLiteral("ApiErrorResponse"), QStringLiteral("error %1").arg(errors[i].status));
            QVERIFY(!errors[i].object()[QLatin1String("UserMessage")].toString().isEmpty());
        }
        expectClean(c);
    }
};

QTEST_GUILESS_MAIN(TestBuildiumConformance)
#include "tst_buildiumconformance.moc"
