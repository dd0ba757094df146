#include "ConnectionTester.h"

#include "connectors/ConnectorRegistry.h"
#include "connectors/PmsConnector.h"

#include <QHostAddress>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QThread>

namespace pms {

namespace {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<pms::ConnectorReply>();
}

ConnectionTester::~ConnectionTester()
{
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
        // The thread has stopped: what a test left behind goes from here.
        for (const QPointer<QObject> &c : std::as_const(m_contexts))
            delete c.data();
    }
}

QString ConnectionTester::checkBaseUrl(const QUrl &url, const QString &pms)
{
    const QString example = pms == QLatin1String("buildium") ? QStringLiteral("https://api.buildium.com")
                                                             : QStringLiteral("https://api.propertyware.com/pw/api/rest/v1");
    if (url.isEmpty())
        return tr("Enter the address of the %1 API, e.g. %2").arg(ConnectorRegistry::displayName(pms), example);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return tr("This is not a web address. It looks like %1").arg(example);
    if (url.scheme() == QLatin1String("http") && !isLoopbackHost(url.host()))
        return tr("HTTPS is required for %1: use https:// (plain http is only allowed on this computer).")
            .arg(url.host());
    return {};
}

void ConnectionTester::start(const ConnectionInfo &connection, const QString &secret)
{
    abort();
    const quint64 run = ++m_run;
    m_running = true;
    if (const QString problem = checkBaseUrl(connection.baseUrl, connection.pms); !problem.isEmpty()) {
        // Asynchronous like every other answer, so callers handle one path only.
        QMetaObject::invokeMethod(this, [this, run, problem] { done(run, false, problem); }, Qt::QueuedConnection);
        return;
    }
    if (!m_thread) {
        m_thread = new QThread(this);
        m_thread->setObjectName(QStringLiteral("pms-connection-test"));
        m_thread->start();
    }
    // The connector lives in the test thread, with a network manager of that thread.
    auto *context = new QObject;
    context->moveToThread(m_thread);
    m_contexts.removeAll(nullptr);
    m_contexts.append(context);
    QPointer<ConnectionTester> self = this;
    const int timeoutMs = m_timeoutMs;
    QMetaObject::invokeMethod(context, [context, connection, secret, self, run, timeoutMs] {
        auto *nam = new QNetworkAccessManager(context);
        ClientOptions options;
        options.maxAttempts = 2;
        options.timeoutMs = timeoutMs;
        options.silenceLimitMs = timeoutMs;
        auto made = ConnectorRegistry::create(nam, connection, secret, options);
        auto answer = [context, self, run](bool ok, const QString &message) {
            QMetaObject::invokeMethod(self, [self, run, ok, message] {
                if (self)
                    self->done(run, ok, message);
            }, Qt::QueuedConnection);
            context->deleteLater();
        };
        if (!made.ok())
            return answer(false, made.errorMessage());
        PmsConnector *connector = made.value().release();
        connector->setParent(context);
        QElapsedTimer timer;
        timer.start();
        ConnectorJob *job = connector->testConnection();
        QObject::connect(job, &ConnectorJob::finished, context, [connector, timer, answer](const ConnectorReply &r) {
            if (!r.status.ok())
                return answer(false, r.status.errorMessage());
            QString message = tr("Connected: %1 answered in %2 ms.")
                                  .arg(connector->displayName(), QLocale().toString(timer.elapsed()));
            if (!r.workOrderGate.isEmpty())
                message += QLatin1Char(' ') + r.workOrderGate;
            answer(true, message);
        });
    });
}

void ConnectionTester::abort()
{
    ++m_run;
    m_running = false;
}

void ConnectionTester::done(quint64 run, bool ok, const QString &message)
{
    if (run != m_run)
        return;
    m_running = false;
    Q_EMIT finished(ok, message);
}

} // namespace pms
