#pragma once

#include "common/Result.h"

#include <QProcessEnvironment>
#include <QString>

class QIODevice;
class QTextStream;

namespace pms {

class SecretStore;

/// Finds the client secret for the command line, in this order: the environment variable
/// PMSBRIDGE_CLIENT_SECRET, the system keychain (when a store is given), then one line of standard
/// input (only when it is not a terminal, unless setAllowTerminal(true): then it prompts with echo
/// off). Never takes the secret from argv, never logs it.
///
/// Blocks on a local QEventLoop while the keychain answers: for the command line only, never for
/// code that runs in the window.
class SecretResolver
{
public:
    enum class Source { Environment, Keychain, StandardInput };
    struct Resolved
    {
        QString secret;
        Source source = Source::Environment;
    };

    /// @p keychain may be null (e.g. `connect`, which takes a new secret and must not reuse an old one).
    explicit SecretResolver(SecretStore *keychain = nullptr);

    static QString environmentVariable() { return QStringLiteral("PMSBRIDGE_CLIENT_SECRET"); }
    static QString sourceName(Source source); // "environment", "keychain", "standard input"

    /// For tests: the environment to read instead of the process's.
    void setEnvironment(const QProcessEnvironment &env) { m_env = env; }
    /// For tests: the device to read instead of the process's standard input.
    void setInput(QIODevice *input, bool isTerminal);
    /// Whether to prompt on a terminal (echo off) when nothing else has the secret; the prompt goes
    /// to @p prompt (standard error).
    void setAllowTerminal(bool allow, QTextStream *prompt = nullptr);
    void setKeychainTimeoutMs(int ms) { m_timeoutMs = ms; }

    /// The secret for @p key (ConnectionInfo::secretKey()), or an Error (code "no-secret") that says
    /// how to supply it.
    Result<Resolved> resolve(const QString &key);

    /// Blocking wrappers around a SecretStore, for the command line only (they spin a local event
    /// loop; a store that does not answer within @p timeoutMs gives secret_error::Timeout).
    static Result<QString> readBlocking(SecretStore &store, const QString &key, int timeoutMs = 30000);
    static Status writeBlocking(SecretStore &store, const QString &key, const QString &secret,
                                int timeoutMs = 30000);
    static Status removeBlocking(SecretStore &store, const QString &key, int timeoutMs = 30000);

    /// True when the process's standard input is a terminal.
    static bool stdinIsTerminal();

private:
    /// One line of input without its line ending; empty when there is none. @p sawInput tells an
    /// empty line from no input at all.
    QString readLine(bool &sawInput);

    SecretStore *m_keychain;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();
    QIODevice *m_input = nullptr;
    bool m_inputIsTerminal = false;
    bool m_allowTerminal = false;
    QTextStream *m_prompt = nullptr;
    int m_timeoutMs = 30000;
};

} // namespace pms
