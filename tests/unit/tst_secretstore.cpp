#include "secrets/FallbackSecretStore.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretResolver.h"
#include "secrets/SessionSecretStore.h"
#include "support/MemorySecretStore.h"

#include <QBuffer>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

using namespace pms;
using test::MemorySecretStore;

namespace {

const QString kKey = QStringLiteral("client-id@12345");
const QString kSecret = QStringLiteral("s3cr3t-Value_With;Odd=Chars");

QProcessEnvironment envWith(const QString &secret)
{
    QProcessEnvironment env;
    if (!secret.isNull())
        env.insert(SecretResolver::environmentVariable(), secret);
    return env;
}

/// Captures every message logged while alive, with every pmsbridge category switched fully on
/// (whatever QT_LOGGING_RULES says).
class LogCapture
{
public:
    LogCapture()
    {
        s_messages.clear();
        s_previousFilter = QLoggingCategory::installFilter(&LogCapture::filter);
        m_previousHandler = qInstallMessageHandler(&LogCapture::handler);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previousHandler);
        QLoggingCategory::installFilter(s_previousFilter);
    }
    static QStringList messages() { return s_messages; }

private:
    static void handler(QtMsgType, const QMessageLogContext &, const QString &msg) { s_messages.append(msg); }
    static void filter(QLoggingCategory *category)
    {
        if (s_previousFilter)
            s_previousFilter(category);
        if (qstrncmp(category->categoryName(), "pmsbridge.", 10) == 0) {
            for (QtMsgType type : {QtDebugMsg, QtInfoMsg, QtWarningMsg, QtCriticalMsg})
                category->setEnabled(type, true);
        }
    }
    static inline QStringList s_messages;
    static inline QLoggingCategory::CategoryFilter s_previousFilter = nullptr;
    QtMessageHandler m_previousHandler = nullptr;
};

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void memoryStoreRoundTrip();
    void sessionStoreRoundTrip();
    void callbacksNeverRunInsideTheCall();
    void destroyedContextDropsCallback();
    void keychainWorkingStaysPersistent();
    void keychainFailureFallsBackToSession_data();
    void keychainFailureFallsBackToSession();
    void otherKeychainErrorsAreReported();
    void systemStoreAnswersWithoutHanging();

    void resolverOrder_data();
    void resolverOrder();
    void stdinReading_data();
    void stdinReading();
    void terminalNotReadUnlessAllowed();
    void missingSecretError_data();
    void missingSecretError();

    void secretNeverLogged();
};

void TestSecretStore::memoryStoreRoundTrip()
{
    MemorySecretStore store;
    QCOMPARE(SecretResolver::readBlocking(store, kKey).error().code, QString(secret_error::NotFound));
    QVERIFY(SecretResolver::writeBlocking(store, kKey, kSecret).ok());
    const Result<QString> read = SecretResolver::readBlocking(store, kKey);
    QVERIFY(read.ok());
    QCOMPARE(read.value(), kSecret);
    QVERIFY(SecretResolver::removeBlocking(store, kKey).ok());
    QCOMPARE(SecretResolver::readBlocking(store, kKey).error().code, QString(secret_error::NotFound));
    QVERIFY(SecretResolver::removeBlocking(store, kKey).ok()); // removing twice is fine
}

void TestSecretStore::sessionStoreRoundTrip()
{
    SessionSecretStore store;
    QVERIFY(!store.isPersistent());
    const Result<QString> missing = SecretResolver::readBlocking(store, kKey);
    QCOMPARE(missing.error().code, QString(secret_error::NotFound));
    QCOMPARE(missing.errorMessage(), QStringLiteral("No client secret has been entered in this session."));
    QVERIFY(SecretResolver::writeBlocking(store, kKey, kSecret).ok());
    QCOMPARE(SecretResolver::readBlocking(store, kKey).value(), kSecret);
    QCOMPARE(SecretResolver::readBlocking(store, QStringLiteral("other@1")).error().code, QString(secret_error::NotFound));
    store.clear();
    QCOMPARE(SecretResolver::readBlocking(store, kKey).error().code, QString(secret_error::NotFound));
}

void TestSecretStore::callbacksNeverRunInsideTheCall()
{
    // The window relies on it: code after read() runs before the answer arrives.
    SessionSecretStore session;
    MemorySecretStore memory;
    for (SecretStore *store : {static_cast<SecretStore *>(&session), static_cast<SecretStore *>(&memory)}) {
        bool answered = false;
        store->read(kKey, [&](const Result<QString> &) { answered = true; });
        QVERIFY(!answered);
        QTRY_VERIFY(answered);
    }
}

