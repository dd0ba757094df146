#pragma once

namespace pms {

/// Makes the data screens' icons (resources/resources.qrc, in the static ui library) available.
/// Idempotent; every table widget calls it.
void initDataScreenResources();

} // namespace pms
