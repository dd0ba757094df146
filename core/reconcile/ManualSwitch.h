#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QString>

namespace pms {

class Database;

/// R15's manual switch: a unit or property disabled by hand stays inactive whatever the PMS says
/// (the sync engine keeps it off, reconciliation never re-activates it) until it is enabled by hand.
/// Each change is logged on the property.
class ManualSwitch
{
public:
    enum class Target { Unit, Property };

    struct Change
    {
        bool changed = false; // false: it already was in that state
        QString name; // the unit's or property's name
        bool activeNow = false; // enabling follows the PMS's state, which may be inactive
    };

    /// Disables (@p disable true) or enables the unit or property with PMS id @p pmsId of the connection.
    static Result<Change> set(
        Database &db, qint64 connectionId, Target target, qint64 pmsId, bool disable, const QDateTime &now);
};

} // namespace pms
