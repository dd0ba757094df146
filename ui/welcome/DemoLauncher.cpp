#include "DemoLauncher.h"

#include "ui/common/AppContext.h"
#include "common/Logging.h"
#include "secrets/SecretStore.h"
#include "storage/ConnectionRepository.h"
#include "storage/DashboardQueries.h"
#include "storage/Database.h"
#include "storage/ScheduleRepository.h"
#include "sync/Scheduler.h"
#include "sync/SyncController.h"

#include <QHostAddress>
#include <QPointer>
#include <QThread>

#if __has_include("sim/SimServer.h")
#include "sim/SimOptions.h"
#include "sim/SimServer.h"
#define PMS_HAVE_SIM_SERVER 1
#endif

namespace pms {

namespace {
const QString kDemoSystemId = QStringLiteral("1001");
const QString kDemoClientId = QStringLiteral("demo-client");

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}
} // namespace

DemoLauncher::DemoLauncher(AppContext &context, QObject *parent)
    : QObject(parent)
    , m_ctx(context)
{
}

DemoLauncher::~DemoLauncher()
{
    if (m_thread) {
        m_thread->quit();
        m_thread->wait(); // the holder and the server are deleted as the thread finishes
    }
}

bool DemoLauncher::cacheIsEmpty(Database &db)
{
    auto empty = DashboardQueries(db).isCacheEmpty();
    return empty.ok() && empty.value();
}

qint64 DemoLauncher::upsertDemoConnection(Database &db, const QUrl &baseUrl, QString *error)
{
    ConnectionRepository repo(db);
    // A cache given with --db keeps its demo connection from one run to the next; only the port
    // of the simulator changes.
    for (ConnectionInfo c : repo.all()) {
        if (c.systemId == kDemoSystemId && c.clientId == kDemoClientId && isLoopback(c.baseUrl)) {
            c.baseUrl = baseUrl;
            if (Status s = repo.update(c); !s.ok()) {
                if (error)
                    *error = s.errorMessage();
                return 0;
            }
            return c.id;
        }
    }
    ConnectionInfo c;
    c.name = tr("Demo (simulator)");
    c.baseUrl = baseUrl;
    c.systemId = kDemoSystemId;
    c.clientId = kDemoClientId;
    c.integrationUser = QStringLiteral("PMS Bridge");
    c.integrationEmail = QStringLiteral("bridge@pmsbridge.example");
    auto id = repo.insert(c);
    if (!id.ok()) {
        if (error)
            *error = id.errorMessage();
        return 0;
    }
    return id.value();
}

void DemoLauncher::start()
{
    start(Options{});
}

void DemoLauncher::start(const Options &options)
{
    if (m_starting)
        return;
    if (m_baseUrl.isValid()) {
        serverListening(m_baseUrl, {});
        return;
    }
#ifdef PMS_HAVE_SIM_SERVER
    sim::SimOptions simOptions;
    simOptions.scale = sim::parseScale(options.scale).value_or(sim::Scale::Small);
    simOptions.seed = options.seed;
    simOptions.live = options.live;
    m_starting = true;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("pmsbridge-sim"));
    m_holder = new QObject;
    m_holder->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_holder, &QObject::deleteLater);
    m_thread->start();
    QPointer<DemoLauncher> self(this);
    QObject *holder = m_holder;
    // The simulator answers in its own thread, so the sync engine's requests never wait on the window.
    QMetaObject::invokeMethod(holder, [holder, simOptions, self] {
        auto *server = new sim::SimServer(simOptions, holder);
        const quint16 port = server->listen(0);
        const QUrl url = port ? server->baseUrl() : QUrl();
        const QString error = port ? QString() : tr("The simulator could not open a port on this computer.");
        QMetaObject::invokeMethod(
            self.data(), [self, url, error] {
                if (self)
                    self->serverListening(url, error);
            },
            Qt::QueuedConnection);
    });
#else
    Q_UNUSED(options);
    QMetaObject::invokeMethod(this, [this] { Q_EMIT failed(tr("The simulator is not part of this build.")); },
                              Qt::QueuedConnection);
#endif
}

void DemoLauncher::serverListening(const QUrl &baseUrl, const QString &error)
{
    m_starting = false;
    if (!error.isEmpty() || !baseUrl.isValid() || !m_ctx.db) {
        Q_EMIT failed(error.isEmpty() ? tr("The simulator did not start.") : error);
        return;
    }
    m_baseUrl = baseUrl;
    QString dbError;
    const qint64 id = upsertDemoConnection(*m_ctx.db, baseUrl, &dbError);
    if (id == 0) {
        Q_EMIT failed(tr("Cannot save the demo connection: %1").arg(dbError));
        return;
    }
    qCInfo(lcUi) << "demo: simulator at" << baseUrl.toString() << "connection" << id;
    if (m_ctx.sync)
        m_ctx.sync->setSecret(id, demoSecret());
    if (m_ctx.scheduler) {
        ScheduleRepository schedules(*m_ctx.db);
        auto specs = schedules.specs(id);
        auto lastRuns = schedules.lastRuns(id);
        if (specs.ok())
            m_ctx.scheduler->setConnectionSchedule(id, specs.value(),
                                                   lastRuns.ok() ? lastRuns.value() : QHash<ScheduledJob, QDateTime>());
    }
    // The demo's secret stays in memory: it must not land in the user's keychain.
    SecretStore *store = m_ctx.sessionSecrets ? m_ctx.sessionSecrets : m_ctx.secrets;
    ConnectionInfo demo;
    demo.clientId = kDemoClientId;
    demo.systemId = kDemoSystemId;
    const QString key = demo.secretKey();
    if (store) {
        QPointer<DemoLauncher> self(this);
        store->write(key, demoSecret(), [self, id](const Status &) {
            if (self)
                Q_EMIT self->ready(id);
        }, this);
    } else {
        Q_EMIT ready(id);
    }
}

} // namespace pms
