#pragma once

#include "models/SqlTableModel.h"

namespace pms {

/// Units, usually of one property (value filter "property_id"), with their platform unit.
class UnitsModel : public SqlTableModel
{
    Q_OBJECT
public:
    explicit UnitsModel(const QString &dbPath, QObject *parent = nullptr);
    QVariant format(const QVariantList &values, int column, int role) const override;
};

} // namespace pms
