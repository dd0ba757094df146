// One window per cache: a second launch on the same cache activates the first (SingleInstance),
// and Settings' Desktop group writes the language and close-while-syncing choices (QSettings).
#include "common/AppTranslator.h"
#include "ui/common/SingleInstance.h"
#include "ui/tray/DesktopSettingsBox.h"
#include "ui/tray/TrayIcon.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace pms;

class TestSingleInstance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PMSBridgeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_singleinstance"));
        QVERIFY(m_dir.isValid());
    }

    void init() { QSettings().clear(); }

    void nameDependsOnTheCache()
    {
        const QString a = m_dir.filePath(QStringLiteral("a.sqlite"));
        QCOMPARE(SingleInstance::serverName(a), SingleInstance::serverName(m_dir.filePath(QStringLiteral("./a.sqlite"))));
        QVERIFY(SingleInstance::serverName(a) != SingleInstance::serverName(m_dir.filePath(QStringLiteral("b.sqlite"))));
        QVERIFY(SingleInstance::serverName(a).startsWith(QLatin1String("pmsbridge-")));
    }

    void secondLaunchActivatesTheFirst()
    {
        const QString cache = m_dir.filePath(QStringLiteral("shared.sqlite"));
        SingleInstance first(cache);
        QVERIFY(!first.activateRunning(200)); // nobody serves this cache yet
        QVERIFY(first.listen());
        QSignalSpy activated(&first, &SingleInstance::activateRequested);

        SingleInstance second(cache);
        QVERIFY(second.activateRunning(200));
        QTRY_COMPARE(activated.count(), 1);

        SingleInstance other(m_dir.filePath(QStringLiteral("other.sqlite")));
        QVERIFY(!other.activateRunning(200)); // another cache may have its own window
    }

    void leftoverSocketOfACrashIsReplaced()
    {
        const QString cache = m_dir.filePath(QStringLiteral("crashed.sqlite"));
        // A socket file nobody listens on, as a crashed process leaves behind.
        const QByteArray path = QFile::encodeName(QDir::tempPath() + QLatin1Char('/') + SingleInstance::serverName(cache));
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        std::strncpy(addr.sun_path, path.constData(), sizeof(addr.sun_path) - 1);
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof(addr)), 0);
        ::close(fd);
        QVERIFY(QFile::exists(QFile::decodeName(path)));
        SingleInstance again(cache);
        QVERIFY(!again.activateRunning(200));
        QVERIFY(again.listen());
    }

    void desktopSettingsWriteTheChoices()
    {
        DesktopSettingsBox box;
        QCOMPARE(box.languageBox()->currentData().toString(), QString()); // follows the system
        const int english = box.languageBox()->findData(QStringLiteral("en"));
        QVERIFY(english > 0);
        box.languageBox()->setCurrentIndex(english);
        QCOMPARE(QSettings().value(AppTranslator::settingsKey()).toString(), QStringLiteral("en"));
        box.languageBox()->setCurrentIndex(0);
        QVERIFY(!QSettings().contains(AppTranslator::settingsKey()));

        QCOMPARE(TrayIcon::closeChoice(), TrayIcon::CloseChoice::Ask);
        box.closeBox()->setCurrentIndex(box.closeBox()->findData(int(TrayIcon::CloseChoice::KeepInTray)));
        QCOMPARE(QSettings().value(TrayIcon::closeWhileSyncingKey()).toString(), QStringLiteral("tray"));
        QCOMPARE(TrayIcon::closeChoice(), TrayIcon::CloseChoice::KeepInTray);
        box.closeBox()->setCurrentIndex(box.closeBox()->findData(int(TrayIcon::CloseChoice::StopAndClose)));
        QCOMPARE(TrayIcon::closeChoice(), TrayIcon::CloseChoice::StopAndClose);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
