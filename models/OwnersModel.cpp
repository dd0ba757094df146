#include "OwnersModel.h"

#include "storage/TableSpecs.h"

namespace pms {

OwnersModel::OwnersModel(const QString &dbPath, QObject *parent)
    : SqlTableModel(TableSpecs::owners(), dbPath, parent)
{
    setColumnTexts({
        { "name", QT_TR_NOOP("Name"), 28 },
        { "email", QT_TR_NOOP("Email"), 30 },
        { "phone", QT_TR_NOOP("Phone"), 15 },
        { "address", QT_TR_NOOP("Address"), 24 },
        { "city", QT_TR_NOOP("City"), 14 },
        { "state", QT_TR_NOOP("State"), 6 },
        { "postal_code", QT_TR_NOOP("Postal code"), 10 },
        { "external_ref", QT_TR_NOOP("External ref"), 12 },
        { "notes", QT_TR_NOOP("Notes"), 30 },
        { "imported_at", QT_TR_NOOP("Imported"), 16 },
        { "id", QT_TR_NOOP("ID"), 6 },
    });
}

} // namespace pms
