// Issue 17, "never hang, never pretend": every command of the command line, run as its own process,
// against a PMS that accepts connections and never answers, and against each base URL the client
// refuses. Each must end within its documented deadline ('pmsbridge --help': the silence limit for
// what talks to the PMS, at most twice it for pushes; at once for a refused configuration; the
// cache's lock timeout for the rest) with the documented exit code and one sentence on stderr.
#include "sim/SimServerThread.h"
#include "storage/ConnectionRepository.h"
#include "support/TestSupport.h"
#include "sync/NetworkSettings.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace pms;

namespace {

constexpr int kSilenceSecs = 2;      // the cache's silence limit in this test
constexpr int kLateMs = 8000;        // what a loaded test machine may add to a deadline
constexpr int kExitTryLater = 5;     // the table of 'pmsbridge --help'
constexpr int kExitConfig = 6;

struct Run
{
    int code = -1;
    qint64 ms = 0;
    QString out, err;
};

} // namespace

class TestCliDeadlines : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void silentPms_data();
    void silentPms();
    void cacheOnlyCommandsEndAtOnce_data();
    void cacheOnlyCommandsEndAtOnce();
    void refusedConfiguration_data();
    void refusedConfiguration();
    void helpDocumentsTheTable();

private:
    Run run(const QStringList &args, const QString &db);
    QVariant scalar(const QString &sql);
    void setBaseUrl(const QString &url);

    QString m_binary;
    std::unique_ptr<sim::SimServerThread> m_sim;
    std::unique_ptr<test::TempCache> m_cache;
    QUrl m_base;
    QString m_workOrder;
    QString m_property;
    QString m_unit;
};

void TestCliDeadlines::initTestCase()
{
    m_binary = qEnvironmentVariable("PMSBRIDGE_BINARY");
    if (m_binary.isEmpty())
        QSKIP("PMSBRIDGE_BINARY is not set (ctest sets it)");
    sim::SimOptions o;
    o.scale = sim::Scale::Tiny;
    o.seed = 3;
    m_sim = std::make_unique<sim::SimServerThread>(o);
    m_base = m_sim->start();
    QVERIFY(!m_base.isEmpty());
    m_cache = std::make_unique<test::TempCache>();
    ConnectionInfo c;
    c.name = QStringLiteral("Deadlines");
    c.baseUrl = m_base;
    c.systemId = o.systemId;
    c.clientId = o.clientId;
    c.integrationUser = o.integrationUser;
    c.integrationEmail = o.integrationEmail;
    QVERIFY(ConnectionRepository(m_cache->db()).insert(c).ok());
    QVERIFY(NetworkSettings::setSilenceLimitSecs(m_cache->db(), kSilenceSecs).ok());
    // A cache with data and a work order in the outbox, made while the PMS still answers.
    const Run sync = run({QStringLiteral("sync"), QStringLiteral("--initial")}, m_cache->path());
    QVERIFY2(sync.code == 0, qPrintable(sync.err));
    m_unit = scalar(QStringLiteral("SELECT pms_id FROM units WHERE pms_property_id IS NOT NULL ORDER BY pms_id LIMIT 1")).toString();
    m_property = scalar(QStringLiteral("SELECT pms_property_id FROM units WHERE pms_id=%1").arg(m_unit)).toString();
    const Run created = run({QStringLiteral("workorder"), QStringLiteral("create"), QStringLiteral("--property"), m_property,
                             QStringLiteral("--description"), QStringLiteral("Leaking tap")},
                            m_cache->path());
    QVERIFY2(created.code == 0, qPrintable(created.err));
    m_workOrder = created.out.trimmed();
    // From now on the PMS accepts connections and never answers.
    QVERIFY(m_sim->server().faults().setSpec(QStringLiteral("all:hang")));
}

void TestCliDeadlines::cleanupTestCase()
{
    m_cache.reset();
    m_sim.reset();
}

