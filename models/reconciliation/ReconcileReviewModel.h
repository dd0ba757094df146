#pragma once

#include "storage/ReconciliationQueries.h"

#include <QAbstractTableModel>

namespace pms {

/// Units reconciliation deactivated that the PMS lists again: they stay inactive until someone
/// restores them or keeps them deactivated.
class ReconcileReviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Property, Unit, Address, DeactivatedAt, ColumnCount };
    enum Role { UnitIdRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QList<ReconciliationQueries::ReviewRow> &rows);
    const QList<ReconciliationQueries::ReviewRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ReconciliationQueries::ReviewRow> m_rows;
};

} // namespace pms
