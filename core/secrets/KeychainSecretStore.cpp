#include "KeychainSecretStore.h"

#include "common/Logging.h"

#include <QCoreApplication>

#include <qt6keychain/keychain.h>

namespace pms {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pms::KeychainSecretStore", text);
}

/// A QtKeychain failure as an Error a user can act on. QtKeychain's errorString never holds the
/// secret, only what went wrong.
Error keychainError(QKeychain::Error error, const QString &detail)
{
    switch (error) {
    case QKeychain::NoError:
        return Error();
    case QKeychain::EntryNotFound:
        return Error(tr("The system keychain holds no client secret for this connection."),
                     QString(secret_error::NotFound));
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Error(tr("The system keychain refused access to the client secret."),
                     QString(secret_error::AccessDenied));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // On Linux without a running Secret Service, QtKeychain answers OtherError ("Unknown error").
        return Error(tr("No system keychain is available on this machine (%1).").arg(detail),
                     QString(secret_error::Unavailable));
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return Error(tr("The system keychain failed: %1").arg(detail), QString(secret_error::Failed));
}

template<typename JobType>
JobType *makeJob(const QString &key, QObject *parent)
{
    auto *job = new JobType(KeychainSecretStore::serviceName(), parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file
    job->setKey(key);
    return job;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : SecretStore(parent)
{
}

QString KeychainSecretStore::serviceName()
{
    return QStringLiteral("PMS Bridge");
}

void KeychainSecretStore::read(const QString &key, ReadCallback done, QObject *context)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(key, this);
    connect(job, &QKeychain::Job::finished, this, [this, done, guard = ContextGuard(context), key](QKeychain::Job *j) {
        Result<QString> result = j->error() == QKeychain::NoError
            ? Result<QString>(static_cast<QKeychain::ReadPasswordJob *>(j)->textData())
            : Result<QString>(keychainError(j->error(), j->errorString()));
        if (!result.ok() && result.error().code != secret_error::NotFound)
            qCDebug(lcApp) << "keychain read of" << key << "failed:" << j->errorString();
        deliver(guard, [done, result] { done(result); });
    });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &secret, StatusCallback done, QObject *context)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(key, this);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, done, guard = ContextGuard(context), key](QKeychain::Job *j) {
        Status status;
        if (j->error() != QKeychain::NoError) {
            status = keychainError(j->error(), j->errorString());
            qCDebug(lcApp) << "keychain write of" << key << "failed:" << j->errorString();
        }
        if (done)
            deliver(guard, [done, status] { done(status); });
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, StatusCallback done, QObject *context)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(key, this);
    connect(job, &QKeychain::Job::finished, this, [this, done, guard = ContextGuard(context)](QKeychain::Job *j) {
        Status status;
        if (j->error() == QKeychain::CouldNotDeleteEntry)
            status = Error(tr("The client secret could not be removed from the system keychain (%1).")
                               .arg(j->errorString()),
                           QString(secret_error::Failed));
        else if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound)
            status = keychainError(j->error(), j->errorString());
        if (done)
            deliver(guard, [done, status] { done(status); });
    });
    job->start();
}

} // namespace pms
