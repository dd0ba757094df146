#include "ReconcileItemsModel.h"

#include <QLocale>

namespace pms {

namespace {
QString oneLine(QString s)
{
    s.replace(QLatin1String("\r\n"), QLatin1String(", "));
    s.replace(QLatin1Char('\n'), QLatin1String(", "));
    return s.replace(QLatin1Char('\t'), QLatin1Char(' ')).trimmed();
}
} // namespace

void ReconcileItemsModel::setRows(const QList<ReconcileItemRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

bool ReconcileItemsModel::isRestorable(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return false;
    const ReconcileItemRow &r = m_rows.at(row);
    return r.action == QLatin1String("deactivated") && r.unitId > 0 && !r.unitActive;
}

int ReconcileItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReconcileItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReconcileItemsModel::actionText(const QString &action)
{
    if (action == QLatin1String("deactivated"))
        return tr("Deactivated");
    if (action == QLatin1String("would_deactivate"))
        return tr("Would deactivate");
    if (action == QLatin1String("reappeared"))
        return tr("Back in the PMS");
    if (action == QLatin1String("restored"))
        return tr("Restored");
    return action;
}

QVariant ReconcileItemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ReconcileItemRow &r = m_rows.at(index.row());
    switch (role) {
    case UnitIdRole:
        return r.unitId;
    case ActionRole:
        return r.action;
    case RestorableRole:
        return isRestorable(index.row());
    case Qt::DisplayRole:
        switch (index.column()) {
        case Property:
            return r.propertyName.isEmpty() ? tr("Building %1").arg(r.pmsPropertyId) : r.propertyName;
        case Unit:
            return r.unitName;
        case Address:
            return oneLine(r.address);
        case When:
            return QLocale().toString(r.at.toLocalTime(), QLocale::ShortFormat);
        case Action:
            return actionText(r.action);
        case Now:
            return r.unitId == 0 ? tr("Removed") : (r.unitActive ? tr("Active") : tr("Inactive"));
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Address)
            return r.address;
        if (index.column() == Unit || index.column() == Property)
            return tr("PMS unit %1 in PMS building %2").arg(r.pmsUnitId).arg(r.pmsPropertyId);
        break;
    default:
        break;
    }
    return {};
}

QVariant ReconcileItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case When:
        return tr("When");
    case Action:
        return tr("What happened");
    case Now:
        return tr("Now");
    }
    return {};
}

} // namespace pms
