// The command line of work orders: `workorder create|edit|complete|sync|show` and `push`, run as a
// separate process against the simulator (R10–R12).
#include "sim/SimServerThread.h"
#include "storage/ConnectionRepository.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pms;

namespace {

struct Run
{
    int code = -1;
    QString out, err;
};

} // namespace

class TestWorkOrderCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void createThenPush();
    void createWithSyncEditAndComplete();
    void wrongSecretFailsThenSyncGoesThrough();
    void badRequestExitsNonZeroAndIsNotRetried();
    void usageErrors_data();
    void usageErrors();

private:
    Run run(const QStringList &args, const QString &secret = QStringLiteral("demo-secret"));
    QVariant scalar(const QString &sql);
    int simWorkOrders() { return m_sim->server().data().count(sim::Entity::WorkOrders); }

    QString m_binary;
    std::unique_ptr<sim::SimServerThread> m_sim;
    std::unique_ptr<test::TempCache> m_cache;
    QString m_property;
    QString m_unit;
};

void TestWorkOrderCli::initTestCase()
{
    m_binary = qEnvironmentVariable("PMSBRIDGE_BINARY");
    if (m_binary.isEmpty())
        QSKIP("PMSBRIDGE_BINARY is not set (ctest sets it)");
}

void TestWorkOrderCli::init()
{
    sim::SimOptions o;
    o.scale = sim::Scale::Tiny;
    o.seed = 5;
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
    m_unit = scalar(QStringLiteral("SELECT pms_id FROM units WHERE pms_property_id IS NOT NULL ORDER BY pms_id LIMIT 1")).toString();
    m_property = scalar(QStringLiteral("SELECT pms_property_id FROM units WHERE pms_id=%1").arg(m_unit)).toString();
    QVERIFY(!m_unit.isEmpty() && !m_property.isEmpty());
}

void TestWorkOrderCli::cleanup()
{
    m_cache.reset();
    m_sim.reset();
}

