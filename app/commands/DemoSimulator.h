#pragma once

namespace pms::app {

/// Wires the demo: gives the window's DemoLauncher (ui) the in-process simulator (sim). The app
/// is the only layer that knows both; the window and `demo` commands call this before they start.
void installDemoSimulator();

} // namespace pms::app
