// The Buildium client against the Buildium simulator over real loopback HTTP (paging, incremental
// windows, normalized records, every error status of the file, work orders, the two-step upload),
// and against hand-made answers through a fake network manager (broken pages, bad totals,
// malformed records, a page join that fails).
#include "connectors/buildium/BuildiumClient.h"
#include "connectors/buildium/BuildiumListJob.h"
#include "connectors/buildium/BuildiumPager.h"
#include "connectors/buildium/BuildiumRecords.h"
#include "connectors/buildium/BuildiumTaskStatusJob.h"
#include "connectors/buildium/BuildiumUploadJob.h"
#include "sim/SimServer.h"
#include "sim/buildium/BuildiumApi.h"
#include "support/FakeNetworkAccessManager.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pms;
using namespace pms::buildium;
using namespace pms::test;
using pms::sim::Entity;
using pms::sim::SimServer;
using pms::sim::SimStore;

namespace {

ClientOptions fastOptions(int pageSize = 100)
{
    ClientOptions o;
    o.backoffBaseMs = 5;
    o.backoffCapMs = 20;
    o.timeoutMs = 5000;
    o.silenceLimitMs = 20000;
    o.pageSize = pageSize;
    return o;
}

pms::sim::SimOptions simOptions(pms::sim::Scale scale = pms::sim::Scale::Small)
{
    pms::sim::SimOptions o;
    o.pms = pms::sim::SimPms::Buildium;
    o.scale = scale;
    o.seed = 11;
    o.asOf = QDate(2025, 1, 31);
    return o;
}

BuildiumCredentials credsFor(const SimServer &s)
{
    BuildiumCredentials c;
    c.baseUrl = s.baseUrl();
    c.clientId = s.options().clientId;
    c.clientSecret = s.options().clientSecret;
    return c;
}

struct Run
{
    QList<BuildiumPage> pages;
    Status status;
    qint64 records = 0;
    QStringList warnings;
    bool finished = false;

