#pragma once

// What app/commands/DemoSimulator.cpp does for the real app, for GUI tests that run the demo:
// the window's DemoLauncher gets the in-process simulator.
#include "sim/SimDemoServer.h"
#include "ui/welcome/DemoLauncher.h"

namespace pms::test {

inline void installDemoSimulator()
{
    DemoLauncher::setSimulatorStarter(
        [](const DemoLauncher::Options &options, QObject *owner, DemoLauncher::SimulatorDone done) -> QObject * {
            sim::SimOptions simOptions;
            simOptions.scale = sim::parseScale(options.scale).value_or(sim::Scale::Small);
            simOptions.seed = options.seed;
            simOptions.live = options.live;
            return sim::SimDemoServer::start(simOptions, owner, std::move(done));
        });
}

} // namespace pms::test
