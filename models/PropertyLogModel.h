#pragma once

#include "models/SqlTableModel.h"

namespace pms {

/// A property's log (property_log): deactivations, manual switches, edits (R14).
class PropertyLogModel : public SqlTableModel
{
    Q_OBJECT
public:
    explicit PropertyLogModel(const QString &dbPath, QObject *parent = nullptr);
    QVariant format(const QVariantList &values, int column, int role) const override;
};

} // namespace pms
