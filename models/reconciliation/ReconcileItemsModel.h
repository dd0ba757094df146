#pragma once

#include "storage/ReconciliationRepository.h"

#include <QAbstractTableModel>

namespace pms {

/// The units of one snapshot: property, unit, address, when, what happened, and the unit's state now.
class ReconcileItemsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Property, Unit, Address, When, Action, Now, ColumnCount };
    enum Role { UnitIdRole = Qt::UserRole + 1, ActionRole, RestorableRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QList<ReconcileItemRow> &rows);
    const QList<ReconcileItemRow> &rows() const { return m_rows; }
    /// A 'deactivated' item whose unit is still inactive: Restore applies.
    bool isRestorable(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString actionText(const QString &action);

private:
    QList<ReconcileItemRow> m_rows;
};

} // namespace pms
