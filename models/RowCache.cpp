#include "RowCache.h"

namespace pms {

RowCache::Hit RowCache::find(int row)
{
    const int b = row / BlockSize;
    auto it = m_blocks.find(b);
    ++m_clock;
    if (it == m_blocks.end()) {
        m_wanted.insert(b, m_clock);
        return {};
    }
    it->lastUse = m_clock;
    if (it->stale)
        m_wanted.insert(b, m_clock);
    const int i = row % BlockSize;
    static const QVariantList empty;
    return {i < it->rows.size() ? &it->rows.at(i) : &empty, it->stale};
}

bool RowCache::isLoaded(int row) const
{
    const auto it = m_blocks.constFind(row / BlockSize);
    return it != m_blocks.cend() && !it->stale;
}

void RowCache::store(int offset, const RowList &rows, int requested)
{
    const int first = offset / BlockSize;
    const int blocks = (std::max(requested, int(rows.size())) + BlockSize - 1) / BlockSize;
    ++m_clock;
    for (int k = 0; k < blocks; ++k) {
        Block block;
        const int from = k * BlockSize;
        if (from < rows.size())
            block.rows = rows.mid(from, BlockSize);
        block.lastUse = m_clock;
        m_blocks.insert(first + k, std::move(block));
        m_wanted.remove(first + k);
    }
    evict();
}

void RowCache::markAllStale()
{
    for (auto &b : m_blocks)
        b.stale = true;
}

void RowCache::clear()
{
    m_blocks.clear();
    m_wanted.clear();
}

void RowCache::truncate(int rowCount)
{
    const int lastBlock = rowCount <= 0 ? -1 : (rowCount - 1) / BlockSize;
    for (auto it = m_blocks.begin(); it != m_blocks.end();) {
        if (it.key() > lastBlock)
            it = m_blocks.erase(it);
        else
            ++it;
    }
    for (auto it = m_wanted.begin(); it != m_wanted.end();) {
        if (it.key() > lastBlock)
            it = m_wanted.erase(it);
        else
            ++it;
    }
}

bool RowCache::needsFetch(int block) const
{
    const auto it = m_blocks.constFind(block);
    return it == m_blocks.cend() || it->stale;
}

std::pair<int, int> RowCache::takeRequest(int rowCount, int marginBlocks)
{
    if (m_wanted.isEmpty() || rowCount <= 0) {
        m_wanted.clear();
        return {0, 0};
    }
    // Around the block the view asked for last: that is where the user is looking now.
    int newest = -1;
    quint64 newestAt = 0;
    for (auto it = m_wanted.cbegin(); it != m_wanted.cend(); ++it) {
        if (it.value() >= newestAt) {
            newestAt = it.value();
            newest = it.key();
        }
    }
    constexpr int Near = 3;
    int lo = newest, hi = newest;
    for (auto it = m_wanted.cbegin(); it != m_wanted.cend(); ++it) {
        if (std::abs(it.key() - newest) <= Near) {
            lo = std::min(lo, it.key());
            hi = std::max(hi, it.key());
        }
    }
    m_wanted.clear();
    const int lastBlock = (rowCount - 1) / BlockSize;
    lo = std::max(0, lo - marginBlocks);
    hi = std::min(lastBlock, hi + marginBlocks);
    // Only what is missing or stale, but as one contiguous span.
    while (lo <= hi && !needsFetch(lo))
        ++lo;
    while (hi >= lo && !needsFetch(hi))
        --hi;
    if (lo > hi)
        return {0, 0};
    return {lo * BlockSize, std::min(rowCount, (hi + 1) * BlockSize)};
}

void RowCache::evict()
{
    while (m_blocks.size() > m_maxBlocks) {
        auto oldest = m_blocks.begin();
        for (auto it = m_blocks.begin(); it != m_blocks.end(); ++it)
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        m_blocks.erase(oldest);
    }
}

} // namespace pms
