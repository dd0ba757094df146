// Every fault kind of the FaultPlan, asserted from the client's side over loopback HTTP.
#include "SimHttp.h"

#include <QElapsedTimer>
#include <QTest>

using namespace pms::sim;
using namespace pms::sim::test;

class TestSimFaults : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimServer> m_server;
    std::unique_ptr<SimHttp> m_http;

    void setSpec(const QString &spec)
    {
        QString error;
        QVERIFY2(m_server->faults().setSpec(spec, &error), qPrintable(error));
    }
    static bool isJson(const QByteArray &body)
    {
        QJsonParseError e;
        QJsonDocument::fromJson(body, &e);
        return e.error == QJsonParseError::NoError;
    }

private Q_SLOTS:
    void initTestCase()
    {
        SimOptions o;
        o.scale = Scale::Small;
        o.asOf = QDate(2025, 1, 15);
        m_server = std::make_unique<SimServer>(o);
        QVERIFY(m_server->listen() != 0);
        m_http = std::make_unique<SimHttp>(*m_server);
    }
    void init() { m_server->faults().clear(); }

    void tooManyRequests()
    {
        setSpec(QStringLiteral("units:429=3#1"));
        HttpResult r = m_http->get(QStringLiteral("/units"));
        QCOMPARE(r.status, 429);
        QCOMPARE(r.header("Retry-After"), QByteArray("3"));
        QCOMPARE(r.object()[QLatin1String("errorCode")].toString(), QStringLiteral("TOO_MANY_REQUESTS"));
        r = m_http->get(QStringLiteral("/units"));
        QCOMPARE(r.status, 200);
        setSpec(QStringLiteral("units:429"));
        QCOMPARE(m_http->get(QStringLiteral("/units")).header("Retry-After"), QByteArray("1")); // default
        QCOMPARE(m_http->get(QStringLiteral("/buildings")).status, 200); // other routes unaffected
    }

    void serverErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("500") << 500;
        QTest::newRow("502") << 502;
        QTest::newRow("503") << 503;
    }
    void serverErrors()
    {
        QFETCH(int, status);
        setSpec(QStringLiteral("workorders:%1#1-2").arg(status));
        for (int i = 0; i < 2; ++i) {
            const HttpResult r = m_http->get(QStringLiteral("/workorders"));
            QCOMPARE(r.status, status);
            QVERIFY(r.object()[QLatin1String("errors")].isArray());
        }
        QCOMPARE(m_http->get(QStringLiteral("/workorders")).status, 200);
        QCOMPARE(m_http->get(QStringLiteral("/workorders/8000001")).status, 200);
    }

    void slow()
    {
        setSpec(QStringLiteral("units:slow=400"));
        QElapsedTimer t;
        t.start();
        const HttpResult r = m_http->get(QStringLiteral("/units"));
        QVERIFY(t.elapsed() >= 390);
        QCOMPARE(r.status, 200);
        QVERIFY(isJson(r.body));
        QCOMPARE(m_http->get(QStringLiteral("/health")).status,
            200); // other routes are not slowed (not timed: CI load)
    }

    void hang()
    {
        setSpec(QStringLiteral("buildings:hang#1"));
        const HttpResult r = m_http->get(QStringLiteral("/buildings"), QUrlQuery(), 600);
        QVERIFY(!r.finished); // no reply within the timeout
        QCOMPARE(m_http->get(QStringLiteral("/buildings")).status, 200); // the next one is answered
    }

    void connectionReset()
    {
        setSpec(QStringLiteral("workorders:reset#1"));
        const HttpResult r = m_http->get(QStringLiteral("/workorders"), QStringLiteral("limit=500"));
        QVERIFY(r.finished);
        QVERIFY2(r.error != QNetworkReply::NoError, "a reset is a network error");
        QCOMPARE(m_http->get(QStringLiteral("/workorders")).status, 200);
    }

    void truncatedJson()
    {
        setSpec(QStringLiteral("leases:truncate#1"));
        const HttpResult r = m_http->get(QStringLiteral("/leases"));
        QCOMPARE(r.error, QNetworkReply::NoError); // valid HTTP
        QCOMPARE(r.status, 200);
        QVERIFY(r.contentType.startsWith("application/json"));
        QVERIFY(!r.body.isEmpty());
        QJsonParseError e;
        QJsonDocument::fromJson(r.body, &e);
        QVERIFY(e.error != QJsonParseError::NoError);
        QVERIFY(isJson(m_http->get(QStringLiteral("/leases")).body));
    }

    void invalidJson()
    {
        setSpec(QStringLiteral("contacts:badjson"));
        for (const QString &q : { QString(), QStringLiteral("offset=100000") }) { // a page, and an empty page
            const HttpResult r = m_http->get(QStringLiteral("/contacts"), q);
            QCOMPARE(r.status, 200);
            QVERIFY(r.contentType.startsWith("application/json"));
            QVERIFY2(!isJson(r.body), r.body.right(40).constData());
        }
        QVERIFY(!isJson(m_http->get(QStringLiteral("/contacts/5000001")).body));
    }

    void wrongContentType()
    {
        setSpec(QStringLiteral("vendors:wrongtype#1"));
        const HttpResult r = m_http->get(QStringLiteral("/vendors"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.contentType.startsWith("text/html"));
        QVERIFY(r.body.startsWith("<!DOCTYPE html>"));
        QVERIFY(m_http->get(QStringLiteral("/vendors")).contentType.startsWith("application/json"));
    }

    void unauthorizedMidRun()
    {
        setSpec(QStringLiteral("all:401#3+"));
        QCOMPARE(m_http->get(QStringLiteral("/units")).status, 200);
        QCOMPARE(m_http->get(QStringLiteral("/units"), QStringLiteral("offset=100")).status, 200);
        for (int i = 0; i < 3; ++i) {
            const HttpResult r = m_http->get(QStringLiteral("/units"), QStringLiteral("offset=200"));
            QCOMPARE(r.status, 401);
            QCOMPARE(r.object()[QLatin1String("errorCode")].toString(), QStringLiteral("UNAUTHORIZED"));
        }
        QCOMPARE(m_http->control("GET", QStringLiteral("/state")).status, 200); // control is never faulted
    }

    void pageShift()
    {
        setSpec(QStringLiteral("units:pageshift=5"));
        HttpResult first = m_http->get(QStringLiteral("/units"), QStringLiteral("limit=10&offset=0"));
        QCOMPARE(first.status, 200);
        const qint64 totalBefore = first.totalCount();
        const QList<qint64> page1 = first.ids();
        HttpResult second = m_http->get(QStringLiteral("/units"), QStringLiteral("limit=10&offset=10"));
        QCOMPARE(second.totalCount(), totalBefore + 5); // five records were inserted before offset 10
        // Offset paging shifted: the second page starts with the last five of the first.
        QCOMPARE(second.ids().mid(0, 5), page1.mid(5, 5));
        // The inserted ones sort first (lower ids), and they are real records.
        const QList<qint64> now = m_http->get(QStringLiteral("/units"), QStringLiteral("limit=5")).ids();
        for (qint64 id : now) {
            QVERIFY(id < page1.first());
            QCOMPARE(m_http->get(QStringLiteral("/units/%1").arg(id)).status, 200);
        }
        // Only after the first page: the third page does not shift again.
        const qint64 total
            = m_http->get(QStringLiteral("/units"), QStringLiteral("limit=10&offset=20")).totalCount();
        QCOMPARE(total, totalBefore + 5);
    }

    void pageShiftWithOrder()
    {
        // Inserted records copy records already served (new, lower ids), so under an order by a copied
        // property they land just before their originals, before the next offset.
        setSpec(QStringLiteral("workorders:pageshift=3#2"));
        const QString q = QStringLiteral("orderby=description%20asc,id%20asc&limit=20&offset=%1");
        const QList<qint64> p1 = m_http->get(QStringLiteral("/workorders"), q.arg(0)).ids();
        const QList<qint64> p2
            = m_http->get(QStringLiteral("/workorders"), q.arg(20)).ids(); // shift after this one
        const QList<qint64> p3 = m_http->get(QStringLiteral("/workorders"), q.arg(40)).ids();
        QCOMPARE(p3.mid(0, 3), p2.mid(17, 3));
        Q_UNUSED(p1)
    }

    void pageShiftRecordsAreNew()
    {
        // They are new records: created and last modified now, so an incremental sync sees them, and
        // under "lastModifiedDateTime asc" they come last instead of shifting the pages.
        m_server->data().setNow(QDateTime(QDate(2025, 1, 15), QTime(12, 0), Qt::UTC));
        setSpec(QStringLiteral("leases:pageshift=2"));
        const QString q = QStringLiteral("orderby=lastModifiedDateTime%20asc,id%20asc&limit=10&offset=%1");
        const HttpResult p1 = m_http->get(QStringLiteral("/leases"), q.arg(0));
        const HttpResult p2 = m_http->get(QStringLiteral("/leases"), q.arg(10));
        QCOMPARE(p2.totalCount(), p1.totalCount() + 2);
        const HttpResult fresh = m_http->get(
            QStringLiteral("/leases"), QStringLiteral("lastModifiedDateTimeStart=2025-01-15T12:00:00Z"));
        QCOMPARE(fresh.array().size(), 2);
        for (const QJsonValue &v : fresh.array())
            QCOMPARE(
                QDateTime::fromString(v.toObject()[QLatin1String("createdDateTime")].toString(), Qt::ISODate),
                QDateTime(QDate(2025, 1, 15), QTime(12, 0), Qt::UTC));
        m_server->data().setClock(nullptr);
    }

    void probabilities()
    {
        setSpec(QStringLiteral("units:500@1"));
        QCOMPARE(m_http->get(QStringLiteral("/units")).status, 500);
        setSpec(QStringLiteral("units:500@0"));
        QCOMPARE(m_http->get(QStringLiteral("/units")).status, 200);
        setSpec(QStringLiteral("units:503@0.5"));
        int failed = 0;
        for (int i = 0; i < 60; ++i)
            failed += m_http->get(QStringLiteral("/units"), QStringLiteral("limit=1")).status == 503;
        QVERIFY2(failed > 10 && failed < 50, qPrintable(QString::number(failed)));
    }

    void combined()
    {
        setSpec(QStringLiteral("all:slow=150,units:truncate#1"));
        QElapsedTimer t;
        t.start();
        const HttpResult r = m_http->get(QStringLiteral("/units"));
        QVERIFY(t.elapsed() >= 140);
        QVERIFY(!isJson(r.body));
        QVERIFY(isJson(m_http->get(QStringLiteral("/units")).body));
    }

    void controlEndpointSetsFaults()
    {
        HttpResult c
            = m_http->control("POST", QStringLiteral("/faults"), QStringLiteral("spec=units:502%231"));
        QCOMPARE(c.status, 200);
        QCOMPARE(m_server->faults().spec(), QStringLiteral("units:502#1"));
        QCOMPARE(m_http->get(QStringLiteral("/units")).status, 502);
        c = m_http->control("POST", QStringLiteral("/faults"), {}, "buildings:429=9");
        QCOMPARE(c.status, 200);
        QCOMPARE(m_http->get(QStringLiteral("/buildings")).header("Retry-After"), QByteArray("9"));
        c = m_http->control("POST", QStringLiteral("/faults"), QStringLiteral("spec=units:explode"));
        QCOMPARE(c.status, 400);
        QCOMPARE(m_server->faults().spec(), QStringLiteral("buildings:429=9")); // unchanged
        QCOMPARE(m_http->control("DELETE", QStringLiteral("/faults")).status, 200);
        QCOMPARE(m_http->get(QStringLiteral("/buildings")).status, 200);
    }

    void grammar_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<bool>("valid");
        QTest::newRow("example") << "units:429@0.2,workorders:reset#3,all:slow=200@0.1,leases:pageshift=5"
                                 << true;
        QTest::newRow("from") << "all:401#20+" << true;
        QTest::newRow("range") << "units:500#1-2" << true;
        QTest::newRow("hang") << "buildings:hang#1" << true;
        QTest::newRow("empty") << "" << true;
        QTest::newRow("route") << "garages:500" << false;
        QTest::newRow("kind") << "units:explode" << false;
        QTest::newRow("status") << "units:200" << false;
        QTest::newRow("slow no value") << "units:slow" << false;
        QTest::newRow("probability") << "units:500@1.5" << false;
        QTest::newRow("range backwards") << "units:500#3-2" << false;
        QTest::newRow("nth zero") << "units:500#0" << false;
        QTest::newRow("value on hang") << "units:hang=3" << false;
        QTest::newRow("no colon") << "units500" << false;
    }
    void grammar()
    {
        QFETCH(QString, spec);
        QFETCH(bool, valid);
        QString error;
        QCOMPARE(FaultPlan::parse(spec, &error).has_value(), valid);
        QCOMPARE(error.isEmpty(), valid);
    }
};

QTEST_GUILESS_MAIN(TestSimFaults)
#include "tst_simfaults.moc"