Run TestWorkOrderCli::run(const QStringList &args, const QString &secret)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PMSBRIDGE_CLIENT_SECRET"), secret);
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("pmsbridge.*.info=false"));
    p.setProcessEnvironment(env);
    p.start(m_binary, QStringList { QStringLiteral("--db"), m_cache->path() } + args);
    p.closeWriteChannel();
    Run r;
    if (!p.waitForFinished(120000))
        return r;
    r.code = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QVariant TestWorkOrderCli::scalar(const QString &sql)
{
    auto db = m_cache->openAnother();
    QSqlQuery q(db->sql());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

void TestWorkOrderCli::createThenPush()
{
    const int before = simWorkOrders();
    const Run created = run({ QStringLiteral("workorder"), QStringLiteral("create"), QStringLiteral("--property"), m_property,
                              QStringLiteral("--unit"), m_unit, QStringLiteral("--description"), QStringLiteral("Broken window latch"),
                              QStringLiteral("--priority"), QStringLiteral("LOW") });
    QVERIFY2(created.code == 0, qPrintable(created.err));
    const QString id = created.out.trimmed();
    QVERIFY2(id.toLongLong() > 0, qPrintable(created.out));
    // Queued, not yet sent.
    QCOMPARE(simWorkOrders(), before);
    QCOMPARE(scalar(QStringLiteral("SELECT sync_state FROM work_orders WHERE id=") + id).toString(), QStringLiteral("pending"));

    const Run pushed = run({ QStringLiteral("push") });
    QVERIFY2(pushed.code == 0, qPrintable(pushed.err));
    const QStringList fields = pushed.out.trimmed().split(QLatin1Char('\t'));
    QCOMPARE(fields.value(0), id);
    QCOMPARE(fields.value(1), QStringLiteral("synced"));
    QVERIFY(fields.value(2).toLongLong() > 0);
    QVERIFY2(pushed.err.contains(QLatin1String("pushed 1 change")), qPrintable(pushed.err));
    QCOMPARE(simWorkOrders(), before + 1);
    const QJsonObject rec = QJsonDocument::fromJson(m_sim->server().data().recordJson(sim::Entity::WorkOrders, fields.value(2).toLongLong())).object();
    QCOMPARE(rec.value(QLatin1String("description")).toString(), QStringLiteral("Broken window latch"));
    QCOMPARE(rec.value(QLatin1String("priority")).toString(), QStringLiteral("LOW"));

    // Nothing left: a second push touches nothing.
    const Run again = run({ QStringLiteral("push") });
    QCOMPARE(again.code, 0);
    QVERIFY(again.out.trimmed().isEmpty());
    QCOMPARE(simWorkOrders(), before + 1);
}

void TestWorkOrderCli::createWithSyncEditAndComplete()
{
    QTemporaryDir dir;
    const QString photo = dir.filePath(QStringLiteral("before.jpg"));
    const QString invoice = dir.filePath(QStringLiteral("invoice.pdf"));
    for (const QString &path : { photo, invoice }) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("test attachment " + path.toUtf8());
    }
    const Run created = run({ QStringLiteral("workorder"), QStringLiteral("create"), QStringLiteral("--property"), m_property,
                              QStringLiteral("--description"), QStringLiteral("Heater makes noise"), QStringLiteral("--sync") });
    QVERIFY2(created.code == 0, qPrintable(created.err));
    const QStringList createdFields = created.out.trimmed().split(QLatin1Char('\n')).last().split(QLatin1Char('\t'));
    const QString id = createdFields.value(0); // --sync prints the state line: id, state, PMS id, reason
    QCOMPARE(createdFields.value(1), QStringLiteral("synced"));
    const qint64 pmsId = createdFields.value(2).toLongLong();
    QVERIFY(pmsId > 0);

    const Run edited = run({ QStringLiteral("workorder"), QStringLiteral("edit"), id, QStringLiteral("--priority"), QStringLiteral("HIGH") });
    QVERIFY2(edited.code == 0, qPrintable(edited.err));
    const Run completed = run({ QStringLiteral("workorder"), QStringLiteral("complete"), id, QStringLiteral("--comment"), QStringLiteral("Bled the radiator"),
                                QStringLiteral("--attach"), photo, QStringLiteral("--invoice"), invoice, QStringLiteral("--sync") });
    QVERIFY2(completed.code == 0, qPrintable(completed.err));
    QVERIFY2(completed.out.contains(QLatin1String("\tsynced\t")), qPrintable(completed.out));

    // In the PMS: closed, with both documents attached to the work order.
    const QJsonObject rec = QJsonDocument::fromJson(m_sim->server().data().recordJson(sim::Entity::WorkOrders, pmsId)).object();
    QCOMPARE(rec.value(QLatin1String("status")).toString(), QStringLiteral("Completed"));
    int docs = 0;
    m_sim->server().data().read([&](const sim::SimStore &s) {
        for (const auto &d : s.documents)
            if (d.entityId == pmsId)
                ++docs;
    });
    QCOMPARE(docs, 2);
    // Each copy in the cache is marked uploaded with its PMS document id.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM work_order_attachments WHERE work_order_id=%1 AND pms_doc_id IS NOT NULL").arg(id)).toInt(), 2);

    const Run shown = run({ QStringLiteral("workorder"), QStringLiteral("show"), id });
    QCOMPARE(shown.code, 0);
    QVERIFY(shown.out.contains(QLatin1String("status: Completed")));
    QVERIFY(shown.out.contains(QLatin1String("attachment: photo\tbefore.jpg")));
    QVERIFY(shown.out.contains(QLatin1String("attachment: invoice\tinvoice.pdf")));
    QVERIFY(shown.out.contains(QLatin1String("Closed in Propertyware")));
}

void TestWorkOrderCli::wrongSecretFailsThenSyncGoesThrough()
{
    const int before = simWorkOrders();
    const Run created = run({ QStringLiteral("workorder"), QStringLiteral("create"), QStringLiteral("--property"), m_property,
                              QStringLiteral("--description"), QStringLiteral("Mould in bathroom"), QStringLiteral("--sync") },
                            QStringLiteral("not-the-secret"));
    QCOMPARE(created.code, 6); // credentials
    QVERIFY2(created.err.contains(QLatin1String("401")), qPrintable(created.err));
    const QString id = created.out.section(QLatin1Char('\t'), 0, 0);
    QVERIFY(created.out.contains(QLatin1String("\tfailed\t")));
    QCOMPARE(scalar(QStringLiteral("SELECT sync_state FROM work_orders WHERE id=") + id).toString(), QStringLiteral("failed"));
    QVERIFY(!scalar(QStringLiteral("SELECT sync_error FROM work_orders WHERE id=") + id).toString().isEmpty());
    QCOMPARE(simWorkOrders(), before);

    const Run synced = run({ QStringLiteral("workorder"), QStringLiteral("sync"), id });
    QVERIFY2(synced.code == 0, qPrintable(synced.err));
    QVERIFY(synced.out.startsWith(id + QLatin1String("\tsynced\t")));
    QCOMPARE(simWorkOrders(), before + 1);
}

