#include "SecretLookup.h"

#include "common/Logging.h"
#include "secrets/SecretStore.h"
#include "ui/common/AppContext.h"

#include <QPointer>

namespace pms {

void lookUpSecret(AppContext &ctx, const QString &key, QObject *receiver,
                  std::function<void(const QString &, bool)> done)
{
    SecretStore *keychain = ctx.secrets;
    auto fromKeychain = [keychain, key, receiver, done] {
        if (!keychain) {
            done({}, false);
            return;
        }
        keychain->read(
            key,
            [keychain, done](const Result<QString> &r) {
                if (!r.ok() && r.error().code != secret_error::NotFound)
                    qCWarning(lcUi) << "cannot read a secret from the keychain:" << r.errorMessage();
                done(r.ok() ? r.value() : QString(), !keychain->isPersistent());
            },
            receiver);
    };
    if (!ctx.sessionSecrets) {
        fromKeychain();
        return;
    }
    ctx.sessionSecrets->read(
        key,
        [fromKeychain, done](const Result<QString> &r) {
            if (r.ok() && !r.value().isEmpty())
                done(r.value(), true);
            else
                fromKeychain();
        },
        receiver);
}

} // namespace pms
