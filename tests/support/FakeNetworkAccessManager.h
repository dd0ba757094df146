#pragma once

#include <QJsonDocument>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QUrlQuery>

#include <functional>

namespace pms::test {

/// What the fake saw: one entry per request, in the order they were made.
struct FakeRequest
{
    int index = 0;
    QNetworkAccessManager::Operation operation = QNetworkAccessManager::GetOperation;
    QByteArray verb; // "GET", "POST", "PUT", ...
    QUrl url;
    QNetworkRequest request;
    QByteArray body;

    QByteArray header(const QByteArray &name) const { return request.rawHeader(name); }
    QString path() const { return url.path(); }
    QUrlQuery query() const { return QUrlQuery(url); }
    QString queryValue(const QString &key) const { return QUrlQuery(url).queryItemValue(key, QUrl::FullyDecoded); }
};

/// A canned answer: an HTTP status with headers and body, or a network error; now, later or never.
struct FakeResponse
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    // A network-level failure: alone (status 0), or with a status for a connection that broke after
    // the headers (status 200 and RemoteHostClosedError: half a body).
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    int delayMs = 0;   // answer after this long (0: on the next event-loop turn)
    bool hang = false; // never answer; only abort() ends it

    static FakeResponse json(const QJsonDocument &doc, int status = 200);
    static FakeResponse raw(int status, QByteArray body, QByteArray contentType = "application/json");
    static FakeResponse networkError(QNetworkReply::NetworkError error, QString message = {});
    static FakeResponse hanging();

    FakeResponse &withHeader(const QByteArray &name, const QByteArray &value);
    FakeResponse &delayed(int ms);
};

/// A QNetworkAccessManager that never touches the network: every request is recorded and answered
/// by a queue of canned responses, then by a handler (default: 404). Counts replies that are open
/// at once, so tests can check an in-flight limit.
class FakeNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT

public:
    using Handler = std::function<FakeResponse(const FakeRequest &request)>;

    explicit FakeNetworkAccessManager(QObject *parent = nullptr);

    /// Answers requests not served by the queue.
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    /// Served first, one per request, in order.
    void enqueue(FakeResponse response) { m_queue.append(std::move(response)); }

    QList<FakeRequest> requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    FakeRequest lastRequest() const { return m_requests.isEmpty() ? FakeRequest() : m_requests.last(); }
    void clearRequests() { m_requests.clear(); }

    int openReplies() const { return m_open; }
    int maxOpenReplies() const { return m_maxOpen; }
    /// Replies aborted by the client (timeouts, cancels).
    int abortedReplies() const { return m_aborted; }

Q_SIGNALS:
    void requestSeen(const pms::test::FakeRequest &request);

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    Handler m_handler;
    QList<FakeResponse> m_queue;
    QList<FakeRequest> m_requests;
    int m_open = 0;
    int m_maxOpen = 0;
    int m_aborted = 0;
};

/// The reply the fake hands out.
class FakeNetworkReply : public QNetworkReply
{
    Q_OBJECT

public:
    FakeNetworkReply(QNetworkAccessManager::Operation op, const QNetworkRequest &request, FakeResponse response,
                     QObject *parent);

    void abort() override;
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool wasAborted() const { return m_aborted; }

Q_SIGNALS:
    void abortedByClient();

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void respond();

    FakeResponse m_response;
    QByteArray m_content;
    qint64 m_pos = 0;
    bool m_aborted = false;
};

} // namespace pms::test
