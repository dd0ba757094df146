#include "DataScreenResources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE declares a function, so it must be used outside any namespace.
static void initResourcesQrc()
{
    Q_INIT_RESOURCE(resources);
}

namespace pms {

void initDataScreenResources()
{
    static const bool done = [] {
        initResourcesQrc();
        return true;
    }();
    Q_UNUSED(done)
}

} // namespace pms
