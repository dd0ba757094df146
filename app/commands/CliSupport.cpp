#include "CliSupport.h"

#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretResolver.h"
#include "storage/ConnectionRepository.h"

namespace pms::app {

std::unique_ptr<Database> openCache(CliContext &ctx, int *exitCode, Database::Create create)
{
    auto db = Database::open(ctx.dbPath, create);
    if (!db.ok()) {
        *exitCode = ctx.fail(db.errorMessage(), exitCodeFor(db.error().code));
        return nullptr;
    }
    *exitCode = 0;
    return std::move(db).value();
}

bool takeOption(QStringList &args, const QString &name, QString *value, QString *error)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == name) {
            if (i + 1 >= args.size() || args.at(i + 1).startsWith(QLatin1String("--"))) {
                *error = QStringLiteral("%1 needs a value").arg(name);
                return false;
            }
            *value = args.at(i + 1);
            args.remove(i, 2);
            return true;
        }
        if (a.startsWith(name + QLatin1Char('='))) {
            *value = a.mid(name.size() + 1);
            args.removeAt(i);
            return true;
        }
    }
    return true;
}

bool takeFlag(QStringList &args, const QString &name)
{
    return args.removeAll(name) > 0;
}

Result<ConnectionInfo> pickConnection(CliContext &ctx, Database &db)
{
    QString value, error;
    if (!takeOption(ctx.args, QStringLiteral("--connection"), &value, &error))
        return Error(error, QStringLiteral("usage"));
    ConnectionRepository repo(db);
    if (!value.isEmpty()) {
        bool ok = false;
        const qint64 id = value.toLongLong(&ok);
        if (!ok)
            return Error(QStringLiteral("--connection takes a connection id (a number)"), QStringLiteral("usage"));
        return repo.get(id);
    }
    auto c = repo.defaultConnection();
    if (!c.ok() && c.error().code == QLatin1String("not-found"))
        return Error(c.errorMessage(), QStringLiteral("no-connection")); // configuration, not a missing record
    return c;
}

Result<QString> cliSecret(const ConnectionInfo &connection, bool useKeychain)
{
    // The keychain is only asked for a connection that exists; `connect` takes a fresh secret.
    KeychainSecretStore keychain;
    SecretResolver resolver(useKeychain ? &keychain : nullptr);
    resolver.setKeychainTimeoutMs(10000);
    auto r = resolver.resolve(connection.secretKey());
    if (!r.ok())
        return r.error();
    return r->secret;
}

Status storeSecret(const ConnectionInfo &connection, const QString &secret)
{
    KeychainSecretStore keychain;
    return SecretResolver::writeBlocking(keychain, connection.secretKey(), secret, 10000);
}

} // namespace pms::app
