#include "MemorySecretStore.h"

namespace pms::test {

Error MemorySecretStore::noBackendError()
{
    return Error(QStringLiteral("No system keychain is available on this machine (Unknown error)."),
                 QString(secret_error::Unavailable));
}

void MemorySecretStore::read(const QString &key, ReadCallback done, QObject *context)
{
    ++m_reads;
    Result<QString> result = m_failure ? Result<QString>(*m_failure)
        : m_secrets.contains(key)      ? Result<QString>(m_secrets.value(key))
                                       : Result<QString>(Error(QStringLiteral("not found"), QString(secret_error::NotFound)));
    deliver(context, [done, result] { done(result); });
}

void MemorySecretStore::write(const QString &key, const QString &secret, StatusCallback done, QObject *context)
{
    ++m_writes;
    Status status;
    if (m_failure)
        status = *m_failure;
    else
        m_secrets.insert(key, secret);
    if (done)
        deliver(context, [done, status] { done(status); });
}

void MemorySecretStore::remove(const QString &key, StatusCallback done, QObject *context)
{
    ++m_removes;
    Status status;
    if (m_failure)
        status = *m_failure;
    else
        m_secrets.remove(key);
    if (done)
        deliver(context, [done, status] { done(status); });
}

} // namespace pms::test
