// `pmsbridge map`, `unmap` and `map --suggest [--accept-above]`: the command-line contract of the
// Unit Mapping editor (R18, R19). Needs PMSBRIDGE_BINARY (CTest sets it).

#include "storage/PlatformUnitRepository.h"
#include "support/TestSupport.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace pms;

class TestMappingCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void mapAndUnmap();
    void errorsAreOneLine_data();
    void errorsAreOneLine();
    void oneToOneViolation();
    void suggestPrintsCsv();
    void acceptAbove();
    void secondConnection();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &args);
    QVariant scalar(const QString &sql);

    QString m_binary;
    std::unique_ptr<test::TempCache> m_cache;
};

void TestMappingCli::initTestCase()
{
    m_binary = qEnvironmentVariable("PMSBRIDGE_BINARY");
    if (m_binary.isEmpty())
        QSKIP("PMSBRIDGE_BINARY is not set (run through ctest)");
}

TestMappingCli::Run TestMappingCli::run(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("pmsbridge.*.info=false;pmsbridge.*.debug=false"));
    p.setProcessEnvironment(env);
    p.start(m_binary, QStringList{QStringLiteral("--db"), m_cache->path()} + args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QVariant TestMappingCli::scalar(const QString &sql)
{
    auto other = m_cache->openAnother();
    QSqlQuery q(other->sql());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

// Units 1001 (12-03) and 1002 (12-04) in Maple Court, 1003 (Apt 1203) in Harbor Point; residents
// in 1001. Platform units 1 A-1203 and 2 A-1204 in Maple Court, 3 "1203" in Harbor Point.
void TestMappingCli::init()
{
    m_cache = std::make_unique<test::TempCache>();
    QSqlQuery q(m_cache->db().sql());
    const QStringList sql = {
        QStringLiteral("INSERT INTO connections (id, name, base_url, system_id, client_id, created_at) VALUES "
                       "(1, 'One', 'https://pw.example', 'S1', 'C1', '2024-01-01T00:00:00Z'), "
                       "(2, 'Two', 'https://pw.example', 'S2', 'C2', '2024-01-01T00:00:00Z')"),
        QStringLiteral("INSERT INTO properties (id, connection_id, pms_id, name, synced_at) VALUES "
                       "(1, 1, 201, 'Maple Court', 'x'), (2, 1, 202, 'Harbor Point', 'x'), (3, 2, 201, 'Elsewhere', 'x')"),
        QStringLiteral("INSERT INTO units (id, connection_id, pms_id, property_id, name, synced_at) VALUES "
                       "(1, 1, 1001, 1, '12-03', 'x'), (2, 1, 1002, 1, '12-04', 'x'), (3, 1, 1003, 2, 'Apt 1203', 'x'), "
                       "(4, 2, 1001, 3, 'Other 1', 'x')"),
        QStringLiteral("INSERT INTO residents (id, connection_id, pms_contact_id, unit_id, created_at, synced_at) VALUES "
                       "(1, 1, 5001, 1, 'x', 'x'), (2, 1, 5002, 1, 'x', 'x')"),
        QStringLiteral("INSERT INTO platform_units (id, name, building, external_ref, created_at, updated_at) VALUES "
                       "(1, 'A-1203', 'Maple Court', 'MC-1203', 'x', 'x'), (2, 'A-1204', 'Maple Court', NULL, 'x', 'x'), "
                       "(3, '1203', 'Harbor Point', NULL, 'x', 'x')"),
    };
    for (const QString &s : sql)
        QVERIFY2(q.exec(s), qPrintable(s));
}

void TestMappingCli::cleanup()
{
    m_cache.reset();
}

void TestMappingCli::mapAndUnmap()
{
    Run r = run({QStringLiteral("map"), QStringLiteral("1001"), QStringLiteral("1")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("Mapped PMS unit 1001 (12-03, Maple Court) to platform unit 1 'A-1203'."));
    QCOMPARE(scalar(QStringLiteral("SELECT method FROM unit_mappings WHERE unit_id = 1")).toString(), QStringLiteral("cli"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM residents WHERE platform_unit_id = 1")).toInt(), 2); // R19

    // By external_ref too, and again: nothing changes.
    r = run({QStringLiteral("map"), QStringLiteral("1001"), QStringLiteral("MC-1203")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QLatin1String("already mapped")));

    r = run({QStringLiteral("unmap"), QStringLiteral("1001")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("Removed the mapping of PMS unit 1001 (12-03, Maple Court) (was platform unit 1)."));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM unit_mappings")).toInt(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM residents WHERE platform_unit_id IS NOT NULL")).toInt(), 0);

    r = run({QStringLiteral("unmap"), QStringLiteral("1001")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QLatin1String("was not mapped")));
}

void TestMappingCli::errorsAreOneLine_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown unit") << QStringList{QStringLiteral("map"), QStringLiteral("9999"), QStringLiteral("1")} << 3
                                  << QStringLiteral("unknown PMS unit 9999");
    QTest::newRow("unknown platform unit") << QStringList{QStringLiteral("map"), QStringLiteral("1001"), QStringLiteral("77")}
                                           << 3 << QStringLiteral("unknown platform unit 77");
    QTest::newRow("unmap unknown unit") << QStringList{QStringLiteral("unmap"), QStringLiteral("42")} << 3
                                        << QStringLiteral("unknown PMS unit 42");
    QTest::newRow("not a number") << QStringList{QStringLiteral("map"), QStringLiteral("12-03"), QStringLiteral("1")} << 2
                                  << QStringLiteral("PMS_UNIT_ID must be");
    QTest::newRow("missing argument") << QStringList{QStringLiteral("map"), QStringLiteral("1001")} << 2
                                      << QStringLiteral("map takes PMS_UNIT_ID PLATFORM_UNIT_ID");
    QTest::newRow("bad score") << QStringList{QStringLiteral("map"), QStringLiteral("--suggest"), QStringLiteral("--accept-above"), QStringLiteral("1.5")}
                               << 2 << QStringLiteral("--accept-above takes a confidence between 0 and 1");
    QTest::newRow("accept without suggest") << QStringList{QStringLiteral("map"), QStringLiteral("--accept-above"), QStringLiteral("0.9")}
                                            << 2 << QStringLiteral("--accept-above goes with --suggest");
}

void TestMappingCli::errorsAreOneLine()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    const Run r = run(args);
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM unit_mappings")).toInt(), 0);
}

void TestMappingCli::oneToOneViolation()
{
    QCOMPARE(run({QStringLiteral("map"), QStringLiteral("1001"), QStringLiteral("1")}).code, 0);
    const Run r = run({QStringLiteral("map"), QStringLiteral("1002"), QStringLiteral("1")});
    QCOMPARE(r.code, 4);
    QCOMPARE(r.err.trimmed(),
             QStringLiteral("pmsbridge: Platform unit 'A-1203' is already mapped to PMS unit 12-03 in Maple Court. "
                            "Remove that mapping first, or choose another."));
    QCOMPARE(scalar(QStringLiteral("SELECT unit_id FROM unit_mappings WHERE platform_unit_id = 1")).toInt(), 1);
}

void TestMappingCli::suggestPrintsCsv()
{
    const Run r = run({QStringLiteral("map"), QStringLiteral("--suggest")});
    QCOMPARE(r.code, 0);
    const QStringList lines = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), QStringLiteral("pms_unit_id,unit_name,property_name,platform_unit_id,platform_unit_name,confidence"));
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.contains(QStringLiteral("1003,Apt 1203,Harbor Point,3,1203,1.00")));
    QVERIFY(lines.contains(QStringLiteral("1001,12-03,Maple Court,1,A-1203,0.85")));
    QVERIFY(lines.contains(QStringLiteral("1002,12-04,Maple Court,2,A-1204,0.85")));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM unit_mappings")).toInt(), 0); // suggesting writes nothing
}

