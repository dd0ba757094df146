// Conformance: every field the simulator emits, for every entity, checked against the real
// Propertyware OpenAPI file (a copy in tests/data/propertyware, the same as ../shared/propertyware/openapi.json): the name
// exists in the schema (nested Address, PropertyManager, LeaseContact... included), the JSON type
// matches, dates and date-times parse, enum values are allowed.
#include "SimHttp.h"
#include "sim/SimJson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

using namespace pms::sim;
using namespace pms::sim::test;

namespace {

QString findOpenApi()
{
    // The copy in tests/data (a clone alone has it), else the shared one beside the source tree.
    const QString data = qEnvironmentVariable("PMSBRIDGE_TEST_DATA");
    if (!data.isEmpty() && QFile::exists(QDir(data).filePath(QStringLiteral("propertyware/openapi.json"))))
        return QDir(data).filePath(QStringLiteral("propertyware/openapi.json"));
    const QString rel = QStringLiteral("shared/propertyware/openapi.json");
    const QString source = qEnvironmentVariable("PMSBRIDGE_SOURCE_DIR");
    if (!source.isEmpty()) {
        const QString p = QDir(source).absoluteFilePath(QStringLiteral("../") + rel);
        if (QFile::exists(p))
            return QDir::cleanPath(p);
    }
    // Like QFINDTESTDATA: look upwards from the binary, the working directory and this source file.
    for (QString start : { QCoreApplication::applicationDirPath(), QDir::currentPath(),
             QFileInfo(QString::fromUtf8(__FILE__)).absolutePath() }) {
        for (QDir d(start);;) {
            if (QFile::exists(d.absoluteFilePath(rel)))
                return QDir::cleanPath(d.absoluteFilePath(rel));
            if (!d.cdUp())
                break;
        }
    }
    return {};
}

class SchemaChecker
{
public:
    explicit SchemaChecker(QJsonObject schemas)
        : m_schemas(std::move(schemas))
    { }

    bool has(const QString &name) const { return m_schemas.contains(name); }

    void check(const QJsonValue &v, const QString &schemaName, const QString &where)
    {
        check(v,
            QJsonObject {
                { QStringLiteral("$ref"), QString(QStringLiteral("#/components/schemas/") + schemaName) } },
            where);
    }

    void check(const QJsonValue &v, QJsonObject schema, const QString &where)
    {
        while (schema.contains(QLatin1String("$ref"))) {
            const QString ref = schema.value(QLatin1String("$ref")).toString().section(QLatin1Char('/'), -1);
            if (!m_schemas.contains(ref)) {
                m_errors << where + QStringLiteral(": unknown schema ") + ref;
                return;
            }
            schema = m_schemas.value(ref).toObject();
        }
        ++m_checked;
        if (v.isNull())
            return; // an optional value left out
        QString type = schema.value(QLatin1String("type")).toString();
        if (type.isEmpty() && schema.contains(QLatin1String("properties")))
            type = QStringLiteral("object");
        if (type == QLatin1String("object")) {
            if (!v.isObject()) {
                m_errors << where + QStringLiteral(": expected an object");
                return;
            }
            const QJsonObject props = schema.value(QLatin1String("properties")).toObject();
            if (props.isEmpty())
                return; // a free-form object
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (!props.contains(it.key())) {
                    m_errors << where + QLatin1Char('.') + it.key() + QStringLiteral(": not in the schema");
                    continue;
                }
                ++m_fields;
                check(it.value(), props.value(it.key()).toObject(), where + QLatin1Char('.') + it.key());
            }
        } else if (type == QLatin1String("array")) {
            if (!v.isArray()) {
                m_errors << where + QStringLiteral(": expected an array");
                return;
            }
            const QJsonObject items = schema.value(QLatin1String("items")).toObject();
            int i = 0;
            for (const QJsonValue &item : v.toArray())
                check(item, items, where + QStringLiteral("[%1]").arg(i++));
        } else if (type == QLatin1String("integer")) {
            if (!v.isDouble() || v.toDouble() != std::floor(v.toDouble()))
                m_errors << where + QStringLiteral(": expected an integer");
        } else if (type == QLatin1String("number")) {
            if (!v.isDouble())
                m_errors << where + QStringLiteral(": expected a number");
        } else if (type == QLatin1String("boolean")) {
            if (!v.isBool())
                m_errors << where + QStringLiteral(": expected a boolean");
        } else if (type == QLatin1String("string")) {
            if (!v.isString()) {
                m_errors << where + QStringLiteral(": expected a string");
                return;
            }
            checkString(v.toString(), schema, where);
        } else {
            m_errors << where + QStringLiteral(": schema type '%1' not handled").arg(type);
        }
    }

    QStringList errors() const { return m_errors; }
    int fields() const { return m_fields; }

private:
    void checkString(const QString &s, const QJsonObject &schema, const QString &where)
    {
        static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        static const QRegularExpression dateTime(
            QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})$"));
        const QString format = schema.value(QLatin1String("format")).toString();
        if (format == QLatin1String("date")) {
            if (!date.match(s).hasMatch() || !QDate::fromString(s, Qt::ISODate).isValid())
                m_errors << where + QStringLiteral(": '%1' is not a YYYY-MM-DD date").arg(s);
        } else if (format == QLatin1String("date-time")) {
            if (!dateTime.match(s).hasMatch() || !QDateTime::fromString(s, Qt::ISODate).isValid())
                m_errors << where + QStringLiteral(": '%1' is not a YYYY-MM-ddTHH:mm:ssZ date-time").arg(s);
        }
        const QJsonArray allowed = schema.value(QLatin1String("enum")).toArray();
        if (!allowed.isEmpty() && !allowed.contains(s))
            m_errors << where + QStringLiteral(": '%1' is not one of the enum values").arg(s);
    }

    QJsonObject m_schemas;
    QStringList m_errors;
    int m_checked = 0, m_fields = 0;
};

} // namespace

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
