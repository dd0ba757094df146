#include "Command.h"
#include "DemoSimulator.h"

#include "ui/common/AppContext.h"
#include "ui/common/SingleInstance.h"
#include "ui/mainwindow/AppSession.h"
#include "ui/mainwindow/MainWindow.h"
#include "storage/Database.h"
#include "sync/SyncController.h"
#include "ui/welcome/DemoLauncher.h"
#include "ui/tray/TrayIcon.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <memory>

namespace {

struct DemoArgs
{
    pms::DemoLauncher::Options options;
    bool exitAfterSync = false; // for scripts and CI: the exit code says whether the demo synced
};

// Returns kContinue, or the exit code after printing the reason (or the help).
int parseDemo(pms::app::CliContext &ctx, DemoArgs *parsed)
{
    const QStringList &args = ctx.args;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            *ctx.out << "Usage: pmsbridge [--db FILE] demo [--pms propertyware|buildium] [--scale tiny|small|large] [--seed N] [--no-live] [--exit-after-sync]\n"
                     << "Opens the window on a fresh cache (a new temporary folder, or --db) connected to the\n"
                     << "built-in Propertyware simulator (with --pms buildium, the Buildium one), imports the\n"
                     << "platform units of the demo's access platform, and runs the initial sync. Without a\n"
                     << "display, --exit-after-sync runs offscreen.\n";
            ctx.out->flush();
            return 0;
        }
        if (a == QLatin1String("--scale") && i + 1 < args.size()) {
            parsed->options.scale = args.at(++i).toLower();
            if (parsed->options.scale != QLatin1String("tiny") && parsed->options.scale != QLatin1String("small")
                && parsed->options.scale != QLatin1String("large"))
                return ctx.fail(QStringLiteral("--scale is tiny, small or large"), 2);
        } else if (a == QLatin1String("--pms") && i + 1 < args.size()) {
            parsed->options.pms = args.at(++i).toLower();
            if (parsed->options.pms != QLatin1String("propertyware") && parsed->options.pms != QLatin1String("buildium"))
                return ctx.fail(QStringLiteral("--pms is propertyware or buildium"), 2);
        } else if (a == QLatin1String("--seed") && i + 1 < args.size()) {
            bool ok = false;
            parsed->options.seed = args.at(++i).toULongLong(&ok);
            if (!ok)
                return ctx.fail(QStringLiteral("--seed needs a whole number, e.g. --seed 7"), 2);
        } else if (a == QLatin1String("--no-live")) {
            parsed->options.live = false;
        } else if (a == QLatin1String("--exit-after-sync")) {
            parsed->exitAfterSync = true;
        } else {
            return ctx.fail(QStringLiteral("unknown demo option '%1'; see 'pmsbridge demo --help'").arg(a), 2);
        }
    }
    return pms::app::kContinue;
}

int checkDemo(pms::app::CliContext &ctx)
{
    DemoArgs parsed;
    if (const int code = parseDemo(ctx, &parsed); code != pms::app::kContinue)
        return code;
    if (pms::app::displayAvailable(ctx))
        return pms::app::kContinue;
    if (parsed.exitAfterSync) {
        // Nobody looks at this window: a script waits for the verdict.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        return pms::app::kContinue;
    }
    return ctx.fail(QCoreApplication::translate("pms::app::DemoCommand", "There is no display to show the demo on (DISPLAY is not set): run ./scripts/demo.sh, "
                           "which starts a virtual one, or add --exit-after-sync to run it offscreen."),
                    pms::app::exitcode::Failed);
}

int runDemo(pms::app::CliContext &ctx)
{
    DemoArgs parsed;
    if (const int code = parseDemo(ctx, &parsed); code != pms::app::kContinue)
        return code;
    const pms::DemoLauncher::Options &options = parsed.options;
    const bool exitAfterSync = parsed.exitAfterSync;

    // A fresh cache unless --db names one: the demo must never mix with the user's own data.
    std::unique_ptr<QTemporaryDir> tempDir;
    QString dbPath = ctx.dbPath;
    const bool dbGiven = !ctx.dbPath.isEmpty() && ctx.dbPath != pms::Database::defaultPath();
    if (!dbGiven) {
        tempDir = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("pmsbridge-demo-XXXXXX")));
        if (!tempDir->isValid())
            return ctx.fail(QStringLiteral("cannot create a temporary folder for the demo cache: %1").arg(tempDir->errorString()));
        dbPath = tempDir->filePath(QStringLiteral("cache.sqlite"));
    } else {
        QDir().mkpath(QFileInfo(dbPath).absolutePath());
    }
    // One window per cache, as for 'pmsbridge --db CACHE': a later launch on this cache (the
    // window, or another demo) brings this window forward instead of opening a second writer.
    pms::SingleInstance instance(dbPath);
    if (dbGiven && instance.activateRunning()) {
        *ctx.out << pms::app::alreadyOpenText() << Qt::endl;
        return 0;
    }
    instance.listen();
    *ctx.err << "pmsbridge: demo cache " << QDir::toNativeSeparators(dbPath) << Qt::endl;

    QApplication::setApplicationDisplayName(QStringLiteral("PMS Bridge (demo)"));
    pms::app::installDemoSimulator();
    auto session = pms::AppSession::open(dbPath);
    if (!session.ok())
        return ctx.fail(QStringLiteral("cannot open the cache %1: %2").arg(dbPath, session.errorMessage()));
    pms::AppSession &s = *session.value();

    pms::MainWindow window(s.context());
    pms::TrayIcon tray(&window, s.context().sync);
    QObject::connect(&instance, &pms::SingleInstance::activateRequested, &tray, &pms::TrayIcon::showWindow);
    auto *launcher = new pms::DemoLauncher(s.context(), &window);
    QObject::connect(launcher, &pms::DemoLauncher::ready, &window, [&window, &s](qint64 id) {
        s.reloadSchedules();
        window.setConnection(id);
        window.showPage(QStringLiteral("dashboard"));
        window.startSync(pms::SyncKind::Initial);
    });
    QObject::connect(launcher, &pms::DemoLauncher::failed, &window, [&ctx](const QString &message) {
        *ctx.err << "pmsbridge: the demo could not start: " << message << Qt::endl;
        QApplication::exit(1);
    });
    if (exitAfterSync) {
        QObject::connect(s.context().sync, &pms::SyncController::finished, &window, [&ctx](const pms::SyncOutcome &o) {
            if (o.status == QLatin1String("succeeded")) {
                *ctx.out << "demo: initial sync succeeded\n";
                ctx.out->flush();
                QApplication::exit(0);
            } else {
                *ctx.err << "pmsbridge: the demo's initial sync " << o.status << ": " << o.error << Qt::endl;
                QApplication::exit(1);
            }
        });
    }
    window.show();
    launcher->start(options);
    const int code = QApplication::exec();
    return code;
}

} // namespace

PMS_REGISTER_COMMAND(QStringLiteral("demo"), QStringLiteral("demo [--scale tiny|small|large] [--seed N]"),
                     QStringLiteral("the window on a fresh cache connected to an in-process simulator"), runDemo, true,
                     checkDemo);
