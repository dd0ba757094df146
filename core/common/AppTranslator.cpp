#include "AppTranslator.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace pms {

namespace {

// The package installs the .qm files under share/pmsbridge/translations; every build also carries
// them in its resources (:/i18n), so a binary run from the build tree is translated too.
QStringList translationDirs()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    return {appDir + QStringLiteral("/../share/pmsbridge/translations"), QStringLiteral(":/i18n")};
}

QLocale chosenLocale()
{
    const QString chosen = QSettings().value(AppTranslator::settingsKey()).toString();
    return chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
}

} // namespace

QString AppTranslator::install()
{
    auto *app = QCoreApplication::instance();
    if (!app)
        return {};
    const QLocale locale = chosenLocale();
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return {};

    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    auto *translator = new QTranslator(app);
    for (const QString &dir : translationDirs()) {
        if (translator->load(locale, QStringLiteral("pmsbridge"), QStringLiteral("_"), dir)) {
            QCoreApplication::installTranslator(translator);
            return translator->language();
        }
    }
    delete translator;
    return {};
}

QStringList AppTranslator::availableLanguages()
{
    QStringList languages;
    for (const QString &dir : translationDirs()) {
        const QStringList files = QDir(dir).entryList({QStringLiteral("pmsbridge_*.qm")}, QDir::Files, QDir::Name);
        for (const QString &file : files) {
            const QString lang = file.mid(10, file.size() - 13); // pmsbridge_XX.qm
            if (!languages.contains(lang))
                languages << lang;
        }
    }
    return languages;
}

} // namespace pms