Run TestCliDeadlines::run(const QStringList &args, const QString &db)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PMSBRIDGE_CLIENT_SECRET"), QStringLiteral("demo-secret"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("pmsbridge.*.info=false"));
    p.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    p.start(m_binary, QStringList{QStringLiteral("--db"), db} + args);
    p.closeWriteChannel();
    Run r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished(5000);
        r.ms = clock.elapsed();
        return r;
    }
    r.ms = clock.elapsed();
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QVariant TestCliDeadlines::scalar(const QString &sql)
{
    auto db = m_cache->openAnother();
    QSqlQuery q(db->sql());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

void TestCliDeadlines::setBaseUrl(const QString &url)
{
    // As an older version or a hand edit may leave it: straight into the cache.
    auto db = m_cache->openAnother();
    QSqlQuery q(db->sql());
    QVERIFY(q.prepare(QStringLiteral("UPDATE connections SET base_url=?")));
    q.addBindValue(url);
    QVERIFY(q.exec());
}

void TestCliDeadlines::silentPms_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("silences"); // the documented deadline, in silence limits
    const QString wo = QStringLiteral("workorder");
    QTest::newRow("connect") << QStringList{QStringLiteral("connect"), QStringLiteral("--base-url"), QStringLiteral("%BASE%"),
                                            QStringLiteral("--system-id"), QStringLiteral("77"), QStringLiteral("--client-id"),
                                            QStringLiteral("c"), QStringLiteral("--integration-user"), QStringLiteral("U"),
                                            QStringLiteral("--integration-email"), QStringLiteral("u@example.test")}
                             << 1;
    QTest::newRow("sync") << QStringList{QStringLiteral("sync")} << 1;
    QTest::newRow("sync --initial") << QStringList{QStringLiteral("sync"), QStringLiteral("--initial")} << 1;
    QTest::newRow("sync --leases") << QStringList{QStringLiteral("sync"), QStringLiteral("--leases")} << 1;
    QTest::newRow("sync --properties-residents") << QStringList{QStringLiteral("sync"), QStringLiteral("--properties-residents")} << 1;
    QTest::newRow("reconcile --dry-run") << QStringList{QStringLiteral("reconcile"), QStringLiteral("--dry-run")} << 1;
    QTest::newRow("reconcile --yes") << QStringList{QStringLiteral("reconcile"), QStringLiteral("--yes")} << 1;
    QTest::newRow("push") << QStringList{QStringLiteral("push")} << 2;
    QTest::newRow("workorder sync") << QStringList{wo, QStringLiteral("sync"), QStringLiteral("%WO%")} << 2;
    QTest::newRow("workorder create --sync") << QStringList{wo, QStringLiteral("create"), QStringLiteral("--property"), QStringLiteral("%PROPERTY%"),
                                                            QStringLiteral("--description"), QStringLiteral("Door"), QStringLiteral("--sync")}
                                             << 2;
    QTest::newRow("workorder edit --sync") << QStringList{wo, QStringLiteral("edit"), QStringLiteral("%WO%"), QStringLiteral("--priority"),
                                                          QStringLiteral("HIGH"), QStringLiteral("--sync")}
                                           << 2;
    QTest::newRow("workorder complete --sync") << QStringList{wo, QStringLiteral("complete"), QStringLiteral("%WO%"), QStringLiteral("--sync")}
                                               << 2;
}

void TestCliDeadlines::silentPms()
{
    QFETCH(QStringList, args);
    QFETCH(int, silences);
    for (QString &a : args) {
        a.replace(QLatin1String("%BASE%"), m_base.toString());
        a.replace(QLatin1String("%WO%"), m_workOrder);
        a.replace(QLatin1String("%PROPERTY%"), m_property);
    }
    const quint64 before = m_sim->server().requestCount();
    const Run r = run(args, m_cache->path());
    qInfo().noquote() << args.join(QLatin1Char(' ')) << "ended in" << r.ms << "ms with" << r.code;
    QVERIFY2(r.code != -1, "the command did not end within 120 s");
    QCOMPARE(r.code, kExitTryLater);
    // It did ask the PMS and wait for it (not a refusal in disguise) ...
    QVERIFY(m_sim->server().requestCount() > before);
    QVERIFY2(r.ms >= kSilenceSecs * 1000 - 200, qPrintable(QString::number(r.ms)));
    // ... and gave up within its documented deadline.
    QVERIFY2(r.ms <= silences * kSilenceSecs * 1000 + kLateMs, qPrintable(QString::number(r.ms)));
    const QStringList lines = r.err.trimmed().split(QLatin1Char('\n'));
    QVERIFY2(lines.last().startsWith(QLatin1String("pmsbridge: ")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("did not answer")) || r.err.contains(QLatin1String("silent")), qPrintable(r.err));
}

void TestCliDeadlines::cacheOnlyCommandsEndAtOnce_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::newRow("export units") << QStringList{QStringLiteral("export"), QStringLiteral("units")} << 0;
    QTest::newRow("export workorders") << QStringList{QStringLiteral("export"), QStringLiteral("workorders")} << 0;
    QTest::newRow("map --suggest") << QStringList{QStringLiteral("map"), QStringLiteral("--suggest")} << 0;
    QTest::newRow("unmap") << QStringList{QStringLiteral("unmap"), QStringLiteral("%UNIT%")} << 0;
    QTest::newRow("map an unknown platform unit") << QStringList{QStringLiteral("map"), QStringLiteral("%UNIT%"), QStringLiteral("999999")} << 3;
    QTest::newRow("disable unit") << QStringList{QStringLiteral("disable"), QStringLiteral("unit"), QStringLiteral("%UNIT%")} << 0;
    QTest::newRow("enable unit") << QStringList{QStringLiteral("enable"), QStringLiteral("unit"), QStringLiteral("%UNIT%")} << 0;
    QTest::newRow("workorder show") << QStringList{QStringLiteral("workorder"), QStringLiteral("show"), QStringLiteral("%WO%")} << 0;
    QTest::newRow("workorder create") << QStringList{QStringLiteral("workorder"), QStringLiteral("create"), QStringLiteral("--property"),
                                                     QStringLiteral("%PROPERTY%"), QStringLiteral("--description"), QStringLiteral("Window")}
                                      << 0;
    QTest::newRow("import platform-units") << QStringList{QStringLiteral("import"), QStringLiteral("platform-units"), QStringLiteral("%CSV%")} << 0;
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2;
}