void TestSecretStore::destroyedContextDropsCallback()
{
    MemorySecretStore store;
    bool called = false;
    auto *context = new QObject;
    store.read(kKey, [&](const Result<QString> &) { called = true; }, context);
    delete context;
    bool later = false;
    store.read(kKey, [&](const Result<QString> &) { later = true; });
    QTRY_VERIFY(later); // callbacks are delivered in order: the first had its turn
    QVERIFY(!called);
}

void TestSecretStore::keychainWorkingStaysPersistent()
{
    auto *keychain = new MemorySecretStore;
    auto *session = new SessionSecretStore;
    FallbackSecretStore store(keychain, session);
    QSignalSpy unavailable(&store, &FallbackSecretStore::primaryUnavailable);
    QVERIFY(SecretResolver::writeBlocking(store, kKey, kSecret).ok());
    QCOMPARE(keychain->contents().value(kKey), kSecret);
    QCOMPARE(SecretResolver::readBlocking(*session, kKey).error().code, QString(secret_error::NotFound));
    QCOMPARE(SecretResolver::readBlocking(store, kKey).value(), kSecret);
    QVERIFY(store.isPersistent());
    QVERIFY(store.primaryAvailable());
    QCOMPARE(unavailable.size(), 0);
    QVERIFY(SecretResolver::removeBlocking(store, kKey).ok());
    QVERIFY(keychain->contents().isEmpty());
}

void TestSecretStore::keychainFailureFallsBackToSession_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("no backend") << QString(secret_error::Unavailable);
    QTest::newRow("access denied") << QString(secret_error::AccessDenied);
}

void TestSecretStore::keychainFailureFallsBackToSession()
{
    QFETCH(QString, code);
    auto *keychain = new MemorySecretStore;
    keychain->setFailure(Error(QStringLiteral("No system keychain is available on this machine (Unknown error)."), code));
    auto *session = new SessionSecretStore;
    FallbackSecretStore store(keychain, session);
    QSignalSpy unavailable(&store, &FallbackSecretStore::primaryUnavailable);

    // First read of the session: the keychain fails, nothing is in the session yet -> the window asks.
    const Result<QString> first = SecretResolver::readBlocking(store, kKey);
    QCOMPARE(first.error().code, QString(secret_error::NotFound));
    QCOMPARE(unavailable.size(), 1);
    QVERIFY(!store.isPersistent());
    QVERIFY(!store.primaryAvailable());
    QVERIFY(store.unavailableReason().contains(QStringLiteral("No system keychain")));

    // The user's answer is kept for the session, in memory only.
    QVERIFY(SecretResolver::writeBlocking(store, kKey, kSecret).ok());
    QCOMPARE(SecretResolver::readBlocking(*session, kKey).value(), kSecret);
    QCOMPARE(SecretResolver::readBlocking(store, kKey).value(), kSecret);
    // The keychain is not asked again this session, and the signal came once.
    QCOMPARE(keychain->reads(), 1);
    QCOMPARE(keychain->writes(), 0);
    QCOMPARE(unavailable.size(), 1);

    QVERIFY(SecretResolver::removeBlocking(store, kKey).ok());
    QCOMPARE(SecretResolver::readBlocking(store, kKey).error().code, QString(secret_error::NotFound));
}

void TestSecretStore::otherKeychainErrorsAreReported()
{
    // A write that fails for another reason is the user's to see, not silently kept in memory.
    auto *keychain = new MemorySecretStore;
    FallbackSecretStore store(keychain, new SessionSecretStore);
    keychain->setFailure(Error(QStringLiteral("The system keychain failed: disk full"), QString(secret_error::Failed)));
    const Status s = SecretResolver::writeBlocking(store, kKey, kSecret);
    QVERIFY(!s.ok());
    QCOMPARE(s.errorMessage(), QStringLiteral("The system keychain failed: disk full"));
    QVERIFY(store.primaryAvailable());

    // A write failing with "no backend" on first use lands in the session store.
    keychain->setFailure(MemorySecretStore::noBackendError());
    QVERIFY(SecretResolver::writeBlocking(store, kKey, kSecret).ok());
    QVERIFY(!store.isPersistent());
    QCOMPARE(SecretResolver::readBlocking(store, kKey).value(), kSecret);
}

