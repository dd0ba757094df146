#include "FallbackSecretStore.h"

#include "common/Logging.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SessionSecretStore.h"

namespace pms {

FallbackSecretStore::FallbackSecretStore(SecretStore *primary, SecretStore *fallback, QObject *parent)
    : SecretStore(parent), m_primary(primary), m_fallback(fallback)
{
    Q_ASSERT(primary && fallback);
    m_primary->setParent(this);
    m_fallback->setParent(this);
}

FallbackSecretStore *FallbackSecretStore::createForSystem(QObject *parent)
{
    return new FallbackSecretStore(new KeychainSecretStore, new SessionSecretStore, parent);
}

bool FallbackSecretStore::isPersistent() const
{
    return m_primaryAvailable && m_primary->isPersistent();
}

bool FallbackSecretStore::fallsBack(const Error &error)
{
    return error.code == secret_error::Unavailable || error.code == secret_error::AccessDenied;
}

void FallbackSecretStore::markUnavailable(const Error &error)
{
    if (!m_primaryAvailable)
        return;
    m_primaryAvailable = false;
    m_reason = error.message;
    qCDebug(lcApp) << "system keychain not used for the rest of this session:" << error.message;
    Q_EMIT primaryUnavailable(error.message);
}

void FallbackSecretStore::read(const QString &key, ReadCallback done, QObject *context)
{
    if (!m_primaryAvailable) {
        m_fallback->read(key, std::move(done), context);
        return;
    }
    m_primary->read(
        key,
        [this, key, done, guard = ContextGuard(context)](const Result<QString> &r) {
            if (!r.ok() && fallsBack(r.error())) {
                markUnavailable(r.error());
                if (guard.alive())
                    m_fallback->read(key, done, guard.get());
                return;
            }
            if (guard.alive())
                done(r);
        },
        this);
}

void FallbackSecretStore::write(const QString &key, const QString &secret, StatusCallback done, QObject *context)
{
    if (!m_primaryAvailable) {
        m_fallback->write(key, secret, std::move(done), context);
        return;
    }
    m_primary->write(
        key, secret,
        [this, key, secret, done, guard = ContextGuard(context)](const Status &s) {
            if (!s.ok() && fallsBack(s.error())) {
                markUnavailable(s.error());
                if (guard.alive())
                    m_fallback->write(key, secret, done, guard.get());
                else
                    m_fallback->write(key, secret); // the caller is gone; keep the secret anyway
                return;
            }
            if (done && guard.alive())
                done(s);
        },
        this);
}

void FallbackSecretStore::remove(const QString &key, StatusCallback done, QObject *context)
{
    m_fallback->remove(key); // a copy may sit there from before the keychain failed
    if (!m_primaryAvailable) {
        if (done)
            deliver(context, [done] { done(Status()); });
        return;
    }
    m_primary->remove(
        key,
        [this, done, guard = ContextGuard(context)](const Status &s) {
            if (!s.ok() && fallsBack(s.error()))
                markUnavailable(s.error());
            if (done && guard.alive())
                done(fallsBack(s.error()) ? Status() : s);
        },
        this);
}

} // namespace pms
