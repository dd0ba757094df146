// Buildium JSON -> the cache's records, table-driven: what each field becomes, and every way a
// record breaks the OpenAPI file's shapes refused with a reason that names the field.
#include "connectors/buildium/BuildiumRecords.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace pms;
using namespace pms::buildium;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

const char *GoodLease = R"({"Id":3000001,"PropertyId":200001,"UnitId":1000001,"UnitNumber":"1A",
    "LeaseFromDate":"2024-02-01","LeaseToDate":"2025-01-31","LeaseStatus":"Active",
    "LastUpdatedDateTime":"2025-01-02T03:04:05Z","AccountDetails":{"Rent":1250.5},
    "Tenants":[{"Id":5000001,"Status":"Current","MoveInDate":"2024-02-03"},{"Id":5000002,"MoveInDate":"2024-02-01"}],
    "MoveOutData":[{"TenantId":5000001,"MoveOutDate":"2025-01-31"}],
    "CurrentTenants":[{"Id":5000001,"FirstName":"Ana","LastName":"Diaz","Email":"ana@example.com",
        "PhoneNumbers":[{"Number":"555-0100","Type":"Home"},{"Number":"555-0199","Type":"Cell"}]},
        {"Id":5000002,"FirstName":"Bo","LastName":"Li"}]})";

const char *GoodTask = R"({"Id":18000001,"TaskType":"ResidentRequest","Title":"Leak","Property":{"Id":200001,"Type":"Rental"},
    "UnitId":1000001,"RequestedByUserEntity":{"Type":"RentalTenant","Id":5000001,"FirstName":"Ana","LastName":"Diaz"},
    "AssignedToUserId":29001,"TaskStatus":"InProgress","Priority":"High","Category":{"Id":4,"Name":"Plumbing"},
    "CreatedDateTime":"2025-01-01T10:00:00Z","LastUpdatedDateTime":"2025-01-02T11:00:00+01:00"})";

const char *GoodWorkOrder = R"({"Id":8000001,"Task":{"Id":18000001,"Type":"ResidentRequest"},"Title":"Leak",
    "WorkDetails":"Under the sink","Priority":"High","Status":"InProgress","EntryAllowed":"Yes","VendorId":700001})";

} // namespace

