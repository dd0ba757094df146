#pragma once

#include "models/SqlTableModel.h"

namespace pms {

/// Work orders (R12): sync state with an icon and the failure as tooltip, the unlinked flag (R6).
class WorkOrdersModel : public SqlTableModel
{
    Q_OBJECT
public:
    explicit WorkOrdersModel(const QString &dbPath, QObject *parent = nullptr);
    QVariant format(const QVariantList &values, int column, int role) const override;

    static QString syncStateLabel(const QString &state);
    static QString syncStateIcon(const QString &state);   // icon name for ModelIcons
    static QString priorityLabel(const QString &priority);

private:
    int m_syncState;
    int m_linked;
    int m_priority;
    int m_description;
};

} // namespace pms
