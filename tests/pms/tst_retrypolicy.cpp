#include "pms/RetryPolicy.h"

#include <QTest>

#include <optional>

using namespace pms;

Q_DECLARE_METATYPE(std::optional<qint64>)

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backoffIsExponentialAndCapped_data()
    {
        QTest::addColumn<int>("retry");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("first retry") << 1 << qint64(100);
        QTest::newRow("second") << 2 << qint64(200);
        QTest::newRow("third") << 3 << qint64(400);
        QTest::newRow("fourth") << 4 << qint64(800);
        QTest::newRow("capped") << 5 << qint64(1000);
        QTest::newRow("far beyond, no overflow") << 500 << qint64(1000);
        QTest::newRow("nonsense retry 0 counts as 1") << 0 << qint64(100);
    }
    void backoffIsExponentialAndCapped()
    {
        QFETCH(int, retry);
        QFETCH(qint64, expected);
        const RetryPolicy p(100, 1000, 6, [] { return 0.0; });
        QCOMPARE(p.backoffMs(retry), expected);
    }

    void jitterStaysInTheUpperHalf_data()
    {
        QTest::addColumn<double>("random");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("lowest") << 0.0 << qint64(400);
        QTest::newRow("middle") << 0.5 << qint64(600);
        QTest::newRow("almost 1") << 0.999999 << qint64(799);
        QTest::newRow("broken RNG above 1 is clamped") << 7.0 << qint64(800);
        QTest::newRow("broken RNG below 0 is clamped") << -3.0 << qint64(400);
    }
    void jitterStaysInTheUpperHalf()
    {
        QFETCH(double, random);
        QFETCH(qint64, expected);
        const RetryPolicy p(200, 30000, 6, [random] { return random; });
        QCOMPARE(p.delayMs(3, std::nullopt), expected); // back-off 800
    }

    void retryAfterIsALowerBound()
    {
        const RetryPolicy p(100, 1000, 6, [] { return 0.0; });
        QCOMPARE(p.delayMs(1, qint64(5000)), qint64(5000)); // the server asked for longer: wait that
        QCOMPARE(p.delayMs(4, qint64(10)), qint64(400));    // back-off is longer: keep it
        QCOMPARE(p.delayMs(1, qint64(0)), qint64(50));
    }

    void canRetryCountsTheFirstAttempt()
    {
        const RetryPolicy p(1, 1, 3);
        QVERIFY(p.canRetry(1));
        QVERIFY(p.canRetry(2));
        QVERIFY(!p.canRetry(3));
        const RetryPolicy once(1, 1, 0); // at least one attempt, never a retry
        QCOMPARE(once.maxAttempts(), 1);
        QVERIFY(!once.canRetry(1));
    }

    void parseRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<std::optional<qint64>>("expected");
        QTest::newRow("seconds") << QByteArray("120") << std::optional<qint64>(120000);
        QTest::newRow("zero") << QByteArray("0") << std::optional<qint64>(0);
        QTest::newRow("spaces") << QByteArray(" 5 ") << std::optional<qint64>(5000);
        QTest::newRow("negative") << QByteArray("-3") << std::optional<qint64>();
        QTest::newRow("fraction") << QByteArray("1.5") << std::optional<qint64>();
        QTest::newRow("garbage") << QByteArray("soon") << std::optional<qint64>();
        QTest::newRow("empty") << QByteArray("") << std::optional<qint64>();
        QTest::newRow("huge number does not overflow") << QByteArray("99999999999999999999999")
                                                       << std::optional<qint64>(qint64(999999999) * 1000);
        QTest::newRow("IMF-fixdate 30 s ahead") << QByteArray("Wed, 21 Oct 2015 07:28:30 GMT")
                                               << std::optional<qint64>(30000);
        QTest::newRow("IMF-fixdate in the past") << QByteArray("Wed, 21 Oct 2015 07:20:00 GMT")
                                                << std::optional<qint64>(0);
        QTest::newRow("RFC 850 date") << QByteArray("Wednesday, 21-Oct-15 07:29:00 GMT")
                                      << std::optional<qint64>(60000);
        QTest::newRow("asctime date") << QByteArray("Wed Oct 21 07:28:10 2015") << std::optional<qint64>(10000);
        QTest::newRow("invalid date") << QByteArray("Wed, 32 Oct 2015 07:28:00 GMT") << std::optional<qint64>();
        QTest::newRow("not GMT") << QByteArray("Wed, 21 Oct 2015 07:28:30 PST") << std::optional<qint64>();
    }
    void parseRetryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(std::optional<qint64>, expected);
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 28, 0), Qt::UTC);
        QCOMPARE(RetryPolicy::parseRetryAfter(value, now), expected);
    }

    void retryableStatus_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("idempotent");
        QTest::addColumn<bool>("expected");
        QTest::newRow("429 GET") << 429 << true << true;
        QTest::newRow("429 POST") << 429 << false << true;
        QTest::newRow("503 POST") << 503 << false << true;
        QTest::newRow("408 POST") << 408 << false << true;
        QTest::newRow("500 GET") << 500 << true << true;
        QTest::newRow("500 POST: may have been applied") << 500 << false << false;
        QTest::newRow("502 GET") << 502 << true << true;
        QTest::newRow("502 POST") << 502 << false << false;
        QTest::newRow("504 GET") << 504 << true << true;
        QTest::newRow("400") << 400 << true << false;
        QTest::newRow("401") << 401 << true << false;
        QTest::newRow("403") << 403 << true << false;
        QTest::newRow("404") << 404 << true << false;
        QTest::newRow("409") << 409 << false << false;
        QTest::newRow("422") << 422 << true << false;
    }
    void retryableStatus()
    {
        QFETCH(int, status);
        QFETCH(bool, idempotent);
        QFETCH(bool, expected);
        QCOMPARE(RetryPolicy::isRetryableStatus(status, idempotent), expected);
    }

    void retryableNetworkError_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<bool>("idempotent");
        QTest::addColumn<bool>("expected");
        QTest::newRow("refused GET") << int(QNetworkReply::ConnectionRefusedError) << true << true;
        QTest::newRow("refused POST: never sent") << int(QNetworkReply::ConnectionRefusedError) << false << true;
        QTest::newRow("host not found POST") << int(QNetworkReply::HostNotFoundError) << false << true;
        QTest::newRow("closed GET") << int(QNetworkReply::RemoteHostClosedError) << true << true;
        QTest::newRow("closed POST: may have arrived") << int(QNetworkReply::RemoteHostClosedError) << false << false;
        QTest::newRow("timeout POST") << int(QNetworkReply::TimeoutError) << false << false;
        QTest::newRow("TLS never") << int(QNetworkReply::SslHandshakeFailedError) << true << false;
        QTest::newRow("insecure redirect never") << int(QNetworkReply::InsecureRedirectError) << true << false;
    }
    void retryableNetworkError()
    {
        QFETCH(int, error);
        QFETCH(bool, idempotent);
        QFETCH(bool, expected);
        QCOMPARE(RetryPolicy::isRetryableNetworkError(QNetworkReply::NetworkError(error), idempotent), expected);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
