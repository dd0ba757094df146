#pragma once

#include "domain/MappingTypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <vector>

namespace pms {

/// The Unit Mapping editor's table (R18): every PMS unit with its property, name, address,
/// mapped platform unit, suggested platform unit and confidence.
///
/// An in-memory snapshot (loaded off the GUI thread by the page) with its own filter and sort,
/// so picking a platform unit updates one row without a reload and rows never jump away while
/// the user works: the filter is re-evaluated only when it changes. 50,000 rows filter and sort
/// in a few milliseconds.
///
/// The model never writes to the cache: an edit in the platform-unit column emits
/// mappingRequested(); whoever owns the undo stack writes it and then calls applyChange().
class UnitMappingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PropertyColumn, UnitColumn, AddressColumn, MappedColumn, SuggestedColumn, ConfidenceColumn, ColumnCount };
    enum Role {
        UnitIdRole = Qt::UserRole + 1,  // units.id
        PlatformUnitIdRole,             // mapped platform unit id, 0 when unmapped
        SuggestedPlatformUnitIdRole,    // 0 when there is no (usable) suggestion
        ConfidenceRole,                 // double, the suggestion's confidence (or the mapping's)
        SortRole
    };
    enum class Filter { All, Unmapped, Mapped, HasSuggestion };
    Q_ENUM(Filter)

    explicit UnitMappingModel(QObject *parent = nullptr);

    /// Replaces everything (a reload). Suggestions are kept for units that still exist.
    void setSnapshot(std::vector<PmsUnitRow> units, std::vector<PlatformUnitRow> platformUnits);
    void setSuggestions(const std::vector<Suggestion> &suggestions);

    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }
    /// 0: every property.
    void setPropertyFilter(qint64 propertyId);
    qint64 propertyFilter() const { return m_propertyId; }
    /// Words separated by spaces; each must appear in the property, unit, address or a platform unit name.
    void setSearch(const QString &text);
    QString search() const { return m_search; }

    /// After a mapping change was written: updates the unit's row and the platform units' state.
    void applyChange(qint64 unitId, const MappingState &state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Editing the platform-unit column (value: a platform unit id, 0 to remove) emits
    /// mappingRequested() and returns false: the row changes once the edit is written.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const PmsUnitRow *unitAt(int row) const;
    /// The visible row of a unit, -1 when it is filtered out or unknown.
    int rowOfUnit(qint64 unitId) const;
    const PmsUnitRow *unit(qint64 unitId) const;
    /// The suggestion shown for a row: only for an unmapped unit whose suggested platform unit is
    /// still available.
    std::optional<Suggestion> suggestionAt(int row) const;
    /// Every visible suggestion with confidence >= @p threshold, best first (accept-all).
    QList<Suggestion> suggestionsAtOrAbove(double threshold) const;

    /// Every PMS unit of the snapshot (filtered or not), with its current mapping.
    const std::vector<PmsUnitRow> &units() const { return m_rows; }
    const std::vector<PlatformUnitRow> &platformUnits() const { return m_platform; }
    const PlatformUnitRow *platformUnit(qint64 id) const;
    int platformRow(qint64 id) const { return m_platformIndex.value(id, -1); }
    /// Properties present in the snapshot (id, name), by name.
    QList<QPair<qint64, QString>> properties() const;

    int totalUnits() const { return int(m_rows.size()); }
    int mappedUnits() const { return m_mappedCount; }
    int availablePlatformUnits() const;
    int suggestionCount() const;

    static QString describeSuggestion(const Suggestion &s);

Q_SIGNALS:
    void mappingRequested(qint64 unitId, qint64 platformUnitId);
    /// A platform unit was mapped or unmapped (PlatformUnitModel listens).
    void platformUnitChanged(qint64 platformUnitId);
    void countsChanged();

private:
    bool accepts(const PmsUnitRow &row) const;
    void rebuildVisible();
    void sortVisible();
    void sortVisibleRows();
    QString platformName(qint64 id) const;
    void emitRowChanged(qint64 unitId);

    std::vector<PmsUnitRow> m_rows;
    std::vector<PlatformUnitRow> m_platform;
    QHash<qint64, int> m_rowIndex;       // unit id -> index in m_rows
    QHash<qint64, int> m_platformIndex;  // platform unit id -> index in m_platform
    QHash<qint64, Suggestion> m_suggestions;      // unit id -> suggestion
    QHash<qint64, qint64> m_suggestedTo;          // platform unit id -> unit id
    std::vector<int> m_visible;          // indexes into m_rows, in display order
    std::vector<int> m_visibleRow;       // index into m_rows -> visible row, -1 when filtered out
    Filter m_filter = Filter::All;
    qint64 m_propertyId = 0;
    QString m_search;
    QStringList m_searchWords;
    int m_sortColumn = PropertyColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_mappedCount = 0;
};

} // namespace pms
