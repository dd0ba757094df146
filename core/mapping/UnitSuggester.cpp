#include "UnitSuggester.h"

#include "SuggestionScorer.h"
#include "UnitNormaliser.h"

#include <QHash>

#include <algorithm>

namespace pms {

namespace {

using Scorer = SuggestionScorer;

struct Bucket
{
    std::vector<int> members;                 // indexes into the platform units
    QHash<int, std::vector<int>> byBuilding;  // only for big buckets
};

struct Platform
{
    int building = -1;
    std::optional<int> floor;
};

struct Context
{
    QHash<int, Scorer::BuildingScore> scores; // building -> score, only matching buildings
};

struct Candidate
{
    int platform;
    double raw;
    NameMatch name;
    BuildingMatch building;
};

struct Pair
{
    int unit;
    int platform;
    double raw;
    int unitTies;
    double confidence;
    NameMatch name;
    BuildingMatch building;
};

bool cancelled(const UnitSuggester::Options &o)
{
    return o.cancel && o.cancel->load(std::memory_order_relaxed);
}

// Tokens shared by more buildings than this say nothing about which one is meant.
constexpr size_t CommonToken = 500;

class Index
{
public:
    Index(const std::vector<PmsUnitRow> &units, const std::vector<PlatformUnitRow> &platformUnits, int smallBucket)
        : m_smallBucket(size_t(std::max(1, smallBucket)))
    {
        m_platforms.resize(platformUnits.size());
        QHash<qint64, int> indexById;
        indexById.reserve(qsizetype(platformUnits.size()));
        for (size_t i = 0; i < platformUnits.size(); ++i) {
            const PlatformUnitRow &pu = platformUnits[i];
            Platform &p = m_platforms[i];
            p.building = internBuilding(pu.building);
            p.floor = UnitNormaliser::floorNumber(pu.floor);
            indexById.insert(pu.id, int(i));
            if (pu.mappedUnitId != 0)
                continue;
            const UnitNormaliser::UnitKeys keys = UnitNormaliser::unitKeys(pu.name);
            add(m_exact, keys.exact, int(i));
            add(m_core, keys.core, int(i));
            add(m_street, UnitNormaliser::streetKey(pu.name), int(i));
        }
        for (QHash<QString, Bucket> *idx : {&m_exact, &m_core, &m_street})
            for (auto it = idx->begin(); it != idx->end(); ++it)
                if (it->members.size() > m_smallBucket)
                    for (int p : it->members)
                        it->byBuilding[m_platforms[size_t(p)].building].push_back(p);

        // Learn from the mappings there are: which buildings hold a property's mapped units.
        for (const PmsUnitRow &u : units) {
            if (u.platformUnitId == 0 || u.propertyId == 0)
                continue;
            const auto it = indexById.constFind(u.platformUnitId);
            if (it == indexById.constEnd())
                continue;
            const int b = m_platforms[size_t(*it)].building;
            m_learned[u.propertyId][b] += 1;
            m_mappedPerProperty[u.propertyId] += 1;
        }
    }

    const Bucket *bucket(const QHash<QString, Bucket> &idx, const QString &key) const
    {
        if (key.isEmpty())
            return nullptr;
        const auto it = idx.constFind(key);
        return it == idx.constEnd() ? nullptr : &*it;
    }

