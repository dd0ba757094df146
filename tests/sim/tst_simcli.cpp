// `pmsbridge sim` from the outside: the one line it prints, serving until killed, --help with the
// fault grammar, and bad options (one line on stderr, exit 2). Needs PMSBRIDGE_BINARY (CTest sets it).
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

class TestSimCli : public QObject
{
    Q_OBJECT

private:
    QString m_binary;

    QNetworkReply *get(QNetworkAccessManager &nam, const QUrl &url)
    {
        QNetworkRequest req(url);
        req.setRawHeader("x-propertyware-client-id", "bridge-test");
        req.setRawHeader("x-propertyware-client-secret", "s3cret");
        req.setRawHeader("x-propertyware-system-id", "77");
        QNetworkReply *reply = nam.get(req);
        QSignalSpy spy(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            spy.wait(10000);
        return reply;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_binary = qEnvironmentVariable("PMSBRIDGE_BINARY");
        if (m_binary.isEmpty())
            QSKIP("PMSBRIDGE_BINARY is not set (run through ctest)");
        if (!QFileInfo::exists(m_binary))
            QSKIP("pmsbridge is not built");
    }

    void servesUntilKilled()
    {
        QProcess p;
        p.start(m_binary,
            { QStringLiteral("sim"), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--scale"),
                QStringLiteral("tiny"), QStringLiteral("--seed"), QStringLiteral("5"),
                QStringLiteral("--client-id=bridge-test"), QStringLiteral("--client-secret"),
                QStringLiteral("s3cret"), QStringLiteral("--system-id"), QStringLiteral("77"),
                QStringLiteral("--integration-user"), QStringLiteral("Bridge Bot"),
                QStringLiteral("--faults"), QStringLiteral("vendors:503#1") });
        QVERIFY(p.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(p.canReadLine(), 30000);
        const QString line = QString::fromUtf8(p.readLine()).trimmed();
        static const QRegularExpression re(QStringLiteral(
            "^Propertyware simulator listening on (http://127\\.0\\.0\\.1:(\\d+)/pw/api/rest/v1)$"));
        const QRegularExpressionMatch m = re.match(line);
        QVERIFY2(m.hasMatch(), qPrintable(line));
        QVERIFY(m.captured(2).toInt() > 0);
        const QUrl base(m.captured(1));

        QNetworkAccessManager nam;
        std::unique_ptr<QNetworkReply> health(get(nam, QUrl(base.toString() + QStringLiteral("/health"))));
        QCOMPARE(health->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        std::unique_ptr<QNetworkReply> vendors(get(nam, QUrl(base.toString() + QStringLiteral("/vendors"))));
        QCOMPARE(
            vendors->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 503); // --faults applied
        std::unique_ptr<QNetworkReply> orders(
            get(nam, QUrl(base.toString() + QStringLiteral("/workorders?limit=500"))));
        QCOMPARE(orders->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(orders->readAll().contains("\"managedBy\":\"Bridge Bot\""));
        QCOMPARE(p.state(), QProcess::Running);
        p.kill();
        QVERIFY(p.waitForFinished(10000));
    }

    void servesBuildium()
    {
        QProcess p;
        p.start(m_binary,
            { QStringLiteral("sim"), QStringLiteral("--pms"), QStringLiteral("buildium"), QStringLiteral("--port"),
                QStringLiteral("0"), QStringLiteral("--client-id=bridge-test"), QStringLiteral("--client-secret"),
                QStringLiteral("s3cret"), QStringLiteral("--faults"), QStringLiteral("tasks:403#1") });
        QVERIFY(p.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(p.canReadLine(), 30000);
        const QString line = QString::fromUtf8(p.readLine()).trimmed();
        static const QRegularExpression re(
            QStringLiteral("^Buildium simulator listening on (http://127\\.0\\.0\\.1:(\\d+))$"));
        const QRegularExpressionMatch m = re.match(line);
        QVERIFY2(m.hasMatch(), qPrintable(line));
        QNetworkAccessManager nam;
        auto buildiumGet = [&](const QString &path) {
            QNetworkRequest req(QUrl(m.captured(1) + path));
            req.setRawHeader("x-buildium-client-id", "bridge-test");
            req.setRawHeader("x-buildium-client-secret", "s3cret");
            QNetworkReply *reply = nam.get(req);
            QSignalSpy spy(reply, &QNetworkReply::finished);
            if (!reply->isFinished())
                spy.wait(10000);
            return std::unique_ptr<QNetworkReply>(reply);
        };
        auto tasks = buildiumGet(QStringLiteral("/v1/tasks"));
        QCOMPARE(tasks->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 403);
        QVERIFY(tasks->readAll().contains("Tasks > Tasks"));
        auto rentals = buildiumGet(QStringLiteral("/v1/rentals?limit=2"));
        QCOMPARE(rentals->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(rentals->rawHeader("X-Total-Count").toInt() > 2);
        p.kill();
        QVERIFY(p.waitForFinished(10000));
    }

    void help()
    {
        QProcess p;
        p.start(m_binary, { QStringLiteral("sim"), QStringLiteral("--help") });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY(out.contains(QLatin1String("--faults SPEC")));
        QVERIFY(out.contains(QLatin1String("pageshift")));
        QVERIFY(out.contains(QLatin1String("units:429@0.2")));
        QVERIFY(out.contains(QLatin1String("--pms")));
    }

    void badOptions_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("scale") << QStringList { QStringLiteral("--scale"), QStringLiteral("huge") };
        QTest::newRow("port") << QStringList { QStringLiteral("--port"), QStringLiteral("99999") };
        QTest::newRow("seed") << QStringList { QStringLiteral("--seed=abc") };
        QTest::newRow("faults") << QStringList { QStringLiteral("--faults"),
            QStringLiteral("units:explode") };
        QTest::newRow("unknown") << QStringList { QStringLiteral("--colour"), QStringLiteral("red") };
        QTest::newRow("missing value") << QStringList { QStringLiteral("--port") };
        QTest::newRow("as-of") << QStringList { QStringLiteral("--as-of"), QStringLiteral("tomorrow") };
        QTest::newRow("pms") << QStringList { QStringLiteral("--pms"), QStringLiteral("yardi") };
    }
    void badOptions()
    {
        QFETCH(QStringList, args);
        QProcess p;
        p.start(m_binary, QStringList { QStringLiteral("sim") } + args);
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 2);
        const QString err = QString::fromUtf8(p.readAllStandardError()).trimmed();
        QVERIFY2(!err.isEmpty() && !err.contains(QLatin1Char('\n')), qPrintable(err));
        QVERIFY(p.readAllStandardOutput().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSimCli)
#include "tst_simcli.moc"