void TestWorkOrderCli::badRequestExitsNonZeroAndIsNotRetried()
{
    QVERIFY(m_sim->server().faults().setSpec(QStringLiteral("workorders:400")));
    const Run created = run({ QStringLiteral("workorder"), QStringLiteral("create"), QStringLiteral("--property"), m_property,
                              QStringLiteral("--description"), QStringLiteral("Door sticks") });
    QCOMPARE(created.code, 0);
    const QString id = created.out.trimmed();
    const Run pushed = run({ QStringLiteral("push") });
    QCOMPARE(pushed.code, 1);
    QVERIFY(pushed.out.startsWith(id + QLatin1String("\tfailed\t")));
    QVERIFY2(pushed.err.contains(QLatin1String("1 work order failed")), qPrintable(pushed.err));
    // A second push does not knock again with the same request.
    const quint64 requests = m_sim->server().requestCount();
    const Run again = run({ QStringLiteral("push") });
    QCOMPARE(again.code, 0);
    QCOMPARE(m_sim->server().requestCount(), requests);
    m_sim->server().faults().clear();
    QCOMPARE(run({ QStringLiteral("workorder"), QStringLiteral("sync"), id }).code, 0);
}

void TestWorkOrderCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const QString wo = QStringLiteral("workorder");
    QTest::newRow("no subcommand") << QStringList { wo } << 2 << QStringLiteral("create");
    QTest::newRow("unknown subcommand") << QStringList { wo, QStringLiteral("frob") } << 2 << QStringLiteral("frob");
    QTest::newRow("no description") << QStringList { wo, QStringLiteral("create"), QStringLiteral("--property"), QStringLiteral("1") } << 2
                                    << QStringLiteral("--description");
    QTest::newRow("bad priority") << QStringList { wo, QStringLiteral("create"), QStringLiteral("--property"), QStringLiteral("1"),
                                                   QStringLiteral("--description"), QStringLiteral("x"), QStringLiteral("--priority"),
                                                   QStringLiteral("URGENT") }
                                  << 2 << QStringLiteral("URGENT");
    QTest::newRow("unknown property") << QStringList { wo, QStringLiteral("create"), QStringLiteral("--property"), QStringLiteral("999"),
                                                       QStringLiteral("--description"), QStringLiteral("x") }
                                      << 3 << QStringLiteral("999");
    QTest::newRow("id not a number") << QStringList { wo, QStringLiteral("sync"), QStringLiteral("abc") } << 2 << QStringLiteral("abc");
    QTest::newRow("no such work order") << QStringList { wo, QStringLiteral("complete"), QStringLiteral("99999") } << 3
                                        << QStringLiteral("99999");
    QTest::newRow("missing attachment") << QStringList { wo, QStringLiteral("complete"), QStringLiteral("1"), QStringLiteral("--attach"),
                                                         QStringLiteral("/no/such/file.jpg") }
                                        << 1 << QStringLiteral("/no/such/file.jpg");
    QTest::newRow("push with an argument") << QStringList { QStringLiteral("push"), QStringLiteral("now") } << 2 << QStringLiteral("now");
}

void TestWorkOrderCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    const int rows = scalar(QStringLiteral("SELECT count(*) FROM work_orders")).toInt();
    const Run r = run(args);
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!r.err.contains(QLatin1Char('\n')) || r.err.count(QLatin1Char('\n')) == 1); // one line
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM work_orders")).toInt(), rows);
}

QTEST_GUILESS_MAIN(TestWorkOrderCli)
#include "tst_workordercli.moc"
