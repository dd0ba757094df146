#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace pms {

class UnitMappingModel;
struct PlatformUnitRow;

/// The platform units list next to the mapping editor (R17): name, building, floor, external
/// reference and the PMS unit each is mapped to. A view of the UnitMappingModel's platform units,
/// so a mapping edit shows here at once; sort and filter with a QSortFilterProxyModel.
class PlatformUnitModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, BuildingColumn, FloorColumn, ExternalRefColumn, MappedToColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, MappedUnitIdRole };

    explicit PlatformUnitModel(UnitMappingModel *source, QObject *parent = nullptr);

    const PlatformUnitRow *platformUnitAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QPointer<UnitMappingModel> m_source;
};

} // namespace pms
