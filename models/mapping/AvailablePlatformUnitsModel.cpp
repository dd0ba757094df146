#include "AvailablePlatformUnitsModel.h"

#include "UnitMappingModel.h"

#include "models/NaturalSort.h"
#include <QCoreApplication>

#include <algorithm>

namespace pms {

AvailablePlatformUnitsModel::AvailablePlatformUnitsModel(UnitMappingModel *source, QObject *parent)
    : QAbstractListModel(parent), m_source(source)
{
}

QString AvailablePlatformUnitsModel::label(const QString &name, const QString &building)
{
    return building.isEmpty() ? name : name + QStringLiteral(" · ") + building;
}

void AvailablePlatformUnitsModel::reset(qint64 currentPlatformUnitId)
{
    beginResetModel();
    m_rows.clear();
    if (m_source) {
        const std::vector<PlatformUnitRow> &all = m_source->platformUnits();
        m_rows.reserve(all.size() + 1);
        m_rows.push_back(-1);
        std::vector<int> offered;
        offered.reserve(all.size());
        for (size_t i = 0; i < all.size(); ++i)
            if (all[i].mappedUnitId == 0 || all[i].id == currentPlatformUnitId)
                offered.push_back(int(i));
        std::sort(offered.begin(), offered.end(), [&](int a, int b) {
            const PlatformUnitRow &pa = all[size_t(a)], &pb = all[size_t(b)];
            const int c = naturalCompare(pa.name, pb.name);
            if (c != 0)
                return c < 0;
            const int cb = naturalCompare(pa.building, pb.building);
            return cb != 0 ? cb < 0 : pa.id < pb.id;
        });
        m_rows.insert(m_rows.end(), offered.begin(), offered.end());
    }
    endResetModel();
}

int AvailablePlatformUnitsModel::rowOf(qint64 platformUnitId) const
{
    if (!m_source)
        return -1;
    if (platformUnitId == 0)
        return 0;
    const int p = m_source->platformRow(platformUnitId);
    const auto it = std::find(m_rows.begin(), m_rows.end(), p);
    return p < 0 || it == m_rows.end() ? -1 : int(it - m_rows.begin());
}

qint64 AvailablePlatformUnitsModel::idAt(int row) const
{
    if (!m_source || row < 0 || row >= int(m_rows.size()) || m_rows[size_t(row)] < 0)
        return 0;
    return m_source->platformUnits()[size_t(m_rows[size_t(row)])].id;
}

int AvailablePlatformUnitsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AvailablePlatformUnitsModel::data(const QModelIndex &index, int role) const
{
    if (!m_source || !index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const int p = m_rows[size_t(index.row())];
    if (role == IdRole)
        return idAt(index.row());
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    if (p < 0)
        return QCoreApplication::translate("pms::AvailablePlatformUnitsModel", "(no platform unit)");
    const PlatformUnitRow &pu = m_source->platformUnits()[size_t(p)];
    if (role == Qt::ToolTipRole && !pu.floor.isEmpty())
        return QCoreApplication::translate("pms::AvailablePlatformUnitsModel", "%1, floor %2")
            .arg(label(pu.name, pu.building), pu.floor);
    return label(pu.name, pu.building);
}

} // namespace pms
