// Issue 17: a connection that breaks part-way through a body is a transient network error, retried
// with back-off like a 5xx; only a full body that does not parse is the server's answer problem.
// And a PMS that accepts connections but never answers fails a request within the silence limit,
// whatever the transfer timeout and the number of attempts say. Real sockets on loopback.
#include "pms/PropertywareClient.h"
#include "support/FakeNetworkAccessManager.h"
#include "support/PmsClientRig.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <optional>

#include <sys/socket.h>

using namespace pms;
using namespace pms::test;

namespace {

/// What the server does with the first request (Silent: with every request); later requests get the whole answer.
enum class Break { None, ResetHalfway, CloseHalfway, ChunkedCut, InvalidJson, Silent };

/// A one-file HTTP/1.1 server: answers every request with a JSON page of three portfolios.
class BreakingServer : public QObject
{
public:
    explicit BreakingServer(Break first) : m_first(first)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                m_sockets.append(s);
                QObject::connect(s, &QTcpSocket::readyRead, this, [this, s] { onData(s); });
            }
        });
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
    }

    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/pw/api/rest/v1").arg(m_server.serverPort())); }
    int requests() const { return m_requests; }
    static QByteArray body()
    {
        // Long enough that half of it is a real partial transfer.
        QByteArray b = "[";
        for (int i = 1; i <= 3; ++i) {
            if (i > 1)
                b += ',';
            b += "{\"id\":" + QByteArray::number(i) + ",\"name\":\"Portfolio " + QByteArray::number(i) + "\",\"notes\":\""
                + QByteArray(4000, 'x') + "\"}";
        }
        return b + "]";
    }

private:
    void onData(QTcpSocket *s)
    {
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        if (!buf.contains("\r\n\r\n"))
            return;
        buf.clear();
        const Break mode = m_requests++ == 0 || m_first == Break::Silent ? m_first : Break::None;
        if (mode == Break::Silent)
            return; // accepted, read, never answered
        const QByteArray full = mode == Break::InvalidJson ? QByteArray("[{\"id\":1,\"name\":\"x\"},,]") : body();
        const QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Total-Count: 3\r\n";
        if (mode == Break::ChunkedCut) {
            const QByteArray part = full.left(full.size() / 2);
            s->write(head + "Transfer-Encoding: chunked\r\n\r\n" + QByteArray::number(part.size(), 16) + "\r\n" + part
                     + "\r\n");
            s->flush();
            s->disconnectFromHost(); // no last chunk
            return;
        }
        s->write(head + "Content-Length: " + QByteArray::number(full.size()) + "\r\n\r\n");
        if (mode == Break::ResetHalfway || mode == Break::CloseHalfway) {
            s->write(full.left(full.size() / 2));
            s->flush();
            if (mode == Break::ResetHalfway) {
                struct linger l{1, 0};
                ::setsockopt(int(s->socketDescriptor()), SOL_SOCKET, SO_LINGER, &l, sizeof l);
                s->abort(); // RST
            } else {
                s->disconnectFromHost();
            }
            return;
        }
        s->write(full);
    }

    QTcpServer m_server;
    Break m_first;
    int m_requests = 0;
    QList<QPointer<QTcpSocket>> m_sockets;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace

Q_DECLARE_METATYPE(Break)

class TestBrokenBodies : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void brokenBodyIsRetried_data();
    void brokenBodyIsRetried();
    void fullBodyThatDoesNotParseIsNotRetried();
    void bodyShortOfContentLengthWithoutAnErrorIsRetried();
    void postShortOfContentLengthIsUncertain();
    void silentServerFailsWithinTheSilenceLimit_data();
    void silentServerFailsWithinTheSilenceLimit();
};

void TestBrokenBodies::brokenBodyIsRetried_data()
{
    QTest::addColumn<Break>("mode");
    QTest::newRow("reset part-way (RST)") << Break::ResetHalfway;
    QTest::newRow("closed part-way, short of Content-Length") << Break::CloseHalfway;
    QTest::newRow("chunked body without its last chunk") << Break::ChunkedCut;
}

void TestBrokenBodies::brokenBodyIsRetried()
{
    QFETCH(Break, mode);
    BreakingServer server(mode);
    QNetworkAccessManager nam;
    PropertywareClient client(&nam, fakeCredentials(server.baseUrl()), fastClientOptions());
    ListOutcome out;
    collect(client.list(PmsEntity::Portfolios), &out);
    QTRY_VERIFY_WITH_TIMEOUT(out.finished, 20000);
    QVERIFY2(out.status.ok(), qPrintable(out.status.errorMessage()));
    QCOMPARE(out.ids, (QList<qint64>{1, 2, 3}));
    QCOMPARE(server.requests(), 2); // the broken answer, then the retry
}

void TestBrokenBodies::fullBodyThatDoesNotParseIsNotRetried()
{
    BreakingServer server(Break::InvalidJson);
    QNetworkAccessManager nam;
    PropertywareClient client(&nam, fakeCredentials(server.baseUrl()), fastClientOptions());
    ListOutcome out;
    collect(client.list(PmsEntity::Portfolios), &out);
    QTRY_VERIFY_WITH_TIMEOUT(out.finished, 20000);
    QVERIFY(!out.status.ok());
    QCOMPARE(out.status.error().code, QStringLiteral("protocol"));
    QVERIFY2(out.status.errorMessage().contains(QLatin1String("invalid JSON")), qPrintable(out.status.errorMessage()));
    QCOMPARE(server.requests(), 1);
}

