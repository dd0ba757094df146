// Conformance: every field the simulator emits, for every entity, checked against the real
// Propertyware OpenAPI file (a copy in tests/data/propertyware, the same as ../shared/propertyware/openapi.json): the name
// exists in the schema (nested Address, PropertyManager, LeaseContact... included), the JSON type
// matches, dates and date-times parse, enum values are allowed.
#include "OpenApiSchema.h"
#include "SimHttp.h"
#include "sim/SimJson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

using namespace pms::sim;
using namespace pms::sim::test;


class TestSimConformance : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimServer> m_server;
    std::unique_ptr<SimHttp> m_http;
    std::unique_ptr<SchemaChecker> m_schema;

    void expectClean(SchemaChecker &c)
    {
        const QStringList errors = c.errors();
        QVERIFY2(errors.isEmpty(),
            qPrintable(QStringLiteral("%1 problems, first ones:\n").arg(errors.size())
                + errors.mid(0, 25).join(QLatin1Char('\n'))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString path = findOpenApi();
        QVERIFY2(!path.isEmpty(), "openapi.json not found in tests/data/propertyware or shared/propertyware beside the source tree");
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
        const QJsonObject schemas
            = doc.value(QLatin1String("components")).toObject().value(QLatin1String("schemas")).toObject();
        QVERIFY(schemas.contains(QLatin1String("WorkOrder")));
        m_schema = std::make_unique<SchemaChecker>(schemas);
        SimOptions o;
        o.scale = Scale::Small;
        o.seed = 2024;
        m_server = std::make_unique<SimServer>(o);
        QVERIFY(m_server->listen() != 0);
        m_http = std::make_unique<SimHttp>(*m_server);
    }

    void collections_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("schema");
        QTest::newRow("portfolios") << "/portfolios"
                                    << "Portfolio";
        QTest::newRow("buildings") << "/buildings"
                                   << "Building";
        QTest::newRow("units") << "/units"
                               << "Unit";
        QTest::newRow("leases") << "/leases"
                                << "Lease";
        QTest::newRow("contacts") << "/contacts"
                                  << "Contact";
        QTest::newRow("workorders") << "/workorders"
                                    << "WorkOrder";
        QTest::newRow("vendors") << "/vendors"
                                 << "Vendor";
    }
    void collections()
    {
        QFETCH(QString, path);
        QFETCH(QString, schema);
        SchemaChecker c = *m_schema;
        const QJsonArray all = m_http->all(path, QStringLiteral("includeDeactivated=true"));
        QVERIFY(all.size() > 0);
        for (int i = 0; i < all.size(); ++i)
            c.check(all[i], schema, path + QStringLiteral("[%1]").arg(i));
        // And one record by id.
        const qint64 id = qint64(all.last().toObject().value(QLatin1String("id")).toDouble());
        const HttpResult one = m_http->get(path + QLatin1Char('/') + QString::number(id));
        QCOMPARE(one.status, 200);
        c.check(one.json().object(), schema, path + QStringLiteral("/{id}"));
        QVERIFY(c.fields() > all.size() * 5);
        expectClean(c);
    }

    void nestedSchemasAreExercised()
    {
        // The nested shapes must actually appear (not only as null).
        const QJsonObject building
            = m_http->get(QStringLiteral("/buildings"), QStringLiteral("limit=1")).array().first().toObject();
        QVERIFY(building[QLatin1String("address")].isObject());
        QVERIFY(!building[QLatin1String("propertyManagerList")].toArray().isEmpty());
        const QJsonObject lease
            = m_http->get(QStringLiteral("/leases"), QStringLiteral("limit=1")).array().first().toObject();
        QVERIFY(!lease[QLatin1String("contacts")].toArray().isEmpty());
    }

    void writtenShapes()
    {
        SchemaChecker c = *m_schema;
        const qint64 building = m_server->data().ids(Entity::Buildings).first();
        HttpResult r = m_http->sendJson("POST", QStringLiteral("/workorders"),
            QStringLiteral(
                R"({"buildingID":%1,"description":"Conformance","priority":"LOW","authorizeEnter":"ANYTIME"})")
                .arg(building)
                .toUtf8());
        QCOMPARE(r.status, 201);
        c.check(r.json().object(), QStringLiteral("WorkOrder"), QStringLiteral("POST /workorders"));
        const qint64 wo = qint64(r.object()[QLatin1String("id")].toDouble());

        r = m_http->sendJson("PUT", QStringLiteral("/workorders/closeworkorder/%1").arg(wo),
            R"({"completedDate":"2025-01-02"})");
        QCOMPARE(r.status, 200);
        c.check(r.json().object(), QStringLiteral("ResponseEntity"), QStringLiteral("PUT closeworkorder"));
        c.check(r.object()[QLatin1String("body")], QStringLiteral("WorkOrder"),
            QStringLiteral("PUT closeworkorder.body"));

        r = m_http->sendJson("POST", QStringLiteral("/workorders/%1/tasks").arg(wo),
            R"({"description":"Buy parts","completed":true})");
        QCOMPARE(r.status, 201);
        c.check(r.json().object(), QStringLiteral("Task"), QStringLiteral("POST tasks"));
        const qint64 task = qint64(r.object()[QLatin1String("id")].toDouble());
        r = m_http->sendJson("POST", QStringLiteral("/workorders/%1/tasks/%2/comments").arg(wo).arg(task),
            R"({"text":"done"})");
        QCOMPARE(r.status, 201);
        c.check(r.json().object(), QStringLiteral("Task"), QStringLiteral("POST comments"));
        // The Comment itself, as the simulator serializes it.
        const QByteArray comment = m_server->data().read([task](const SimStore &s) {
            return SimJson(s, 0).one(findById(s.tasks, task)->comments.front());
        });
        c.check(
            QJsonDocument::fromJson(comment).object(), QStringLiteral("Comment"), QStringLiteral("Comment"));

        QUrlQuery q(QStringLiteral("entityType=WORK_ORDER&entityId=%1").arg(wo));
        r = m_http->postFile(QStringLiteral("/docs"), q, "%PDF-1.4", QStringLiteral("invoice.pdf"));
        QCOMPARE(r.status, 201);
        c.check(r.json().object(), QStringLiteral("Document"), QStringLiteral("POST /docs"));

        r = m_http->get(QStringLiteral("/health"));
        c.check(r.json().object(), QStringLiteral("ResponseEntity"), QStringLiteral("GET /health"));
        expectClean(c);
    }

    void errorShapes()
    {
        SchemaChecker c = *m_schema;
        SimHttp anonymous(*m_server);
        anonymous.setAuth(false);
        const QList<HttpResult> errors = { anonymous.get(QStringLiteral("/units")),
            m_http->get(QStringLiteral("/units"), QStringLiteral("limit=0")),
            m_http->get(QStringLiteral("/units/1")),
            m_http->sendJson("POST", QStringLiteral("/workorders"), "{}") };
        for (const HttpResult &r : errors) {
            QVERIFY(r.status >= 400);
            c.check(
                r.json().object(), QStringLiteral("ErrorResponse"), QStringLiteral("error %1").arg(r.status));
        }
        expectClean(c);
    }
};

QTEST_GUILESS_MAIN(TestSimConformance)
#include "tst_simconformance.moc"
