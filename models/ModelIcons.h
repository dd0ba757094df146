#pragma once

#include <QIcon>
#include <QString>

namespace pms {

/// Icons the models hand to views (the files live in resources/icons, compiled into the ui
/// library). Loaded once per name; a missing resource gives a null icon, never a crash.
class ModelIcons
{
public:
    static QIcon get(const QString &name);   // "sync-failed" -> :/icons/sync-failed.svg
};

} // namespace pms
