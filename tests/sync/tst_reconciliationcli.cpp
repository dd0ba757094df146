// The command line of reconciliation: `reconcile [--dry-run] [--yes [--force]]`, `export deactivated`,
// `disable|enable unit|property PMS_ID`, run as a separate process against the simulator.
#include "sim/SimServerThread.h"
#include "storage/ConnectionRepository.h"
#include "support/TestSupport.h"

#include <QProcess>
#include <QSqlQuery>
#include <QRegularExpression>
#include <QTest>

using namespace pms;

namespace {

struct Run
{
    int code = -1;
    QString out, err;
};

} // namespace

class TestReconciliationCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void dryRunChangesNothing();
    void nonInteractiveNeedsYes();
    void yesAppliesAndExportListsThem();
    void guardNeedsForce();
    void pmsErrorExitsNonZeroWithNothingDeactivated();
    void disableAndEnable();
    void usageErrors();

private:
    Run run(const QStringList &args);
    int activeUnits();
    QList<qint64> activePmsIds(int n, int skip = 0);

    QString m_binary;
    std::unique_ptr<sim::SimServerThread> m_sim;
    std::unique_ptr<test::TempCache> m_cache;
};

void TestReconciliationCli::initTestCase()
{
    m_binary = qEnvironmentVariable("PMSBRIDGE_BINARY");
    if (m_binary.isEmpty())
        QSKIP("PMSBRIDGE_BINARY is not set (ctest sets it)");
}

void TestReconciliationCli::init()
{
    sim::SimOptions o;
    o.scale = sim::Scale::Tiny;
    o.seed = 9;
    m_sim = std::make_unique<sim::SimServerThread>(o);
    const QUrl base = m_sim->start();
    QVERIFY(!base.isEmpty());
    m_cache = std::make_unique<test::TempCache>();
    ConnectionInfo c;
    c.name = QStringLiteral("CLI");
    c.baseUrl = base;
    c.systemId = o.systemId;
    c.clientId = o.clientId;
    c.integrationUser = o.integrationUser;
    c.integrationEmail = o.integrationEmail;
    QVERIFY(ConnectionRepository(m_cache->db()).insert(c).ok());
    const Run sync = run({ QStringLiteral("sync"), QStringLiteral("--initial") });
    QVERIFY2(sync.code == 0, qPrintable(sync.err));
    QVERIFY(activeUnits() >= 20);
}

void TestReconciliationCli::cleanup()
{
    m_cache.reset();
    m_sim.reset();
}

Run TestReconciliationCli::run(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PMSBRIDGE_CLIENT_SECRET"), QStringLiteral("demo-secret"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("pmsbridge.*.info=false"));
    p.setProcessEnvironment(env);
    p.start(m_binary, QStringList { QStringLiteral("--db"), m_cache->path() } + args);
    p.closeWriteChannel(); // not a terminal, nothing to read
    Run r;
    if (!p.waitForFinished(120000))
        return r;
    r.code = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

int TestReconciliationCli::activeUnits()
{
    auto db = m_cache->openAnother();
    QSqlQuery q(db->sql());
    q.exec(QStringLiteral("SELECT count(*) FROM units WHERE active = 1"));
    return q.next() ? q.value(0).toInt() : -1;
}

QList<qint64> TestReconciliationCli::activePmsIds(int n, int skip)
{
    auto db = m_cache->openAnother();
    QSqlQuery q(db->sql());
    q.exec(QStringLiteral("SELECT pms_id FROM units WHERE active = 1 ORDER BY pms_id LIMIT %1 OFFSET %2")
               .arg(n)
               .arg(skip));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

void TestReconciliationCli::dryRunChangesNothing()
{
    const int before = activeUnits();
    m_sim->server().data().deleteUnitIds(activePmsIds(2, 3));
    const Run r = run({ QStringLiteral("reconcile"), QStringLiteral("--dry-run") });
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QLatin1String("2 units would be deactivated.")), qPrintable(r.out));
    QVERIFY2(
        r.out.contains(QLatin1String("1 of ")) || r.out.contains(QLatin1String("2 of ")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("%1 active units checked").arg(before)));
    QCOMPARE(activeUnits(), before);
}