    template<class F> qint64 count(F f) const
    {
        qint64 n = 0;
        for (const BuildiumPage &p : pages)
            n += f(p);
        return n;
    }
    QList<RecordProblem> problems() const
    {
        QList<RecordProblem> out;
        for (const BuildiumPage &p : pages)
            out += p.problems;
        return out;
    }
};

Run runPager(BuildiumPager *pager)
{
    Run run;
    QObject::connect(pager, &BuildiumPager::page, pager, [&run](const BuildiumPage &p) { run.pages.append(p); });
    QObject::connect(pager, &BuildiumPager::warning, pager, [&run](const QString &w) { run.warnings.append(w); });
    QSignalSpy done(pager, &BuildiumPager::finished);
    run.finished = done.wait(60000);
    if (run.finished) {
        run.status = done.first().at(0).value<Status>();
        run.records = done.first().at(1).toLongLong();
    }
    return run;
}

HttpResponse runRequest(BuildiumRequest *r)
{
    QSignalSpy done(r, &BuildiumRequest::finished);
    if (!done.wait(30000))
        return {};
    return done.first().at(0).value<HttpResponse>();
}

QByteArray page(std::initializer_list<QJsonObject> records)
{
    QJsonArray a;
    for (const QJsonObject &o : records)
        a.append(o);
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

QJsonObject unitJson(qint64 id, qint64 property = 200001)
{
    return QJsonObject { { QStringLiteral("Id"), id }, { QStringLiteral("PropertyId"), property },
        { QStringLiteral("UnitNumber"), QStringLiteral("U%1").arg(id) } };
}

} // namespace

class TestBuildiumClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<HttpResponse>(); }

    void pagingReadsEveryRecordOnce()
    {
        SimServer s(simOptions());
        QVERIFY(s.listen());
        QNetworkAccessManager nam;
        BuildiumClient client(&nam, credsFor(s), fastOptions(50));
        BuildiumListJob *job = client.list(QStringLiteral("/v1/rentals/units"));
        QList<qint64> ids;
        qint64 total = -1;
        connect(job, &BuildiumListJob::page, this, [&](const QList<QJsonObject> &records, const QList<RecordProblem> &, qint64 t) {
            for (const QJsonObject &o : records)
                ids.append(qint64(o.value(QLatin1String("Id")).toDouble()));
            total = t;
        });
        QSignalSpy done(job, &BuildiumListJob::finished);
        const int requestsBefore = int(s.requestCount());
        QVERIFY(done.wait(30000));
        QVERIFY(done.first().at(0).value<Status>().ok());
        const int active = s.data().read([](const SimStore &st) {
            return int(std::count_if(st.units.begin(), st.units.end(), [](const pms::sim::SimUnit &u) { return u.active; }));
        });
        QCOMPARE(ids.size(), active);
        QCOMPARE(total, qint64(active));
        QVERIFY(std::is_sorted(ids.begin(), ids.end()));
        QCOMPARE(QSet<qint64>(ids.begin(), ids.end()).size(), ids.size());
        // Overlapping pages of 50 (5 shared): about active / 45 requests.
        QVERIFY(int(s.requestCount()) - requestsBefore <= active / 45 + 2);
    }

    void pageSizeIsCappedAtTheFilesLimit()
    {
        FakeNetworkAccessManager nam;
        BuildiumCredentials c;
        c.baseUrl = QUrl(QStringLiteral("https://api.buildium.com"));
        c.clientId = QStringLiteral("id");
        c.clientSecret = QStringLiteral("secret");
        BuildiumClient client(&nam, c, fastOptions(5000));
        nam.enqueue(FakeResponse::raw(200, "[]").withHeader("X-Total-Count", "0"));
        QSignalSpy done(client.list(QStringLiteral("/v1/rentals")), &BuildiumListJob::finished);
        QVERIFY(done.wait(5000));
        const FakeRequest r = nam.lastRequest();
        QCOMPARE(r.queryValue(QStringLiteral("limit")), QStringLiteral("1000"));
        QCOMPARE(r.queryValue(QStringLiteral("offset")), QStringLiteral("0"));
        QCOMPARE(r.url.host(), QStringLiteral("api.buildium.com"));
        QCOMPARE(r.path(), QStringLiteral("/v1/rentals"));
        QCOMPARE(r.header("x-buildium-client-id"), QByteArray("id"));
        QCOMPARE(r.header("x-buildium-client-secret"), QByteArray("secret"));
    }

    void windowQueries()
    {
        BuildiumWindow w;
        w.from = QDateTime(QDate(2025, 2, 1), QTime(9, 30, 5), Qt::OffsetFromUTC, 3600);
        w.to = QDateTime(QDate(2025, 2, 3), QTime(1, 0), Qt::UTC);
        QUrlQuery q = BuildiumClient::windowQuery(BuildiumStep::Units, w);
        QCOMPARE(q.queryItemValue(QStringLiteral("lastupdatedfrom")), QStringLiteral("2025-02-01T08:30:05Z"));
        QCOMPARE(q.queryItemValue(QStringLiteral("lastupdatedto")), QStringLiteral("2025-02-03T01:00:00Z"));
        q = BuildiumClient::windowQuery(BuildiumStep::WorkOrders, w);
        QCOMPARE(q.queryItemValue(QStringLiteral("lastupdatedfrom")), QStringLiteral("2025-02-01"));
        QCOMPARE(q.queryItemValue(QStringLiteral("lastupdatedto")), QStringLiteral("2025-02-03"));
        QVERIFY(BuildiumClient::windowQuery(BuildiumStep::Leases, {}).isEmpty());
    }

    void incrementalWindowSeesOnlyChanges()
    {
        SimServer s(simOptions());
        QVERIFY(s.listen());
        QNetworkAccessManager nam;
        BuildiumClient client(&nam, credsFor(s), fastOptions());
        s.data().setNow(QDateTime(QDate(2025, 2, 1), QTime(12, 0), Qt::UTC));
        const QList<qint64> leases = s.data().touch(Entity::Leases, 5);
        const QList<qint64> orders = s.data().addWorkOrders(3);
        BuildiumWindow w;
        w.from = QDateTime(QDate(2025, 2, 1), QTime(11, 0), Qt::UTC);
        Run run = runPager(client.pages(BuildiumStep::Leases, w));
        QVERIFY2(run.status.ok(), qPrintable(run.status.errorMessage()));
        QList<qint64> got;
        for (const BuildiumPage &p : run.pages)
            for (const LeaseRecord &l : p.leases)
                got.append(l.pmsId);
        QCOMPARE(got, leases);
        run = runPager(client.pages(BuildiumStep::WorkOrders, w));
        QVERIFY2(run.status.ok(), qPrintable(run.status.errorMessage()));
        got.clear();
        for (const BuildiumPage &p : run.pages)
            for (const WorkOrderRecord &wo : p.workOrders)
                got.append(wo.pmsId);
        QCOMPARE(got, orders);
    }

    void normalizedRecords()
    {
        SimServer s(simOptions());
        QVERIFY(s.listen());
        QNetworkAccessManager nam;
        BuildiumClient client(&nam, credsFor(s), fastOptions(1000));
        // Properties: the rental owner is the portfolio; the rental manager the property manager.
        Run run = runPager(client.pages(BuildiumStep::Properties));
        QVERIFY2(run.status.ok(), qPrintable(run.status.errorMessage()));
        // Active rentals only (status=Active), as Propertyware lists active buildings only.
        const qint64 activeBuildings = s.data().read([](const SimStore &st) {
            return qint64(std::count_if(st.buildings.begin(), st.buildings.end(), [](const auto &b) { return b.active; }));
        });
        QVERIFY(activeBuildings < s.data().count(Entity::Buildings));
        QCOMPARE(run.count([](const BuildiumPage &p) { return p.properties.size(); }), activeBuildings);
        const PropertyRecord first = run.pages.first().properties.first();
        const auto building = s.data().read([&](const SimStore &st) { return *pms::sim::findById(st.buildings, first.pmsId); });
        QCOMPARE(first.pmsPortfolioId.value_or(0), building.portfolioId);
        QCOMPARE(first.name, building.name);
        QCOMPARE(first.city, building.address.city);
        QVERIFY(first.managerUserId.has_value());
        QVERIFY(first.rawJson.contains(QLatin1String("\"RentalManager\"")));
        // Leases: active ones carry their current tenants (R2 needs the flag and the contacts).
        run = runPager(client.pages(BuildiumStep::Leases));
        QVERIFY(run.status.ok());
        QCOMPARE(run.count([](const BuildiumPage &p) { return p.leases.size(); }), qint64(s.data().count(Entity::Leases)));
        int active = 0;
        for (const BuildiumPage &p : run.pages)
            for (const LeaseRecord &l : p.leases)
                if (l.active) {
                    ++active;
                    QVERIFY(!l.contacts.isEmpty());
                    QVERIFY(l.pmsUnitId.has_value());
                    QVERIFY(!l.moveIn.isEmpty());
                    QCOMPARE(l.status, QStringLiteral("Active"));
                }
        QVERIFY(active > 0);
        // Work orders: the task's assignee is "Managed By" (R5); status and priority in the app's words.
        run = runPager(client.pages(BuildiumStep::WorkOrders));
        QVERIFY2(run.status.ok(), qPrintable(run.status.errorMessage()));
        QCOMPARE(run.count([](const BuildiumPage &p) { return p.workOrders.size(); }), qint64(s.data().count(Entity::WorkOrders)));
        const QHash<qint64, pms::sim::SimWorkOrder> byId = s.data().read([](const SimStore &st) {
            QHash<qint64, pms::sim::SimWorkOrder> h;
            for (const auto &w : st.workOrders)
                h.insert(w.id, w);
            return h;
        });
        int mine = 0;
        for (const BuildiumPage &p : run.pages)
            for (const WorkOrderRecord &w : p.workOrders) {
                const pms::sim::SimWorkOrder &sw = byId[w.pmsId];
                QCOMPARE(w.managedBy, sw.managedBy.isNull() ? QString() : sw.managedBy);
                QCOMPARE(w.pmsPropertyId.value_or(0), sw.buildingId);
                QCOMPARE(w.pmsUnitId.value_or(0), sw.unitId);
                QVERIFY(w.description.startsWith(sw.description));
                if (sw.status == QLatin1String("Open"))
                    QCOMPARE(w.status, QStringLiteral("Open"));
                if (sw.priority == QLatin1String("MEDIUM"))
                    QCOMPARE(w.priority, QStringLiteral("MEDIUM"));
                mine += w.managedBy == s.options().integrationUser;
            }
        QVERIFY(mine > 0);
        // Portfolios, owners and vendors.
        run = runPager(client.pages(BuildiumStep::Portfolios));
        QCOMPARE(run.count([](const BuildiumPage &p) { return p.portfolios.size(); }), qint64(s.data().count(Entity::Portfolios)));
        run = runPager(client.pages(BuildiumStep::Vendors));
        QCOMPARE(run.count([](const BuildiumPage &p) { return p.raw.size(); }), qint64(s.data().count(Entity::Vendors)));
    }

    void errorStatuses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("words");
        QTest::newRow("400") << 400 << "http-400" << "malformed";
        QTest::newRow("401") << 401 << "auth" << "client secret";
        QTest::newRow("403") << 403 << "auth" << "Maintenance > Work Orders";
        QTest::newRow("404") << 404 << "not-found" << "/v1/workorders";
        QTest::newRow("409") << 409 << "conflict" << "conflicts";
        QTest::newRow("415") << 415 << "http-415" << "format";
        QTest::newRow("422") << 422 << "validation" << "could not use";
        QTest::newRow("429") << 429 << "rate-limited" << "limiting";
        QTest::newRow("500") << 500 << "server" << "try again later";
    }
    void errorStatuses()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, words);
        SimServer s(simOptions(pms::sim::Scale::Tiny));
        QVERIFY(s.listen());
        QVERIFY(s.faults().setSpec(QStringLiteral("workorders:%1").arg(status)));
        QNetworkAccessManager nam;
        ClientOptions o = fastOptions();
        o.maxAttempts = 3;
        BuildiumClient client(&nam, credsFor(s), o);
        const HttpResponse r = runRequest(client.get(QStringLiteral("/v1/workorders")));
        QVERIFY(!r.ok());
        QCOMPARE(r.httpStatus, status);
        QCOMPARE(r.error->code, code);
        QVERIFY2(r.error->message.contains(words, Qt::CaseInsensitive), qPrintable(r.error->message));
        // Retried only when it may help (429, 5xx), and then up to maxAttempts.
        QCOMPARE(r.attempts, status == 429 || status == 500 ? 3 : 1);
    }

    void unauthorizedNamesTheKey()
    {
        SimServer s(simOptions(pms::sim::Scale::Tiny));
        QVERIFY(s.listen());
        QNetworkAccessManager nam;
        BuildiumCredentials c = credsFor(s);
        c.clientId = QStringLiteral("someone-else");
        BuildiumClient client(&nam, c, fastOptions());
        HttpResponse r = runRequest(client.testConnection());
        QCOMPARE(r.error->code, QStringLiteral("auth"));
        QVERIFY2(r.error->message.contains(QLatin1String("client ID")), qPrintable(r.error->message));
        // A run stops at the first 401: the pager ends with it, nothing after.
        c = credsFor(s);
        c.clientSecret = QStringLiteral("wrong");
        client.setCredentials(c);
        const Run run = runPager(client.pages(BuildiumStep::Units));
        QVERIFY(!run.status.ok());
        QCOMPARE(run.status.error().httpStatus, 401);
        QVERIFY(run.status.errorMessage().contains(QLatin1String("secret")));
        QVERIFY(run.pages.isEmpty());
    }

    void transientErrorsAreRetried()
    {
        SimServer s(simOptions(pms::sim::Scale::Tiny));
        QVERIFY(s.listen());
        QVERIFY(s.faults().setSpec(QStringLiteral("units:429=0#1,units:503#2,units:reset#3")));
        QNetworkAccessManager nam;
        BuildiumClient client(&nam, credsFor(s), fastOptions());
        const Run run = runPager(client.pages(BuildiumStep::Units));
        QVERIFY2(run.status.ok(), qPrintable(run.status.errorMessage()));
        QVERIFY(run.count([](const BuildiumPage &p) { return p.units.size(); }) > 0);
    }

    void brokenAnswersAreRetriedOrRefused_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<bool>("recovers");
        QTest::newRow("cut body") << "units:truncate#1" << false; // a complete answer that does not parse
        QTest::newRow("reset") << "units:reset#1-2" << true;
        QTest::newRow("hang") << "units:hang#1" << true; // the transfer timeout, then a retry
        QTest::newRow("not json") << "units:badjson#1" << false;
        QTest::newRow("web page") << "units:wrongtype#1" << false;
    }
    void brokenAnswersAreRetriedOrRefused()
    {
        QFETCH(QString, fault);
        QFETCH(bool, recovers);
        SimServer s(simOptions(pms::sim::Scale::Tiny));
        QVERIFY(s.listen());
        QVERIFY(s.faults().setSpec(fault));
        QNetworkAccessManager nam;
        ClientOptions o = fastOptions();
        o.timeoutMs = 400;
        BuildiumClient client(&nam, credsFor(s), o);
        const Run run = runPager(client.pages(BuildiumStep::Units));
        QVERIFY(run.finished);
        QCOMPARE(run.status.ok(), recovers);
        if (recovers)
            QVERIFY(run.count([](const BuildiumPage &p) { return p.units.size(); }) > 0);
        else
            QVERIFY(run.pages.isEmpty()); // nothing of the broken page
    }

    void shiftingTasksStillJoinEveryWorkOrderOnce()
    {
        SimServer s(simOptions(pms::sim::Scale::Tiny));
        QVERIFY(s.listen());
        QVERIFY(s.faults().setSpec(QStringLiteral("tasks:pageshift=4#2")));
        QNetworkAccessManager nam;
        BuildiumClient client(&nam, credsFor(s), fastOptions(10));
        const Run run = runPager(client.pages(BuildiumStep::WorkOrders));
        QVERIFY2(run.status.ok(), qPrintable(run.status.errorMessage()));
        QList<qint64> ids;
        for (const BuildiumPage &p : run.pages)
            for (const WorkOrderRecord &w : p.workOrders)
                ids.append(w.pmsId);
        QCOMPARE(ids.size(), s.data().count(Entity::WorkOrders)); // the 4 inserted ones included
        QCOMPARE(QSet<qint64>(ids.begin(), ids.end()).size(), ids.size());
        QVERIFY(!run.warnings.isEmpty()); // the repair pass says why
    }

    void forbiddenStopsWorkOrdersWithThePermission()
    {
        SimServer s(simOptions(pms::sim::Scale::Tiny));
        QVERIFY(s.listen());
        QVERIFY(s.faults().setSpec(QStringLiteral("tasks:403")));
        QNetworkAccessManager nam;
        BuildiumClient client(&nam, credsFor(s), fastOptions());
        const Run run = runPager(client.pages(BuildiumStep::WorkOrders));
        QVERIFY(!run.status.ok());
        QCOMPARE(run.status.error().code, QStringLiteral("auth"));
        QVERIFY2(run.status.errorMessage().contains(QLatin1String("Tasks > Tasks")), qPrintable(run.status.errorMessage()));
    }

    void aFailedJoinDropsTheWholePage()
    {
        SimServer s(simOptions(pms::sim::Scale::Tiny));
        QVERIFY(s.listen());
        // The tasks page arrives; the work orders of that page fail for good.
        QVERIFY(s.faults().setSpec(QStringLiteral("workorders:422")));
        QNetworkAccessManager nam;
        BuildiumClient client(&nam, credsFor(s), fastOptions());
        const Run run = runPager(client.pages(BuildiumStep::WorkOrders));
        QVERIFY(!run.status.ok());
        QCOMPARE(run.status.error().code, QStringLiteral("validation"));
        QVERIFY(run.pages.isEmpty());
    }

    void pagesThatShiftAreRepaired()
    {
        SimServer s(simOptions());
        QVERIFY(s.listen());
        QVERIFY(s.faults().setSpec(QStringLiteral("rentals:pageshift=3#2")));
        QNetworkAccessManager nam;
        BuildiumClient client(&nam, credsFor(s), fastOptions(10));
        QList<qint64> ids;
        BuildiumListJob *job = client.list(QStringLiteral("/v1/rentals"));
        connect(job, &BuildiumListJob::page, this, [&](const QList<QJsonObject> &records) {
            for (const QJsonObject &o : records)
                ids.append(qint64(o.value(QLatin1String("Id")).toDouble()));
        });
        QSignalSpy done(job, &BuildiumListJob::finished);
        QVERIFY(done.wait(30000));
        QVERIFY(done.first().at(0).value<Status>().ok());
        QCOMPARE(ids.size(), s.data().count(Entity::Buildings)); // the 3 inserted ones too
        QCOMPARE(QSet<qint64>(ids.begin(), ids.end()).size(), ids.size());
    }

    void createCloseAndFind()
    {
        SimServer s(simOptions(pms::sim::Scale::Tiny));
        QVERIFY(s.listen());
        QNetworkAccessManager nam;
        BuildiumClient client(&nam, credsFor(s), fastOptions());
        const qint64 unit = s.data().read([](const SimStore &st) {
            return std::find_if(st.units.begin(), st.units.end(), [](const pms::sim::SimUnit &u) { return u.active; })->id;
        });
        const qint64 property = s.data().read([unit](const SimStore &st) { return pms::sim::findById(st.units, unit)->buildingId; });
        // The integration user is found by email (R5's gate).
        const HttpResponse ur = runRequest(client.findUserByEmail(s.options().integrationEmail));
        const Result<BuildiumUser> user = BuildiumClient::parseUser(ur, s.options().integrationEmail);
        QVERIFY2(user.ok(), qPrintable(user.errorMessage()));
        QCOMPARE(user->name, s.options().integrationUser);
        QCOMPARE(BuildiumClient::parseUser(runRequest(client.findUserByEmail(QStringLiteral("nobody@x.example"))),
                     QStringLiteral("nobody@x.example"))
                     .error()
                     .code,
            QStringLiteral("integration-user"));

        BuildiumWorkOrderDraft d;
        d.propertyId = property;
        d.unitId = unit;
        d.assignedToUserId = user->id;
        d.title = QStringLiteral("Kitchen tap leaks [pmsbridge:1234]");
        d.details = QStringLiteral("Drips all night");
        d.priority = BuildiumRecords::buildiumPriority(QStringLiteral("HIGH"));
        // No vendor: refused before anything is sent (the file makes VendorId required).
        const HttpResponse noVendor = runRequest(client.createWorkOrder(d));
        QCOMPARE(noVendor.error->code, QStringLiteral("validation"));
        QVERIFY(noVendor.error->message.contains(QLatin1String("vendor")));
        d.vendorId = s.data().ids(Entity::Vendors).first();
        const Result<BuildiumClient::Created> created = BuildiumClient::parseCreatedWorkOrder(runRequest(client.createWorkOrder(d)));
        QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
        const auto stored = s.data().read([&](const SimStore &st) { return *pms::sim::findById(st.workOrders, created->workOrderId); });
        QCOMPARE(stored.managedBy, s.options().integrationUser);
        QCOMPARE(stored.priority, QStringLiteral("HIGH"));
        QCOMPARE(stored.unitId, unit);
        // Looked up by its tag before a second POST.
        const HttpResponse found = runRequest(client.findWorkOrdersByTitle(QStringLiteral("pmsbridge:1234")));
        QCOMPARE(QJsonDocument::fromJson(found.body).array().size(), 1);
        // Closed through its task.
        BuildiumTaskStatusJob *close = client.setTaskStatus(created->taskId, QStringLiteral("Completed"), QStringLiteral("New washer"));
        QSignalSpy closed(close, &BuildiumTaskStatusJob::finished);
        QVERIFY(closed.wait(10000));
        QVERIFY2(closed.first().at(0).value<Status>().ok(), qPrintable(closed.first().at(0).value<Status>().errorMessage()));
        QCOMPARE(s.data().read([&](const SimStore &st) { return pms::sim::findById(st.workOrders, created->workOrderId)->status; }),
            QStringLiteral("Completed"));
        // A missing vendor id, a bad unit: Buildium's 422 words reach the caller.
        d.unitId = 1;
        const Result<BuildiumClient::Created> bad = BuildiumClient::parseCreatedWorkOrder(runRequest(client.createWorkOrder(d)));
        QCOMPARE(bad.error().code, QStringLiteral("validation"));
        QVERIFY(bad.errorMessage().contains(QLatin1String("No rental unit")));
    }

    void uploadInTwoSteps()
    {
        SimServer s(simOptions(pms::sim::Scale::Tiny));
        QVERIFY(s.listen());
        QNetworkAccessManager nam;
        BuildiumClient client(&nam, credsFor(s), fastOptions());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("invoice.pdf"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.4 invoice");
        f.close();
        const qint64 unit = s.data().read([](const SimStore &st) {
            return std::find_if(st.units.begin(), st.units.end(), [](const pms::sim::SimUnit &u) { return u.active; })->id;
        });
        BuildiumUploadJob *job = client.uploadFile(QStringLiteral("RentalUnit"), unit, 2, QStringLiteral("Work order 12: invoice"), path);
        QSignalSpy done(job, &BuildiumUploadJob::finished);
        QVERIFY(done.wait(10000));
        const Status ok = done.first().at(0).value<Status>();
        QVERIFY2(ok.ok(), qPrintable(ok.errorMessage()));
        const qint64 id = done.first().at(1).toLongLong();
        const QList<pms::sim::buildium::BuildiumFile> files = s.buildiumApi()->files();
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.first().id, id);
        QCOMPARE(files.first().entityId, unit);
        QCOMPARE(files.first().size, qint64(16));
        QCOMPARE(files.first().title, QStringLiteral("Work order 12: invoice"));
        // The bucket refuses: the error says so, with the file store's words.
        QVERIFY(s.faults().setSpec(QStringLiteral("bucket:400")));
        job = client.uploadFile(QStringLiteral("RentalUnit"), unit, 2, QStringLiteral("again"), path);
        QSignalSpy failed(job, &BuildiumUploadJob::finished);
        QVERIFY(failed.wait(10000));
        QVERIFY(!failed.first().at(0).value<Status>().ok());
        // An unreadable file fails before anything is sent.
        job = client.uploadFile(QStringLiteral("RentalUnit"), unit, 2, QStringLiteral("gone"), dir.filePath(QStringLiteral("none")));
        QSignalSpy missing(job, &BuildiumUploadJob::finished);
        QVERIFY(missing.wait(10000));
        QCOMPARE(missing.first().at(0).value<Status>().error().code, QStringLiteral("file"));
    }

    // ---- hand-made answers ------------------------------------------------------------

    void malformedRecordsAreRefusedWithReasons()
    {
        FakeNetworkAccessManager nam;
        BuildiumCredentials c;
        c.baseUrl = QUrl(QStringLiteral("https://api.buildium.com"));
        c.clientId = QStringLiteral("id");
        c.clientSecret = QStringLiteral("s");
        BuildiumClient client(&nam, c, fastOptions(10));
        QJsonObject noId = unitJson(1);
        noId.remove(QStringLiteral("Id"));
        QJsonObject textId = unitJson(2);
        textId.insert(QStringLiteral("Id"), QStringLiteral("2"));
        QJsonObject badProperty = unitJson(3);
        badProperty.insert(QStringLiteral("PropertyId"), -4);
        QJsonObject badAddress = unitJson(4);
        badAddress.insert(QStringLiteral("Address"), QStringLiteral("12 Main St"));
        nam.enqueue(FakeResponse::raw(200, page({ unitJson(10), noId, textId, badProperty, badAddress, unitJson(11) }))
                        .withHeader("X-Total-Count", "6"));
        const Run run = runPager(client.pages(BuildiumStep::Units));
        QVERIFY2(run.status.ok(), qPrintable(run.status.errorMessage()));
        QCOMPARE(run.pages.size(), 1);
        QCOMPARE(run.pages.first().units.size(), 2);
        const QList<RecordProblem> problems = run.problems();
        QCOMPARE(problems.size(), 4);
        QStringList reasons;
        for (const RecordProblem &p : problems)
            reasons << p.reason;
        const QString all = reasons.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("no usable Id")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("PropertyId is -4")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("Address is '12 Main St', not an object")), qPrintable(all));
        QCOMPARE(problems.at(2).id, qint64(3));
    }

    void brokenPagesFailWithoutDelivering_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::newRow("an object, not a list") << QByteArray(R"({"Id":1})") << QByteArray("application/json");
        QTest::newRow("truncated") << QByteArray(R"([{"Id":1},{"Id":)") << QByteArray("application/json");
        QTest::newRow("a web page") << QByteArray("<html><body>Maintenance</body></html>") << QByteArray("text/html");
    }
    void brokenPagesFailWithoutDelivering()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        FakeNetworkAccessManager nam;
        BuildiumCredentials c;
        c.baseUrl = QUrl(QStringLiteral("https://api.buildium.com"));
        BuildiumClient client(&nam, c, fastOptions(2));
        nam.enqueue(FakeResponse::raw(200, page({ unitJson(1), unitJson(2) })).withHeader("X-Total-Count", "3"));
        nam.enqueue(FakeResponse::raw(200, body, contentType));
        const Run run = runPager(client.pages(BuildiumStep::Units));
        QVERIFY(!run.status.ok());
        QCOMPARE(run.status.error().code, QStringLiteral("protocol"));
        QCOMPARE(run.pages.size(), 1); // the first page only; nothing of the broken one
    }

    void unusableTotalsAreNotTrusted_data()
    {
        QTest::addColumn<QByteArray>("total");
        QTest::newRow("negative") << QByteArray("-5");
        QTest::newRow("text") << QByteArray("many");
    }
    void unusableTotalsAreNotTrusted()
    {
        QFETCH(QByteArray, total);
        FakeNetworkAccessManager nam;
        BuildiumCredentials c;
        c.baseUrl = QUrl(QStringLiteral("https://api.buildium.com"));
        BuildiumClient client(&nam, c, fastOptions(2));
        nam.setHandler([total](const FakeRequest &r) {
            // Records 1..3, served by offset and limit, with an unusable count.
            const int offset = r.queryValue(QStringLiteral("offset")).toInt();
            const int limit = r.queryValue(QStringLiteral("limit")).toInt();
            QJsonArray a;
            for (int id = offset + 1; id <= std::min(3, offset + limit); ++id)
                a.append(unitJson(id));
            return FakeResponse::raw(200, QJsonDocument(a).toJson()).withHeader("X-Total-Count", total);
        });
        const Run run = runPager(client.pages(BuildiumStep::Units));
        QVERIFY(run.status.ok());
        QCOMPARE(run.count([](const BuildiumPage &p) { return p.units.size(); }), qint64(3));
        QCOMPARE(run.pages.first().totalCount, qint64(-1));
        QCOMPARE(run.warnings.size(), 1);
        QVERIFY(run.warnings.first().contains(QString::fromLatin1(total)));
    }

    void fewerRecordsThanTheTotalIsReadTwiceThenRefused()
    {
        FakeNetworkAccessManager nam;
        BuildiumCredentials c;
        c.baseUrl = QUrl(QStringLiteral("https://api.buildium.com"));
        BuildiumClient client(&nam, c, fastOptions(10));
        nam.setHandler([](const FakeRequest &) {
            return FakeResponse::raw(200, page({ unitJson(1), unitJson(2) })).withHeader("X-Total-Count", "9");
        });
        const Run run = runPager(client.pages(BuildiumStep::Units));
        QVERIFY(!run.status.ok());
        QCOMPARE(run.status.error().code, QStringLiteral("incomplete"));
        QCOMPARE(nam.requestCount(), 2);
    }

    void plainHttpOnlyToThisComputer()
    {
        FakeNetworkAccessManager nam;
        BuildiumCredentials c;
        c.baseUrl = QUrl(QStringLiteral("http://api.buildium.com"));
        BuildiumClient client(&nam, c, fastOptions());
        const HttpResponse r = runRequest(client.testConnection());
        QCOMPARE(r.error->code, QStringLiteral("insecure-url"));
        QCOMPARE(nam.requestCount(), 0);
    }

    void connectionFormFields()
    {
        const QList<ConnectionField> fields = BuildiumClient::connectionFields();
        QStringList keys;
        for (const ConnectionField &f : fields)
            keys << f.key;
        QCOMPARE(keys, (QStringList { QStringLiteral("baseUrl"), QStringLiteral("clientId"), QStringLiteral("clientSecret"),
                           QStringLiteral("integrationUser"), QStringLiteral("integrationEmail"),
                           QStringLiteral("defaultVendorId") }));
        QVERIFY(fields.at(2).secret);
        QVERIFY(!fields.at(0).secret);
    }
};

QTEST_GUILESS_MAIN(TestBuildiumClient)
#include "tst_buildiumclient.moc"
