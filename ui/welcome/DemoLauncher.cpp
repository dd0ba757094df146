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

#include "csv/CsvImporter.h"
#include "storage/PlatformUnitRepository.h"

#include <QBuffer>
#include <QFutureWatcher>
#include <QHostAddress>
#include <QPointer>
#include <QtConcurrent>

namespace pms {

namespace {
const QString kDemoSystemId = QStringLiteral("1001");
const QString kDemoClientId = QStringLiteral("demo-client");

DemoLauncher::SimulatorStarter &simulatorStarter()
{
    static DemoLauncher::SimulatorStarter starter;
    return starter;
}

struct PlatformUnitImport
{
    qint64 imported = 0;
    QString error;
};

// On a pool thread with a connection of its own: a big portfolio's units stay off the GUI thread.
PlatformUnitImport importPlatformUnits(const QString &dbPath, const QByteArray &csv)
{
    PlatformUnitImport result;
    auto db = Database::open(dbPath, Database::Create::Never);
    if (!db.ok()) {
        result.error = db.errorMessage();
        return result;
    }
    if (PlatformUnitRepository(*db.value()).count() > 0)
        return result; // the user's (or an earlier demo's) platform units stay as they are
    QByteArray bytes = csv;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const ImportReport report = CsvImporter(ImportEntity::PlatformUnits).importFrom(*db.value(), buffer);
    if (!report.ok())
        result.error = report.errors.isEmpty() ? QStringLiteral("import failed")
                                               : report.errors.first().format(QStringLiteral("platform-units.csv"));
    result.imported = report.imported;
    return result;
}

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

DemoLauncher::~DemoLauncher() = default; // m_simulator, a child, stops the simulator

void DemoLauncher::setSimulatorStarter(SimulatorStarter starter)
{
    simulatorStarter() = std::move(starter);
}

bool DemoLauncher::cacheIsEmpty(Database &db)
{
    auto empty = DashboardQueries(db).isCacheEmpty();
    return empty.ok() && empty.value();
}

namespace {

// The demo connection's account: Propertyware's system id, or (Buildium has none) the key's client
// id, as 'connect --pms buildium' stores it.
QString demoSystemId(const QString &pms)
{
    return pms == QLatin1String("buildium") ? kDemoClientId : kDemoSystemId;
}

} // namespace

qint64 DemoLauncher::upsertDemoConnection(Database &db, const QUrl &baseUrl, QString *error, const QString &pms)
{
    ConnectionRepository repo(db);
    // A cache given with --db keeps its demo connection from one run to the next; only the port
    // of the simulator changes.
    for (ConnectionInfo c : repo.all()) {
        if (c.pms == pms && c.systemId == demoSystemId(pms) && c.clientId == kDemoClientId && isLoopback(c.baseUrl)) {
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
    c.pms = pms;
    c.name = pms == QLatin1String("buildium") ? tr("Demo (Buildium simulator)") : tr("Demo (simulator)");
    c.baseUrl = baseUrl;
    c.systemId = demoSystemId(pms);
    c.clientId = kDemoClientId;
    c.integrationUser = QStringLiteral("PMS Bridge");
    c.integrationEmail = QStringLiteral("bridge@pmsbridge.example");
    if (pms == QLatin1String("buildium"))
        c.pmsSettings.insert(QStringLiteral("defaultVendorId"), 1); // the simulator's first vendor
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
    const SimulatorStarter &starter = simulatorStarter();
    if (!starter) {
        QMetaObject::invokeMethod(this, [this] { Q_EMIT failed(tr("The simulator is not part of this build.")); },
                                  Qt::QueuedConnection);
        return;
    }
    m_starting = true;
    m_pms = options.pms;
    QPointer<DemoLauncher> self(this);
    m_simulator = starter(options, this, [self](const QUrl &baseUrl, const QByteArray &csv) {
        if (self)
            self->serverListening(baseUrl, csv);
    });
}

void DemoLauncher::serverListening(const QUrl &baseUrl, const QByteArray &platformUnitsCsv)
{
    m_starting = false;
    if (!baseUrl.isValid() || !m_ctx.db) {
        Q_EMIT failed(baseUrl.isValid() ? tr("The simulator did not start.")
                                        : tr("The simulator could not open a port on this computer."));
        return;
    }
    m_baseUrl = baseUrl;
    QString dbError;
    const qint64 id = upsertDemoConnection(*m_ctx.db, baseUrl, &dbError, m_pms);
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
    if (platformUnitsCsv.isEmpty() || m_ctx.dbPath.isEmpty()) {
        finish(id);
        return;
    }
    // The access platform's units, so the Unit Mapping screen has suggestions to show (R17, R18).
    auto *watcher = new QFutureWatcher<PlatformUnitImport>(this);
    connect(watcher, &QFutureWatcher<PlatformUnitImport>::finished, this, [this, watcher, id] {
        watcher->deleteLater();
        const PlatformUnitImport result = watcher->result();
        if (!result.error.isEmpty())
            qCWarning(lcUi) << "demo: the platform units were not imported:" << result.error;
        m_importedPlatformUnits = result.imported;
        finish(id);
    });
    watcher->setFuture(QtConcurrent::run(importPlatformUnits, m_ctx.dbPath, platformUnitsCsv));
}

void DemoLauncher::finish(qint64 id)
{
    // The demo's secret stays in memory: it must not land in the user's keychain.
    SecretStore *store = m_ctx.sessionSecrets ? m_ctx.sessionSecrets : m_ctx.secrets;
    ConnectionInfo demo;
    demo.clientId = kDemoClientId;
    demo.systemId = demoSystemId(m_pms);
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
