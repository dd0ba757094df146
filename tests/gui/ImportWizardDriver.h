#pragma once

// Steps through the CSV import wizard the way a user does, with the buttons a user sees
// (header-only, tests only).

#include "ui/import/ImportPreviewPage.h"
#include "ui/import/ImportValidatePage.h"
#include "ui/import/ImportWizard.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QDir>
#include <QPixmap>
#include <QTest>

namespace pms::test {

/// Clicks a wizard button when it is enabled; false when it is not (the user could not click it).
inline bool click(QWizard &wizard, QWizard::WizardButton which)
{
    QAbstractButton *b = wizard.button(which);
    if (!b || !b->isVisible() || !b->isEnabled())
        return false;
    QTest::mouseClick(b, Qt::LeftButton);
    return true;
}

/// File page → mapping page for @p path (the preview read in between).
inline bool toMapping(ImportWizard &wizard, const QString &path)
{
    if (wizard.currentId() != ImportWizard::FilePageId)
        return false;
    wizard.setFilePath(path);
    if (!click(wizard, QWizard::NextButton))
        return false;
    if (!QTest::qWaitFor([&] { return wizard.previewPage()->isLoaded(); }, 10000))
        return false;
    return click(wizard, QWizard::NextButton) && wizard.currentId() == ImportWizard::MappingPageId;
}

/// Mapping page → validate page, waiting for the check to finish.
inline bool toChecked(ImportWizard &wizard)
{
    if (!click(wizard, QWizard::NextButton) || wizard.currentId() != ImportWizard::ValidatePageId)
        return false;
    return QTest::qWaitFor([&] { return wizard.validatePage()->isDone(); }, 20000);
}

/// tests/data: PMSBRIDGE_TEST_DATA (ctest sets it), else under PMSBRIDGE_SOURCE_DIR or the
/// current folder (a test binary run by hand from the source tree).
inline QString testDataDir()
{
    const QString data = qEnvironmentVariable("PMSBRIDGE_TEST_DATA");
    if (!data.isEmpty())
        return data;
    const QString source = qEnvironmentVariable("PMSBRIDGE_SOURCE_DIR");
    return QDir(source.isEmpty() ? QDir::currentPath() : source).filePath(QStringLiteral("tests/data"));
}

/// The folder for docs/screenshots PNGs, empty when screenshots are not wanted.
inline QString screenshotDir()
{
    QString dir = qEnvironmentVariable("PMSBRIDGE_SCREENSHOTS_DIR");
    if (dir.isEmpty())
        dir = qEnvironmentVariable("PMSBRIDGE_SCREENSHOT_DIR");
    return dir;
}

/// Saves @p widget as NAME.png in screenshotDir() when one is set.
inline bool saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = screenshotDir();
    if (dir.isEmpty())
        return true;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // pending layouts first
    QDir().mkpath(dir);
    return widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace pms::test
