#include "support/FakeListServer.h"
#include "support/FakeNetworkAccessManager.h"
#include "support/PmsClientRig.h"

#include "pms/PropertywareClient.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

using namespace pms;
using namespace pms::test;

namespace {

using Mutation = std::function<void(int request, FakeListServer &server, QRandomGenerator &rng)>;

QList<qint64> sorted(QList<qint64> v)
{
    std::sort(v.begin(), v.end());
    return v;
}

QByteArray page(const QJsonArray &a)
{
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

QJsonArray records(qint64 from, qint64 to)
{
    QJsonArray a;
    for (qint64 i = from; i <= to; ++i)
        a.append(QJsonObject{{QStringLiteral("id"), double(i)}});
    return a;
}

} // namespace

Q_DECLARE_METATYPE(Mutation)

class TestListJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagingMath_data()
    {
        QTest::addColumn<int>("total");
        QTest::addColumn<QList<qint64>>("offsets");
        QTest::newRow("empty") << 0 << QList<qint64>{0};
        QTest::newRow("one") << 1 << QList<qint64>{0};
        QTest::newRow("499") << 499 << QList<qint64>{0};
        QTest::newRow("500: full first page needs a short one after") << 500 << QList<qint64>{0, 495};
        QTest::newRow("501") << 501 << QList<qint64>{0, 495};
        QTest::newRow("994") << 994 << QList<qint64>{0, 495};
        QTest::newRow("995") << 995 << QList<qint64>{0, 495, 990};
        QTest::newRow("1200") << 1200 << QList<qint64>{0, 495, 990};
        QTest::newRow("2600") << 2600 << QList<qint64>{0, 495, 990, 1485, 1980, 2475};
    }
    void pagingMath()
    {
        QFETCH(int, total);
        QFETCH(QList<qint64>, offsets);
        FakeNetworkAccessManager nam;
        FakeListServer server(QStringLiteral("units"), total);
        nam.setHandler([&server](const FakeRequest &r) { return server.handle(r); });
        PropertywareClient client(&nam, fakeCredentials(), fastClientOptions());
        QUrlQuery filters;
        filters.addQueryItem(QStringLiteral("lastModifiedDateTimeStart"), QStringLiteral("2024-01-01T00:00:00Z"));
        filters.addQueryItem(QStringLiteral("limit"), QStringLiteral("3")); // replaced by the job
        ListOutcome out;
        collect(client.list(PmsEntity::Units, filters), &out);
        QVERIFY(waitFor(out));
        QVERIFY2(out.status.ok(), qPrintable(out.status.errorMessage()));

        QCOMPARE(sorted(server.offsetsSeen()), offsets);
        QCOMPARE(out.recordsDelivered, qint64(total));
        QCOMPARE(out.ids, server.ids()); // every record, once, in id order
        for (const FakeRequest &r : nam.requests()) {
            QCOMPARE(r.path(), QStringLiteral("/pw/api/rest/v1/units"));
            QCOMPARE(r.queryValue(QStringLiteral("limit")), QStringLiteral("500"));
            QCOMPARE(r.queryValue(QStringLiteral("orderby")), QStringLiteral("id asc"));
            QCOMPARE(r.queryValue(QStringLiteral("lastModifiedDateTimeStart")), QStringLiteral("2024-01-01T00:00:00Z"));
            QCOMPARE(r.query().allQueryItemValues(QStringLiteral("limit")).size(), 1);
        }
        for (int i = 0; i < out.pages.size(); ++i) {
            QCOMPARE(out.pages.at(i).pageIndex, i);
            QCOMPARE(out.pages.at(i).entity, PmsEntity::Units);
            QCOMPARE(out.pages.at(i).totalCount, qint64(total));
            QVERIFY(out.pages.at(i).pagesExpected >= i + 1);
        }
        if (total > 0) {
            QCOMPARE(out.pages.first().records.size(), std::min(total, 500));
            QCOMPARE(out.pages.first().pagesExpected, int(offsets.size()));
        }
    }

