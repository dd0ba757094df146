#pragma once

#include "common/Result.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace pms {

/// Error codes of SecretStore results (Error::code).
namespace secret_error {
inline constexpr QLatin1StringView NotFound{"not-found"};          // nothing stored under the key
inline constexpr QLatin1StringView Unavailable{"unavailable"};     // no keychain on this machine
inline constexpr QLatin1StringView AccessDenied{"access-denied"};  // the keychain refused
inline constexpr QLatin1StringView Failed{"keychain"};             // anything else
inline constexpr QLatin1StringView Timeout{"timeout"};             // no answer (blocking helpers)
} // namespace secret_error

/// Remembers whether a caller's context object is still alive when an answer arrives. Take it
/// while the context is known to be alive (a QPointer cannot be made from a dangling pointer).
class ContextGuard
{
public:
    explicit ContextGuard(QObject *context) : m_context(context), m_had(context != nullptr) {}
    bool alive() const { return !m_had || !m_context.isNull(); }
    /// The context, or null when none was given or it is gone.
    QObject *get() const { return m_context.data(); }

private:
    QPointer<QObject> m_context;
    bool m_had;
};

/// Where client secrets live. Asynchronous, so the GUI thread never waits on a keychain: every
/// call returns at once and its callback runs later on this object's thread (never inside the
/// call). When @p context is given and destroyed before the answer, the callback is dropped, as
/// with QObject::connect. Implementations never log a secret nor write it to settings or the cache.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using ReadCallback = std::function<void(const Result<QString> &)>;
    using StatusCallback = std::function<void(const Status &)>;

    explicit SecretStore(QObject *parent = nullptr) : QObject(parent) {}
    ~SecretStore() override = default;

    virtual void read(const QString &key, ReadCallback done, QObject *context = nullptr) = 0;
    virtual void write(const QString &key, const QString &secret, StatusCallback done = {},
                       QObject *context = nullptr) = 0;
    /// Removing a key that is not there succeeds.
    virtual void remove(const QString &key, StatusCallback done = {}, QObject *context = nullptr) = 0;

    /// False when what write() stores lasts only until the app quits (no system keychain): the
    /// window then asks for the secret once per session.
    virtual bool isPersistent() const = 0;

protected:
    /// Runs @p fn later on this object's thread, unless @p context was given and is gone by then.
    /// Call it while @p context is known to be alive (inside read/write/remove); later, use the
    /// ContextGuard overload with a guard taken at call time.
    void deliver(QObject *context, std::function<void()> fn);
    void deliver(const ContextGuard &guard, std::function<void()> fn);
};

} // namespace pms
