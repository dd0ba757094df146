#pragma once

#include <QString>

namespace pms::desk {

/// The name of this desk as other desks of an office see it: $PMSBRIDGE_DESK when set, else the
/// machine's host name. Shown in "Syncing on DESK (person)" and stamped on every run it starts.
QString name();
/// Who works at this desk: $PMSBRIDGE_PERSON when set, else the operating-system user.
QString person();
/// "DESK (person)", as the status bar shows it.
QString label(const QString &desk, const QString &person);
/// The PostgreSQL application_name of a desk's team connection: every desk holds exactly one,
/// so counting them in pg_stat_activity counts the desks on a cache; the runner's is found
/// through its advisory lock. The pid tells two windows on one machine apart.
QString applicationName();
/// The desk and person back from an applicationName() (empty when @p applicationName is none).
bool parseApplicationName(const QString &applicationName, QString *desk, QString *person);

} // namespace pms::desk
