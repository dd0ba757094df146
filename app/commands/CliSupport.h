#pragma once

#include "Command.h"
#include "common/ConnectionInfo.h"
#include "common/Result.h"
#include "storage/Database.h"

#include <memory>

namespace pms::app {

/// Opens the cache named by --db (or the default) with a one-line error on failure. Only
/// `connect`, `import`, `demo` and `cache copy --from` create a cache; every other command says
/// there is none (exit 3) instead of leaving an empty one (and its folder) behind.
std::unique_ptr<Database> openCache(CliContext &ctx, int *exitCode, Database::Create create = Database::Create::Never);

/// The connection a command acts on: --connection ID if given (removed from ctx.args), else the first.
Result<ConnectionInfo> pickConnection(CliContext &ctx, Database &db);

/// The client secret for the command line: $PMSBRIDGE_CLIENT_SECRET, then the system keychain,
/// then one line of standard input when it is not a terminal. Never argv.
Result<QString> cliSecret(const ConnectionInfo &connection, bool useKeychain = true);
/// Keeps the secret in the system keychain; an Error when there is none (the caller says so).
Status storeSecret(const ConnectionInfo &connection, const QString &secret);

/// Takes "--name VALUE" or "--name=VALUE" out of @p args. Returns false (and sets @p error) when
/// the option is present without a value.
bool takeOption(QStringList &args, const QString &name, QString *value, QString *error);
bool takeFlag(QStringList &args, const QString &name);

} // namespace pms::app
