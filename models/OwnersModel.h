#pragma once

#include "models/SqlTableModel.h"

namespace pms {

/// Owners (R21): imported from CSV, shared by every connection.
class OwnersModel : public SqlTableModel
{
    Q_OBJECT
public:
    explicit OwnersModel(const QString &dbPath, QObject *parent = nullptr);
};

} // namespace pms
