#pragma once

#include "models/SqlTableModel.h"

namespace pms {

/// Leases (R8).
class LeasesModel : public SqlTableModel
{
    Q_OBJECT
public:
    explicit LeasesModel(const QString &dbPath, QObject *parent = nullptr);
    QVariant format(const QVariantList &values, int column, int role) const override;
};

} // namespace pms
