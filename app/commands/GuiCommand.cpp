#include "Command.h"
#include "DemoSimulator.h"

#include "ui/common/AppContext.h"
#include "ui/common/SingleInstance.h"
#include "ui/mainwindow/AppSession.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/tray/TrayIcon.h"
#include "storage/ConnectionRepository.h"

#include <QApplication>

namespace {

int checkGui(pms::app::CliContext &ctx)
{
    if (!ctx.args.isEmpty())
        return ctx.fail(QStringLiteral("the window takes no arguments; see 'pmsbridge --help'"), 2);
    if (!pms::app::displayAvailable(ctx))
        return ctx.fail(QCoreApplication::translate("pms::app::GuiCommand",
                                                    "There is no display to open the window on (DISPLAY is not set): "
                                                    "start PMS Bridge from a desktop session, or give it a command "
                                                    "(see 'pmsbridge --help')."),
                        pms::app::exitcode::Failed);
    return pms::app::kContinue;
}

int runGui(pms::app::CliContext &ctx)
{
    QApplication::setApplicationDisplayName(QStringLiteral("PMS Bridge"));
    pms::app::installDemoSimulator();
    QApplication::setDesktopFileName(QStringLiteral("pmsbridge"));
    // One writer per cache: a second launch brings the running window forward and exits 0.
    pms::SingleInstance instance(ctx.dbPath);
    if (instance.activateRunning()) {
        *ctx.out << pms::app::alreadyOpenText() << Qt::endl;
        return 0;
    }
    instance.listen();
    auto session = pms::AppSession::open(ctx.dbPath);
    if (!session.ok())
        return ctx.fail(QStringLiteral("cannot open the cache %1: %2").arg(ctx.dbPath, session.errorMessage()));
    pms::AppSession &s = *session.value();
    // Secrets arrive asynchronously from the keychain; a sync started before asks in Settings.
    for (const pms::ConnectionInfo &c : pms::ConnectionRepository(*s.context().db).all())
        s.loadSecret(c.id);
    pms::MainWindow window(s.context());
    pms::TrayIcon tray(&window, s.context().sync);
    QObject::connect(&instance, &pms::SingleInstance::activateRequested, &tray, &pms::TrayIcon::showWindow);
    window.show();
    return QApplication::exec();
}

} // namespace

PMS_REGISTER_COMMAND(QStringLiteral("gui"), QStringLiteral("(no command)"), QStringLiteral("open the window"), runGui, true,
                     checkGui);
