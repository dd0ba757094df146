#include "RowSource.h"

#include "storage/DbLane.h"

namespace pms {

RowSource::RowSource(const QString &dbPath, QObject *parent)
    : QObject(parent),
      m_fast(std::make_unique<DbLane>(dbPath, QStringLiteral("pms-rows-fast"))),
      m_slow(std::make_unique<DbLane>(dbPath, QStringLiteral("pms-rows-slow")))
{
    // Started here: the fast lane posts to the slow one from its own thread.
    m_fast->start(QThread::LowPriority);
    m_slow->start(QThread::LowPriority);
    qRegisterMetaType<pms::RowList>("pms::RowList");
    qRegisterMetaType<pms::IdList>("pms::IdList");
}

RowSource::~RowSource()
{
    // Abandon the running id list (it polls the generation), then join both threads.
    m_generation.storeRelease(~quint64(0));
    m_fast->stop();
    m_slow->stop();
}

TableQuery RowSource::currentQuery() const
{
    QMutexLocker lock(&m_mutex);
    return m_query;
}

quint64 RowSource::setQuery(const TableQuery &query, int firstLimit)
{
    {
        QMutexLocker lock(&m_mutex);
        m_query = query;
    }
    const quint64 gen = m_generation.fetchAndAddOrdered(1) + 1;
    m_fast->clear();
    m_slow->clear();
    // The first rows go first: the count and the id list (often a scan of every row) start
    // only once they are on screen, so on two cores they do not compete with them.
    m_fast->post(
        [this, gen, query, firstLimit](Database *db, const QString &error) {
            if (gen != generation())
                return;
            if (!db) {
                Q_EMIT failed(gen, error);
                return;
            }
            auto rows = TableReader::window(*db, query, 0, firstLimit);
            if (!rows.ok()) {
                Q_EMIT failed(gen, rows.errorMessage());
                return;
            }
            Q_EMIT windowReady(gen, 0, 0, rows.value());
            if (rows->size() < firstLimit) {
                // Every matching row is in this window: its ids are the list, its size the count.
                IdList ids;
                ids.reserve(rows->size());
                for (const QVariantList &row : rows.value())
                    ids << row.first().toLongLong();
                Q_EMIT idsReady(gen, ids);
                postTotal(gen, ids.size());
            } else {
                postSlow(gen);
            }
        },
        QStringLiteral("first"));
    return gen;
}

void RowSource::refresh()
{
    postSlow(generation());
}

void RowSource::postSlow(quint64 gen)
{
    m_slow->post(
        [this, gen](Database *db, const QString &error) {
            if (gen != generation())
                return;
            if (!db) {
                Q_EMIT failed(gen, error);
                return;
            }
            const TableQuery query = currentQuery();
            auto matching = TableReader::count(*db, query);
            if (gen != generation())
                return;
            if (!matching.ok()) {
                Q_EMIT failed(gen, matching.errorMessage());
                return;
            }
            qint64 total = matching.value();
            if (query.hasUserFilters()) {
                auto all = TableReader::count(*db, query, true);
                if (all.ok())
                    total = all.value();
            }
            if (gen != generation())
                return;
            Q_EMIT countReady(gen, matching.value(), total);
            auto ids = TableReader::ids(*db, query, [this, gen] { return gen != generation(); });
            if (gen != generation())
                return;
            if (!ids.ok())
                Q_EMIT failed(gen, ids.errorMessage());
            else
                Q_EMIT idsReady(gen, ids.value());
        },
        QStringLiteral("refresh"));
}

void RowSource::postTotal(quint64 gen, qint64 matching)
{
    m_slow->post(
        [this, gen, matching](Database *db, const QString &) {
            if (!db || gen != generation())
                return;
            const TableQuery query = currentQuery();
            qint64 total = matching;
            if (query.hasUserFilters()) {
                auto all = TableReader::count(*db, query, true);
                if (all.ok())
                    total = all.value();
            }
            if (gen == generation())
                Q_EMIT countReady(gen, matching, total);
        },
        QStringLiteral("refresh"));
}

void RowSource::requestWindow(quint64 tag, qint64 offset, int limit, qint64 total)
{
    const quint64 gen = generation();
    const TableQuery query = currentQuery();
    m_fast->post(
        [this, gen, tag, offset, limit, total, query](Database *db, const QString &) {
            if (!db || gen != generation())
                return;
            auto rows = TableReader::window(*db, query, offset, limit, total);
            if (rows.ok())
                Q_EMIT windowReady(gen, tag, offset, rows.value());
            else
                Q_EMIT failed(gen, rows.errorMessage());
        },
        QStringLiteral("window"));
}

void RowSource::requestRows(quint64 tag, qint64 offset, const IdList &ids, const QString &lane)
{
    const quint64 gen = generation();
    const TableQuery query = currentQuery();
    m_fast->post(
        [this, gen, tag, offset, ids, query](Database *db, const QString &) {
            if (!db || gen != generation())
                return;
            auto rows = TableReader::rowsByIds(*db, query, ids);
            if (rows.ok())
                Q_EMIT windowReady(gen, tag, offset, rows.value());
            else
                Q_EMIT failed(gen, rows.errorMessage());
        },
        lane);
}

} // namespace pms
