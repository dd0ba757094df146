#pragma once

#include <QAbstractListModel>
#include <QPointer>

#include <vector>

namespace pms {

class UnitMappingModel;

/// What the platform-unit picker offers for one PMS unit: "no platform unit", the unit's current
/// platform unit, and every platform unit that is not mapped yet (R18), by name. Shown as
/// "A-1203 · Maple Court"; IdRole gives the platform unit id (0 for "no platform unit").
class AvailablePlatformUnitsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit AvailablePlatformUnitsModel(UnitMappingModel *source, QObject *parent = nullptr);

    /// Rebuilds the list for a unit currently mapped to @p currentPlatformUnitId (0: unmapped).
    void reset(qint64 currentPlatformUnitId);
    /// The row of a platform unit, -1 when it is not offered.
    int rowOf(qint64 platformUnitId) const;
    qint64 idAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static QString label(const QString &name, const QString &building);

private:
    QPointer<UnitMappingModel> m_source;
    std::vector<int> m_rows; // indexes into the source's platform units; -1 = "no platform unit"
};

} // namespace pms
