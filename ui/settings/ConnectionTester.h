#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace pms {

/// Settings ▸ Test Connection: GET health, then one authenticated call (GET portfolios?limit=1),
/// asynchronously on a QNetworkAccessManager of the GUI thread (it never blocks), and the result
/// in words: "Connected: Propertyware answered in 120 ms; 3 portfolios visible." or what to fix.
class ConnectionTester : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    /// Tests use their own manager (or a fake one); the tester does not take ownership.
    void setNetworkAccessManager(QNetworkAccessManager *nam);
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    /// "HTTPS is required for api.example.com" and friends; empty when @p url is usable.
    static QString checkBaseUrl(const QUrl &url);

    void start(const QUrl &baseUrl, const QString &systemId, const QString &clientId, const QString &secret);
    void abort();
    bool isRunning() const { return !m_reply.isNull(); }

Q_SIGNALS:
    void finished(bool ok, const QString &message);

private:
    enum class Step { Health, Portfolios };
    void send(Step step);
    void onReply();
    QString describeFailure(QNetworkReply *reply, int httpStatus) const;
    void done(bool ok, const QString &message);

    QNetworkAccessManager *m_nam = nullptr;
    bool m_ownsNam = false;
    QPointer<QNetworkReply> m_reply;
    Step m_step = Step::Health;
    QUrl m_baseUrl;
    QString m_systemId, m_clientId, m_secret;
    QElapsedTimer m_timer;
    qint64 m_healthMs = 0;
    int m_timeoutMs = 20000;
};

} // namespace pms
