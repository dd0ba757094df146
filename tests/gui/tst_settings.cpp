#include "GuiSeed.h"
#include "support/MemorySecretStore.h"
#include "support/TestSupport.h"

#include "sim/SimServerThread.h"
#include "storage/ConnectionRepository.h"
#include "storage/ScheduleRepository.h"
#include "ui/common/AppContext.h"
#include "ui/common/MessageBox.h"
#include "ui/settings/CacheSettingsBox.h"
#include "ui/settings/ConnectionTester.h"
#include "ui/settings/SettingsPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace pms;
using Field = ConnectionValidator::Field;

namespace {

struct Fixture
{
    test::TempCache cache;
    test::MemorySecretStore secrets;
    test::MemorySecretStore session;
    AppContext ctx;
    Fixture()
    {
        session.setPersistent(false);
        ctx.dbPath = cache.path();
        ctx.db = &cache.db();
        ctx.secrets = &secrets;
        ctx.sessionSecrets = &session;
    }
};

QLineEdit *edit(SettingsPage &page, const char *name)
{
    auto *e = page.findChild<QLineEdit *>(QLatin1String(name));
    Q_ASSERT(e);
    return e;
}

void fill(SettingsPage &page, const QString &baseUrl, const QString &systemId, const QString &secret)
{
    edit(page, "nameEdit")->setText(QStringLiteral("Test account"));
    edit(page, "baseUrlEdit")->setText(baseUrl);
    edit(page, "systemIdEdit")->setText(systemId);
    edit(page, "clientIdEdit")->setText(QStringLiteral("demo-client"));
    edit(page, "secretEdit")->setText(secret);
    edit(page, "integrationUserEdit")->setText(QStringLiteral("PMS Bridge"));
    edit(page, "integrationEmailEdit")->setText(QStringLiteral("bridge@pmsbridge.example"));
}

QPushButton *button(SettingsPage &page, const char *name)
{
    return page.findChild<QPushButton *>(QLatin1String(name));
}

} // namespace

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void validation_data();
    void validation();
    void testConnectionAgainstSimulator();
    void testConnectionWithWrongSecret();
    void testConnectionRefused();
    void testConnectionNeverBlocks();
    void buildiumAsksItsOwnFields();
    void userSyncSwitchesUnitSync();
    void saveKeepsTheSecretOutOfTheCache();
    void noKeychainSaysSessionOnly();
    void severalConnections();
    void schedulesAreSavedAndShown();
    void movedHourlyMinuteIsExplained();
    void cacheBoxChecksBeforeKeeping();

private:
    std::unique_ptr<sim::SimServerThread> m_sim;
    QUrl m_simUrl;
    std::unique_ptr<sim::SimServerThread> m_buildium;
    QUrl m_buildiumUrl;
};

void TestSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    sim::SimOptions options; // tiny, demo-client / demo-secret / 1001
    m_sim = std::make_unique<sim::SimServerThread>(options);
    m_simUrl = m_sim->start();
    QVERIFY(m_simUrl.isValid());
    sim::SimOptions buildium;
    buildium.pms = sim::SimPms::Buildium;
    m_buildium = std::make_unique<sim::SimServerThread>(buildium);
    m_buildiumUrl = m_buildium->start();
    QVERIFY(m_buildiumUrl.isValid());
}

void TestSettings::validation_data()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("systemId");
    QTest::addColumn<QString>("email");
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("message");
    const QString https = QStringLiteral("https://api.example.com/pw/api/rest/v1");
    const QString mail = QStringLiteral("bridge@example.com");
    QTest::newRow("http to a public host") << QStringLiteral("http://api.example.com/pw/api/rest/v1") << "1001" << mail
                                           << int(Field::BaseUrl) << QStringLiteral("HTTPS is required for api.example.com");
    QTest::newRow("missing system ID") << https << "" << mail << int(Field::SystemId) << QStringLiteral("system ID");
    QTest::newRow("system ID not a number") << https << "abc" << mail << int(Field::SystemId)
                                            << QStringLiteral("The system ID is a number");
    QTest::newRow("no address") << "" << "1001" << mail << int(Field::BaseUrl) << QStringLiteral("Enter the address");
    QTest::newRow("not a URL") << "api.example.com" << "1001" << mail << int(Field::BaseUrl)
                               << QStringLiteral("not a web address");
    QTest::newRow("bad email") << https << "1001" << "bridge" << int(Field::IntegrationEmail)
                               << QStringLiteral("not an email address");
}