void TestSecretStore::systemStoreAnswersWithoutHanging()
{
    // The real QtKeychain: on these machines no Secret Service runs and it fails at once; where a
    // keychain exists it works. Either way the secret comes back and the caller learns which.
    const QString key = QStringLiteral("pmsbridge-test-%1@tst_secretstore").arg(QCoreApplication::applicationPid());
    KeychainSecretStore keychain;
    QCOMPARE(KeychainSecretStore::serviceName(), QStringLiteral("PMS Bridge"));
    const Result<QString> direct = SecretResolver::readBlocking(keychain, key, 20000);
    QVERIFY(direct.error().code == secret_error::Unavailable || direct.error().code == secret_error::NotFound);

    std::unique_ptr<FallbackSecretStore> store(FallbackSecretStore::createForSystem());
    QVERIFY(SecretResolver::writeBlocking(*store, key, kSecret, 20000).ok());
    QCOMPARE(SecretResolver::readBlocking(*store, key, 20000).value(), kSecret);
    QCOMPARE(store->isPersistent(), direct.error().code == secret_error::NotFound);
    QVERIFY(SecretResolver::removeBlocking(*store, key, 20000).ok());
}

void TestSecretStore::resolverOrder_data()
{
    QTest::addColumn<QString>("env");
    QTest::addColumn<QString>("inKeychain");
    QTest::addColumn<bool>("keychainFails");
    QTest::addColumn<QByteArray>("stdinText");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("source");
    const int env = int(SecretResolver::Source::Environment);
    const int keychain = int(SecretResolver::Source::Keychain);
    const int input = int(SecretResolver::Source::StandardInput);
    QTest::newRow("environment first") << "from-env" << "from-keychain" << false << QByteArray("from-stdin\n") << "from-env" << env;
    QTest::newRow("then keychain") << QString() << "from-keychain" << false << QByteArray("from-stdin\n") << "from-keychain" << keychain;
    QTest::newRow("empty variable ignored") << "" << "from-keychain" << false << QByteArray() << "from-keychain" << keychain;
    QTest::newRow("then standard input") << QString() << QString() << false << QByteArray("from-stdin\n") << "from-stdin" << input;
    QTest::newRow("no keychain, standard input") << QString() << QString() << true << QByteArray("from-stdin\n") << "from-stdin" << input;
    QTest::newRow("no keychain, environment") << "from-env" << QString() << true << QByteArray() << "from-env" << env;
}

void TestSecretStore::resolverOrder()
{
    QFETCH(QString, env);
    QFETCH(QString, inKeychain);
    QFETCH(bool, keychainFails);
    QFETCH(QByteArray, stdinText);
    QFETCH(QString, expected);
    QFETCH(int, source);

    MemorySecretStore keychain;
    if (!inKeychain.isEmpty())
        QVERIFY(SecretResolver::writeBlocking(keychain, kKey, inKeychain).ok());
    if (keychainFails)
        keychain.setFailure(MemorySecretStore::noBackendError());
    QBuffer input(&stdinText);
    QVERIFY(input.open(QIODevice::ReadOnly));

    SecretResolver resolver(&keychain);
    resolver.setEnvironment(envWith(env));
    resolver.setInput(&input, false);
    const auto r = resolver.resolve(kKey);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    QCOMPARE(r.value().secret, expected);
    QCOMPARE(int(r.value().source), source);
    // Standard input is only touched when nothing before it had the secret.
    QCOMPARE(input.pos() > 0, source == int(SecretResolver::Source::StandardInput));
    // The keychain is not asked when the environment has it.
    QCOMPARE(keychain.reads(), source == int(SecretResolver::Source::Environment) ? 0 : 1);
}

void TestSecretStore::stdinReading_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QByteArray>("leftOver");
    QTest::newRow("newline") << QByteArray("s3cret\n") << "s3cret" << QByteArray();
    QTest::newRow("crlf") << QByteArray("s3cret\r\n") << "s3cret" << QByteArray();
    QTest::newRow("no newline") << QByteArray("s3cret") << "s3cret" << QByteArray();
    QTest::newRow("only the first line") << QByteArray("first\nsecond\n") << "first" << QByteArray("second\n");
    QTest::newRow("spaces kept") << QByteArray(" spaced secret \n") << " spaced secret " << QByteArray();
    QTest::newRow("utf-8") << QByteArray("p\xc3\xa4sswort\n") << QStringLiteral("p\u00e4sswort") << QByteArray();
}

