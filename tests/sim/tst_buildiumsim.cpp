// The Buildium simulator over loopback HTTP: the same data as the Propertyware simulator in
// Buildium's shapes, its headers, limit/offset paging with X-Total-Count, lastupdatedfrom/to
// (date-times, or dates for tasks and work orders), filters, the statuses of its file, fault
// injection (403 names the permission), work orders written and closed through their task, and
// the two-step file upload.
#include "SimHttp.h"
#include "sim/SimMultipart.h"
#include "sim/buildium/BuildiumApi.h"

#include <QHttpMultiPart>
#include <QTest>

using namespace pms::sim;
using namespace pms::sim::test;

namespace {

SimOptions buildiumOptions(Scale scale = Scale::Tiny)
{
    SimOptions o;
    o.pms = SimPms::Buildium;
    o.scale = scale;
    o.seed = 7;
    o.asOf = QDate(2025, 1, 31);
    return o;
}

QString errorValue(const HttpResult &r)
{
    return r.object()[QLatin1String("Errors")].toArray().first().toObject()[QLatin1String("Value")].toString();
}

QString errorKey(const HttpResult &r)
{
    return r.object()[QLatin1String("Errors")].toArray().first().toObject()[QLatin1String("Key")].toString();
}

} // namespace

class TestBuildiumSim : public QObject
{
    Q_OBJECT

private:
    /// POST to a ticket's bucket: @p fields in the order given, then the file.
    HttpResult postToBucket(SimHttp &http, const QUrl &bucket, const QList<QPair<QString, QString>> &fields,
        const QByteArray &data)
    {
        auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        for (const auto &[k, v] : fields) {
            QHttpPart part;
            part.setHeader(QNetworkRequest::ContentDispositionHeader, QByteArray("form-data; name=\"" + k.toUtf8() + "\""));
            part.setBody(v.toUtf8());
            multi->append(part);
        }
        QHttpPart file;
        file.setHeader(QNetworkRequest::ContentDispositionHeader, QByteArray("form-data; name=\"file\"; filename=\"a.jpg\""));
        file.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("image/jpeg"));
        file.setBody(data);
        multi->append(file);
        QNetworkReply *reply = http.nam().post(QNetworkRequest(bucket), multi);
        multi->setParent(reply);
        return http.wait(reply);
    }

    /// FormData in the order of the body text (QJsonObject would sort the keys).
    static QList<QPair<QString, QString>> formData(const HttpResult &ticket)
    {
        QList<QPair<qsizetype, QString>> keys;
        const QJsonObject form = ticket.object()[QLatin1String("FormData")].toObject();
        for (auto it = form.begin(); it != form.end(); ++it)
            keys.append({ ticket.body.indexOf(QByteArray('"' + it.key().toUtf8() + "\":")), it.key() });
        std::sort(keys.begin(), keys.end());
        QList<QPair<QString, QString>> out;
        for (const auto &k : keys)
            out.append({ k.second, form.value(k.second).toString() });
        return out;
    }