void TestReconciliationCli::nonInteractiveNeedsYes()
{
    const int before = activeUnits();
    m_sim->server().data().deleteUnitIds(activePmsIds(2, 3));
    const Run r = run({ QStringLiteral("reconcile") });
    QCOMPARE(r.code, 1);
    QCOMPARE(r.err.trimmed(),
        QStringLiteral("pmsbridge: 2 units would be deactivated; re-run with --yes to apply"));
    QVERIFY(r.out.contains(QLatin1String("would be deactivated"))); // the preview was printed
    QCOMPARE(activeUnits(), before);
}

void TestReconciliationCli::yesAppliesAndExportListsThem()
{
    const int before = activeUnits();
    const QList<qint64> gone = activePmsIds(2, 3);
    m_sim->server().data().deleteUnitIds(gone);
    const Run r = run({ QStringLiteral("reconcile"), QStringLiteral("--yes") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("2 units deactivated")), qPrintable(r.out));
    QCOMPARE(activeUnits(), before - 2);

    const Run csv = run({ QStringLiteral("export"), QStringLiteral("deactivated"),
        QStringLiteral("--snapshot"), QStringLiteral("latest") });
    QVERIFY2(csv.code == 0, qPrintable(csv.err));
    const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.first(),
        QStringLiteral(
            "snapshot_id,snapshot_at,pms_property_id,property_name,pms_unit_id,unit_name,address"));
    for (qint64 id : gone)
        QVERIFY2(csv.out.contains(QStringLiteral(",%1,").arg(id)), qPrintable(csv.out));
    // Nothing more to do: exit 0.
    const Run again = run({ QStringLiteral("reconcile") });
    QCOMPARE(again.code, 0);
    QVERIFY(again.out.contains(QLatin1String("0 units deactivated")));
}

void TestReconciliationCli::guardNeedsForce()
{
    const int before = activeUnits();
    const int n = before / 3;
    m_sim->server().data().deleteUnitIds(activePmsIds(n));
    const Run stopped = run({ QStringLiteral("reconcile"), QStringLiteral("--yes") });
    QCOMPARE(stopped.code, 4); // the table of 'pmsbridge --help': stopped by a rule
    QCOMPARE(stopped.err.count(QLatin1Char('\n')), 1); // one line
    QVERIFY2(
        stopped.err.contains(QLatin1String("safety guard")) && stopped.err.contains(QLatin1String("--force")),
        qPrintable(stopped.err));
    // Users do not know our rule numbers.
    QVERIFY2(!stopped.err.contains(QRegularExpression(QStringLiteral("\\bR[0-9]{1,2}\\b"))), qPrintable(stopped.err));
    const Run dry = run({ QStringLiteral("reconcile"), QStringLiteral("--dry-run") });
    QCOMPARE(dry.code, 0);
    QVERIFY2(dry.out.contains(QLatin1String("A real run would stop for confirmation (safety guard): ")),
        qPrintable(dry.out));
    QVERIFY2(!dry.out.contains(QRegularExpression(QStringLiteral("\\bR[0-9]{1,2}\\b"))), qPrintable(dry.out));
    QCOMPARE(activeUnits(), before);
    // Without --yes (and not on a terminal) the guard's exit code wins too.
    QCOMPARE(run({ QStringLiteral("reconcile") }).code, 4);
    QCOMPARE(activeUnits(), before);

    const Run forced
        = run({ QStringLiteral("reconcile"), QStringLiteral("--yes"), QStringLiteral("--force") });
    QVERIFY2(forced.code == 0, qPrintable(forced.err));
    QCOMPARE(activeUnits(), before - n);
}

void TestReconciliationCli::pmsErrorExitsNonZeroWithNothingDeactivated()
{
    const int before = activeUnits();
    m_sim->server().data().deleteUnitIds(activePmsIds(1, 3));
    m_sim->server().faults().setSpec(QStringLiteral("units:401"));
    const Run r = run({ QStringLiteral("reconcile"), QStringLiteral("--yes") });
    QCOMPARE(r.code, 6); // the PMS refused the secret: configuration or credentials
    QVERIFY2(r.err.contains(QLatin1String("nothing was deactivated")), qPrintable(r.err));
    QCOMPARE(activeUnits(), before);
}

