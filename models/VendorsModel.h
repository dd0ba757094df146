#pragma once

#include "models/SqlTableModel.h"

namespace pms {

/// Vendors, "service providers" on screen (R21): imported from CSV, shared by every connection.
class VendorsModel : public SqlTableModel
{
    Q_OBJECT
public:
    explicit VendorsModel(const QString &dbPath, QObject *parent = nullptr);
};

} // namespace pms
