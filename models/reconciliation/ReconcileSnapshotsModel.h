#pragma once

#include "storage/ReconciliationRepository.h"

#include <QAbstractTableModel>

namespace pms {

/// Recent reconciliation snapshots (a short list: the newest 200), newest first.
class ReconcileSnapshotsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { When, Trigger, Status, Checked, Deactivated, ColumnCount };
    enum Role { SnapshotIdRole = Qt::UserRole + 1, StatusRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QList<ReconcileSnapshotRow> &rows);
    const QList<ReconcileSnapshotRow> &rows() const { return m_rows; }
    /// The row of snapshot @p id, -1 when not listed.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(const QString &status);
    static QString triggerText(const QString &trigger);

private:
    QList<ReconcileSnapshotRow> m_rows;
};

} // namespace pms
