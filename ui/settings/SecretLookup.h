#pragma once

#include <QString>

#include <functional>

class QObject;

namespace pms {

struct AppContext;

/// Finds a connection's secret: first in the session store (the demo's, and secrets typed while
/// there is no keychain), then in the keychain. Asynchronous; @p done runs later with the secret
/// (empty when none) and whether it lasts only for this session. Dropped when @p context dies.
void lookUpSecret(AppContext &context, const QString &key, QObject *receiver,
                  std::function<void(const QString &secret, bool sessionOnly)> done);

} // namespace pms