void TestReconciliationCli::disableAndEnable()
{
    const qint64 unit = activePmsIds(1, 4).first();
    const Run d = run({ QStringLiteral("disable"), QStringLiteral("unit"), QString::number(unit) });
    QVERIFY2(d.code == 0, qPrintable(d.err));
    QVERIFY(d.out.contains(QLatin1String("disabled")));
    auto db = m_cache->openAnother();
    auto value = [&](const QString &sql) {
        QSqlQuery q(db->sql());
        q.exec(sql.arg(unit));
        return q.next() ? q.value(0) : QVariant();
    };
    QCOMPARE(value(QStringLiteral("SELECT disabled_by_user FROM units WHERE pms_id = %1")).toInt(), 1);
    QCOMPARE(value(QStringLiteral("SELECT active FROM units WHERE pms_id = %1")).toInt(), 0);
    QCOMPARE(value(QStringLiteral("SELECT deactivated_by FROM units WHERE pms_id = %1")).toString(),
        QStringLiteral("user"));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM property_log l JOIN units u ON u.id = l.unit_id "
                                  "WHERE u.pms_id = %1 AND l.kind = 'disabled'"))
                 .toInt(),
        1);
    QVERIFY(run({ QStringLiteral("disable"), QStringLiteral("unit"), QString::number(unit) })
                .out.contains(QLatin1String("already")));
    // A sync does not bring it back (R15).
    QVERIFY(run({ QStringLiteral("sync"), QStringLiteral("--initial") }).code == 0);
    QCOMPARE(value(QStringLiteral("SELECT active FROM units WHERE pms_id = %1")).toInt(), 0);
    const Run e = run({ QStringLiteral("enable"), QStringLiteral("unit"), QString::number(unit) });
    QVERIFY2(e.code == 0 && e.out.contains(QLatin1String("active again")), qPrintable(e.out + e.err));
    QCOMPARE(value(QStringLiteral("SELECT active FROM units WHERE pms_id = %1")).toInt(), 1);
    QVERIFY(value(QStringLiteral("SELECT deactivated_by FROM units WHERE pms_id = %1")).isNull());

    QSqlQuery q(db->sql());
    q.exec(QStringLiteral("SELECT pms_id FROM properties LIMIT 1"));
    QVERIFY(q.next());
    const QString property = q.value(0).toString();
    q.finish();
    QCOMPARE(run({ QStringLiteral("disable"), QStringLiteral("property"), property }).code, 0);
    QCOMPARE(run({ QStringLiteral("enable"), QStringLiteral("property"), property }).code, 0);
    const Run missing
        = run({ QStringLiteral("disable"), QStringLiteral("unit"), QStringLiteral("987654321") });
    QCOMPARE(missing.code, 3); // not found
    QVERIFY(missing.err.startsWith(QLatin1String("pmsbridge: There is no unit with PMS id 987654321")));
}

void TestReconciliationCli::usageErrors()
{
    QCOMPARE(
        run({ QStringLiteral("reconcile"), QStringLiteral("--dry-run"), QStringLiteral("--yes") }).code, 2);
    QCOMPARE(run({ QStringLiteral("reconcile"), QStringLiteral("--bogus") }).code, 2);
    QCOMPARE(run({ QStringLiteral("disable"), QStringLiteral("building"), QStringLiteral("1") }).code, 2);
    QCOMPARE(run({ QStringLiteral("enable"), QStringLiteral("unit"), QStringLiteral("abc") }).code, 2);
    const Run help = run({ QStringLiteral("reconcile"), QStringLiteral("--help") });
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains(QLatin1String("--force")));
    QVERIFY(help.out.contains(QLatin1String("Exit codes")));
}

QTEST_GUILESS_MAIN(TestReconciliationCli)
#include "tst_reconciliationcli.moc"
