#include "SuggestionScorer.h"

#include "UnitNormaliser.h"

#include <algorithm>

namespace pms {

SuggestionScorer::BuildingProfile SuggestionScorer::buildingProfile(const QString &building)
{
    BuildingProfile p;
    p.tokens = UnitNormaliser::buildingTokens(building);
    p.streetKey = UnitNormaliser::streetKey(building);
    p.code = p.streetKey.isEmpty() && UnitNormaliser::isBuildingCode(building);
    return p;
}

SuggestionScorer::PropertyProfile SuggestionScorer::propertyProfile(const QString &propertyName,
                                                                    const QString &propertyAddress,
                                                                    const QString &unitAddress)
{
    PropertyProfile p;
    p.nameTokens = UnitNormaliser::buildingTokens(propertyName);
    p.propertyStreetKey = UnitNormaliser::streetKey(propertyAddress);
    p.unitStreetKey = UnitNormaliser::streetKey(unitAddress);
    return p;
}

double SuggestionScorer::nameScore(NameMatch match)
{
    switch (match) {
    case NameMatch::Exact: return 1.0;
    case NameMatch::Address: return 0.9;
    case NameMatch::CodeOneSide: return 0.85;
    case NameMatch::CodeBoth: return 0.75;
    case NameMatch::None: break;
    }
    return 0.0;
}

double SuggestionScorer::dice(const QStringList &a, const QStringList &b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0.0;
    int common = 0;
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        const int c = a.at(i).compare(b.at(j));
        if (c == 0) {
            ++common;
            ++i;
            ++j;
        } else if (c < 0) {
            ++i;
        } else {
            ++j;
        }
    }
    return 2.0 * common / double(a.size() + b.size());
}

SuggestionScorer::BuildingScore SuggestionScorer::buildingScore(const BuildingProfile &b, const PropertyProfile &p)
{
    if (!b.streetKey.isEmpty() && (b.streetKey == p.propertyStreetKey || b.streetKey == p.unitStreetKey))
        return {1.0, BuildingMatch::Same};
    if (b.code)
        return {0.3, BuildingMatch::Unknown};
    if (!b.tokens.isEmpty() && b.tokens == p.nameTokens)
        return {1.0, BuildingMatch::Same};
    // Numbers name buildings: "Maple Court 3" is not "Maple Court 4", however many words match.
    auto numbers = [](const QStringList &tokens) {
        QStringList out;
        for (const QString &t : tokens)
            if (!t.isEmpty() && t.at(0).isDigit())
                out.append(t);
        return out;
    };
    const QStringList bNumbers = numbers(b.tokens), pNumbers = numbers(p.nameTokens);
    if (!bNumbers.isEmpty() && !pNumbers.isEmpty() && dice(bNumbers, pNumbers) == 0.0)
        return {0.0, BuildingMatch::Contradicts};
    double best = dice(b.tokens, p.nameTokens);
    // A building named after its street ("Oak Street Building") shares words with the address.
    for (const QString *street : {&p.propertyStreetKey, &p.unitStreetKey}) {
        if (street->isEmpty())
            continue;
        QStringList words = street->split(QLatin1Char(' '));
        words.removeFirst(); // the house number says nothing on its own
        std::sort(words.begin(), words.end());
        best = std::max(best, dice(b.tokens, words));
    }
    if (best <= 0.0)
        return {0.0, BuildingMatch::Contradicts};
    return {0.8 * best, BuildingMatch::Partial};
}

SuggestionScorer::BuildingScore SuggestionScorer::buildingScore(const QString &building, const QString &propertyName,
                                                                const QString &propertyAddress,
                                                                const QString &unitAddress)
{
    return buildingScore(buildingProfile(building), propertyProfile(propertyName, propertyAddress, unitAddress));
}

SuggestionScorer::BuildingScore SuggestionScorer::learnedScore(double share)
{
    return {0.9 * std::clamp(share, 0.0, 1.0), BuildingMatch::Learned};
}

double SuggestionScorer::floorFactor(std::optional<int> pmsFloor, std::optional<int> platformFloor)
{
    return pmsFloor && platformFloor && *pmsFloor != *platformFloor ? 0.9 : 1.0;
}

double SuggestionScorer::raw(NameMatch name, double building, double floor)
{
    return nameScore(name) * (0.55 + 0.45 * std::clamp(building, 0.0, 1.0)) * floor;
}

double SuggestionScorer::confidence(double raw, int unitTies, int platformUnitTies)
{
    return raw / double(std::max(1, unitTies) * std::max(1, platformUnitTies));
}

} // namespace pms