void TestSettings::validation()
{
    QFETCH(QString, baseUrl);
    QFETCH(QString, systemId);
    QFETCH(QString, email);
    QFETCH(int, field);
    QFETCH(QString, message);
    Fixture f;
    SettingsPage page(f.ctx);
    fill(page, baseUrl, systemId, QStringLiteral("s3cret"));
    edit(page, "integrationEmailEdit")->setText(email);
    QSignalSpy saved(&page, &SettingsPage::connectionSaved);
    QVERIFY(!page.save());
    QVERIFY2(page.fieldError(Field(field)).contains(message), qPrintable(page.fieldError(Field(field))));
    QCOMPARE(saved.count(), 0);
    QVERIFY(ConnectionRepository(f.cache.db()).all().isEmpty());
    // Fields without a problem say nothing.
    QVERIFY(page.fieldError(Field::ClientId).isEmpty());
}

void TestSettings::testConnectionAgainstSimulator()
{
    Fixture f;
    SettingsPage page(f.ctx);
    fill(page, m_simUrl.toString(), QStringLiteral("1001"), QStringLiteral("demo-secret"));
    QSignalSpy done(page.tester(), &ConnectionTester::finished);
    QTest::mouseClick(button(page, "testConnectionButton"), Qt::LeftButton);
    QVERIFY(done.wait(20000));
    QVERIFY2(page.testResult().startsWith(QStringLiteral("Connected: Propertyware answered in ")), qPrintable(page.testResult()));
    QVERIFY2(page.testResult().contains(QRegularExpression(QStringLiteral("answered in [\\d,.]+ ms\\.$"))),
             qPrintable(page.testResult()));
    QVERIFY(button(page, "testConnectionButton")->isEnabled());
}

void TestSettings::testConnectionWithWrongSecret()
{
    Fixture f;
    SettingsPage page(f.ctx);
    fill(page, m_simUrl.toString(), QStringLiteral("1001"), QStringLiteral("wrong-secret"));
    QSignalSpy done(page.tester(), &ConnectionTester::finished);
    QTest::mouseClick(button(page, "testConnectionButton"), Qt::LeftButton);
    QVERIFY(done.wait(20000));
    // The words of a sync's errors: the connector's own test.
    QCOMPARE(page.testResult(), QStringLiteral("The PMS rejected the client ID or secret (HTTP 401). Check them in Settings."));
}

void TestSettings::testConnectionRefused()
{
    QTcpServer probe; // find a port nobody listens on
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    Fixture f;
    SettingsPage page(f.ctx);
    fill(page, QStringLiteral("http://127.0.0.1:%1/pw/api/rest/v1").arg(port), QStringLiteral("1001"),
         QStringLiteral("demo-secret"));
    QSignalSpy done(page.tester(), &ConnectionTester::finished);
    page.testConnection();
    QVERIFY(done.wait(20000));
    QVERIFY2(page.testResult().startsWith(QStringLiteral("Cannot reach the PMS at 127.0.0.1")), qPrintable(page.testResult()));

    // An insecure public address never reaches the network.
    fill(page, QStringLiteral("http://api.example.com/pw/api/rest/v1"), QStringLiteral("1001"), QStringLiteral("x"));
    page.testConnection();
    QCOMPARE(page.testResult(), QStringLiteral("Fix the fields marked above first."));
    QVERIFY(page.fieldError(Field::BaseUrl).startsWith(QStringLiteral("HTTPS is required for api.example.com")));
}

