#pragma once

#include <QList>
#include <random>
#include <vector>

namespace pms::sim {

/// A seeded std::mt19937_64 with the few draws the simulator needs: the same seed gives the same
/// sequence on every platform (no std::uniform_*_distribution, whose output is implementation-defined).
class SimRandom
{
public:
    explicit SimRandom(quint64 seed)
        : m_engine(seed)
    { }

    quint64 next() { return m_engine(); }
    /// Uniform in [lo, hi] (inclusive).
    qint64 range(qint64 lo, qint64 hi) { return hi <= lo ? lo : lo + qint64(next() % quint64(hi - lo + 1)); }
    /// Uniform in [0, 1).
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }
    template<class T> const T &pick(const QList<T> &list)
    {
        return list.at(qsizetype(next() % quint64(list.size())));
    }
    template<class T> const T &pick(const std::vector<T> &v) { return v[size_t(next() % quint64(v.size()))]; }
    int index(qsizetype size) { return size <= 0 ? 0 : int(next() % quint64(size)); }

private:
    std::mt19937_64 m_engine;
};

} // namespace pms::sim
