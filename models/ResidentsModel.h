#pragma once

#include "models/SqlTableModel.h"

namespace pms {

/// Residents on active leases (R2), with their property, unit and platform unit (R19).
class ResidentsModel : public SqlTableModel
{
    Q_OBJECT
public:
    explicit ResidentsModel(const QString &dbPath, QObject *parent = nullptr);
    QVariant format(const QVariantList &values, int column, int role) const override;
};

} // namespace pms