void TestSettings::testConnectionNeverBlocks()
{
    // The answer always comes later, from the event loop: the click returns at once.
    Fixture f;
    SettingsPage page(f.ctx);
    fill(page, m_simUrl.toString(), QStringLiteral("1001"), QStringLiteral("demo-secret"));
    QSignalSpy done(page.tester(), &ConnectionTester::finished);
    page.testConnection();
    QCOMPARE(done.count(), 0);
    QCOMPARE(page.testResult(), QStringLiteral("Testing…"));
    QVERIFY(!button(page, "testConnectionButton")->isEnabled());
    QVERIFY(done.wait(20000));
}

void TestSettings::buildiumAsksItsOwnFields()
{
    // The PMS first; then that connector's fields: Buildium has no system ID, but a vendor.
    Fixture f;
    SettingsPage page(f.ctx);
    auto *pms = page.findChild<QComboBox *>(QStringLiteral("pmsCombo"));
    QVERIFY(pms);
    QVERIFY(pms->isEnabled());
    QCOMPARE(pms->currentData().toString(), QStringLiteral("propertyware"));
    QVERIFY(edit(page, "systemIdEdit")->isVisibleTo(&page));
    QVERIFY(!edit(page, "vendorIdEdit")->isVisibleTo(&page));
    pms->setCurrentIndex(pms->findData(QStringLiteral("buildium")));
    QVERIFY(!edit(page, "systemIdEdit")->isVisibleTo(&page));
    QVERIFY(edit(page, "vendorIdEdit")->isVisibleTo(&page));
    QCOMPARE(edit(page, "baseUrlEdit")->text(), QStringLiteral("https://api.buildium.com"));

    // Test Connection goes through the Buildium connector, against the Buildium simulator.
    fill(page, m_buildiumUrl.toString(), QString(), QStringLiteral("demo-secret"));
    QSignalSpy done(page.tester(), &ConnectionTester::finished);
    page.testConnection();
    QVERIFY(done.wait(20000));
    QVERIFY2(page.testResult().startsWith(QStringLiteral("Connected: Buildium answered in ")), qPrintable(page.testResult()));

    // Saving needs the vendor for new work orders.
    QVERIFY(!page.save());
    QVERIFY2(page.fieldError(Field::Vendor).contains(QLatin1String("vendor")), qPrintable(page.fieldError(Field::Vendor)));
    edit(page, "vendorIdEdit")->setText(QStringLiteral("12"));
    QVERIFY(page.save());
    const QList<ConnectionInfo> all = ConnectionRepository(f.cache.db()).all();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().pms, QStringLiteral("buildium"));
    QCOMPARE(all.first().systemId, QStringLiteral("demo-client")); // one API key = one account (R22)
    QCOMPARE(all.first().pmsSettings.value(QLatin1String("defaultVendorId")).toInteger(), 12);
    // A saved connection keeps its PMS.
    QVERIFY(!pms->isEnabled());
    QCOMPARE(pms->currentData().toString(), QStringLiteral("buildium"));
}

void TestSettings::userSyncSwitchesUnitSync()
{
    // R20: Unit Sync switches on with User Sync, can be switched off, and is off without User Sync.
    Fixture f;
    SettingsPage page(f.ctx);
    auto *user = page.findChild<QCheckBox *>(QStringLiteral("userSyncCheck"));
    auto *unit = page.findChild<QCheckBox *>(QStringLiteral("unitSyncCheck"));
    QVERIFY(user->isChecked());
    QVERIFY(unit->isChecked());
    user->setChecked(false);
    QVERIFY(!unit->isChecked());
    QVERIFY(!unit->isEnabled());
    user->setChecked(true);
    QVERIFY(unit->isChecked());
    QVERIFY(unit->isEnabled());
    unit->setChecked(false);
    QVERIFY(user->isChecked());

    fill(page, QStringLiteral("https://api.example.com/pw/api/rest/v1"), QStringLiteral("1001"), QStringLiteral("s"));
    QVERIFY(page.save());
    auto saved = ConnectionRepository(f.cache.db()).get(page.currentConnectionId());
    QVERIFY(saved.ok());
    QVERIFY(saved->userSync);
    QVERIFY(!saved->unitSync);
}