    void unusableTotalPagesUntilAShortPage_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("missing") << int(FakeListServer::TotalHeader::Missing);
        QTest::newRow("negative") << int(FakeListServer::TotalHeader::Negative);
        QTest::newRow("not a number") << int(FakeListServer::TotalHeader::Garbage);
    }
    void unusableTotalPagesUntilAShortPage()
    {
        QFETCH(int, mode);
        FakeNetworkAccessManager nam;
        FakeListServer server(QStringLiteral("leases"), 1200);
        server.totalHeader = FakeListServer::TotalHeader(mode);
        nam.setHandler([&server](const FakeRequest &r) { return server.handle(r); });
        PropertywareClient client(&nam, fakeCredentials(), fastClientOptions());
        ListOutcome out;
        collect(client.list(PmsEntity::Leases), &out);
        QVERIFY(waitFor(out));
        QVERIFY2(out.status.ok(), qPrintable(out.status.errorMessage()));
        QCOMPARE(out.ids, server.ids());
        QCOMPARE(server.offsetsSeen(), (QList<qint64>{0, 495, 990}));
        QCOMPARE(out.pages.first().totalCount, qint64(-1));
    }

    void totalLargerThanTheRecordsEndsIncomplete()
    {
        FakeNetworkAccessManager nam;
        FakeListServer server(QStringLiteral("units"), 700);
        server.totalHeader = FakeListServer::TotalHeader::Fixed;
        server.fixedTotal = 5000;
        nam.setHandler([&server](const FakeRequest &r) { return server.handle(r); });
        PropertywareClient client(&nam, fakeCredentials(), fastClientOptions());
        ListOutcome out;
        collect(client.list(PmsEntity::Units), &out);
        QVERIFY(waitFor(out));
        QCOMPARE(out.status.error().code, QStringLiteral("incomplete"));
        QVERIFY2(out.status.errorMessage().contains(QLatin1String("5000")), qPrintable(out.status.errorMessage()));
        QCOMPARE(out.ids, server.ids()); // what exists was still delivered, once
        QVERIFY(out.requests <= 3 * 12);  // three passes at most, each bounded
    }

    void emptyPageBeforeTheTotalStopsWithoutLooping()
    {
        FakeNetworkAccessManager nam;
        nam.setHandler([](const FakeRequest &r) {
            const QJsonArray body = r.queryValue(QStringLiteral("offset")) == QLatin1String("0") ? records(1, 500)
                                                                                                : QJsonArray();
            return FakeResponse::raw(200, page(body)).withHeader("X-Total-Count", "2000");
        });
        PropertywareClient client(&nam, fakeCredentials(), fastClientOptions());
        ListOutcome out;
        collect(client.list(PmsEntity::Contacts), &out);
        QVERIFY(waitFor(out));
        QCOMPARE(out.status.error().code, QStringLiteral("incomplete"));
        QVERIFY2(out.status.errorMessage().contains(QLatin1String("2000")), qPrintable(out.status.errorMessage()));
        QCOMPARE(out.recordsDelivered, qint64(500));
        QVERIFY(!out.hasDuplicates());
        QVERIFY2(out.requests < 20, qPrintable(QString::number(out.requests)));
    }

    void duplicatesAreRemoved()
    {
        FakeNetworkAccessManager nam;
        QJsonArray first = records(1, 500);
        first.replace(10, QJsonObject{{QStringLiteral("id"), 10}}); // 10 twice in one page
        nam.enqueue(FakeResponse::raw(200, page(first)).withHeader("X-Total-Count", "599"));
        nam.setHandler([](const FakeRequest &r) {
            // Offset 495 with 100 already seen ids in front, as if 95 records had been inserted below.
            if (r.queryValue(QStringLiteral("offset")) == QLatin1String("495"))
                return FakeResponse::raw(200, page(records(401, 600))).withHeader("X-Total-Count", "599");
            return FakeResponse::raw(200, page({})).withHeader("X-Total-Count", "599");
        });
        PropertywareClient client(&nam, fakeCredentials(), fastClientOptions());
        ListOutcome out;
        collect(client.list(PmsEntity::Units), &out);
        QVERIFY(waitFor(out));
        QVERIFY2(out.status.ok(), qPrintable(out.status.errorMessage()));
        QVERIFY(!out.hasDuplicates());
        QCOMPARE(out.recordsDelivered, qint64(599)); // id 11 was never sent (10 took its place)
        QCOMPARE(out.pages.size(), 2);
        QCOMPARE(out.pages.at(1).records.size(), 100);
    }

    void pageShiftLosesNothing_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("maxInFlight");
        QTest::addColumn<Mutation>("mutate");

        // Ids are 10, 20, 30, ... so records can be inserted anywhere.
        const auto lowest = [](FakeListServer &s, int n) {
            const QList<qint64> ids = s.ids();
            for (int i = 0; i < n && i < ids.size(); ++i)
                s.remove(ids.at(i));
        };
        QTest::newRow("3 deleted below the cursor (inside the overlap)")
            << 1500 << 4 << Mutation([lowest](int n, FakeListServer &s, QRandomGenerator &) {
                   if (n == 1)
                       lowest(s, 3);
               });
        QTest::newRow("20 deleted below the cursor")
            << 1500 << 4 << Mutation([lowest](int n, FakeListServer &s, QRandomGenerator &) {
                   if (n == 1)
                       lowest(s, 20);
               });
        QTest::newRow("20 deleted, sequential paging")
            << 1500 << 1 << Mutation([lowest](int n, FakeListServer &s, QRandomGenerator &) {
                   if (n == 2)
                       lowest(s, 20);
               });
        QTest::newRow("700 deleted below the cursor (more than a page)")
            << 3000 << 4 << Mutation([lowest](int n, FakeListServer &s, QRandomGenerator &) {
                   if (n == 2)
                       lowest(s, 700);
               });
        QTest::newRow("30 inserted below the cursor")
            << 1500 << 4 << Mutation([](int n, FakeListServer &s, QRandomGenerator &) {
                   if (n == 1)
                       for (int i = 0; i < 30; ++i)
                           s.insert(qint64(11 + i * 10 + 1)); // 12, 22, ...: between existing ids
               });
        QTest::newRow("records appended while paging")
            << 1200 << 2 << Mutation([](int n, FakeListServer &s, QRandomGenerator &) {
                   for (int i = 0; i < 50; ++i)
                       s.insert(qint64(1000000 + n * 100 + i));
               });
        QTest::newRow("tail deleted: later pages come back empty")
            << 2000 << 4 << Mutation([](int n, FakeListServer &s, QRandomGenerator &) {
                   if (n == 1) {
                       const QList<qint64> ids = s.ids();
                       for (int i = 1100; i < ids.size(); ++i)
                           s.remove(ids.at(i));
                   }
               });
        QTest::newRow("deletes and inserts on every request")
            << 2500 << 4 << Mutation([](int, FakeListServer &s, QRandomGenerator &rng) {
                   for (int i = 0; i < 8; ++i) {
                       const QList<qint64> ids = s.ids();
                       if (!ids.isEmpty())
                           s.remove(ids.at(rng.bounded(int(ids.size()))));
                       s.insert(qint64(rng.bounded(1, 30000)) * 10 + 5);
                   }
               });
        for (int seed = 1; seed <= 6; ++seed) {
            QTest::addRow("random churn, seed %d", seed)
                << 3000 << (seed % 3) + 1 << Mutation([](int, FakeListServer &s, QRandomGenerator &rng) {
                       const int deletes = rng.bounded(0, 40);
                       const int inserts = rng.bounded(0, 40);
                       for (int i = 0; i < deletes; ++i) {
                           const QList<qint64> ids = s.ids();
                           if (!ids.isEmpty())
                               s.remove(ids.at(rng.bounded(int(ids.size()))));
                       }
                       for (int i = 0; i < inserts; ++i)
                           s.insert(qint64(rng.bounded(1, 40000)) * 10 + 3);
                   });
        }
    }
    void pageShiftLosesNothing()
    {
        QFETCH(int, count);
        QFETCH(int, maxInFlight);
        QFETCH(Mutation, mutate);
        FakeNetworkAccessManager nam;
        FakeListServer server(QStringLiteral("workorders"));
        for (int i = 1; i <= count; ++i)
            server.insert(qint64(i) * 10);
        const QList<qint64> initialIds = server.ids();
        QSet<qint64> everDeleted;
        QSet<qint64> everExisted(initialIds.cbegin(), initialIds.cend());
        QRandomGenerator rng(quint32(qHash(QString::fromLatin1(QTest::currentDataTag()))));
        server.setBeforeAnswer([&](int n, FakeListServer &s) {
            const QList<qint64> before = s.ids();
            mutate(n, s, rng);
            const QList<qint64> after = s.ids();
            const QSet<qint64> afterSet(after.cbegin(), after.cend());
            for (qint64 id : before)
                if (!afterSet.contains(id))
                    everDeleted.insert(id);
            everExisted.unite(afterSet);
        });
        nam.setHandler([&server](const FakeRequest &r) { return server.handle(r); });
        ClientOptions o = fastClientOptions();
        o.maxInFlight = maxInFlight;
        PropertywareClient client(&nam, fakeCredentials(), o);
        ListOutcome out;
        collect(client.list(PmsEntity::WorkOrders), &out);
        QVERIFY(waitFor(out));
        QVERIFY2(out.status.ok(), qPrintable(out.status.errorMessage()));

        QVERIFY(!out.hasDuplicates());
        QSet<qint64> wholeRun(initialIds.cbegin(), initialIds.cend());
        wholeRun.subtract(everDeleted);
        const QSet<qint64> delivered = out.idSet();
        QSet<qint64> lost = wholeRun;
        lost.subtract(delivered);
        QVERIFY2(lost.isEmpty(), qPrintable(QStringLiteral("%1 records lost, e.g. %2; %3 requests, %4 repairs")
                                                .arg(lost.size())
                                                .arg(lost.isEmpty() ? 0 : *lost.cbegin())
                                                .arg(out.requests)
                                                .arg(out.repairs)));
        QVERIFY(everExisted.contains(delivered)); // nothing invented
        QCOMPARE(out.recordsDelivered, qint64(delivered.size()));
        QVERIFY(nam.maxOpenReplies() <= maxInFlight);
    }

    void shiftBeyondTheOverlapIsRepaired()
    {
        FakeNetworkAccessManager nam;
        FakeListServer server(QStringLiteral("units"), 1500);
        server.setBeforeAnswer([](int n, FakeListServer &s) {
            if (n == 1)
                for (qint64 id = 1; id <= 20; ++id)
                    s.remove(id);
        });
        nam.setHandler([&server](const FakeRequest &r) { return server.handle(r); });
        PropertywareClient client(&nam, fakeCredentials(), fastClientOptions());
        ListOutcome out;
        collect(client.list(PmsEntity::Units), &out);
        QVERIFY(waitFor(out));
        QVERIFY(out.status.ok());
        QVERIFY(out.repairs >= 1); // the overlap check caught the gap
        for (qint64 id = 21; id <= 1500; ++id)
            QVERIFY2(out.idSet().contains(id), qPrintable(QString::number(id)));
        QCOMPARE(out.ids, sorted(out.ids)); // still delivered in id order
    }

    void unsortedPagesStillDeliverEverything()
    {
        FakeNetworkAccessManager nam;
        FakeListServer server(QStringLiteral("vendors"), 1234);
        server.honourOrderBy = false;
        nam.setHandler([&server](const FakeRequest &r) { return server.handle(r); });
        PropertywareClient client(&nam, fakeCredentials(), fastClientOptions());
        ListOutcome out;
        collect(client.list(PmsEntity::Vendors), &out);
        QVERIFY(waitFor(out));
        QVERIFY2(out.status.ok(), qPrintable(out.status.errorMessage()));
        QCOMPARE(sorted(out.ids), server.ids());
    }

    void serverPageCapIsLearned()
    {
        FakeNetworkAccessManager nam;
        FakeListServer server(QStringLiteral("units"), 1000);
        server.maxLimit = 100;
        nam.setHandler([&server](const FakeRequest &r) { return server.handle(r); });
        PropertywareClient client(&nam, fakeCredentials(), fastClientOptions());
        ListOutcome out;
        collect(client.list(PmsEntity::Units), &out);
        QVERIFY(waitFor(out));
        QVERIFY2(out.status.ok(), qPrintable(out.status.errorMessage()));
        QCOMPARE(out.ids, server.ids());
        QCOMPARE(out.warnings.size(), 1);
        QVERIFY(out.warnings.first().contains(QLatin1String("100")));
    }

    void badRecordsAreSkippedAndReported()
    {
        FakeNetworkAccessManager nam;
        const QByteArray body = R"([
            {"id": 1, "name": "ok", "extra": {"nested": [1, 2, null]}, "unknownField": true},
            5, "x", null, [1],
            {"name": "no id"},
            {"id": null},
            {"id": -3},
            {"id": 0},
            {"id": 2.5},
            {"id": 1e300},
            {"id": "abc"},
            {"id": true},
            {"id": "7", "rent": "not a number", "deposit": 1e308, "beds": -99999999999},
            {"id": 2, "name": null, "address": 12}
        ])";
        nam.enqueue(FakeResponse::raw(200, body).withHeader("X-Total-Count", "15"));
        PropertywareClient client(&nam, fakeCredentials(), fastClientOptions());
        ListOutcome out;
        collect(client.list(PmsEntity::Units), &out);
        QVERIFY(waitFor(out));
        QVERIFY2(out.status.ok(), qPrintable(out.status.errorMessage()));
        QCOMPARE(out.ids, (QList<qint64>{1, 7, 2})); // the rest of the page is delivered
        QCOMPARE(out.problems.size(), 12);
        QStringList reasons;
        for (const RecordProblem &p : std::as_const(out.problems))
            reasons << QStringLiteral("%1:%2").arg(p.id).arg(p.reason);
        const QString all = reasons.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("0:the record is a number, not an object")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("0:the record is null, not an object")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("0:the record has no id")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("0:the record's id is null")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("-3:the record's id -3 is not positive")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("not a whole number")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("is too large")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("\"abc\" is not a positive whole number")), qPrintable(all));
        QCOMPARE(nam.requestCount(), 1);
    }

    void hostileBodiesNeverCrashOrHang_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("code"); // empty: completes
        QTest::newRow("object, not array") << QByteArray(R"({"id": 1})") << QByteArray("application/json") << "protocol";
        QTest::newRow("ErrorResponse with 200") << QByteArray(R"({"userMessage":"x"})") << QByteArray("application/json")
                                                << "protocol";
        QTest::newRow("truncated") << QByteArray(R"([{"id": 1}, {"id": 2)") << QByteArray("application/json")
                                   << "protocol";
        QTest::newRow("invalid") << QByteArray("[1,,2]") << QByteArray("application/json") << "protocol";
        QTest::newRow("empty body") << QByteArray() << QByteArray("application/json") << "protocol";
        QTest::newRow("a string") << QByteArray("\"hello\"") << QByteArray("application/json") << "protocol";
        QTest::newRow("200 with HTML") << QByteArray("<html><head><title>Maintenance</title></head><body></body></html>")
                                       << QByteArray("text/html") << "protocol";
        QTest::newRow("binary junk") << QByteArray("\x00\xff\xfe\x01", 4) << QByteArray("application/octet-stream")
                                     << "protocol";
        QTest::newRow("deeply nested") << QByteArray(100000, '[') << QByteArray("application/json") << "protocol";
        QTest::newRow("array, wrong Content-Type") << QByteArray(R"([{"id": 1}, {"id": 2}])")
                                                   << QByteArray("text/plain") << "";
        QTest::newRow("array, no Content-Type") << QByteArray(R"([{"id": 1}])") << QByteArray() << "";
        QTest::newRow("huge and odd values") << QByteArray(R"([{"id": 3, "a": 1e308, "b": -1e308, "c": 123456789012345678901234567890, "d": {"e": [null, "", -0, -5]}}])")
                                             << QByteArray("application/json") << "";
        // Beyond what a double holds: Qt's parser refuses the whole body, so the page is an error.
        QTest::newRow("number beyond double range") << QByteArray(R"([{"id": 3, "a": 1e999}])")
                                                    << QByteArray("application/json") << "protocol";
    }
    void hostileBodiesNeverCrashOrHang()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(QString, code);
        FakeNetworkAccessManager nam;
        nam.setHandler([&](const FakeRequest &) { return FakeResponse::raw(200, body, contentType); });
        PropertywareClient client(&nam, fakeCredentials(), fastClientOptions());
        ListOutcome out;
        collect(client.list(PmsEntity::Buildings), &out);
        QVERIFY(waitFor(out));
        QCOMPARE(out.status.ok(), code.isEmpty());
        if (!code.isEmpty()) {
            QCOMPARE(out.status.error().code, code);
            QCOMPARE(nam.requestCount(), 1);
        }
        if (contentType == "text/html")
            QVERIFY(out.status.errorMessage().contains(QLatin1String("web page")));
    }

    void serverIgnoringOffsetIsCapped_data()
    {
        QTest::addColumn<QByteArray>("total");
        QTest::newRow("honest total") << QByteArray("600");
        QTest::newRow("absurd total") << QByteArray("999999999999999");
        QTest::newRow("no total") << QByteArray();
    }
    void serverIgnoringOffsetIsCapped()
    {
        QFETCH(QByteArray, total);
        FakeNetworkAccessManager nam;
        nam.setHandler([&](const FakeRequest &) {
            FakeResponse r = FakeResponse::raw(200, page(records(1, 600)));
            if (!total.isEmpty())
                r.withHeader("X-Total-Count", total);
            return r;
        });
        PropertywareClient client(&nam, fakeCredentials(), fastClientOptions());
        ListOutcome out;
        collect(client.list(PmsEntity::Units), &out);
        QVERIFY(waitFor(out));
        QVERIFY(!out.status.ok());
        QVERIFY2(out.requests <= 30, qPrintable(QString::number(out.requests)));
        QCOMPARE(out.recordsDelivered, qint64(600));
    }

    void pagesAreDeliveredInOrderWhenAnsweredOutOfOrder()
    {
        FakeNetworkAccessManager nam;
        FakeListServer server(QStringLiteral("units"), 2600);
        nam.setHandler([&server](const FakeRequest &r) {
            const int offset = r.queryValue(QStringLiteral("offset")).toInt();
            return server.handle(r).delayed(offset == 0 ? 0 : (3000 - offset) / 100); // later pages first
        });
        ClientOptions o = fastClientOptions();
        o.maxInFlight = 8;
        PropertywareClient client(&nam, fakeCredentials(), o);
        ListOutcome out;
        collect(client.list(PmsEntity::Units), &out);
        QVERIFY(waitFor(out));
        QVERIFY(out.status.ok());
        QCOMPARE(out.ids, server.ids());
        for (int i = 0; i < out.pages.size(); ++i)
            QCOMPARE(out.pages.at(i).pageIndex, i);
        QVERIFY(nam.maxOpenReplies() > 1); // it did fetch concurrently
    }

    void listRespectsTheInFlightLimit()
    {
        FakeNetworkAccessManager nam;
        FakeListServer server(QStringLiteral("units"), 5000);
        nam.setHandler([&server](const FakeRequest &r) { return server.handle(r).delayed(2); });
        ClientOptions o = fastClientOptions();
        o.maxInFlight = 2;
        PropertywareClient client(&nam, fakeCredentials(), o);
        ListOutcome a;
        ListOutcome b;
        collect(client.list(PmsEntity::Units), &a);
        collect(client.list(PmsEntity::Units), &b);
        QVERIFY(waitFor(a));
        QVERIFY(waitFor(b));
        QCOMPARE(a.ids, server.ids());
        QCOMPARE(b.ids, server.ids());
        QCOMPARE(nam.maxOpenReplies(), 2);
    }

    void aFailingPageIsRetriedThenTheListGoesOn()
    {
        FakeNetworkAccessManager nam;
        FakeListServer server(QStringLiteral("units"), 1200);
        int failures = 0;
        nam.setHandler([&](const FakeRequest &r) {
            if (r.queryValue(QStringLiteral("offset")) == QLatin1String("495") && failures < 2) {
                ++failures;
                return FakeResponse::raw(502, "<html>Bad gateway</html>", "text/html");
            }
            return server.handle(r);
        });
        PropertywareClient client(&nam, fakeCredentials(), fastClientOptions());
        ListOutcome out;
        collect(client.list(PmsEntity::Units), &out);
        QVERIFY(waitFor(out));
        QVERIFY2(out.status.ok(), qPrintable(out.status.errorMessage()));
        QCOMPARE(out.ids, server.ids());
        QCOMPARE(failures, 2);
    }

    void authFailureStopsTheList()
    {
        FakeNetworkAccessManager nam;
        nam.setHandler([](const FakeRequest &) { return FakeResponse::raw(401, R"({"userMessage":"bad key"})"); });
        PropertywareClient client(&nam, fakeCredentials(), fastClientOptions());
        ListOutcome out;
        collect(client.list(PmsEntity::Portfolios), &out);
        QVERIFY(waitFor(out));
        QCOMPARE(out.status.error().code, QStringLiteral("auth"));
        QCOMPARE(out.status.errorMessage(),
                 QStringLiteral("The PMS rejected the client ID or secret (HTTP 401). Check them in Settings."));
        QCOMPARE(nam.requestCount(), 1);
        QCOMPARE(out.recordsDelivered, qint64(0));
    }

    void cancelStopsPaging()
    {
        FakeNetworkAccessManager nam;
        FakeListServer server(QStringLiteral("units"), 5000);
        nam.setHandler([&server](const FakeRequest &r) { return server.handle(r).delayed(1); });
        PropertywareClient client(&nam, fakeCredentials(), fastClientOptions());
        ListJob *job = client.list(PmsEntity::Units);
        QPointer<ListJob> guard(job);
        ListOutcome out;
        collect(job, &out);
        int pagesAfterCancel = 0;
        bool cancelled = false;
        connect(job, &ListJob::page, this, [&](const PmsPage &p) {
            if (cancelled)
                ++pagesAfterCancel;
            if (p.pageIndex == 1) {
                job->cancel();
                cancelled = true;
            }
        });
        QVERIFY(waitFor(out));
        QCOMPARE(out.status.error().code, QStringLiteral("cancelled"));
        QCOMPARE(pagesAfterCancel, 0);
        QCOMPARE(out.pages.size(), 2);
        QVERIFY(nam.requestCount() < 11); // 5000 records would take 11 pages
        QTRY_VERIFY(guard.isNull());
        QTRY_COMPARE(nam.openReplies(), 0);
        QCOMPARE(client.inFlight(), 0);
    }

    void progressIsReported()
    {
        FakeNetworkAccessManager nam;
        FakeListServer server(QStringLiteral("units"), 1200);
        nam.setHandler([&server](const FakeRequest &r) { return server.handle(r); });
        PropertywareClient client(&nam, fakeCredentials(), fastClientOptions());
        ListJob *job = client.list(PmsEntity::Units);
        QList<std::tuple<int, int, qint64>> progress;
        connect(job, &ListJob::progress, this,
                [&progress](int done, int expected, qint64 n) { progress.append({done, expected, n}); });
        ListOutcome out;
        collect(job, &out);
        QVERIFY(waitFor(out));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last(), std::make_tuple(3, 3, qint64(1200)));
        for (const auto &p : progress)
            QVERIFY(std::get<0>(p) <= std::get<1>(p));
    }
};

QTEST_GUILESS_MAIN(TestListJob)
#include "tst_listjob.moc"
