#include "SessionSecretStore.h"

#include <QCoreApplication>

namespace pms {

namespace {

// Overwrites the characters before the memory goes back to the allocator (when not shared).
void wipe(QString &s)
{
    if (!s.isDetached())
        return;
    s.fill(QChar(u'\0'));
}

} // namespace

SessionSecretStore::~SessionSecretStore()
{
    clear();
}

void SessionSecretStore::read(const QString &key, ReadCallback done, QObject *context)
{
    const auto it = m_secrets.constFind(key);
    Result<QString> result = it != m_secrets.constEnd()
        ? Result<QString>(it.value())
        : Result<QString>(Error(QCoreApplication::translate("pms::SessionSecretStore",
                                                             "No client secret has been entered in this session."),
                                QString(secret_error::NotFound)));
    deliver(context, [done, result] { done(result); });
}

void SessionSecretStore::write(const QString &key, const QString &secret, StatusCallback done, QObject *context)
{
    m_secrets.insert(key, secret);
    if (done)
        deliver(context, [done] { done(Status()); });
}

void SessionSecretStore::remove(const QString &key, StatusCallback done, QObject *context)
{
    auto it = m_secrets.find(key);
    if (it != m_secrets.end()) {
        wipe(it.value());
        m_secrets.erase(it);
    }
    if (done)
        deliver(context, [done] { done(Status()); });
}

void SessionSecretStore::clear()
{
    for (auto it = m_secrets.begin(); it != m_secrets.end(); ++it)
        wipe(it.value());
    m_secrets.clear();
}

} // namespace pms