void TestCliDeadlines::cacheOnlyCommandsEndAtOnce()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    const QString csv = m_cache->dir() + QStringLiteral("/units.csv");
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("name,building\nDeadline unit " + QByteArray::number(QDateTime::currentMSecsSinceEpoch()) + ",A\n");
    }
    for (QString &a : args) {
        a.replace(QLatin1String("%WO%"), m_workOrder);
        a.replace(QLatin1String("%PROPERTY%"), m_property);
        a.replace(QLatin1String("%UNIT%"), m_unit);
        a.replace(QLatin1String("%CSV%"), csv);
    }
    const quint64 before = m_sim->server().requestCount();
    const Run r = run(args, m_cache->path());
    QVERIFY2(r.code == code, qPrintable(QStringLiteral("%1: %2").arg(r.code).arg(r.err)));
    QVERIFY2(r.ms <= 10000 + kLateMs, qPrintable(QString::number(r.ms))); // the cache's lock timeout
    QCOMPARE(m_sim->server().requestCount(), before); // the silent PMS was not asked
}

void TestCliDeadlines::refusedConfiguration_data()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QStringList>("args");
    const QStringList urls = {QStringLiteral("ftp://127.0.0.1/pw/api/rest/v1"),
                              QStringLiteral("http://192.0.2.10/pw/api/rest/v1"),
                              QStringLiteral("http://api.propertyware.com/pw/api/rest/v1"),
                              QStringLiteral("not a web address")};
    const QList<QStringList> commands = {{QStringLiteral("sync")},
                                         {QStringLiteral("sync"), QStringLiteral("--initial")},
                                         {QStringLiteral("sync"), QStringLiteral("--leases")},
                                         {QStringLiteral("reconcile"), QStringLiteral("--dry-run")},
                                         {QStringLiteral("reconcile"), QStringLiteral("--yes")},
                                         {QStringLiteral("push")},
                                         {QStringLiteral("workorder"), QStringLiteral("sync"), QStringLiteral("%WO%")}};
    for (const QString &url : urls)
        for (const QStringList &c : commands)
            QTest::newRow(qPrintable(c.join(QLatin1Char(' ')) + QStringLiteral(" @ ") + url)) << url << c;
}

void TestCliDeadlines::refusedConfiguration()
{
    QFETCH(QString, baseUrl);
    QFETCH(QStringList, args);
    for (QString &a : args)
        a.replace(QLatin1String("%WO%"), m_workOrder);
    setBaseUrl(baseUrl);
    const quint64 before = m_sim->server().requestCount();
    const Run r = run(args, m_cache->path());
    setBaseUrl(m_base.toString());
    QVERIFY2(r.code != -1, "the command did not end within 120 s");
    QVERIFY2(r.code == kExitConfig, qPrintable(QStringLiteral("%1: %2").arg(r.code).arg(r.err)));
    QVERIFY2(r.ms <= kLateMs, qPrintable(QString::number(r.ms))); // at once
    const QStringList lines = r.err.trimmed().split(QLatin1Char('\n'));
    QVERIFY2(lines.last().startsWith(QLatin1String("pmsbridge: ")) && lines.last().contains(QLatin1String("base URL")),
             qPrintable(r.err));
    QCOMPARE(m_sim->server().requestCount(), before);
    // Nothing pretends: the work order still waits in the outbox.
    QCOMPARE(scalar(QStringLiteral("SELECT sync_state FROM work_orders WHERE id=") + m_workOrder).toString(), QStringLiteral("pending"));
}

void TestCliDeadlines::helpDocumentsTheTable()
{
    const Run r = run({QStringLiteral("--help")}, m_cache->path());
    QCOMPARE(r.code, 0);
    for (const char *line : {"Exit codes:", "  5 try again later   ", "  6 configuration or credentials   ", "Deadlines:"})
        QVERIFY2(r.out.contains(QLatin1String(line)), line);
}

QTEST_GUILESS_MAIN(TestCliDeadlines)
#include "tst_clideadlines.moc"
