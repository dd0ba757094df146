#pragma once

#include "secrets/SecretStore.h"

namespace pms {

/// The store the app uses: the system keychain while it works, and a session store once the
/// keychain turns out to be missing or refuses access (then the window asks for the secret once
/// per session). Takes ownership of both stores.
class FallbackSecretStore : public SecretStore
{
    Q_OBJECT
public:
    FallbackSecretStore(SecretStore *primary, SecretStore *fallback, QObject *parent = nullptr);

    /// KeychainSecretStore with a SessionSecretStore behind it.
    static FallbackSecretStore *createForSystem(QObject *parent = nullptr);

    void read(const QString &key, ReadCallback done, QObject *context = nullptr) override;
    void write(const QString &key, const QString &secret, StatusCallback done = {},
               QObject *context = nullptr) override;
    void remove(const QString &key, StatusCallback done = {}, QObject *context = nullptr) override;
    /// False once the keychain failed: secrets written since last only until the app quits.
    bool isPersistent() const override;

    bool primaryAvailable() const { return m_primaryAvailable; }
    /// Why the keychain is not used (empty while it is).
    QString unavailableReason() const { return m_reason; }

Q_SIGNALS:
    /// The keychain failed for the first time this session; from now on secrets stay in memory.
    void primaryUnavailable(const QString &reason);

private:
    static bool fallsBack(const Error &error);
    void markUnavailable(const Error &error);

    SecretStore *m_primary;
    SecretStore *m_fallback;
    bool m_primaryAvailable = true;
    QString m_reason;
};

} // namespace pms
