#include "PlatformUnitModel.h"

#include "UnitMappingModel.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>

namespace pms {

PlatformUnitModel::PlatformUnitModel(UnitMappingModel *source, QObject *parent)
    : QAbstractTableModel(parent), m_source(source)
{
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this, &PlatformUnitModel::beginResetModel);
    connect(source, &QAbstractItemModel::modelReset, this, &PlatformUnitModel::endResetModel);
    connect(source, &UnitMappingModel::platformUnitChanged, this, [this](qint64 id) {
        const int row = m_source->platformRow(id);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
}

const PlatformUnitRow *PlatformUnitModel::platformUnitAt(int row) const
{
    if (!m_source || row < 0 || row >= int(m_source->platformUnits().size()))
        return nullptr;
    return &m_source->platformUnits()[size_t(row)];
}

int PlatformUnitModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_source ? 0 : int(m_source->platformUnits().size());
}

int PlatformUnitModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlatformUnitModel::data(const QModelIndex &index, int role) const
{
    const PlatformUnitRow *p = platformUnitAt(index.row());
    if (!p)
        return {};
    switch (role) {
    case IdRole: return p->id;
    case MappedUnitIdRole: return p->mappedUnitId;
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return p->name;
        case BuildingColumn: return p->building;
        case FloorColumn: return p->floor;
        case ExternalRefColumn: return p->externalRef;
        case MappedToColumn:
            if (!p->mappedUnitId)
                return tr("available");
            return p->mappedPropertyName.isEmpty() ? p->mappedUnitName
                                                   : QStringLiteral("%1 · %2").arg(p->mappedUnitName, p->mappedPropertyName);
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == MappedToColumn && !p->mappedUnitId)
            return QBrush(QColor(0x1e, 0x7b, 0x34));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == MappedToColumn && p->mappedUnitId)
            return tr("Mapped to PMS unit %1").arg(p->mappedPmsUnitId);
        return {};
    default:
        return {};
    }
}

QVariant PlatformUnitModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case BuildingColumn: return tr("Building");
    case FloorColumn: return tr("Floor");
    case ExternalRefColumn: return tr("External reference");
    case MappedToColumn: return tr("Mapped to");
    }
    return {};
}

} // namespace pms