private Q_SLOTS:
    void sameDataAsPropertyware()
    {
        SimServer b(buildiumOptions()), pw([] {
            SimOptions o = buildiumOptions();
            o.pms = SimPms::Propertyware;
            return o;
        }());
        QVERIFY(b.listen() && pw.listen());
        SimHttp bh(b), ph(pw);
        const QJsonArray rentals = bh.all(QStringLiteral("/v1/rentals"));
        QCOMPARE(rentals.size(), pw.data().count(Entity::Buildings));
        QCOMPARE(qint64(rentals.first().toObject()[QLatin1String("Id")].toDouble()), pw.data().ids(Entity::Buildings).first());
        const QJsonObject building = ph.get(QStringLiteral("/buildings"), QStringLiteral("limit=1")).array().first().toObject();
        QCOMPARE(rentals.first().toObject()[QLatin1String("Name")].toString(), building[QLatin1String("name")].toString());
        // Buildium lists no inactive units: only the active ones of the same data.
        const int activeUnits = b.data().read([](const SimStore &s) {
            return int(std::count_if(s.units.begin(), s.units.end(), [](const SimUnit &u) { return u.active; }));
        });
        QCOMPARE(bh.all(QStringLiteral("/v1/rentals/units")).size(), activeUnits);
        QCOMPARE(bh.all(QStringLiteral("/v1/workorders")).size(), b.data().count(Entity::WorkOrders));
        QCOMPARE(bh.all(QStringLiteral("/v1/tasks")).size(), b.data().count(Entity::WorkOrders));
        // A work order's task is the task listed by /v1/tasks, with the same title.
        const QJsonObject wo = bh.get(QStringLiteral("/v1/workorders"), QStringLiteral("limit=1")).array().first().toObject();
        const qint64 taskId = qint64(wo[QLatin1String("Task")].toObject()[QLatin1String("Id")].toDouble());
        const HttpResult task = bh.get(QStringLiteral("/v1/tasks/%1").arg(taskId));
        QCOMPARE(task.status, 200);
        QCOMPARE(task.object()[QLatin1String("Title")].toString(), wo[QLatin1String("Title")].toString());
    }

    void headersAreRequired()
    {
        SimServer s(buildiumOptions());
        QVERIFY(s.listen());
        SimHttp anonymous(s);
        anonymous.setAuth(false);
        HttpResult r = anonymous.get(QStringLiteral("/v1/rentals"));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.object()[QLatin1String("Errors")].toArray().size(), 2); // both headers named
        SimHttp wrong(s);
        wrong.setCredentials(s.options().clientId, QStringLiteral("nope"), QString());
        r = wrong.get(QStringLiteral("/v1/rentals"));
        QCOMPARE(r.status, 401);
        QCOMPARE(errorKey(r), QStringLiteral("x-buildium-client-secret"));
        wrong.setCredentials(QStringLiteral("other"), s.options().clientSecret, QString());
        QCOMPARE(errorKey(wrong.get(QStringLiteral("/v1/rentals"))), QStringLiteral("x-buildium-client-id"));
        // The Propertyware paths are not served by a Buildium simulator.
        SimHttp http(s);
        QCOMPARE(http.get(QStringLiteral("/pw/api/rest/v1/units")).status, 404);
    }

    void paging_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("count");
        QTest::newRow("default 50") << "" << 200 << 50;
        QTest::newRow("limit 7") << "limit=7" << 200 << 7;
        QTest::newRow("limit 1000") << "limit=1000" << 200 << -1;
        QTest::newRow("limit 0") << "limit=0" << 400 << 0;
        QTest::newRow("limit 1001") << "limit=1001" << 400 << 0;
        QTest::newRow("limit text") << "limit=ten" << 400 << 0;
        QTest::newRow("offset -1") << "offset=-1" << 400 << 0;
        QTest::newRow("offset past the end") << "offset=100000" << 200 << 0;
        QTest::newRow("orderby unknown") << "orderby=Color%20asc" << 400 << 0;
    }
    void paging()
    {
        QFETCH(QString, query);
        QFETCH(int, status);
        QFETCH(int, count);
        SimServer s(buildiumOptions(Scale::Small));
        QVERIFY(s.listen());
        SimHttp http(s);
        const HttpResult r = http.get(QStringLiteral("/v1/rentals/units"), query);
        QCOMPARE(r.status, status);
        if (status != 200) {
            QVERIFY(!errorValue(r).isEmpty());
            return;
        }
        const qint64 total = r.totalCount();
        QVERIFY(total > 100);
        QCOMPARE(r.array().size(), count < 0 ? int(std::min<qint64>(total, 1000)) : count);
    }

    void offsetsWalkInIdOrder()
    {
        SimServer s(buildiumOptions(Scale::Small));
        QVERIFY(s.listen());
        SimHttp http(s);
        QList<qint64> ids;
        for (int offset = 0;; offset += 37) {
            const HttpResult r = http.get(QStringLiteral("/v1/leases"), QStringLiteral("limit=37&offset=%1").arg(offset));
            ids += r.ids(QLatin1String("Id"));
            if (r.array().size() < 37)
                break;
        }
        QCOMPARE(ids.size(), s.data().count(Entity::Leases));
        QVERIFY(std::is_sorted(ids.begin(), ids.end()));
        const HttpResult desc = http.get(QStringLiteral("/v1/leases"), QStringLiteral("limit=3&orderby=Id%20desc"));
        QCOMPARE(desc.ids(QLatin1String("Id")).first(), ids.last());
    }

    void dateFilters()
    {
        SimServer s(buildiumOptions(Scale::Small));
        QVERIFY(s.listen());
        SimHttp http(s);
        s.data().setNow(QDateTime(QDate(2025, 2, 1), QTime(12, 0), Qt::UTC));
        const QList<qint64> touched = s.data().touch(Entity::Units, 4);
        const QList<qint64> orders = s.data().touch(Entity::WorkOrders, 3);
        HttpResult r = http.get(QStringLiteral("/v1/rentals/units"), QStringLiteral("lastupdatedfrom=2025-02-01T11:59:59Z"));
        QCOMPARE(r.status, 200);
        QList<qint64> got = r.ids(QLatin1String("Id"));
        std::sort(got.begin(), got.end());
        QList<qint64> want = touched; // deactivated ones are not listed
        want.erase(std::remove_if(want.begin(), want.end(), [&](qint64 id) {
            return !s.data().read([id](const SimStore &st) { return findById(st.units, id)->active; });
        }), want.end());
        QCOMPARE(got, want);
        QCOMPARE(http.get(QStringLiteral("/v1/rentals/units"), QStringLiteral("lastupdatedfrom=2025-02-01T12:00:01Z")).array().size(), 0);
        r = http.get(QStringLiteral("/v1/rentals/units"), QStringLiteral("lastupdatedto=2025-02-01T11:59:59Z&limit=1000"));
        const qint64 activeUnits = s.data().read([](const SimStore &st) {
            return qint64(std::count_if(st.units.begin(), st.units.end(), [](const SimUnit &u) { return u.active; }));
        });
        QCOMPARE(r.totalCount(), activeUnits - want.size());
        // Tasks and work orders filter by date only; a date-time there is refused, as the file says.
        r = http.get(QStringLiteral("/v1/workorders"), QStringLiteral("lastupdatedfrom=2025-02-01"));
        QCOMPARE(r.status, 200);
        got = r.ids(QLatin1String("Id"));
        QCOMPARE(got, orders);
        QCOMPARE(http.get(QStringLiteral("/v1/tasks"), QStringLiteral("lastupdatedfrom=2025-02-01T00:00:00Z")).status, 400);
        QCOMPARE(http.get(QStringLiteral("/v1/tasks"), QStringLiteral("lastupdatedto=2025-01-31")).totalCount(),
            qint64(s.data().count(Entity::WorkOrders) - orders.size()));
        // Date-times must be UTC with a Z.
        r = http.get(QStringLiteral("/v1/leases"), QStringLiteral("lastupdatedfrom=2025-02-01T12:00:00%2B01:00"));
        QCOMPARE(r.status, 400);
        QCOMPARE(errorKey(r), QStringLiteral("lastupdatedfrom"));
        QCOMPARE(http.get(QStringLiteral("/v1/leases"), QStringLiteral("lastupdatedfrom=2025-02-01")).status, 400);
        QCOMPARE(http.get(QStringLiteral("/v1/leases"),
                     QStringLiteral("lastupdatedfrom=2025-02-02T00:00:00Z&lastupdatedto=2025-02-01T00:00:00Z"))
                     .status,
            400);
    }

    void filters()
    {
        SimServer s(buildiumOptions(Scale::Small));
        QVERIFY(s.listen());
        SimHttp http(s);
        const qint64 integration = s.data().read([](const SimStore &st) { return st.integration.userId; });
        const QJsonArray mine = http.all(QStringLiteral("/v1/tasks"), QStringLiteral("assignedtoid=%1").arg(integration), 1000);
        QVERIFY(!mine.isEmpty());
        for (const QJsonValue &t : mine)
            QCOMPARE(qint64(t.toObject()[QLatin1String("AssignedToUserId")].toDouble()), integration);
        // taskids, repeated (explode) or comma-separated.
        QList<qint64> taskIds;
        for (int i = 0; i < 3; ++i)
            taskIds << qint64(mine[i].toObject()[QLatin1String("Id")].toDouble());
        HttpResult r = http.get(QStringLiteral("/v1/workorders"),
            QStringLiteral("taskids=%1&taskids=%2,%3").arg(taskIds[0]).arg(taskIds[1]).arg(taskIds[2]));
        QCOMPARE(r.totalCount(), 3);
        for (const QJsonValue &w : r.array())
            QVERIFY(taskIds.contains(qint64(w.toObject()[QLatin1String("Task")].toObject()[QLatin1String("Id")].toDouble())));
        QCOMPARE(http.get(QStringLiteral("/v1/workorders"), QStringLiteral("taskids=abc")).status, 400);
        r = http.get(QStringLiteral("/v1/rentals"), QStringLiteral("status=InActive&limit=1000"));
        QVERIFY(r.array().size() > 0);
        for (const QJsonValue &v : r.array())
            QCOMPARE(v.toObject()[QLatin1String("IsActive")].toBool(), false);
        QCOMPARE(http.get(QStringLiteral("/v1/rentals"), QStringLiteral("status=Sleeping")).status, 400);
        const QJsonArray active = http.all(QStringLiteral("/v1/leases"), QStringLiteral("leasestatuses=Active"), 1000);
        QVERIFY(!active.isEmpty());
        for (const QJsonValue &v : active)
            QCOMPARE(v.toObject()[QLatin1String("LeaseStatus")].toString(), QStringLiteral("Active"));
        QCOMPARE(http.get(QStringLiteral("/v1/tasks"), QStringLiteral("entityid=5")).status, 400); // entitytype needed
    }

    void faultsNameThePermission()
    {
        SimServer s(buildiumOptions());
        QVERIFY(s.listen());
        SimHttp http(s);
        QVERIFY(s.faults().setSpec(QStringLiteral("workorders:403,units:429=3#1,leases:500#1,tasks:409#1,rentals:pageshift=2")));
        HttpResult r = http.get(QStringLiteral("/v1/workorders"));
        QCOMPARE(r.status, 403);
        QVERIFY2(errorValue(r).contains(QLatin1String("Maintenance > Work Orders - View")), qPrintable(errorValue(r)));
        r = http.sendJson("POST", QStringLiteral("/v1/workorders"), "{}");
        QVERIFY(errorValue(r).contains(QLatin1String("Maintenance > Work Orders - Edit")));
        r = http.get(QStringLiteral("/v1/rentals/units"));
        QCOMPARE(r.status, 429);
        QCOMPARE(r.header("Retry-After"), QByteArray("3"));
        QCOMPARE(http.get(QStringLiteral("/v1/rentals/units")).status, 200);
        QCOMPARE(http.get(QStringLiteral("/v1/leases")).status, 500);
        QCOMPARE(http.get(QStringLiteral("/v1/tasks")).status, 409);
        QCOMPARE(http.get(QStringLiteral("/v1/leases/tenants")).status, 200); // its own route
        // pageshift: records appear before the next offset.
        const int before = s.data().count(Entity::Buildings);
        QCOMPARE(http.get(QStringLiteral("/v1/rentals"), QStringLiteral("limit=2")).status, 200);
        QCOMPARE(s.data().count(Entity::Buildings), before + 2);
        QString error;
        QVERIFY(!FaultPlan::parse(QStringLiteral("nosuchroute:500"), &error));
    }

    void workOrderWrittenThenClosed()
    {
        SimServer s(buildiumOptions());
        QVERIFY(s.listen());
        SimHttp http(s);
        const qint64 unit = s.data().read([](const SimStore &st) {
            return std::find_if(st.units.begin(), st.units.end(), [](const pms::sim::SimUnit &u) { return u.active; })->id;
        });
        const qint64 user = s.data().read([](const SimStore &st) { return st.integration.userId; });
        const QString vendor = QString::number(s.data().ids(Entity::Vendors).first());
        auto post = [&](QString json) {
            return http.sendJson("POST", QStringLiteral("/v1/workorders"), json.replace(QLatin1String("VENDOR"), vendor).toUtf8());
        };
        QCOMPARE(post(QStringLiteral(R"({"EntryAllowed":"Yes","VendorId":null,"Task":{"Title":"x","Priority":"Low","Status":"New","UnitId":%1,"AssignedToUserId":%2}})").arg(unit).arg(user)).status, 422); // a vendor is required
        QCOMPARE(post(QStringLiteral(R"({"VendorId":VENDOR,"Task":{"Title":"x","Priority":"Low","Status":"New","UnitId":%1,"AssignedToUserId":%2}})").arg(unit).arg(user)).status, 422); // EntryAllowed
        QCOMPARE(post(QStringLiteral(R"({"EntryAllowed":"Yes","VendorId":VENDOR,"Task":{"Title":"x","Priority":"Urgent","Status":"New","UnitId":%1,"AssignedToUserId":%2}})").arg(unit).arg(user)).status, 422);
        QCOMPARE(post(QStringLiteral(R"({"EntryAllowed":"Yes","VendorId":"v","Task":{"Title":"x","Priority":"Low","Status":"New","UnitId":%1,"AssignedToUserId":%2}})").arg(unit).arg(user)).status, 400);
        QCOMPARE(post(QStringLiteral(R"({"EntryAllowed":"Yes","VendorId":VENDOR,"Task":{"Title":"x","Priority":"Low","Status":"New","UnitId":%1,"AssignedToUserId":1}})").arg(unit)).status, 422);
        QCOMPARE(http.sendJson("POST", QStringLiteral("/v1/workorders"), "not json").status, 400);
        const HttpResult created = post(QStringLiteral(
            R"({"EntryAllowed":"Yes","VendorId":VENDOR,"Task":{"Title":"Leak [pmsbridge:abc]","Priority":"High","Status":"New","UnitId":%1,"AssignedToUserId":%2}})")
                                            .arg(unit)
                                            .arg(user));
        QCOMPARE(created.status, 201);
        const qint64 wo = qint64(created.object()[QLatin1String("Id")].toDouble());
        const qint64 task = qint64(created.object()[QLatin1String("Task")].toObject()[QLatin1String("Id")].toDouble());
        QCOMPARE(http.get(QStringLiteral("/v1/workorders"), QStringLiteral("title=pmsbridge:abc")).ids(QLatin1String("Id")),
            QList<qint64> { wo });
        // Closing goes through the task; the wrong task kind is a 404.
        QCOMPARE(http.sendJson("PUT", QStringLiteral("/v1/tasks/residentrequests/%1").arg(task),
                         R"({"Title":"Leak","TaskStatus":"Closed","Priority":"High"})")
                     .status,
            404);
        HttpResult r = http.sendJson("PUT", QStringLiteral("/v1/tasks/todorequests/%1").arg(task),
            QStringLiteral(R"({"Title":"Leak [pmsbridge:abc]","TaskStatus":"Completed","Priority":"High","AssignedToUserId":%1})").arg(user).toUtf8());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object()[QLatin1String("TaskStatus")].toString(), QStringLiteral("Completed"));
        QCOMPARE(http.get(QStringLiteral("/v1/workorders/%1").arg(wo)).object()[QLatin1String("Status")].toString(),
            QStringLiteral("Completed"));
        QCOMPARE(http.sendJson("PUT", QStringLiteral("/v1/workorders/99"), QStringLiteral(R"({"EntryAllowed":"No","VendorId":%1})").arg(vendor).toUtf8()).status, 404);
        QCOMPARE(http.sendJson("PUT", QStringLiteral("/v1/workorders/%1").arg(wo), QStringLiteral(R"({"EntryAllowed":"No","VendorId":%1})").arg(vendor).toUtf8(), "text/xml").status, 415);
    }

    void uploadInTwoSteps()
    {
        SimServer s(buildiumOptions());
        QVERIFY(s.listen());
        SimHttp http(s);
        s.data().setNow(QDateTime(QDate(2025, 2, 1), QTime(12, 0), Qt::UTC));
        const qint64 unit = s.data().read([](const SimStore &st) {
            return std::find_if(st.units.begin(), st.units.end(), [](const pms::sim::SimUnit &u) { return u.active; })->id;
        });
        auto ticket = [&](const QString &entityType, qint64 id) {
            return http.sendJson("POST", QStringLiteral("/v1/files/uploadrequests"),
                QStringLiteral(R"({"EntityType":"%1","EntityId":%2,"FileName":"a.jpg","Title":"After","CategoryId":2})")
                    .arg(entityType)
                    .arg(id)
                    .toUtf8());
        };
        QCOMPARE(ticket(QStringLiteral("RentalUnit"), 1).status, 404);
        QCOMPARE(ticket(QStringLiteral("WorkOrder"), unit).status, 422); // not an entity type of the file
        HttpResult t = ticket(QStringLiteral("RentalUnit"), unit);
        QCOMPARE(t.status, 201);
        const QUrl bucket(t.object()[QLatin1String("BucketUrl")].toString());
        const QList<QPair<QString, QString>> fields = formData(t);
        QVERIFY(fields.size() >= 2);
        // Out of order: refused.
        QList<QPair<QString, QString>> swapped = fields;
        swapped.swapItemsAt(0, 1);
        QCOMPARE(postToBucket(http, bucket, swapped, "JPEG").status, 403);
        QCOMPARE(postToBucket(http, bucket, fields, "JPEGDATA").status, 204);
        QCOMPARE(postToBucket(http, bucket, fields, "JPEGDATA").status, 403); // a ticket is used once
        const QString physical = t.object()[QLatin1String("PhysicalFileName")].toString();
        HttpResult files = http.get(QStringLiteral("/v1/files"), QUrlQuery { { QStringLiteral("physicalfilenames"), physical } });
        QCOMPARE(files.array().size(), 1);
        QCOMPARE(files.array().first().toObject()[QLatin1String("Size")].toInt(), 8);
        QCOMPARE(s.buildiumApi()->files().first().entityId, unit);
        // A ticket expires after five minutes.
        t = ticket(QStringLiteral("RentalUnit"), unit);
        s.data().advanceSecs(301);
        const HttpResult late = postToBucket(http, QUrl(t.object()[QLatin1String("BucketUrl")].toString()), formData(t), "X");
        QCOMPARE(late.status, 403);
        QVERIFY(late.body.contains("expired"));
    }
};

QTEST_GUILESS_MAIN(TestBuildiumSim)
#include "tst_buildiumsim.moc"