void TestMappingCli::acceptAbove()
{
    const Run r = run({QStringLiteral("map"), QStringLiteral("--suggest"), QStringLiteral("--accept-above"), QStringLiteral("0.9")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith(QLatin1String("pms_unit_id,unit_name,property_name,platform_unit_id,platform_unit_name,confidence,accepted\r\n")));
    QVERIFY(r.out.contains(QLatin1String("1003,Apt 1203,Harbor Point,3,1203,1.00,true")));
    QVERIFY(r.out.contains(QLatin1String("1001,12-03,Maple Court,1,A-1203,0.85,false")));
    QCOMPARE(r.err.trimmed(), QStringLiteral("Accepted 1 of 3 suggestions (confidence >= 0.90)."));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM unit_mappings WHERE method = 'suggestion'")).toInt(), 1);

    const Run all = run({QStringLiteral("map"), QStringLiteral("--suggest"), QStringLiteral("--accept-above=0.5")});
    QCOMPARE(all.code, 0);
    QCOMPARE(all.err.trimmed(), QStringLiteral("Accepted 2 of 2 suggestions (confidence >= 0.50)."));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM unit_mappings")).toInt(), 3);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM residents WHERE platform_unit_id = 1")).toInt(), 2);
}

void TestMappingCli::secondConnection()
{
    // PMS id 1001 exists in both connections; --connection picks which one is meant.
    Run r = run({QStringLiteral("map"), QStringLiteral("--connection"), QStringLiteral("2"), QStringLiteral("1001"), QStringLiteral("2")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QLatin1String("(Other 1, Elsewhere)")));
    QCOMPARE(scalar(QStringLiteral("SELECT unit_id FROM unit_mappings WHERE platform_unit_id = 2")).toInt(), 4);
    r = run({QStringLiteral("map"), QStringLiteral("--connection"), QStringLiteral("9"), QStringLiteral("1001"), QStringLiteral("3")});
    QVERIFY(r.code != 0);
    QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
}

QTEST_GUILESS_MAIN(TestMappingCli)
#include "tst_mappingcli.moc"
