#include "SecretStore.h"

namespace pms {

void SecretStore::deliver(QObject *context, std::function<void()> fn)
{
    deliver(ContextGuard(context), std::move(fn));
}

void SecretStore::deliver(const ContextGuard &guard, std::function<void()> fn)
{
    QMetaObject::invokeMethod(
        this,
        [guard, fn = std::move(fn)] {
            if (guard.alive() && fn)
                fn();
        },
        Qt::QueuedConnection);
}

} // namespace pms
