#include "ManualSwitch.h"

#include "common/Json.h"
#include "storage/Database.h"
#include "storage/ReconciliationRepository.h"

#include <QCoreApplication>

namespace pms {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("pms::ManualSwitch", text);
}
} // namespace

Result<ManualSwitch::Change> ManualSwitch::set(
    Database &db, qint64 connectionId, Target target, qint64 pmsId, bool disable, const QDateTime &nowUtc)
{
    const QString now = json::formatDateTime(nowUtc);
    ReconciliationRepository repo(db);
    Transaction tx(db);
    if (!tx.ok())
        return tx.status().error();
    auto found = target == Target::Unit ? repo.findUnit(connectionId, pmsId)
                                        : repo.findProperty(connectionId, pmsId);
    if (!found.ok())
        return found.error();
    const auto &t = found.value();
    Change c;
    c.name = t.name;
    if (t.disabledByUser == disable) {
        c.activeNow = t.active;
        return c;
    }
    Status s = target == Target::Unit ? repo.setUnitDisabled(t.id, disable, now)
                                      : repo.setPropertyDisabled(t.id, disable, now);
    if (!s.ok())
        return s.error();
    c.changed = true;
    c.activeNow = disable ? false : t.pmsActive;
    QString message;
    const QString name = t.name.isEmpty() ? tr("(no name)") : t.name;
    if (target == Target::Unit) {
        message = disable
            ? tr("Unit \u201c%1\u201d (PMS id %2) disabled by hand; syncs and reconciliation will not "
                 "re-activate it.")
            : (t.pmsActive ? tr("Unit \u201c%1\u201d (PMS id %2) enabled by hand.")
                           : tr("Unit \u201c%1\u201d (PMS id %2) enabled by hand; it stays inactive "
                                "because the PMS lists it as inactive."));
    } else {
        message = disable
            ? tr("Property \u201c%1\u201d (PMS id %2) disabled by hand; syncs will not re-activate it.")
            : (t.pmsActive ? tr("Property \u201c%1\u201d (PMS id %2) enabled by hand.")
                           : tr("Property \u201c%1\u201d (PMS id %2) enabled by hand; it stays inactive "
                                "because the PMS lists it as inactive."));
    }
    const qint64 unitId = target == Target::Unit ? t.id : 0;
    if (Status l = repo.logProperty(t.propertyId, unitId, now,
            disable ? QStringLiteral("disabled") : QStringLiteral("enabled"), message.arg(name).arg(pmsId));
        !l.ok())
        return l.error();
    if (Status cs = tx.commit(); !cs.ok())
        return cs.error();
    return c;
}

} // namespace pms
