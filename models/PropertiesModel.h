#pragma once

#include "models/SqlTableModel.h"

namespace pms {

/// Properties of the connection, with their unit count and manager (R1).
class PropertiesModel : public SqlTableModel
{
    Q_OBJECT
public:
    explicit PropertiesModel(const QString &dbPath, QObject *parent = nullptr);
    QVariant format(const QVariantList &values, int column, int role) const override;
};

} // namespace pms