void TestSettings::saveKeepsTheSecretOutOfTheCache()
{
    Fixture f;
    SettingsPage page(f.ctx);
    fill(page, QStringLiteral("https://api.example.com/pw/api/rest/v1"), QStringLiteral("1001"),
         QStringLiteral("top-secret-value"));
    page.findChild<QSpinBox *>(QStringLiteral("lookbackSpin"))->setValue(96);
    QSignalSpy saved(&page, &SettingsPage::connectionSaved);
    QVERIFY(page.save());
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.first().at(1).toBool(), true);
    const qint64 id = saved.first().at(0).toLongLong();
    auto c = ConnectionRepository(f.cache.db()).get(id);
    QVERIFY(c.ok());
    QCOMPARE(c->name, QStringLiteral("Test account"));
    QCOMPARE(c->systemId, QStringLiteral("1001"));
    QCOMPARE(c->lookbackHours, 96);
    QTRY_COMPARE(f.secrets.contents().value(c->secretKey()), QStringLiteral("top-secret-value"));
    QVERIFY(f.session.contents().isEmpty());

    // Nowhere in the cache file, nowhere in QSettings.
    QFile file(f.cache.path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("top-secret-value"));
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY(!settings.value(key).toString().contains(QStringLiteral("top-secret-value")));

    // The field empties after saving; leaving it empty keeps the stored secret.
    QVERIFY(edit(page, "secretEdit")->text().isEmpty());
    QTRY_VERIFY(page.findChild<QLabel *>(QStringLiteral("secretNote"))->text().contains(QStringLiteral("keychain")));
    edit(page, "nameEdit")->setText(QStringLiteral("Renamed"));
    QVERIFY(page.save());
    QCOMPARE(f.secrets.contents().value(c->secretKey()), QStringLiteral("top-secret-value"));
    QCOMPARE(ConnectionRepository(f.cache.db()).get(id)->name, QStringLiteral("Renamed"));
}

void TestSettings::noKeychainSaysSessionOnly()
{
    Fixture f;
    f.secrets.setPersistent(false); // what FallbackSecretStore reports once the keychain failed
    SettingsPage page(f.ctx);
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("secretNote"))->text().contains(QStringLiteral("for this session only")));
}

