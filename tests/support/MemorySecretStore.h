#pragma once

#include "secrets/SecretStore.h"

#include <QHash>

#include <optional>

namespace pms::test {

/// A SecretStore in memory for tests: answers asynchronously like the real ones, counts calls, and
/// can be told to fail every call (e.g. as a keychain with no backend).
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit MemorySecretStore(QObject *parent = nullptr) : SecretStore(parent) {}

    /// What QtKeychain gives on a machine without a Secret Service, as KeychainSecretStore maps it.
    static Error noBackendError();

    void read(const QString &key, ReadCallback done, QObject *context = nullptr) override;
    void write(const QString &key, const QString &secret, StatusCallback done = {},
               QObject *context = nullptr) override;
    void remove(const QString &key, StatusCallback done = {}, QObject *context = nullptr) override;
    bool isPersistent() const override { return m_persistent; }

    void setPersistent(bool persistent) { m_persistent = persistent; }
    /// Every call fails with @p error from now on (std::nullopt: works again).
    void setFailure(std::optional<Error> error) { m_failure = std::move(error); }

    QHash<QString, QString> contents() const { return m_secrets; }
    int reads() const { return m_reads; }
    int writes() const { return m_writes; }
    int removes() const { return m_removes; }

private:
    QHash<QString, QString> m_secrets;
    std::optional<Error> m_failure;
    bool m_persistent = true;
    int m_reads = 0;
    int m_writes = 0;
    int m_removes = 0;
};

} // namespace pms::test
