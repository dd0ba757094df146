#pragma once

#include "secrets/SecretStore.h"

#include <QHash>

namespace pms {

/// Secrets kept in memory for this session only, for machines without a system keychain: the
/// window asks once, and the answer is gone when the app quits. Nothing touches the disk.
class SessionSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit SessionSecretStore(QObject *parent = nullptr) : SecretStore(parent) {}
    ~SessionSecretStore() override;

    void read(const QString &key, ReadCallback done, QObject *context = nullptr) override;
    void write(const QString &key, const QString &secret, StatusCallback done = {},
               QObject *context = nullptr) override;
    void remove(const QString &key, StatusCallback done = {}, QObject *context = nullptr) override;
    bool isPersistent() const override { return false; }

    /// Forgets every secret (e.g. when the user locks the app).
    void clear();

private:
    QHash<QString, QString> m_secrets;
};

} // namespace pms