void TestBrokenBodies::bodyShortOfContentLengthWithoutAnErrorIsRetried()
{
    // What Qt sometimes hands over after a reset: status 200, no error, half the promised body.
    // (The real sockets above get an error from Qt; this is the case that got through as
    // "invalid JSON at byte 225068".)
    const QByteArray full = BreakingServer::body();
    FakeNetworkAccessManager nam;
    nam.enqueue(FakeResponse::raw(200, full.left(full.size() / 2))
                    .withHeader("Content-Length", QByteArray::number(full.size()))
                    .withHeader("X-Total-Count", "3"));
    nam.enqueue(FakeResponse::raw(200, full).withHeader("Content-Length", QByteArray::number(full.size())).withHeader("X-Total-Count", "3"));
    PropertywareClient client(&nam, fakeCredentials(), fastClientOptions());
    ListOutcome out;
    collect(client.list(PmsEntity::Portfolios), &out);
    QTRY_VERIFY_WITH_TIMEOUT(out.finished, 20000);
    QVERIFY2(out.status.ok(), qPrintable(out.status.errorMessage()));
    QCOMPARE(out.ids, (QList<qint64>{1, 2, 3}));
    QCOMPARE(nam.requestCount(), 2);

    // Always cut short: a network error after the retries, naming the bytes, never "invalid JSON".
    FakeNetworkAccessManager always;
    always.setHandler([&full](const FakeRequest &) {
        return FakeResponse::raw(200, full.left(100)).withHeader("Content-Length", QByteArray::number(full.size()));
    });
    PropertywareClient client2(&always, fakeCredentials(), fastClientOptions());
    ListOutcome failed;
    collect(client2.list(PmsEntity::Portfolios), &failed);
    QTRY_VERIFY_WITH_TIMEOUT(failed.finished, 20000);
    QCOMPARE(failed.status.error().code, QStringLiteral("network"));
    QVERIFY2(failed.status.errorMessage().contains(QStringLiteral("100 of %1 bytes").arg(full.size())),
             qPrintable(failed.status.errorMessage()));
    QCOMPARE(always.requestCount(), fastClientOptions().maxAttempts);
}

void TestBrokenBodies::postShortOfContentLengthIsUncertain()
{
    FakeNetworkAccessManager nam;
    nam.enqueue(FakeResponse::raw(201, "{\"id\": 12").withHeader("Content-Length", "40"));
    PropertywareClient client(&nam, fakeCredentials(), fastClientOptions());
    SendJob *job = client.postJson(QStringLiteral("workorders"), QJsonObject{{QStringLiteral("description"), QStringLiteral("x")}});
    std::optional<Result<QJsonDocument>> got;
    connect(job, &SendJob::finished, this, [&got](const Result<QJsonDocument> &r, int) { got = r; });
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 20000);
    QVERIFY(!got->ok());
    QCOMPARE(got->error().code, QStringLiteral("uncertain")); // may have been saved: looked up, not sent again
    QCOMPARE(nam.requestCount(), 1);
}

void TestBrokenBodies::silentServerFailsWithinTheSilenceLimit_data()
{
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<int>("maxAttempts");
    QTest::newRow("one long transfer timeout") << 30000 << 6;
    QTest::newRow("many short attempts") << 300 << 50;
}

void TestBrokenBodies::silentServerFailsWithinTheSilenceLimit()
{
    QFETCH(int, timeoutMs);
    QFETCH(int, maxAttempts);
    // Every request of this server is silent.
    BreakingServer server(Break::Silent);
    QNetworkAccessManager nam;
    ClientOptions o = fastClientOptions();
    o.timeoutMs = timeoutMs;
    o.maxAttempts = maxAttempts;
    o.backoffBaseMs = 100;
    o.backoffCapMs = 200;
    o.silenceLimitMs = 1500;
    PropertywareClient client(&nam, fakeCredentials(server.baseUrl()), o);
    QElapsedTimer clock;
    clock.start();
    GetJob *job = client.get(QStringLiteral("portfolios"));
    std::optional<Result<QJsonDocument>> got;
    connect(job, &GetJob::finished, this, [&got](const Result<QJsonDocument> &r) { got = r; });
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 20000);
    const qint64 ms = clock.elapsed();
    const Result<QJsonDocument> result = *got;
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("timeout"));
    QVERIFY2(result.errorMessage().contains(QLatin1String("did not answer")), qPrintable(result.errorMessage()));
    QVERIFY2(ms >= 1400, qPrintable(QString::number(ms))); // it did wait for the PMS
    QVERIFY2(ms < 1500 + 5000, qPrintable(QString::number(ms))); // and not past the limit (generous margin)
}

QTEST_GUILESS_MAIN(TestBrokenBodies)
#include "tst_brokenbodies.moc"
