#pragma once

#include "secrets/SecretStore.h"

namespace pms {

/// The system keychain through QtKeychain (Secret Service on Linux, Keychain on macOS, Credential
/// Manager on Windows), under the service name "PMS Bridge". QtKeychain's plain-text fallback is
/// switched off: without a keychain every call fails with secret_error::Unavailable.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QObject *parent = nullptr);

    static QString serviceName();

    void read(const QString &key, ReadCallback done, QObject *context = nullptr) override;
    void write(const QString &key, const QString &secret, StatusCallback done = {},
               QObject *context = nullptr) override;
    void remove(const QString &key, StatusCallback done = {}, QObject *context = nullptr) override;
    bool isPersistent() const override { return true; }
};

} // namespace pms
