#pragma once

#include <QString>
#include <QStringList>

namespace pms {

/// Loads the app's translation (and Qt's own) for the language the user chose in Settings, or the
/// system locale when none was chosen. Used by the window and by the command line.
class AppTranslator
{
public:
    /// QSettings key of the language choice: "" (or absent) = follow the system, else "es", "en", ...
    static QString settingsKey() { return QStringLiteral("ui/language"); }
    /// Installs the translators on the running QCoreApplication; returns the language loaded
    /// ("" when the app stays in English). Call once, after the application object exists.
    static QString install();
    /// Languages a translation exists for, besides English (from the installed or built-in .qm files).
    static QStringList availableLanguages();
};

} // namespace pms