void TestSettings::severalConnections()
{
    // R22: a list of connections, each with its own settings.
    Fixture f;
    test::seedSmallPortfolio(f.cache.db());
    SettingsPage page(f.ctx);
    auto *list = page.findChild<QListWidget *>(QStringLiteral("connectionList"));
    QCOMPARE(list->count(), 1);
    QCOMPARE(page.currentConnectionId(), 1);
    QCOMPARE(edit(page, "nameEdit")->text(), QStringLiteral("Downtown"));

    page.addConnection();
    QCOMPARE(list->count(), 2);
    QCOMPARE(page.currentConnectionId(), 0);
    fill(page, QStringLiteral("https://api.example.com/pw/api/rest/v1"), QStringLiteral("2002"), QStringLiteral("s2"));
    edit(page, "nameEdit")->setText(QStringLiteral("Uptown"));
    QVERIFY(page.save());
    QCOMPARE(list->count(), 2);
    const qint64 uptown = page.currentConnectionId();
    QVERIFY(uptown > 1);

    page.showConnection(1);
    QCOMPARE(edit(page, "systemIdEdit")->text(), QStringLiteral("1001"));
    page.showConnection(uptown);
    QCOMPARE(edit(page, "systemIdEdit")->text(), QStringLiteral("2002"));

    // Same system ID at the same address twice is refused in words.
    page.addConnection();
    fill(page, QStringLiteral("https://api.example.com/pw/api/rest/v1"), QStringLiteral("2002"), QStringLiteral("s3"));
    QVERIFY(!page.save());
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("saveResultLabel"))->text().contains(QStringLiteral("exists already")));
    page.revert();

    // Remove asks first: "Cancel" keeps it, "Yes" removes it and its secret.
    page.showConnection(uptown);
    QSignalSpy changed(&page, &SettingsPage::connectionsChanged);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(button(page, "removeConnectionButton"), Qt::LeftButton);
    QCOMPARE(ConnectionRepository(f.cache.db()).all().size(), 2);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(button(page, "removeConnectionButton"), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Uptown")));
    QCOMPARE(ConnectionRepository(f.cache.db()).all().size(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(list->count(), 1);
    QTRY_VERIFY(f.secrets.removes() >= 1);
}

void TestSettings::schedulesAreSavedAndShown()
{
    Fixture f;
    test::seedSmallPortfolio(f.cache.db());
    f.secrets.write(QStringLiteral("demo-client@1001"), QStringLiteral("stored"));
    SettingsPage page(f.ctx);
    auto *leases = page.findChild<QCheckBox *>(QStringLiteral("schedule_leases"));
    auto *next = page.findChild<QLabel *>(QStringLiteral("nextRun_leases"));
    QVERIFY(leases->isChecked());
    QVERIFY2(next->text().contains(QStringLiteral("UTC")), qPrintable(next->text()));
    leases->setChecked(false);
    QCOMPARE(next->text(), QStringLiteral("Off"));
    // The stored secret is enough to save (the field stays empty).
    QTRY_VERIFY(page.findChild<QLabel *>(QStringLiteral("secretNote"))->text().startsWith(QStringLiteral("A secret is stored")));
    QVERIFY2(page.save(), qPrintable(page.findChild<QLabel *>(QStringLiteral("saveResultLabel"))->text()));
    auto specs = ScheduleRepository(f.cache.db()).specs(1);
    QVERIFY(specs.ok());
    QVERIFY(!specs->value(ScheduledJob::Leases).enabled);
    QVERIFY(specs->value(ScheduledJob::Incremental).enabled);
}

void TestSettings::movedHourlyMinuteIsExplained()
{
    // The hourly minute follows the PMS address and system ID: a new connection says it is picked
    // on save and then which; a changed address that moves it says so, and why.
    Fixture f;
    SettingsPage page(f.ctx);
    auto *when = page.findChild<QLabel *>(QStringLiteral("scheduleWhen_incremental"));
    QVERIFY(when);
    QCOMPARE(when->text(), QStringLiteral("Every hour, at a minute from :00 to :04 picked when the connection is saved"));
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("scheduleMinuteNote"))->text().contains(
        QStringLiteral("picked from the PMS address and system ID")));
    page.addConnection();
    fill(page, QStringLiteral("https://api.example.com/pw/api/rest/v1"), QStringLiteral("2002"), QStringLiteral("s"));
    auto *result = page.findChild<QLabel *>(QStringLiteral("saveResultLabel"));
    QVERIFY2(page.save(), qPrintable(result->text()));
    const auto minute = [](const ScheduleSpec &s) {
        return QStringLiteral(":%1").arg(s.offsetSeconds() / 60, 2, 10, QLatin1Char('0'));
    };
    const qint64 id = page.currentConnectionId();
    ScheduleSpec incremental = ScheduleRepository(f.cache.db()).specs(id)->value(ScheduledJob::Incremental);
    QVERIFY2(result->text().startsWith(QStringLiteral("Connection added. Incremental sync runs at %1").arg(minute(incremental))),
        qPrintable(result->text()));
    QVERIFY(result->text().endsWith(QStringLiteral("past the hour: the minute is picked from the PMS address and "
                                                   "system ID, so offices do not all call the PMS at once.")));
    QCOMPARE(when->text(), incremental.describe());

    // Another system ID, until one gives another minute.
    const QString before = minute(incremental);
    for (int n = 3000; n < 3100; ++n) {
        const quint32 seed = ScheduleRepository::seedFor(
            QStringLiteral("https://api.example.com/pw/api/rest/v1"), QString::number(n), ScheduledJob::Incremental);
        ScheduleSpec moved = ScheduleSpec::defaultFor(ScheduledJob::Incremental, seed);
        if (minute(moved) == before)
            continue;
        edit(page, "systemIdEdit")->setText(QString::number(n));
        QVERIFY(page.save());
        QVERIFY2(result->text().startsWith(
                     QStringLiteral("Saved. Incremental sync moved from %1 to %2 past the hour").arg(before, minute(moved))),
            qPrintable(result->text()));
        // Saved again with the same address and system ID: nothing moved, nothing to explain.
        edit(page, "secretEdit")->setText(QStringLiteral("s"));
        QVERIFY2(page.save(), qPrintable(result->text()));
        QCOMPARE(result->text(), QStringLiteral("Saved."));
        return;
    }
    QFAIL("no system ID gave another minute");
}

