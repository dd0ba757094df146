#pragma once

#include "models/SqlTableModel.h"

namespace pms {

/// Why a PMS record did not sync (sync_exclusions), searchable.
class SyncExclusionsModel : public SqlTableModel
{
    Q_OBJECT
public:
    explicit SyncExclusionsModel(const QString &dbPath, QObject *parent = nullptr);
    QVariant format(const QVariantList &values, int column, int role) const override;

    static QString entityLabel(const QString &entity);   // "work_order" -> "Work order"
};

} // namespace pms