    const Context &context(const PmsUnitRow &u, const QString &unitStreet)
    {
        const QString key = (u.propertyId ? QString::number(u.propertyId) : u.propertyName + QLatin1Char('|')
                                 + u.propertyAddress) + QLatin1Char('#') + unitStreet;
        auto it = m_contexts.find(key);
        if (it != m_contexts.end())
            return *it;
        Context c;
        Scorer::PropertyProfile profile;
        profile.nameTokens = UnitNormaliser::buildingTokens(u.propertyName);
        profile.propertyStreetKey = UnitNormaliser::streetKey(u.propertyAddress);
        profile.unitStreetKey = unitStreet;
        QList<int> candidates;
        auto collect = [&](const QHash<QString, std::vector<int>> &idx, const QString &k) {
            const auto f = idx.constFind(k);
            if (f != idx.constEnd() && (f->size() <= CommonToken || profile.nameTokens.size() == 1))
                candidates.append(QList<int>(f->begin(), f->end()));
        };
        // Numbers and short words ("3", "of") are too common to find a building by; they still
        // count when the building is scored.
        auto distinctive = [](const QString &t) { return t.size() >= 3 && !t.at(0).isDigit(); };
        for (const QString &t : std::as_const(profile.nameTokens))
            if (distinctive(t))
                collect(m_buildingsByToken, t);
        for (const QString &s : {profile.propertyStreetKey, profile.unitStreetKey}) {
            if (s.isEmpty())
                continue;
            collect(m_buildingsByStreet, s);
            const QStringList words = s.split(QLatin1Char(' '));
            for (qsizetype i = 1; i < words.size(); ++i)
                if (distinctive(words.at(i)))
                    collect(m_buildingsByToken, words.at(i));
        }
        for (int b : std::as_const(candidates)) {
            if (c.scores.contains(b))
                continue;
            const Scorer::BuildingScore s = Scorer::buildingScore(m_buildings[size_t(b)], profile);
            if (s.match == BuildingMatch::Same || s.match == BuildingMatch::Partial)
                c.scores.insert(b, s);
        }
        if (u.propertyId) {
            const QHash<int, int> learned = m_learned.value(u.propertyId);
            const double total = m_mappedPerProperty.value(u.propertyId);
            for (auto l = learned.constBegin(); l != learned.constEnd(); ++l) {
                const Scorer::BuildingScore s = Scorer::learnedScore(double(l.value()) / total);
                if (s.value > c.scores.value(l.key(), {0.0, BuildingMatch::Contradicts}).value)
                    c.scores.insert(l.key(), s);
            }
        }
        // Only buildings about as good as the best one are worth searching: next to "Maple Court"
        // itself, "Maple Grove" is noise (and scored as another building).
        double best = 0;
        for (const Scorer::BuildingScore &s : std::as_const(c.scores))
            best = std::max(best, s.value);
        const double floor = std::max(0.25, best - 0.3);
        for (auto it = c.scores.begin(); it != c.scores.end();)
            it = it->value < floor ? c.scores.erase(it) : std::next(it);
        return *m_contexts.insert(key, c);
    }

    Scorer::BuildingScore buildingScore(const Context &c, int platform) const
    {
        const int b = m_platforms[size_t(platform)].building;
        const auto it = c.scores.constFind(b);
        if (it != c.scores.constEnd())
            return *it;
        return m_buildings[size_t(b)].code ? Scorer::BuildingScore{0.3, BuildingMatch::Unknown}
                                           : Scorer::BuildingScore{0.0, BuildingMatch::Contradicts};
    }

    // Every platform unit of @p bucket worth scoring for a unit in @p c.
    template<typename Fn>
    void scan(const Bucket *bucket, const Context &c, Fn &&fn) const
    {
        if (!bucket)
            return;
        if (bucket->members.size() <= m_smallBucket) {
            for (int p : bucket->members)
                fn(p);
            return;
        }
        for (auto it = c.scores.constBegin(); it != c.scores.constEnd(); ++it) {
            const auto f = bucket->byBuilding.constFind(it.key());
            if (f != bucket->byBuilding.constEnd())
                for (int p : *f)
                    fn(p);
        }
    }

    const Platform &platform(int i) const { return m_platforms[size_t(i)]; }

    QHash<QString, Bucket> m_exact, m_core, m_street;

private:
    static void add(QHash<QString, Bucket> &idx, const QString &key, int i)
    {
        if (!key.isEmpty())
            idx[key].members.push_back(i);
    }

    int internBuilding(const QString &name)
    {
        const auto it = m_buildingIds.constFind(name);
        if (it != m_buildingIds.constEnd())
            return *it;
        const int id = int(m_buildings.size());
        m_buildings.push_back(Scorer::buildingProfile(name));
        m_buildingIds.insert(name, id);
        const Scorer::BuildingProfile &p = m_buildings.back();
        if (!p.streetKey.isEmpty())
            m_buildingsByStreet[p.streetKey].push_back(id);
        if (!p.code)
            for (const QString &t : p.tokens)
                m_buildingsByToken[t].push_back(id);
        return id;
    }