void TestSecretStore::stdinReading()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    QFETCH(QByteArray, leftOver);
    QBuffer input(&text);
    QVERIFY(input.open(QIODevice::ReadOnly));
    SecretResolver resolver;
    resolver.setEnvironment(envWith(QString()));
    resolver.setInput(&input, false);
    const auto r = resolver.resolve(kKey);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    QCOMPARE(r.value().secret, expected);
    QCOMPARE(r.value().source, SecretResolver::Source::StandardInput);
    QCOMPARE(input.readAll(), leftOver);
}

void TestSecretStore::terminalNotReadUnlessAllowed()
{
    QByteArray typed("typed-secret\n");
    QBuffer terminal(&typed);
    QVERIFY(terminal.open(QIODevice::ReadOnly));
    SecretResolver resolver;
    resolver.setEnvironment(envWith(QString()));
    resolver.setInput(&terminal, true);
    const auto refused = resolver.resolve(kKey);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("no-secret"));
    QCOMPARE(terminal.pos(), 0); // a script on a terminal does not hang waiting for a line

    resolver.setAllowTerminal(true);
    const auto allowed = resolver.resolve(kKey);
    QVERIFY(allowed.ok());
    QCOMPARE(allowed.value().secret, QStringLiteral("typed-secret"));
}

void TestSecretStore::missingSecretError_data()
{
    QTest::addColumn<int>("keychain"); // 0 none given, 1 no backend, 2 empty, 3 session-only
    QTest::addColumn<QByteArray>("stdinText");
    QTest::addColumn<QString>("message");
    QTest::newRow("no keychain on this machine") << 1 << QByteArray()
        << "No client secret: set PMSBRIDGE_CLIENT_SECRET or pipe it on standard input; no system keychain is "
           "available on this machine.";
    QTest::newRow("session store only") << 3 << QByteArray()
        << "No client secret: set PMSBRIDGE_CLIENT_SECRET or pipe it on standard input; no system keychain is "
           "available on this machine.";
    QTest::newRow("keychain without entry") << 2 << QByteArray()
        << "No client secret: set PMSBRIDGE_CLIENT_SECRET or pipe it on standard input, or run 'pmsbridge connect' "
           "again to save it in the system keychain.";
    QTest::newRow("keychain not asked") << 0 << QByteArray()
        << "No client secret: set PMSBRIDGE_CLIENT_SECRET or pipe it on standard input.";
    QTest::newRow("empty line on stdin") << 1 << QByteArray("\n")
        << "No client secret: standard input was empty; set PMSBRIDGE_CLIENT_SECRET or pipe it on standard input; "
           "no system keychain is available on this machine.";
}

void TestSecretStore::missingSecretError()
{
    QFETCH(int, keychain);
    QFETCH(QByteArray, stdinText);
    QFETCH(QString, message);
    MemorySecretStore memory;
    if (keychain == 1)
        memory.setFailure(MemorySecretStore::noBackendError());
    if (keychain == 3)
        memory.setPersistent(false);
    QBuffer input(&stdinText);
    QVERIFY(input.open(QIODevice::ReadOnly));
    SecretResolver resolver(keychain == 0 ? nullptr : &memory);
    resolver.setEnvironment(envWith(QString()));
    resolver.setInput(&input, false);
    const auto r = resolver.resolve(kKey);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("no-secret"));
    QCOMPARE(r.errorMessage(), message);
}

void TestSecretStore::secretNeverLogged()
{
    LogCapture capture;
    {
        auto *keychain = new MemorySecretStore;
        keychain->setFailure(MemorySecretStore::noBackendError());
        FallbackSecretStore store(keychain, new SessionSecretStore);
        QVERIFY(SecretResolver::writeBlocking(store, kKey, kSecret).ok());
        QCOMPARE(SecretResolver::readBlocking(store, kKey).value(), kSecret);

        KeychainSecretStore real;
        SecretResolver::writeBlocking(real, kKey + QStringLiteral("-log"), kSecret, 20000);
        SecretResolver::removeBlocking(real, kKey + QStringLiteral("-log"), 20000);

        QByteArray piped = kSecret.toUtf8() + '\n';
        QBuffer input(&piped);
        QVERIFY(input.open(QIODevice::ReadOnly));
        SecretResolver resolver(&real);
        resolver.setEnvironment(envWith(QString()));
        resolver.setInput(&input, false);
        QCOMPARE(resolver.resolve(kKey + QStringLiteral("-absent")).value().secret, kSecret);
    }
    const QStringList messages = LogCapture::messages();
    QVERIFY2(!messages.isEmpty(), "the flows above log something (the keychain fallback), so the check means something");
    for (const QString &m : messages)
        QVERIFY2(!m.contains(kSecret), qPrintable(m));
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
