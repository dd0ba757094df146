#include "VendorsModel.h"

#include "storage/TableSpecs.h"

namespace pms {

VendorsModel::VendorsModel(const QString &dbPath, QObject *parent)
    : SqlTableModel(TableSpecs::vendors(), dbPath, parent)
{
    setColumnTexts({
        { "name", QT_TR_NOOP("Name"), 28 },
        { "trade", QT_TR_NOOP("Trade"), 14 },
        { "email", QT_TR_NOOP("Email"), 30 },
        { "phone", QT_TR_NOOP("Phone"), 15 },
        { "city", QT_TR_NOOP("City"), 14 },
        { "state", QT_TR_NOOP("State"), 6 },
        { "insurance_expires", QT_TR_NOOP("Insurance expires"), 12 },
        { "external_ref", QT_TR_NOOP("External ref"), 12 },
        { "address", QT_TR_NOOP("Address"), 24 },
        { "postal_code", QT_TR_NOOP("Postal code"), 10 },
        { "notes", QT_TR_NOOP("Notes"), 30 },
        { "imported_at", QT_TR_NOOP("Imported"), 16 },
        { "id", QT_TR_NOOP("ID"), 6 },
    });
}

} // namespace pms