    size_t m_smallBucket;
    std::vector<Platform> m_platforms;
    std::vector<Scorer::BuildingProfile> m_buildings;
    QHash<QString, int> m_buildingIds;
    QHash<QString, std::vector<int>> m_buildingsByToken, m_buildingsByStreet;
    QHash<qint64, QHash<int, int>> m_learned;
    QHash<qint64, int> m_mappedPerProperty;
    QHash<QString, Context> m_contexts;
};

} // namespace

std::vector<Suggestion> UnitSuggester::suggest(const std::vector<PmsUnitRow> &units,
                                               const std::vector<PlatformUnitRow> &platformUnits,
                                               const Options &options)
{
    std::vector<Suggestion> out;
    if (units.empty() || platformUnits.empty())
        return out;
    Index index(units, platformUnits, options.smallBucket);
    if (cancelled(options))
        return out;

    std::vector<Pair> pairs;
    pairs.reserve(units.size());
    std::vector<Candidate> cands;
    for (size_t ui = 0; ui < units.size(); ++ui) {
        if ((ui & 4095) == 0 && cancelled(options))
            return out;
        const PmsUnitRow &u = units[ui];
        if (u.platformUnitId != 0)
            continue;
        const auto [exact, core] = UnitNormaliser::unitKeys(u.unitName);
        const QString unitStreet = UnitNormaliser::streetKey(u.address);
        const QString nameStreet = UnitNormaliser::streetKey(u.unitName);
        if (exact.isEmpty() && unitStreet.isEmpty())
            continue;
        const Context &ctx = index.context(u, unitStreet);

        cands.clear();
        auto consider = [&](NameMatch m) {
            return [&, m](int p) {
                const Scorer::BuildingScore bs = index.buildingScore(ctx, p);
                const double raw = Scorer::raw(m, bs.value, Scorer::floorFactor(u.floor, index.platform(p).floor));
                for (Candidate &c : cands) {
                    if (c.platform == p) {
                        if (raw > c.raw)
                            c = {p, raw, m, bs.match};
                        return;
                    }
                }
                cands.push_back({p, raw, m, bs.match});
            };
        };
        index.scan(index.bucket(index.m_exact, exact), ctx, consider(NameMatch::Exact));
        index.scan(index.bucket(index.m_core, exact), ctx, consider(NameMatch::CodeOneSide));
        index.scan(index.bucket(index.m_exact, core), ctx, consider(NameMatch::CodeOneSide));
        index.scan(index.bucket(index.m_core, core), ctx, consider(NameMatch::CodeBoth));
        index.scan(index.bucket(index.m_street, unitStreet), ctx, consider(NameMatch::Address));
        if (nameStreet != unitStreet)
            index.scan(index.bucket(index.m_street, nameStreet), ctx, consider(NameMatch::Address));
        std::sort(cands.begin(), cands.end(), [](const Candidate &a, const Candidate &b) { return a.raw > b.raw; });
        size_t within = 0;
        for (size_t i = 0; i < cands.size(); ++i) {
            while (within < cands.size() && cands[within].raw >= cands[i].raw - Scorer::TieEpsilon)
                ++within;
            const int ties = int(within);
            if (Scorer::confidence(cands[i].raw, ties, 1) < options.minimumConfidence)
                break; // the rest score lower still
            pairs.push_back({int(ui), cands[i].platform, cands[i].raw, ties, 0.0, cands[i].name, cands[i].building});
        }
    }

    // Ties on the platform side: how many PMS units want this platform unit about as much.
    std::sort(pairs.begin(), pairs.end(), [](const Pair &a, const Pair &b) {
        return a.platform != b.platform ? a.platform < b.platform : a.raw > b.raw;
    });
    for (size_t start = 0; start < pairs.size();) {
        size_t end = start;
        while (end < pairs.size() && pairs[end].platform == pairs[start].platform)
            ++end;
        size_t within = start;
        for (size_t i = start; i < end; ++i) {
            while (within < end && pairs[within].raw >= pairs[i].raw - Scorer::TieEpsilon)
                ++within;
            pairs[i].confidence = Scorer::confidence(pairs[i].raw, pairs[i].unitTies, int(within - start));
        }
        start = end;
    }

    // Best first; each PMS unit and each platform unit is used once.
    std::sort(pairs.begin(), pairs.end(), [&](const Pair &a, const Pair &b) {
        if (a.confidence != b.confidence)
            return a.confidence > b.confidence;
        if (a.raw != b.raw)
            return a.raw > b.raw;
        if (a.unit != b.unit)
            return units[size_t(a.unit)].unitId < units[size_t(b.unit)].unitId;
        return platformUnits[size_t(a.platform)].id < platformUnits[size_t(b.platform)].id;
    });
    std::vector<bool> unitUsed(units.size()), platformUsed(platformUnits.size());
    for (const Pair &p : pairs) {
        if (p.confidence < options.minimumConfidence)
            break;
        if (unitUsed[size_t(p.unit)] || platformUsed[size_t(p.platform)])
            continue;
        unitUsed[size_t(p.unit)] = platformUsed[size_t(p.platform)] = true;
        out.push_back({units[size_t(p.unit)].unitId, platformUnits[size_t(p.platform)].id, p.confidence, p.name,
                       p.building});
    }
    return out;
}

} // namespace pms
