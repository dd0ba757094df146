#include "CrashPoint.h"

#include <QByteArray>
#include <QtGlobal>

#include <atomic>
#include <csignal>

namespace pms {

namespace {

struct Plan
{
    QByteArray name;
    int at = 1;
};

const Plan &plan()
{
    static const Plan p = [] {
        Plan out;
        const QByteArray spec = qgetenv("PMSBRIDGE_CRASH_AT").trimmed();
        const qsizetype colon = spec.indexOf(':');
        out.name = colon < 0 ? spec : spec.left(colon);
        if (colon >= 0)
            out.at = std::max(1, spec.mid(colon + 1).toInt());
        return out;
    }();
    return p;
}

std::atomic<int> s_passes{0};

} // namespace

void crashPoint(const char *name)
{
    const Plan &p = plan();
    if (p.name.isEmpty() || p.name != name)
        return;
    if (++s_passes >= p.at)
        std::raise(SIGKILL);
}

} // namespace pms