class TestBuildiumRecords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lease()
    {
        const Result<LeaseRecord> r = BuildiumRecords::lease(json(GoodLease));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->pmsId, qint64(3000001));
        QCOMPARE(r->pmsUnitId.value_or(0), qint64(1000001));
        QCOMPARE(r->pmsPropertyId.value_or(0), qint64(200001));
        QVERIFY(r->active); // R2
        QCOMPARE(r->startDate, QStringLiteral("2024-02-01"));
        QCOMPARE(r->moveIn, QStringLiteral("2024-02-01")); // the earliest tenant's
        QCOMPARE(r->moveOut, QStringLiteral("2025-01-31"));
        QCOMPARE(r->baseRent.value_or(0), 1250.5);
        QCOMPARE(r->modifiedAt, QStringLiteral("2025-01-02T03:04:05Z"));
        QCOMPARE(r->contacts.size(), 2);
        QCOMPARE(r->contacts.first().phone, QStringLiteral("555-0199")); // the cell phone
        QCOMPARE(r->contacts.first().email, QStringLiteral("ana@example.com"));
        QCOMPARE(r->name, QStringLiteral("Ana Diaz, Bo Li"));
        QJsonObject past = json(GoodLease);
        past.insert(QStringLiteral("LeaseStatus"), QStringLiteral("Past"));
        QVERIFY(!BuildiumRecords::lease(past)->active);
    }

    void workOrderJoinsItsTask()
    {
        QHash<qint64, BuildiumUser> users;
        users.insert(29001, { 29001, QStringLiteral("PMS Bridge"), QStringLiteral("bridge@pmsbridge.example"), true });
        const Result<WorkOrderRecord> r = BuildiumRecords::workOrder(json(GoodWorkOrder), json(GoodTask), users);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->pmsId, qint64(8000001));
        QCOMPARE(r->managedBy, QStringLiteral("PMS Bridge")); // R5: the task's assignee
        QCOMPARE(r->pmsPropertyId.value_or(0), qint64(200001));
        QCOMPARE(r->pmsUnitId.value_or(0), qint64(1000001));
        QCOMPARE(r->requestedBy, QStringLiteral("Ana Diaz"));
        QCOMPARE(r->status, QStringLiteral("In Progress"));
        QCOMPARE(r->priority, QStringLiteral("HIGH"));
        QCOMPARE(r->category, QStringLiteral("Plumbing"));
        QCOMPARE(r->description, QStringLiteral("Leak\n\nUnder the sink"));
        QCOMPARE(r->modifiedAt, QStringLiteral("2025-01-02T10:00:00Z")); // in UTC
        QVERIFY(r->rawJson.contains(QLatin1String("\"Task\"")));
        // An assignee the key cannot list is named by id; an unassigned task has no "Managed By".
        QCOMPARE(BuildiumRecords::workOrder(json(GoodWorkOrder), json(GoodTask), {})->managedBy,
            QStringLiteral("Buildium user 29001"));
        QJsonObject task = json(GoodTask);
        task.remove(QStringLiteral("AssignedToUserId"));
        QVERIFY(BuildiumRecords::workOrder(json(GoodWorkOrder), task, users)->managedBy.isEmpty());
    }

    void refused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("reason");
        QTest::newRow("lease without id") << "lease" << "Id" << QJsonValue(QJsonValue::Undefined) << "no Id";
        QTest::newRow("lease id text") << "lease" << "Id" << QJsonValue(QStringLiteral("3000001")) << "Id is '3000001'";
        QTest::newRow("lease id fraction") << "lease" << "Id" << QJsonValue(1.5) << "Id is 1.5";
        QTest::newRow("lease id beyond int32") << "lease" << "Id" << QJsonValue(3e9) << "not an id";
        QTest::newRow("lease unit missing") << "lease" << "UnitId" << QJsonValue(QJsonValue::Null) << "no UnitId";
        QTest::newRow("lease status unknown") << "lease" << "LeaseStatus" << QJsonValue(QStringLiteral("Current")) << "LeaseStatus is 'Current'";
        QTest::newRow("lease date") << "lease" << "LeaseFromDate" << QJsonValue(QStringLiteral("02/01/2024")) << "not a date";
        QTest::newRow("lease updated") << "lease" << "LastUpdatedDateTime" << QJsonValue(QStringLiteral("yesterday")) << "not a date and time";
        QTest::newRow("lease rent") << "lease" << "AccountDetails" << QJsonValue(QJsonObject { { QStringLiteral("Rent"), QStringLiteral("1200") } }) << "AccountDetails.Rent";
        QTest::newRow("lease tenants") << "lease" << "CurrentTenants" << QJsonValue(QStringLiteral("Ana")) << "not a list";
        QTest::newRow("tenant without id") << "lease" << "CurrentTenants" << QJsonValue(QJsonArray { QJsonObject { { QStringLiteral("FirstName"), QStringLiteral("X") } } }) << "no CurrentTenants.Id";
        QTest::newRow("tenant email number") << "lease" << "CurrentTenants" << QJsonValue(QJsonArray { QJsonObject { { QStringLiteral("Id"), 5 }, { QStringLiteral("Email"), 7 } } }) << "CurrentTenants.Email is 7, not text";
        QTest::newRow("task status") << "task" << "TaskStatus" << QJsonValue(QStringLiteral("Done")) << "Task.TaskStatus is 'Done'";
        QTest::newRow("task property") << "task" << "Property" << QJsonValue(200001) << "Task.Property is 200001, not an object";
        QTest::newRow("task unit") << "task" << "UnitId" << QJsonValue(-1) << "Task.UnitId is -1";
        QTest::newRow("task created") << "task" << "CreatedDateTime" << QJsonValue(QStringLiteral("2025-01-01")) << "not a date and time";
        QTest::newRow("task other id") << "task" << "Id" << QJsonValue(18000002) << "joined";
        QTest::newRow("work order entry") << "workorder" << "EntryAllowed" << QJsonValue(QStringLiteral("Maybe")) << "EntryAllowed is 'Maybe'";
        QTest::newRow("work order task") << "workorder" << "Task" << QJsonValue(QJsonValue::Null) << "no Task.Id";
        QTest::newRow("work order amount") << "workorder" << "Amount" << QJsonValue(QStringLiteral("12.50")) << "Amount is '12.50', not a number";
        QTest::newRow("unit property") << "unit" << "PropertyId" << QJsonValue(QJsonValue::Undefined) << "no PropertyId";
        QTest::newRow("unit address") << "unit" << "Address" << QJsonValue(QJsonObject { { QStringLiteral("City"), true } }) << "Address.City is true, not text";
        QTest::newRow("rental name") << "rental" << "Name" << QJsonValue(QJsonValue::Null) << "no Name";
        QTest::newRow("rental active") << "rental" << "IsActive" << QJsonValue(QStringLiteral("yes")) << "IsActive is 'yes', not true or false";
        QTest::newRow("rental manager") << "rental" << "RentalManager" << QJsonValue(QJsonObject { { QStringLiteral("Id"), 0 } }) << "RentalManager.Id is 0";
        QTest::newRow("owner properties") << "owner" << "PropertyIds" << QJsonValue(QJsonArray { QStringLiteral("x") }) << "PropertyIds holds";
    }
    void refused()
    {
        QFETCH(QString, kind);
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, reason);
        auto with = [&](QJsonObject o) {
            if (value.isUndefined())
                o.remove(field);
            else
                o.insert(field, value);
            return o;
        };
        Error e;
        if (kind == QLatin1String("lease")) {
            const auto r = BuildiumRecords::lease(with(json(GoodLease)));
            QVERIFY(!r.ok());
            e = r.error();
        } else if (kind == QLatin1String("task") || kind == QLatin1String("workorder")) {
            const QJsonObject task = kind == QLatin1String("task") ? with(json(GoodTask)) : json(GoodTask);
            const QJsonObject wo = kind == QLatin1String("workorder") ? with(json(GoodWorkOrder)) : json(GoodWorkOrder);
            const auto r = BuildiumRecords::workOrder(wo, task, {});
            QVERIFY(!r.ok());
            e = r.error();
        } else if (kind == QLatin1String("unit")) {
            const auto r = BuildiumRecords::unit(with(json(R"({"Id":1000001,"PropertyId":200001,"UnitNumber":"1A"})")));
            QVERIFY(!r.ok());
            e = r.error();
        } else if (kind == QLatin1String("rental")) {
            const auto r = BuildiumRecords::property(with(json(R"({"Id":200001,"Name":"Elm Court","IsActive":true})")), {});
            QVERIFY(!r.ok());
            e = r.error();
        } else {
            const auto r = BuildiumRecords::portfolio(with(json(R"({"Id":100001,"CompanyName":"Acme","PropertyIds":[200001]})")));
            QVERIFY(!r.ok());
            e = r.error();
        }
        QCOMPARE(e.code, QStringLiteral("invalid-record"));
        QVERIFY2(e.message.contains(reason), qPrintable(e.message));
        QVERIFY(e.message.startsWith(QLatin1String("Buildium ")) || e.message.startsWith(QLatin1String("A Buildium ")));
    }

    void wordsBothWays()
    {
        QCOMPARE(BuildiumRecords::statusWords(QStringLiteral("New")), QStringLiteral("Open"));
        QCOMPARE(BuildiumRecords::statusWords(QStringLiteral("Deferred")), QStringLiteral("On Hold"));
        QCOMPARE(BuildiumRecords::priorityWords(QStringLiteral("Normal")), QStringLiteral("MEDIUM"));
        QCOMPARE(BuildiumRecords::buildiumPriority(QStringLiteral("low")), QStringLiteral("Low"));
        QCOMPARE(BuildiumRecords::buildiumPriority(QStringLiteral("urgent")), QStringLiteral("Normal"));
    }
};

QTEST_GUILESS_MAIN(TestBuildiumRecords)
#include "tst_buildiumrecords.moc"
