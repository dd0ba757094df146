#pragma once

#include <QMetaType>
#include <QString>

#include <optional>
#include <vector>

namespace pms {

/// One PMS unit as the Unit Mapping editor and the suggester see it (a row of `units` with its
/// property and its mapping, if any).
struct PmsUnitRow
{
    qint64 unitId = 0;        // units.id
    qint64 pmsId = 0;         // units.pms_id
    qint64 connectionId = 0;
    qint64 propertyId = 0;    // 0 when the unit has no property in the cache
    QString propertyName;
    QString propertyAddress;  // street line of the property
    QString unitName;         // local name when the user set one, else the PMS name
    QString address;          // the unit's own address line ("123 Oak St, Unit 1203")
    std::optional<int> floor;
    bool active = true;
    // The mapping (platformUnitId == 0: unmapped).
    qint64 platformUnitId = 0;
    QString platformUnitName;
    QString method;           // manual, suggestion, import, cli
    std::optional<double> confidence;
};

/// One platform unit with the PMS unit it is mapped to, if any.
struct PlatformUnitRow
{
    qint64 id = 0;
    QString name;
    QString building;
    QString floor;
    QString externalRef;
    qint64 mappedUnitId = 0;  // units.id, 0 when available
    qint64 mappedPmsUnitId = 0;
    QString mappedUnitName;
    QString mappedPropertyName;
};

/// Why a suggestion was made: how the unit names matched ...
enum class NameMatch : quint8 {
    None,
    Exact,       // same normalised name ("Apt 12-03" = "1203")
    Address,     // the platform unit is named after the PMS unit's street address
    CodeOneSide, // equal once a building code is removed on one side ("A-1203" ~ "1203")
    CodeBoth     // equal once building codes are removed on both sides ("A-1203" ~ "MC-1203")
};

/// ... and how the platform unit's building matched the PMS unit's property.
enum class BuildingMatch : quint8 {
    Contradicts, // the platform unit names a building that is not this property
    Unknown,     // no building, or only a code ("A", "Bldg 2") that cannot be compared
    Partial,     // some words in common with the property name or address
    Learned,     // other units of this property are already mapped into that building
    Same         // the property's name or street address
};

/// A suggested mapping with its confidence in [0, 1] (see SuggestionScorer for the scoring).
struct Suggestion
{
    qint64 unitId = 0;
    qint64 platformUnitId = 0;
    double confidence = 0;
    NameMatch nameMatch = NameMatch::None;
    BuildingMatch buildingMatch = BuildingMatch::Unknown;
};

/// The state of one PMS unit's mapping: platformUnitId 0 means unmapped.
struct MappingState
{
    qint64 platformUnitId = 0;
    QString method;                 // manual, suggestion, import, cli
    std::optional<double> confidence;

    bool mapped() const { return platformUnitId != 0; }
    bool operator==(const MappingState &o) const
    {
        return platformUnitId == o.platformUnitId && (platformUnitId == 0 || (method == o.method && confidence == o.confidence));
    }
};

/// One edit of a mapping, undoable: apply `after`, or `before` to undo.
struct MappingChange
{
    qint64 unitId = 0;
    MappingState before;
    MappingState after;

    MappingChange reversed() const { return {unitId, after, before}; }
};

} // namespace pms

Q_DECLARE_METATYPE(pms::Suggestion)