void TestSettings::cacheBoxChecksBeforeKeeping()
{
    Fixture f;
    QSettings().remove(Database::settingsKey());
    SettingsPage page(f.ctx);
    auto *box = page.findChild<CacheSettingsBox *>();
    QVERIFY(box);
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("cacheLocationLabel"))->text(), f.cache.path());
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("cacheKindLabel"))->text().contains(QLatin1String("this computer")));
    QSignalSpy checked(box, &CacheSettingsBox::checked);

    // A password in the URL: refused at once, nothing kept.
    box->locationEdit()->setText(QStringLiteral("postgresql://ana:pw@127.0.0.1/office"));
    box->useButton()->click();
    QCOMPARE(checked.count(), 1);
    QVERIFY(!checked.takeFirst().at(0).toBool());
    QVERIFY2(box->resultLabel()->text().contains(QLatin1String("PGPASSWORD")), qPrintable(box->resultLabel()->text()));
    QVERIFY(QSettings().value(Database::settingsKey()).toString().isEmpty());

    // A server that is not there: opened off the GUI thread, refused with what to check.
    box->locationEdit()->setText(QStringLiteral("postgresql://ana@127.0.0.1:1/office"));
    box->useButton()->click();
    QVERIFY(box->resultLabel()->text().startsWith(QLatin1String("Opening")));
    QVERIFY(checked.wait(30000));
    QVERIFY(!checked.takeFirst().at(0).toBool());
    QVERIFY2(box->resultLabel()->text().contains(QLatin1String("Cannot reach the PostgreSQL server")),
             qPrintable(box->resultLabel()->text()));
    QVERIFY(QSettings().value(Database::settingsKey()).toString().isEmpty());

    // Another cache that opens: kept for the next start.
    const QString other = QDir(f.cache.dir()).filePath(QStringLiteral("other.sqlite"));
    box->locationEdit()->setText(other);
    box->useButton()->click();
    QVERIFY(checked.wait(30000));
    QVERIFY(checked.takeFirst().at(0).toBool());
    QCOMPARE(QSettings().value(Database::settingsKey()).toString(), other);
    if (qEnvironmentVariableIsEmpty("PMSBRIDGE_DB"))
        QCOMPARE(Database::defaultPath(), other);

    // Empty: back to this computer's own cache.
    box->locationEdit()->clear();
    box->useButton()->click();
    QCOMPARE(checked.count(), 1);
    QVERIFY(checked.takeFirst().at(0).toBool());
    QVERIFY(!QSettings().contains(Database::settingsKey()));
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PMSBridgeTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_settings"));
    TestSettings test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_settings.moc"
