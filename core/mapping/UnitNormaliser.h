#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace pms {

/// Turns the many ways people write a unit, a building or a street into keys that compare equal.
///
/// - unitKey(): "12-03", "1203", "#12-03", "Apt 1203", "Unit 12-03", "apt. 12‑03" → "1203";
///   "Apt 12C", "12C", "12-C" → "12c". Case, accents, punctuation, dashes of every kind,
///   designator words (apt, apartment, unit, suite, ste, no, number, rm, room, flat) and leading
///   zeros do not count.
/// - coreKey(): the unit key once a short building code in front is removed ("A-1203",
///   "Bldg B 1203", "MC-1203" → "1203"); empty when the name has no such code.
/// - streetKey(): house number and street words of an address line, street type and direction
///   dropped ("123 N. Oak Street, Unit 5" → "123 oak"); empty when it does not start with a number.
/// - buildingTokens(): the distinctive words of a building or property name, sorted, without
///   filler words ("The Maple Court Apartments" → {"court", "maple"}).
///
/// All functions are pure and thread-safe; they are tuned for speed (the suggester normalises
/// 100,000 names in a few tens of milliseconds), so ASCII input skips Unicode normalisation.
class UnitNormaliser
{
public:
    /// Lower case, accents removed (NFKD), every dash character as '-'.
    static QString fold(const QString &text);
    /// The alphanumeric runs of fold(text).
    static QStringList tokens(const QString &text);

    static QString unitKey(const QString &name);
    static QString coreKey(const QString &name);
    /// unitKey() and coreKey() in one pass (what the suggester uses).
    struct UnitKeys
    {
        QString exact;
        QString core;
    };
    static UnitKeys unitKeys(const QString &name);
    static QString streetKey(const QString &address);
    static QStringList buildingTokens(const QString &name);
    /// True when a building name is only a code ("A", "Building B", "Tower 2", "B2") that cannot be
    /// compared with a property name. An empty name is a code too.
    static bool isBuildingCode(const QString &name);
    /// The first number in a floor text ("12", "Floor 12", "12th"), if any.
    static std::optional<int> floorNumber(const QString &floor);

};

} // namespace pms
