#pragma once

#include "domain/MappingTypes.h"

#include <QStringList>

#include <optional>

namespace pms {

/// The confidence of a suggested mapping, in [0, 1]. Documented here because users see it.
///
///     raw        = name × (0.55 + 0.45 × building) × floor
///     confidence = raw / (ties among this PMS unit's candidates × ties among this platform unit's)
///
/// name (how the unit names match, after UnitNormaliser):
///     1.00 same unit key ("Apt 12-03" = "1203" = "#12-03")
///     0.90 the platform unit is named after the PMS unit's street address ("123 Oak St")
///     0.85 same once a building code is removed on one side ("A-1203" ~ "1203")
///     0.75 same once building codes are removed on both sides ("A-1203" ~ "MC-1203")
/// building (the platform unit's `building` against the PMS property's name and address, and the
/// PMS unit's own street address):
///     1.00 same distinctive words as the property name ("Maple Court" = "The Maple Court
///          Apartments") or the same street address ("123 Oak St" = "123 Oak Street")
///     0.90 × share  learned: that share of this property's mapped units are in this building
///     0.80 × Dice   some words in common (Dice coefficient of the word sets), unless both
///                   names carry numbers and none is shared ("Maple Court 3" vs "Maple Court 4")
///     0.30 unknown: no building, or only a code ("A", "Building 2")
///     0.00 a named building that is not this property
/// floor: 0.9 when both sides give a floor and they differ, else 1.
/// ties: how many candidates score within 0.02 of this pair's raw score or better, counted once
/// for the PMS unit and once for the platform unit, so two equally good answers halve the
/// confidence and twenty make it negligible.
///
/// Examples: same key in the same building 1.00; building code removed, same building 0.85;
/// same key, no building 0.69; same key, other building 0.55; same key in two unknown buildings
/// 0.34. Suggestions below MinimumConfidence are not offered.
class SuggestionScorer
{
public:
    static constexpr double MinimumConfidence = 0.2;
    static constexpr double TieEpsilon = 0.02;

    /// A platform unit's building, prepared once.
    struct BuildingProfile
    {
        QStringList tokens; // UnitNormaliser::buildingTokens
        QString streetKey;
        bool code = true;   // empty or only a code: cannot be compared
    };
    /// A PMS unit's property and address, prepared once per property.
    struct PropertyProfile
    {
        QStringList nameTokens;
        QString propertyStreetKey;
        QString unitStreetKey;
    };
    struct BuildingScore
    {
        double value = 0.3;
        BuildingMatch match = BuildingMatch::Unknown;
    };

    static BuildingProfile buildingProfile(const QString &building);
    static PropertyProfile propertyProfile(const QString &propertyName, const QString &propertyAddress,
                                           const QString &unitAddress);

    static double nameScore(NameMatch match);
    /// How a building fits a property, without what was learned from existing mappings.
    static BuildingScore buildingScore(const BuildingProfile &building, const PropertyProfile &property);
    /// Convenience for tests and one-off checks.
    static BuildingScore buildingScore(const QString &building, const QString &propertyName,
                                       const QString &propertyAddress, const QString &unitAddress = {});
    /// @p share: the share (0..1] of the property's mapped units that are in this building.
    static BuildingScore learnedScore(double share);
    /// Floor factor: 0.9 when both are known and differ.
    static double floorFactor(std::optional<int> pmsFloor, std::optional<int> platformFloor);
    static double raw(NameMatch name, double building, double floor = 1.0);
    static double confidence(double raw, int unitTies, int platformUnitTies);
    /// The Dice coefficient of two sorted word lists.
    static double dice(const QStringList &a, const QStringList &b);
};

} // namespace pms
