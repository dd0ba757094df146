#pragma once

#include "storage/TableReader.h"

#include <QHash>

namespace pms {

/// The rows of a big table that are in memory: fixed-size blocks around what was looked at,
/// least recently used dropped first (DB Browser for SQLite's RowCache idea). Also remembers
/// which blocks the view asked for and did not find, to fetch them next.
class RowCache
{
public:
    static constexpr int BlockSize = 100;

    explicit RowCache(int maxBlocks = 120) : m_maxBlocks(maxBlocks) {}

    struct Hit
    {
        const QVariantList *row = nullptr; // null: not loaded (or deleted since: empty list)
        bool stale = false;                // loaded before the last refresh
    };
    /// Looks @p row up and counts it as used; a miss or a stale hit is remembered as wanted.
    Hit find(int row);
    bool isLoaded(int row) const;

    /// Stores rows fetched for [offset, offset + rows.size()) (offset on a block boundary);
    /// @p requested is how many rows were asked for (fewer came back at the end of the table).
    void store(int offset, const RowList &rows, int requested);
    void markAllStale();
    void clear();
    void truncate(int rowCount);

    bool hasWanted() const { return !m_wanted.isEmpty(); }
    /// The next span to fetch, [first, last): the most recently wanted block and the wanted,
    /// missing or stale blocks near it, plus @p marginBlocks on each side. Clears the wants.
    /// Returns an empty span when nothing needs fetching.
    std::pair<int, int> takeRequest(int rowCount, int marginBlocks = 1);

    int blockCount() const { return int(m_blocks.size()); }

private:
    struct Block
    {
        RowList rows;
        bool stale = false;
        quint64 lastUse = 0;
    };
    bool needsFetch(int block) const;
    void evict();

    QHash<int, Block> m_blocks;
    QHash<int, quint64> m_wanted; // block -> when it was wanted
    quint64 m_clock = 0;
    int m_maxBlocks;
};

} // namespace pms
