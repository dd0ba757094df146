#pragma once

namespace pms {

/// A hidden test hook for crash-safety tests: with PMSBRIDGE_CRASH_AT="NAME:N" in the environment
/// the process kills itself with SIGKILL (as `kill -9` would) the N-th time it passes the point
/// NAME (N defaults to 1). Points: "after-page" (a sync page was committed), "after-post" (the PMS
/// answered POST /workorders, before the answer is recorded), "import-row" (a row of an import was
/// written inside its transaction). Without the variable it costs one comparison.
void crashPoint(const char *name);

} // namespace pms
