#include "PmsTypes.h"

#include <QCoreApplication>

namespace pms {

QString entityPath(PmsEntity entity)
{
    switch (entity) {
    case PmsEntity::Portfolios: return QStringLiteral("portfolios");
    case PmsEntity::Buildings: return QStringLiteral("buildings");
    case PmsEntity::Units: return QStringLiteral("units");
    case PmsEntity::Leases: return QStringLiteral("leases");
    case PmsEntity::Contacts: return QStringLiteral("contacts");
    case PmsEntity::WorkOrders: return QStringLiteral("workorders");
    case PmsEntity::Vendors: return QStringLiteral("vendors");
    }
    return {};
}

QString entityDisplayName(PmsEntity entity)
{
    switch (entity) {
    case PmsEntity::Portfolios: return QCoreApplication::translate("pms", "portfolios");
    case PmsEntity::Buildings: return QCoreApplication::translate("pms", "buildings");
    case PmsEntity::Units: return QCoreApplication::translate("pms", "units");
    case PmsEntity::Leases: return QCoreApplication::translate("pms", "leases");
    case PmsEntity::Contacts: return QCoreApplication::translate("pms", "contacts");
    case PmsEntity::WorkOrders: return QCoreApplication::translate("pms", "work orders");
    case PmsEntity::Vendors: return QCoreApplication::translate("pms", "vendors");
    }
    return {};
}

void registerPmsMetaTypes()
{
    qRegisterMetaType<pms::PmsPage>();
    qRegisterMetaType<pms::Status>();
    qRegisterMetaType<pms::Result<QJsonDocument>>();
}

} // namespace pms
