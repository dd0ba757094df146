#include "support/FakeNetworkAccessManager.h"
#include "support/PmsClientRig.h"

#include "common/Clock.h"
#include "common/Version.h"
#include "pms/PropertywareClient.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pms;
using namespace pms::test;

namespace {

QJsonDocument healthBody()
{
    return QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("UP")}});
}

QByteArray errorResponse(const QString &userMessage, const QString &key = {}, const QString &message = {})
{
    QJsonObject o{{QStringLiteral("errorCode"), QStringLiteral("E1")}, {QStringLiteral("userMessage"), userMessage}};
    if (!message.isEmpty())
        o.insert(QStringLiteral("errors"),
                 QJsonArray{QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("message"), message}}});
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestPropertywareClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sendsAuthHeadersAndUserAgent()
    {
        FakeNetworkAccessManager nam;
        nam.enqueue(FakeResponse::json(healthBody()));
        PropertywareClient client(&nam, fakeCredentials(), fastClientOptions());
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("includeDeactivated"), QStringLiteral("true"));
        const Result<QJsonDocument> r = waitFor(client.get(QStringLiteral("health"), q));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r->object().value(QLatin1String("status")).toString(), QStringLiteral("UP"));

        QCOMPARE(nam.requestCount(), 1);
        const FakeRequest req = nam.lastRequest();
        QCOMPARE(req.verb, QByteArray("GET"));
        QCOMPARE(req.url.toString(),
                 QStringLiteral("https://pms.example.test/pw/api/rest/v1/health?includeDeactivated=true"));
        QCOMPARE(req.header("x-propertyware-client-id"), QByteArray("client-abc"));
        QCOMPARE(req.header("x-propertyware-client-secret"), QByteArray("s3cret"));
        QCOMPARE(req.header("x-propertyware-system-id"), QByteArray("SYS-42"));
        QCOMPARE(req.header("User-Agent"), pms::userAgent());
        QVERIFY(req.header("User-Agent").startsWith("PMSBridge/"));
        QCOMPARE(req.header("Accept"), QByteArray("application/json"));
        QCOMPARE(req.request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
                 int(QNetworkRequest::SameOriginRedirectPolicy));
    }

    void newCredentialsApplyToLaterRequests()
    {
        FakeNetworkAccessManager nam;
        nam.setHandler([](const FakeRequest &) { return FakeResponse::json(healthBody()); });
        PropertywareClient client(&nam, fakeCredentials(), fastClientOptions());
        QVERIFY(waitFor(client.get(QStringLiteral("health"))).ok());
        PmsCredentials fixed = fakeCredentials(QUrl(QStringLiteral("https://other.example.test/v1/")));
        fixed.clientSecret = QStringLiteral("  new-secret\n"); // pasted with a line break
        client.setCredentials(fixed);
        QVERIFY(waitFor(client.get(QStringLiteral("/workorders/7"))).ok());
        QCOMPARE(nam.lastRequest().header("x-propertyware-client-secret"), QByteArray("new-secret"));
        QCOMPARE(nam.lastRequest().url.toString(), QStringLiteral("https://other.example.test/v1/workorders/7"));
    }

    void baseUrlMustBeHttpsExceptLoopback_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("code"); // empty: allowed
        QTest::newRow("https public") << "https://api.propertyware.com/pw/api/rest/v1" << "";
        QTest::newRow("https with port") << "https://10.1.2.3:8443/v1" << "";
        QTest::newRow("http public") << "http://api.propertyware.com/pw/api/rest/v1" << "insecure-url";
        QTest::newRow("http private LAN") << "http://192.168.1.10/v1" << "insecure-url";
        QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8080/pw/api/rest/v1" << "";
        QTest::newRow("http 127.x") << "http://127.8.9.10:1/v1" << "";
        QTest::newRow("http localhost") << "http://localhost:9000/v1" << "";
        QTest::newRow("http LOCALHOST") << "http://LOCALHOST:9000/v1" << "";
        QTest::newRow("http ::1") << "http://[::1]:9000/v1" << "";
        QTest::newRow("http look-alike host") << "http://127.0.0.1.evil.example/v1" << "insecure-url";
        QTest::newRow("http localhost look-alike") << "http://localhost.evil.example/v1" << "insecure-url";
        QTest::newRow("ftp") << "ftp://api.propertyware.com/" << "invalid-url";
        QTest::newRow("no scheme") << "api.propertyware.com/pw" << "invalid-url";
        QTest::newRow("empty") << "" << "invalid-url";
    }
    void baseUrlMustBeHttpsExceptLoopback()
    {
        QFETCH(QString, url);
        QFETCH(QString, code);
        const Status s = PropertywareClient::validateBaseUrl(QUrl(url));
        QCOMPARE(s.ok(), code.isEmpty());
        if (code.isEmpty())
            return;
        QCOMPARE(s.error().code, code);
        QVERIFY2(s.errorMessage().contains(QLatin1String("https")), qPrintable(s.errorMessage()));

        // A job against such a URL fails with the same words and sends nothing.
        FakeNetworkAccessManager nam;
        PropertywareClient client(&nam, fakeCredentials(QUrl(url)), fastClientOptions());
        const Result<QJsonDocument> r = waitFor(client.get(QStringLiteral("health")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        ListOutcome out;
        collect(client.list(PmsEntity::Units), &out);
        QVERIFY(waitFor(out));
        QCOMPARE(out.status.error().code, code);
        QCOMPARE(nam.requestCount(), 0);
    }

    void insecureUrlMessageSaysWhatToDo()
    {
        const Status s = PropertywareClient::validateBaseUrl(QUrl(QStringLiteral("http://api.propertyware.com/v1")));
        QVERIFY(s.errorMessage().contains(QLatin1String("https://api.propertyware.com")));
        QVERIFY(s.errorMessage().contains(QLatin1String("Settings")));
    }

    void errorsAreMappedAndNotRetried_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("400 with ErrorResponse")
            << 400 << errorResponse(QStringLiteral("Invalid date range"), QStringLiteral("startDate"),
                                    QStringLiteral("must be before endDate"))
            << "http-400"
            << "The PMS refused the request to \"workorders\" (HTTP 400): Invalid date range; startDate: must be before "
               "endDate";
        QTest::newRow("400 without body") << 400 << QByteArray() << "http-400"
                                          << "The PMS refused the request to \"workorders\" (HTTP 400).";
        QTest::newRow("401") << 401 << errorResponse(QStringLiteral("Unauthorized")) << "auth"
                             << "The PMS rejected the client ID or secret (HTTP 401). Check them in Settings.";
        QTest::newRow("403") << 403 << QByteArray() << "auth"
                             << "The PMS rejected the client ID or secret (HTTP 403). Check them in Settings.";
        QTest::newRow("404") << 404 << QByteArray() << "not-found" << "has no \"workorders\" (HTTP 404)";
        QTest::newRow("409") << 409 << errorResponse(QStringLiteral("Conflict")) << "http-409" << "(HTTP 409): Conflict";
        QTest::newRow("422 with HTML body") << 422 << QByteArray("<html><body>nope</body></html>") << "http-422"
                                            << "(HTTP 422).";
    }
    void errorsAreMappedAndNotRetried()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(QString, message);
        FakeNetworkAccessManager nam;
        nam.setHandler([&](const FakeRequest &) { return FakeResponse::raw(status, body); });
        PropertywareClient client(&nam, fakeCredentials(), fastClientOptions());
        const Result<QJsonDocument> r = waitFor(client.get(QStringLiteral("workorders")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QCOMPARE(r.error().httpStatus, status);
        QVERIFY2(r.errorMessage().contains(message), qPrintable(r.errorMessage()));
        QCOMPARE(nam.requestCount(), 1);
    }

    void transientFailuresAreRetried_data()
    {
        QTest::addColumn<int>("status"); // 0: network error
        QTest::addColumn<int>("netError");
        QTest::newRow("429") << 429 << 0;
        QTest::newRow("500") << 500 << 0;
        QTest::newRow("502") << 502 << 0;
        QTest::newRow("503") << 503 << 0;
        QTest::newRow("504") << 504 << 0;
        QTest::newRow("408") << 408 << 0;
        QTest::newRow("connection refused") << 0 << int(QNetworkReply::ConnectionRefusedError);
        QTest::newRow("connection reset") << 0 << int(QNetworkReply::RemoteHostClosedError);
        QTest::newRow("Qt transfer timeout") << 0 << int(QNetworkReply::TimeoutError);
        QTest::newRow("temporary failure") << 0 << int(QNetworkReply::TemporaryNetworkFailureError);
    }
    void transientFailuresAreRetried()
    {
        QFETCH(int, status);
        QFETCH(int, netError);
        FakeNetworkAccessManager nam;
        nam.enqueue(status ? FakeResponse::raw(status, "{}")
                           : FakeResponse::networkError(QNetworkReply::NetworkError(netError)));
        nam.enqueue(status ? FakeResponse::raw(status, "{}")
                           : FakeResponse::networkError(QNetworkReply::NetworkError(netError)));
        nam.enqueue(FakeResponse::json(healthBody()));
        PropertywareClient client(&nam, fakeCredentials(), fastClientOptions());
        GetJob *job = client.get(QStringLiteral("health"));
        QSignalSpy retries(job, &RequestJob::retryScheduled);
        const Result<QJsonDocument> r = waitFor(job);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(nam.requestCount(), 3);
        QCOMPARE(retries.size(), 2);
        QCOMPARE(retries.at(0).at(0).toInt(), 1);
        QCOMPARE(retries.at(1).at(0).toInt(), 2);
        // back-off base 1 ms, cap 4 ms, jitter in [d/2, d]
        QVERIFY(retries.at(0).at(1).toLongLong() <= 1);
        QVERIFY(retries.at(1).at(1).toLongLong() >= 1 && retries.at(1).at(1).toLongLong() <= 2);
    }

    void connectionBrokenAfterTheHeaders()
    {
        FakeNetworkAccessManager nam;
        FakeResponse broken = FakeResponse::raw(200, "[{\"id\": 1}, {\"id");
        broken.error = QNetworkReply::RemoteHostClosedError;
        broken.errorString = QStringLiteral("Connection closed");
        nam.enqueue(broken);
        nam.enqueue(FakeResponse::json(healthBody()));
        FakeResponse brokenCreate = broken;
        brokenCreate.status = 201;
        nam.enqueue(brokenCreate);
        PropertywareClient client(&nam, fakeCredentials(), fastClientOptions());
        // A GET is asked again: half a body is no answer.
        QVERIFY(waitFor(client.get(QStringLiteral("health"))).ok());
        QCOMPARE(nam.requestCount(), 2);
        // A POST may have been applied although the answer broke off.
        int status = -1;
        const Result<QJsonDocument> r = waitFor(client.postJson(QStringLiteral("workorders"), {}), &status);
        QCOMPARE(r.error().code, QStringLiteral("uncertain"));
        QCOMPARE(nam.requestCount(), 3);
    }

    void givesUpAfterMaxAttempts_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("netError");
        QTest::addColumn<QString>("code");
        QTest::newRow("503") << 503 << 0 << "server";
        QTest::newRow("429") << 429 << 0 << "rate-limited";
        QTest::newRow("host not found") << 0 << int(QNetworkReply::HostNotFoundError) << "network";
        QTest::newRow("reset") << 0 << int(QNetworkReply::RemoteHostClosedError) << "network";
    }
    void givesUpAfterMaxAttempts()
    {
        QFETCH(int, status);
        QFETCH(int, netError);
        QFETCH(QString, code);
        FakeNetworkAccessManager nam;
        nam.setHandler([&](const FakeRequest &) {
            return status ? FakeResponse::raw(status, "")
                          : FakeResponse::networkError(QNetworkReply::NetworkError(netError), QStringLiteral("boom"));
        });
        PropertywareClient client(&nam, fakeCredentials(), fastClientOptions());
        const Result<QJsonDocument> r = waitFor(client.get(QStringLiteral("units")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QCOMPARE(nam.requestCount(), fastClientOptions().maxAttempts);
        QVERIFY2(r.errorMessage().contains(QLatin1String("pms.example.test")), qPrintable(r.errorMessage()));
    }

    void retryAfterSecondsIsHonoured()
    {
        FakeNetworkAccessManager nam;
        nam.enqueue(FakeResponse::raw(429, "").withHeader("Retry-After", "7"));
        PropertywareClient client(&nam, fakeCredentials(), fastClientOptions());
        GetJob *job = client.get(QStringLiteral("units"));
        qint64 delay = -1;
        // Assert the computed wait, then cancel instead of sleeping 7 s.
        connect(job, &RequestJob::retryScheduled, job, [&delay, job](int, qint64 ms, const QString &) {
            delay = ms;
            job->cancel();
        });
        const Result<QJsonDocument> r = waitFor(job);
        QCOMPARE(delay, qint64(7000));
        QCOMPARE(r.error().code, QStringLiteral("cancelled"));
        QCOMPARE(nam.requestCount(), 1);
    }

    void retryAfterHttpDateIsHonoured()
    {
        ManualClock clock(QDateTime(QDate(2024, 3, 1), QTime(12, 0, 0), Qt::UTC));
        Clock::setInstance(&clock);
        FakeNetworkAccessManager nam;
        nam.enqueue(FakeResponse::raw(503, "").withHeader("Retry-After", "Fri, 01 Mar 2024 12:00:12 GMT"));
        PropertywareClient client(&nam, fakeCredentials(), fastClientOptions());
        GetJob *job = client.get(QStringLiteral("units"));
        qint64 delay = -1;
        connect(job, &RequestJob::retryScheduled, job, [&delay, job](int, qint64 ms, const QString &) {
            delay = ms;
            job->cancel();
        });
        waitFor(job);
        Clock::setInstance(nullptr);
        QCOMPARE(delay, qint64(12000));
    }

    void retryAfterZeroRetriesAtOnce()
    {
        FakeNetworkAccessManager nam;
        nam.enqueue(FakeResponse::raw(429, "").withHeader("Retry-After", "0"));
        nam.enqueue(FakeResponse::json(healthBody()));
        PropertywareClient client(&nam, fakeCredentials(), fastClientOptions());
        QVERIFY(waitFor(client.get(QStringLiteral("health"))).ok());
        QCOMPARE(nam.requestCount(), 2);
    }

    void retryAfterTooLongIsNotWaitedFor()
    {
        FakeNetworkAccessManager nam;
        nam.enqueue(FakeResponse::raw(429, "").withHeader("Retry-After", "3600"));
        ClientOptions o = fastClientOptions();
        o.maxRetryAfterMs = 60000;
        PropertywareClient client(&nam, fakeCredentials(), o);
        const Result<QJsonDocument> r = waitFor(client.get(QStringLiteral("units")));
        QCOMPARE(r.error().code, QStringLiteral("rate-limited"));
        QVERIFY2(r.errorMessage().contains(QLatin1String("3600 second")), qPrintable(r.errorMessage()));
        QCOMPARE(nam.requestCount(), 1);
    }

    void hangingReplyTimesOut()
    {
        FakeNetworkAccessManager nam;
        nam.setHandler([](const FakeRequest &) { return FakeResponse::hanging(); });
        ClientOptions o = fastClientOptions();
        o.timeoutMs = 30;
        o.maxAttempts = 2;
        PropertywareClient client(&nam, fakeCredentials(), o);
        const Result<QJsonDocument> r = waitFor(client.get(QStringLiteral("units")));
        QCOMPARE(r.error().code, QStringLiteral("timeout"));
        QVERIFY2(r.errorMessage().contains(QLatin1String("pms.example.test")), qPrintable(r.errorMessage()));
        QCOMPARE(nam.requestCount(), 2);
        QCOMPARE(nam.abortedReplies(), 2);
        QCOMPARE(client.inFlight(), 0);
    }

    void hangingThenAnsweredSucceeds()
    {
        FakeNetworkAccessManager nam;
        nam.enqueue(FakeResponse::hanging());
        nam.enqueue(FakeResponse::json(healthBody()));
        ClientOptions o = fastClientOptions();
        o.timeoutMs = 30;
        PropertywareClient client(&nam, fakeCredentials(), o);
        QVERIFY(waitFor(client.get(QStringLiteral("health"))).ok());
        QCOMPARE(nam.requestCount(), 2);
    }

    void tlsErrorsAreNeverRetriedNorIgnored()
    {
        FakeNetworkAccessManager nam;
        nam.setHandler([](const FakeRequest &) {
            return FakeResponse::networkError(QNetworkReply::SslHandshakeFailedError,
                                              QStringLiteral("The certificate has expired"));
        });
        PropertywareClient client(&nam, fakeCredentials(), fastClientOptions());
        const Result<QJsonDocument> r = waitFor(client.get(QStringLiteral("health")));
        QCOMPARE(r.error().code, QStringLiteral("tls"));
        QVERIFY(r.errorMessage().contains(QLatin1String("The certificate has expired")));
        QVERIFY(r.errorMessage().contains(QLatin1String("pms.example.test")));
        QCOMPARE(nam.requestCount(), 1);
    }

    void getRejectsUnreadableBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("words");
        QTest::newRow("HTML login page") << QByteArray("<!DOCTYPE html><html><body>Sign in</body></html>")
                                         << QByteArray("text/html; charset=utf-8") << "web page instead of data";
        QTest::newRow("HTML labelled JSON") << QByteArray("<html><body>proxy error</body></html>")
                                            << QByteArray("application/json") << "web page instead of data";
        QTest::newRow("truncated JSON") << QByteArray("{\"id\": 12, \"name\": \"abc") << QByteArray("application/json")
                                        << "invalid JSON";
    }
    void getRejectsUnreadableBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(QString, words);
        FakeNetworkAccessManager nam;
        nam.enqueue(FakeResponse::raw(200, body, contentType));
        PropertywareClient client(&nam, fakeCredentials(), fastClientOptions());
        const Result<QJsonDocument> r = waitFor(client.get(QStringLiteral("workorders/1")));
        QCOMPARE(r.error().code, QStringLiteral("protocol"));
        QVERIFY2(r.errorMessage().contains(words), qPrintable(r.errorMessage()));
        QCOMPARE(nam.requestCount(), 1);
    }

    void postJsonSendsTheBody()
    {
        FakeNetworkAccessManager nam;
        nam.enqueue(FakeResponse::json(QJsonDocument(QJsonObject{{QStringLiteral("id"), 991}}), 201));
        PropertywareClient client(&nam, fakeCredentials(), fastClientOptions());
        const QJsonObject body{{QStringLiteral("description"), QStringLiteral("Leaking tap")},
                               {QStringLiteral("buildingID"), 12}};
        int status = 0;
        const Result<QJsonDocument> r = waitFor(client.postJson(QStringLiteral("workorders"), body), &status);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(status, 201);
        QCOMPARE(r->object().value(QLatin1String("id")).toInt(), 991);
        const FakeRequest req = nam.lastRequest();
        QCOMPARE(req.verb, QByteArray("POST"));
        QCOMPARE(req.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(QJsonDocument::fromJson(req.body).object(), body);
        QCOMPARE(req.header("x-propertyware-client-id"), QByteArray("client-abc"));
    }

    void putJsonUsesPut()
    {
        FakeNetworkAccessManager nam;
        nam.enqueue(FakeResponse::raw(200, ""));
        PropertywareClient client(&nam, fakeCredentials(), fastClientOptions());
        int status = 0;
        const Result<QJsonDocument> r = waitFor(
            client.putJson(QStringLiteral("workorders/closeworkorder/5"), QJsonObject{{QStringLiteral("x"), 1}}), &status);
        QVERIFY(r.ok());
        QVERIFY(r->isNull()); // an empty body is fine
        QCOMPARE(status, 200);
        QCOMPARE(nam.lastRequest().verb, QByteArray("PUT"));
        QCOMPARE(nam.lastRequest().path(), QStringLiteral("/pw/api/rest/v1/workorders/closeworkorder/5"));
    }

    void postIsNotRetriedOnceSent_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("netError");
        QTest::addColumn<bool>("hang");
        QTest::newRow("reset after sending") << 0 << int(QNetworkReply::RemoteHostClosedError) << false;
        QTest::newRow("our timeout") << 0 << 0 << true;
        QTest::newRow("Qt timeout") << 0 << int(QNetworkReply::TimeoutError) << false;
        QTest::newRow("500") << 500 << 0 << false;
        QTest::newRow("502") << 502 << 0 << false;
        QTest::newRow("504") << 504 << 0 << false;
    }
    void postIsNotRetriedOnceSent()
    {
        QFETCH(int, status);
        QFETCH(int, netError);
        QFETCH(bool, hang);
        FakeNetworkAccessManager nam;
        nam.setHandler([&](const FakeRequest &) {
            if (hang)
                return FakeResponse::hanging();
            return status ? FakeResponse::raw(status, "")
                          : FakeResponse::networkError(QNetworkReply::NetworkError(netError));
        });
        ClientOptions o = fastClientOptions();
        o.timeoutMs = 30;
        PropertywareClient client(&nam, fakeCredentials(), o);
        int httpStatus = -1;
        const Result<QJsonDocument> r = waitFor(client.postJson(QStringLiteral("workorders"), QJsonObject{}), &httpStatus);
        QCOMPARE(r.error().code, QStringLiteral("uncertain"));
        QCOMPARE(httpStatus, status);
        QVERIFY2(r.errorMessage().contains(QLatin1String("may or may not")), qPrintable(r.errorMessage()));
        QCOMPARE(nam.requestCount(), 1);
    }

    void postIsRetriedWhenTheServerDidNotProcessIt_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("netError");
        QTest::newRow("429") << 429 << 0;
        QTest::newRow("503") << 503 << 0;
        QTest::newRow("connection refused") << 0 << int(QNetworkReply::ConnectionRefusedError);
    }
    void postIsRetriedWhenTheServerDidNotProcessIt()
    {
        QFETCH(int, status);
        QFETCH(int, netError);
        FakeNetworkAccessManager nam;
        nam.enqueue(status ? FakeResponse::raw(status, "")
                           : FakeResponse::networkError(QNetworkReply::NetworkError(netError)));
        nam.enqueue(FakeResponse::json(QJsonDocument(QJsonObject{{QStringLiteral("id"), 5}}), 201));
        PropertywareClient client(&nam, fakeCredentials(), fastClientOptions());
        const QJsonObject body{{QStringLiteral("description"), QStringLiteral("Broken window")}};
        int httpStatus = 0;
        const Result<QJsonDocument> r = waitFor(client.postJson(QStringLiteral("workorders"), body), &httpStatus);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(httpStatus, 201);
        QCOMPARE(nam.requestCount(), 2);
        QCOMPARE(nam.requests().at(0).body, nam.requests().at(1).body);
    }

    void postAcceptedButUnreadableIsUncertain()
    {
        FakeNetworkAccessManager nam;
        nam.enqueue(FakeResponse::raw(201, "<html>created</html>", "text/html"));
        PropertywareClient client(&nam, fakeCredentials(), fastClientOptions());
        int httpStatus = 0;
        const Result<QJsonDocument> r = waitFor(client.postJson(QStringLiteral("workorders"), QJsonObject{}), &httpStatus);
        QCOMPARE(r.error().code, QStringLiteral("uncertain"));
        QCOMPARE(httpStatus, 201);
    }

    void uploadIsMultipartWithTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("invoice \u00e9t\u00e9.pdf"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        static const char raw[] = "%PDF-1.4\n\x00\x01\x02 binary\r\n--not-a-boundary\n";
        const QByteArray content(raw, sizeof(raw) - 1);
        f.write(content);
        f.close();

        FakeNetworkAccessManager nam;
        nam.enqueue(FakeResponse::json(QJsonDocument(QJsonObject{{QStringLiteral("id"), 77}}), 201));
        PropertywareClient client(&nam, fakeCredentials(), fastClientOptions());
        int httpStatus = 0;
        const Result<QJsonDocument> r = waitFor(
            client.uploadDocument(QStringLiteral("WORK_ORDER"), 42, path, QStringLiteral("Photo of the leak")),
            &httpStatus);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(httpStatus, 201);

        const FakeRequest req = nam.lastRequest();
        QCOMPARE(req.verb, QByteArray("POST"));
        QCOMPARE(req.path(), QStringLiteral("/pw/api/rest/v1/docs"));
        QCOMPARE(req.queryValue(QStringLiteral("entityType")), QStringLiteral("WORK_ORDER"));
        QCOMPARE(req.queryValue(QStringLiteral("entityId")), QStringLiteral("42"));
        const QByteArray ct = req.header("Content-Type");
        QVERIFY2(ct.startsWith("multipart/form-data; boundary="), ct.constData());
        const QByteArray boundary = ct.mid(ct.indexOf("boundary=") + 9);
        QVERIFY(!boundary.isEmpty());
        const QByteArray body = req.body;
        QVERIFY(body.startsWith(QByteArray("--" + boundary + "\r\n")));
        QVERIFY(body.endsWith(QByteArray("--" + boundary + "--\r\n")));
        QVERIFY(body.contains("Content-Disposition: form-data; name=\"file\"; filename=\"invoice \xc3\xa9t\xc3\xa9.pdf\"\r\n"));
        QVERIFY(body.contains(QByteArray("Content-Type: application/pdf\r\n\r\n" + content + "\r\n--" + boundary)));
        QVERIFY(body.contains("name=\"description\"\r\n"));
        QVERIFY(body.contains("\r\n\r\nPhoto of the leak\r\n"));
        QCOMPARE(req.header("x-propertyware-system-id"), QByteArray("SYS-42"));
    }

    void uploadOfAMissingFileFailsWithoutSending()
    {
        FakeNetworkAccessManager nam;
        PropertywareClient client(&nam, fakeCredentials(), fastClientOptions());
        const Result<QJsonDocument> r
            = waitFor(client.uploadDocument(QStringLiteral("WORK_ORDER"), 1, QStringLiteral("/nonexistent/x.pdf")));
        QCOMPARE(r.error().code, QStringLiteral("file"));
        QVERIFY(r.errorMessage().contains(QLatin1String("x.pdf")));
        QCOMPARE(nam.requestCount(), 0);
    }

    void inFlightLimitIsRespected_data()
    {
        QTest::addColumn<int>("limit");
        QTest::newRow("default 4") << 0;
        QTest::newRow("1") << 1;
        QTest::newRow("3") << 3;
    }
    void inFlightLimitIsRespected()
    {
        QFETCH(int, limit);
        FakeNetworkAccessManager nam;
        nam.setHandler([](const FakeRequest &) { return FakeResponse::json(healthBody()).delayed(5); });
        ClientOptions o = fastClientOptions();
        if (limit > 0)
            o.maxInFlight = limit;
        PropertywareClient client(&nam, fakeCredentials(), o);
        int done = 0;
        for (int i = 0; i < 12; ++i) {
            GetJob *job = client.get(QStringLiteral("workorders/%1").arg(i));
            connect(job, &GetJob::finished, this, [&done](const Result<QJsonDocument> &r) { done += r.ok() ? 1 : 0; });
        }
        QTRY_COMPARE_WITH_TIMEOUT(done, 12, 10000);
        QCOMPARE(nam.maxOpenReplies(), limit > 0 ? limit : 4);
        QCOMPARE(client.inFlight(), 0);
    }

    void cancelStopsARequest()
    {
        FakeNetworkAccessManager nam;
        nam.setHandler([](const FakeRequest &) { return FakeResponse::hanging(); });
        PropertywareClient client(&nam, fakeCredentials(), fastClientOptions());
        GetJob *job = client.get(QStringLiteral("units"));
        QPointer<GetJob> guard(job);
        std::optional<Result<QJsonDocument>> out;
        int emissions = 0;
        connect(job, &GetJob::finished, this, [&](const Result<QJsonDocument> &r) {
            out = r;
            ++emissions;
        });
        QTRY_COMPARE(nam.requestCount(), 1);
        job->cancel();
        job->cancel(); // twice is harmless
        QTRY_VERIFY(out.has_value());
        QCOMPARE(out->error().code, QStringLiteral("cancelled"));
        QCOMPARE(nam.abortedReplies(), 1);
        QTRY_VERIFY(guard.isNull()); // deleted itself
        QCOMPARE(emissions, 1);
        QCOMPARE(client.inFlight(), 0);
    }

    void cancelAllCancelsEverything()
    {
        FakeNetworkAccessManager nam;
        nam.setHandler([](const FakeRequest &) { return FakeResponse::hanging(); });
        ClientOptions o = fastClientOptions();
        o.maxInFlight = 2;
        PropertywareClient client(&nam, fakeCredentials(), o);
        QStringList codes;
        auto record = [&codes](const Result<QJsonDocument> &r) { codes << r.error().code; };
        for (int i = 0; i < 3; ++i)
            connect(client.get(QStringLiteral("units/%1").arg(i)), &GetJob::finished, this, record);
        connect(client.postJson(QStringLiteral("workorders"), {}), &SendJob::finished, this,
                [&codes](const Result<QJsonDocument> &r, int) { codes << r.error().code; });
        ListOutcome list;
        collect(client.list(PmsEntity::Leases), &list);
        QTRY_COMPARE(nam.requestCount(), 2); // the rest wait for a slot
        client.cancelAll();
        QTRY_COMPARE(codes.size(), 4);
        QTRY_VERIFY(list.finished);
        QCOMPARE(codes, QStringList(4, QStringLiteral("cancelled")));
        QCOMPARE(list.status.error().code, QStringLiteral("cancelled"));
        QCOMPARE(nam.requestCount(), 2); // queued ones were never sent
        QCOMPARE(client.inFlight(), 0);
    }

    void destroyingTheClientWithJobsRunningIsSafe()
    {
        FakeNetworkAccessManager nam;
        nam.setHandler([](const FakeRequest &) { return FakeResponse::hanging(); });
        auto client = std::make_unique<PropertywareClient>(&nam, fakeCredentials(), fastClientOptions());
        client->get(QStringLiteral("units"));
        client->list(PmsEntity::Units);
        QTRY_COMPARE(nam.requestCount(), 2);
        client.reset();
        QTRY_COMPARE(nam.openReplies(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPropertywareClient)
#include "tst_propertywareclient.moc"
