#include "DemoSimulator.h"

#include "sim/SimDemoServer.h"
#include "ui/welcome/DemoLauncher.h"

namespace pms::app {

void installDemoSimulator()
{
    DemoLauncher::setSimulatorStarter(
        [](const DemoLauncher::Options &options, QObject *owner, DemoLauncher::SimulatorDone done) -> QObject * {
            sim::SimOptions simOptions;
            simOptions.scale = sim::parseScale(options.scale).value_or(sim::Scale::Small);
            simOptions.seed = options.seed;
            simOptions.live = options.live;
            simOptions.pms = options.pms == QLatin1String("buildium") ? sim::SimPms::Buildium : sim::SimPms::Propertyware;
            return sim::SimDemoServer::start(simOptions, owner, std::move(done));
        });
}

} // namespace pms::app
