#include "ReconcileReviewModel.h"

#include <QLocale>

namespace pms {

void ReconcileReviewModel::setRows(const QList<ReconciliationQueries::ReviewRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int ReconcileReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReconcileReviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReconcileReviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const auto &r = m_rows.at(index.row());
    if (role == UnitIdRole)
        return r.unitId;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Property:
            return r.propertyName;
        case Unit:
            return r.unitName;
        case Address: {
            QString a = r.address;
            a.replace(QLatin1Char('\n'), QLatin1String(", "));
            return a;
        }
        case DeactivatedAt:
            return QLocale().toString(r.deactivatedAt.toLocalTime(), QLocale::ShortFormat);
        }
    }
    if (role == Qt::ToolTipRole)
        return tr("PMS unit %1: deactivated by reconciliation (snapshot %2), listed in the PMS again.")
            .arg(r.pmsUnitId)
            .arg(r.snapshotId);
    return {};
}

QVariant ReconcileReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Property:
        return tr("Property");
    case Unit:
        return tr("Unit");
    case Address:
        return tr("Address");
    case DeactivatedAt:
        return tr("Deactivated");
    }
    return {};
}

} // namespace pms
