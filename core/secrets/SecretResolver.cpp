#include "SecretResolver.h"

#include "common/Logging.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <optional>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace pms {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pms::SecretResolver", text);
}

constexpr qint64 kMaxLine = 4096;

/// The blocking helpers must never run in the window: a nested event loop there lets the user
/// click into half-finished state.
void checkNotGui()
{
    const QCoreApplication *app = QCoreApplication::instance();
    if (app && app->inherits("QGuiApplication"))
        qCWarning(lcApp) << "SecretResolver's blocking helpers are for the command line, not the window";
    Q_ASSERT_X(!app || !app->inherits("QGuiApplication"), "SecretResolver", "blocking call in a GUI application");
}

/// Runs @p start (which calls a SecretStore with the loop as context) and waits for its answer.
template<typename T>
std::optional<T> waitFor(const std::function<void(QEventLoop &, std::optional<T> &)> &start, int timeoutMs)
{
    checkNotGui();
    std::optional<T> out;
    QEventLoop loop;
    start(loop, out);
    if (!out) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return out;
}

Error timeoutError()
{
    return Error(tr("The system keychain did not answer in time."), QString(secret_error::Timeout));
}

#ifndef Q_OS_WIN
/// Switches terminal echo off while the secret is typed.
class EchoOff
{
public:
    explicit EchoOff(int fd) : m_fd(fd)
    {
        m_ok = tcgetattr(fd, &m_old) == 0;
        if (m_ok) {
            termios quiet = m_old;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(fd, TCSAFLUSH, &quiet);
        }
    }
    ~EchoOff()
    {
        if (m_ok)
            tcsetattr(m_fd, TCSAFLUSH, &m_old);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    int m_fd;
    termios m_old{};
    bool m_ok = false;
};
#endif

QString stripLineEnd(QByteArray line)
{
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

} // namespace

SecretResolver::SecretResolver(SecretStore *keychain)
    : m_keychain(keychain)
{
}

QString SecretResolver::sourceName(Source source)
{
    switch (source) {
    case Source::Environment: return QStringLiteral("environment");
    case Source::Keychain: return QStringLiteral("keychain");
    case Source::StandardInput: return QStringLiteral("standard input");
    }
    return {};
}

void SecretResolver::setInput(QIODevice *input, bool isTerminal)
{
    m_input = input;
    m_inputIsTerminal = isTerminal;
}

void SecretResolver::setAllowTerminal(bool allow, QTextStream *prompt)
{
    m_allowTerminal = allow;
    m_prompt = prompt;
}

bool SecretResolver::stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(fileno(stdin)) != 0;
#endif
}

QString SecretResolver::readLine(bool &sawInput)
{
    sawInput = false;
    const bool terminal = m_input ? m_inputIsTerminal : stdinIsTerminal();
    if (terminal && !m_allowTerminal)
        return {};
    QByteArray line;
    if (m_input) {
        line = m_input->readLine(kMaxLine);
    } else {
        QFile in;
        // Unbuffered: take exactly one line and leave the rest of standard input alone.
        if (!in.open(fileno(stdin), QIODevice::ReadOnly | QIODevice::Unbuffered, QFileDevice::DontCloseHandle))
            return {};
        if (terminal && m_prompt) {
            *m_prompt << tr("Client secret: ");
            m_prompt->flush();
        }
        {
#ifndef Q_OS_WIN
            std::optional<EchoOff> quiet;
            if (terminal)
                quiet.emplace(fileno(stdin));
#endif
            line = in.readLine(kMaxLine);
        }
        if (terminal && m_prompt)
            *m_prompt << Qt::endl;
    }
    sawInput = !line.isEmpty();
    return stripLineEnd(line);
}

Result<SecretResolver::Resolved> SecretResolver::resolve(const QString &key)
{
    const QString fromEnv = m_env.value(environmentVariable());
    if (!fromEnv.isEmpty())
        return Resolved{fromEnv, Source::Environment};

    QString keychainNote;
    if (m_keychain) {
        const Result<QString> r = readBlocking(*m_keychain, key, m_timeoutMs);
        if (r.ok() && !r.value().isEmpty())
            return Resolved{r.value(), Source::Keychain};
        if (!r.ok() && r.error().code == secret_error::Unavailable)
            keychainNote = tr("; no system keychain is available on this machine.");
        else if (!r.ok() && r.error().code != secret_error::NotFound)
            keychainNote = tr("; the system keychain failed: ") + r.errorMessage();
        else if (!m_keychain->isPersistent())
            keychainNote = tr("; no system keychain is available on this machine.");
        else
            keychainNote = tr(", or run 'pmsbridge connect' again to save it in the system keychain.");
    } else {
        keychainNote = QStringLiteral(".");
    }

    bool sawInput = false;
    const QString fromInput = readLine(sawInput);
    if (!fromInput.isEmpty())
        return Resolved{fromInput, Source::StandardInput};

    const QString message = sawInput
        ? tr("No client secret: standard input was empty; set PMSBRIDGE_CLIENT_SECRET or pipe it on standard input")
        : tr("No client secret: set PMSBRIDGE_CLIENT_SECRET or pipe it on standard input");
    return Error(message + keychainNote, QStringLiteral("no-secret"));
}

Result<QString> SecretResolver::readBlocking(SecretStore &store, const QString &key, int timeoutMs)
{
    const auto out = waitFor<Result<QString>>(
        [&store, &key](QEventLoop &loop, std::optional<Result<QString>> &result) {
            store.read(key, [&loop, &result](const Result<QString> &r) { result = r; loop.quit(); }, &loop);
        },
        timeoutMs);
    return out ? *out : Result<QString>(timeoutError());
}

Status SecretResolver::writeBlocking(SecretStore &store, const QString &key, const QString &secret, int timeoutMs)
{
    const auto out = waitFor<Status>(
        [&store, &key, &secret](QEventLoop &loop, std::optional<Status> &result) {
            store.write(key, secret, [&loop, &result](const Status &s) { result = s; loop.quit(); }, &loop);
        },
        timeoutMs);
    return out ? *out : Status(timeoutError());
}

Status SecretResolver::removeBlocking(SecretStore &store, const QString &key, int timeoutMs)
{
    const auto out = waitFor<Status>(
        [&store, &key](QEventLoop &loop, std::optional<Status> &result) {
            store.remove(key, [&loop, &result](const Status &s) { result = s; loop.quit(); }, &loop);
        },
        timeoutMs);
    return out ? *out : Status(timeoutError());
}

} // namespace pms
