#include "SyncTypes.h"

#include <QCoreApplication>

namespace pms {

QString syncKindName(SyncKind kind)
{
    switch (kind) {
    case SyncKind::Initial: return QStringLiteral("initial");
    case SyncKind::Incremental: return QStringLiteral("incremental");
    case SyncKind::PropertiesResidents: return QStringLiteral("properties_residents");
    case SyncKind::Leases: return QStringLiteral("leases");
    case SyncKind::Push: return QStringLiteral("push");
    case SyncKind::Reconciliation: return QStringLiteral("reconciliation");
    }
    return {};
}

std::optional<SyncKind> syncKindFromName(const QString &name)
{
    for (SyncKind k : {SyncKind::Initial, SyncKind::Incremental, SyncKind::PropertiesResidents, SyncKind::Leases,
                       SyncKind::Push, SyncKind::Reconciliation})
        if (syncKindName(k) == name)
            return k;
    return std::nullopt;
}

QString syncKindTitle(SyncKind kind)
{
    switch (kind) {
    case SyncKind::Initial: return QCoreApplication::translate("pms::Sync", "Initial sync");
    case SyncKind::Incremental: return QCoreApplication::translate("pms::Sync", "Incremental sync");
    case SyncKind::PropertiesResidents: return QCoreApplication::translate("pms::Sync", "Properties and residents");
    case SyncKind::Leases: return QCoreApplication::translate("pms::Sync", "Leases");
    case SyncKind::Push: return QCoreApplication::translate("pms::Sync", "Work-order push");
    case SyncKind::Reconciliation: return QCoreApplication::translate("pms::Sync", "Reconciliation");
    }
    return {};
}

} // namespace pms
