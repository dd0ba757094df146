#include "ListJob.h"

#include "ErrorMapper.h"
#include "PropertywareClient.h"
#include "common/Logging.h"

#include <limits>

namespace pms {

namespace {

constexpr int kMaxPasses = 3;                 // the first pass and at most two repair passes
constexpr int kMaxRepairsWithoutProgress = 3; // walk-backs in a row that did not move the frontier
constexpr int kMaxStepsWithoutProgress = 12;  // pages in a row that brought no new id

} // namespace

ListJob::ListJob(PropertywareClient *client, PmsEntity entity, QUrlQuery filters, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_entity(entity)
    , m_filters(std::move(filters))
{
    // The job owns paging and order: what the caller passed for these is replaced.
    for (const char *key : {"limit", "offset", "orderby"})
        m_filters.removeAllQueryItems(QLatin1String(key));
    const ClientOptions opts = client ? client->options() : ClientOptions{};
    m_pageLen = opts.pageSize;
    m_overlap = opts.pageOverlap;
    m_stride = std::max(1, m_pageLen - m_overlap);
}

ListJob::~ListJob()
{
    m_done = true;
    dropFetches();
}

void ListJob::start()
{
    if (!m_client)
        return;
    const Status valid = PropertywareClient::validateBaseUrl(m_client->credentials().baseUrl);
    if (!valid.ok()) {
        const Error e = valid.error();
        QMetaObject::invokeMethod(this, [this, e] { fail(e); }, Qt::QueuedConnection);
        return;
    }
    startPass();
}

void ListJob::startPass()
{
    m_passRequests = 0;
    m_passProgressPages = 0;
    m_passRepairs = 0;
    m_passIds.clear();
    m_passProblemKeys.clear();
    m_passMinTotal.reset();
    m_passMaxTotal.reset();
    m_passUnverified = false;
    m_haveFrontier = false;
    m_frontier = 0;
    m_repairsSinceProgress = 0;
    m_stepsWithoutProgress = 0;
    restartChainAt(0);
    fill();
}

void ListJob::restartChainAt(qint64 offset)
{
    ++m_gen;
    dropFetches();
    m_buffer.clear();
    m_nextOffset = std::max<qint64>(0, offset);
}

void ListJob::dropFetches()
{
    const auto fetching = m_fetching;
    m_fetching.clear();
    for (const QPointer<RequestJob> &req : fetching) {
        if (req)
            req->cancel(); // its completion carries an old generation and is ignored
    }
}

int ListJob::expectedPages(qint64 total) const
{
    // Pages start at 0, S, 2S, ...; the page at o is needed while the page before it can be full,
    // i.e. o <= total - overlap.
    const qint64 last = total - m_overlap;
    if (last < 0)
        return 1;
    const qint64 n = last / m_stride + 1;
    return int(std::min<qint64>(n, m_client ? m_client->options().maxPages : 20000));
}

int ListJob::pagesExpectedNow(qint64 nextOffset) const
{
    if (m_done)
        return m_pagesProcessed;
    int remaining = 1;
    if (m_latestTotal) {
        const int chainPagesBefore = int(std::min<qint64>(nextOffset / m_stride, 1 << 30));
        remaining = std::max(0, expectedPages(*m_latestTotal) - chainPagesBefore);
    }
    return m_pagesProcessed + remaining;
}

int ListJob::pageCap() const
{
    const int absolute = m_client ? m_client->options().maxPages : 20000;
    if (!m_passMaxTotal)
        return absolute;
    const qint64 expected = expectedPages(*m_passMaxTotal);
    return int(std::min<qint64>(absolute, expected + expected / 10 + 10));
}

void ListJob::fill()
{
    if (m_done || !m_client)
        return;
    const int window = std::max(1, m_client->options().maxInFlight);
    for (int i = 0; i < window; ++i) {
        const qint64 offset = m_nextOffset + qint64(i) * m_stride;
        if (i > 0) {
            // Without a total, page one after the other until a short page.
            if (!m_latestTotal || offset > *m_latestTotal - m_overlap)
                break;
        }
        if (m_buffer.contains(offset) || m_fetching.contains(offset))
            continue;
        // Pages that brought new records are capped by what the total promised; walk-backs have their
        // own limits (see step()); and nothing goes beyond the absolute cap.
        const int absolute = m_client->options().maxPages;
        if (m_passProgressPages >= pageCap() || m_passRequests >= absolute) {
            if (i == 0 && m_fetching.isEmpty()) {
                fail(Error(tr("Stopped reading %1 from the PMS after %n page(s) because the list did not come to an "
                              "end (the PMS reported %2). The records received so far were kept; try again later.",
                              nullptr, m_passRequests)
                               .arg(entityDisplayName(m_entity),
                                    m_latestTotal ? QString::number(*m_latestTotal) : QStringLiteral("?")),
                           QStringLiteral("incomplete")));
            }
            return;
        }
        launch(offset);
    }
}

void ListJob::launch(qint64 offset)
{
    QUrlQuery q = m_filters;
    q.addQueryItem(QStringLiteral("limit"), QString::number(m_client->options().pageSize));
    q.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    q.addQueryItem(QStringLiteral("orderby"), QStringLiteral("id asc"));
    auto *req = new RequestJob(m_client, RequestJob::Method::Get, entityPath(m_entity), q, {}, {}, this);
    const int gen = m_gen;
    connect(req, &RequestJob::completed, this, [this, req, gen, offset](const HttpResponse &r) {
        req->deleteLater();
        onPageResponse(gen, offset, r);
    });
    m_fetching.insert(offset, req);
    ++m_requests;
    ++m_passRequests;
    req->begin();
}

void ListJob::onPageResponse(int generation, qint64 offset, const HttpResponse &response)
{
    if (m_done || generation != m_gen)
        return;
    m_fetching.remove(offset);
    if (!response.ok()) {
        fail(*response.error);
        return;
    }
    Result<ParsedPage> parsed = PageParser::parse(response.body, response.contentType, response.httpStatus);
    if (!parsed.ok()) {
        fail(parsed.error());
        return;
    }
    Fetched f{std::move(parsed).value(), PageParser::parseTotalCount(response.header("x-total-count"))};
    if (f.total) {
        m_latestTotal = f.total;
        m_passMinTotal = m_passMinTotal ? std::min(*m_passMinTotal, *f.total) : *f.total;
        m_passMaxTotal = m_passMaxTotal ? std::max(*m_passMaxTotal, *f.total) : *f.total;
    } else if (response.headers.contains("x-total-count")) {
        qCInfo(lcNet) << entityPath(m_entity) << "unusable X-Total-Count" << response.header("x-total-count");
    }
    m_buffer.insert(offset, std::move(f));
    process();
}

void ListJob::process()
{
    while (!m_done && m_buffer.contains(m_nextOffset)) {
        const qint64 offset = m_nextOffset;
        const Fetched f = m_buffer.take(offset);
        if (!step(offset, f))
            return;
    }
    fill();
}

bool ListJob::step(qint64 offset, const Fetched &f)
{
    const ParsedPage &p = f.page;
    ++m_pagesProcessed;

    // A server that caps pages below what we ask says so on the first page: fewer records than
    // asked while its total says there are more. Page in its size from then on.
    if (offset == 0 && !m_learnedCap && p.rawCount > 0 && p.rawCount < m_pageLen && f.total && *f.total > p.rawCount) {
        m_learnedCap = true;
        m_pageLen = p.rawCount;
        m_overlap = std::min(m_overlap, m_pageLen / 4);
        m_stride = std::max(1, m_pageLen - m_overlap);
        restartChainAt(0); // pages asked for with the old stride are dropped
        addWarning(tr("The PMS sends at most %n record(s) per page; paging in that size.", nullptr, m_pageLen));
    }

    if (!p.sortedById)
        m_passUnverified = true;

    // An empty page while the same answer says there are more records than this offset: the
    // server contradicts itself. Asking again would loop; stop and say so.
    if (offset > 0 && p.rawCount == 0 && f.total && *f.total > offset) {
        fail(Error(tr("The PMS stopped sending %1 after %2 of the %3 it reported (it sent an empty page). The "
                      "records received so far were kept; try again later.")
                       .arg(entityDisplayName(m_entity), QString::number(offset), QString::number(*f.total)),
                   QStringLiteral("incomplete")));
        return false;
    }

    bool connects = true;
    if (offset > 0 && m_haveFrontier && m_overlap > 0) {
        if (p.rawCount == 0)
            connects = false; // the list ended before the last record we have: it shrank under us
        else if (p.items.isEmpty() || !p.sortedById)
            m_passUnverified = true; // nothing to check with: the total check at the end has to do
        else
            connects = p.minId() <= m_frontier + 1;
    } else if (offset > 0 && m_overlap == 0) {
        m_passUnverified = true;
    }

    if (!connects) {
        ++m_repairs;
        ++m_passRepairs;
        ++m_repairsSinceProgress;
        const int repairBudget = (m_passMaxTotal ? expectedPages(*m_passMaxTotal) : 100) + 10;
        if (m_repairsSinceProgress > kMaxRepairsWithoutProgress || m_passRepairs > repairBudget) {
            fail(Error(tr("The PMS stopped sending %1 before the end of the list (%2 of the %3 it reported). The "
                          "records received so far were kept; try again later.")
                           .arg(entityDisplayName(m_entity), QString::number(m_passIds.size()),
                                m_latestTotal ? QString::number(*m_latestTotal) : QStringLiteral("?")),
                       QStringLiteral("incomplete")));
            return false;
        }
        // Records are moving under us: overlap more from now on, so the next shift is absorbed.
        if (m_overlap > 0 && m_overlap < m_pageLen / 2) {
            m_overlap = std::min(m_overlap * 2, m_pageLen / 2);
            m_stride = std::max(1, m_pageLen - m_overlap);
        }
        const qint64 back = qint64(m_stride) << (m_repairsSinceProgress - 1);
        qCInfo(lcNet) << entityPath(m_entity) << "page at offset" << offset
                      << (p.rawCount == 0 ? "empty" : "does not overlap") << "after id" << m_frontier
                      << "; fetching again from offset" << std::max<qint64>(0, offset - back);
        restartChainAt(offset - back);
        return true;
    }

    const qint64 before = m_haveFrontier ? m_frontier : std::numeric_limits<qint64>::min();
    deliver(p, offset + m_stride);
    if (m_done) // the page() slot cancelled us
        return false;
    if (!p.items.isEmpty() && p.maxId() > before) {
        m_frontier = p.maxId();
        m_haveFrontier = true;
        ++m_passProgressPages;
        m_repairsSinceProgress = 0;
        m_stepsWithoutProgress = 0;
    } else if (++m_stepsWithoutProgress > kMaxStepsWithoutProgress) {
        fail(Error(tr("The PMS kept sending the same %1 page after page, so reading stopped after %n request(s). "
                      "The records received so far were kept.",
                      nullptr, m_requests)
                       .arg(entityDisplayName(m_entity)),
                   QStringLiteral("protocol")));
        return false;
    }

    const bool full = p.rawCount >= m_pageLen;
    if (!full) {
        endOfPass();
        return false;
    }
    m_nextOffset = offset + m_stride;
    return true;
}

void ListJob::deliver(const ParsedPage &parsed, qint64 nextOffset)
{
    PmsPage out;
    out.entity = m_entity;
    for (const ParsedPage::Item &item : parsed.items) {
        m_passIds.insert(item.id);
        if (m_delivered.contains(item.id))
            continue;
        m_delivered.insert(item.id);
        out.records.append(item.record);
    }
    for (int i = 0; i < parsed.problems.size(); ++i) {
        const QByteArray &key = parsed.problemKeys.at(i);
        m_passProblemKeys.insert(key);
        if (m_reportedProblems.contains(key))
            continue;
        m_reportedProblems.insert(key);
        out.problems.append(parsed.problems.at(i));
        qCInfo(lcNet) << entityPath(m_entity) << "skipped a record: id" << parsed.problems.at(i).id
                      << parsed.problems.at(i).reason;
    }
    if (!out.records.isEmpty() || !out.problems.isEmpty()) {
        out.pageIndex = m_pagesDelivered++;
        out.pagesExpected = std::max(out.pageIndex + 1, pagesExpectedNow(nextOffset));
        out.totalCount = m_latestTotal.value_or(-1);
        Q_EMIT page(out);
        if (m_done)
            return;
    }
    Q_EMIT progress(m_pagesProcessed, pagesExpectedNow(nextOffset), qint64(m_delivered.size()));
}

void ListJob::endOfPass()
{
    const qint64 seen = qint64(m_passIds.size()) + m_passProblemKeys.size();
    const bool totalMoved = m_passMinTotal && m_passMaxTotal && *m_passMinTotal != *m_passMaxTotal;
    const bool missing = m_latestTotal && seen < *m_latestTotal;
    if ((missing || (m_passUnverified && totalMoved)) && m_pass + 1 < kMaxPasses) {
        ++m_pass;
        qCInfo(lcNet) << entityPath(m_entity) << "repair pass" << m_pass << ": saw" << seen << "of"
                      << (m_latestTotal ? *m_latestTotal : -1) << (totalMoved ? "(total changed)" : "")
                      << (m_passUnverified ? "(unverified pages)" : "");
        startPass();
        return;
    }
    if (missing && !totalMoved) {
        fail(Error(tr("The PMS reported %1 %2 but sent only %3 of them, the same on every try. The records "
                      "received were kept; the rest may appear in a later sync.")
                       .arg(QString::number(*m_latestTotal), entityDisplayName(m_entity), QString::number(seen)),
                   QStringLiteral("incomplete")));
        return;
    }
    if (missing || (m_passUnverified && totalMoved)) {
        addWarning(tr("The list of %1 kept changing while it was read; records added during the sync may "
                      "only arrive with the next one.")
                       .arg(entityDisplayName(m_entity)));
    }
    if (m_passUnverified && !m_warnings.isEmpty())
        qCInfo(lcNet) << entityPath(m_entity) << "pages were not verifiable (unsorted or without ids)";
    finishOk();
}

void ListJob::addWarning(const QString &message)
{
    qCInfo(lcNet) << entityPath(m_entity) << message;
    m_warnings.append(message);
    Q_EMIT warning(message);
}

void ListJob::finishOk()
{
    if (m_done)
        return;
    m_done = true;
    dropFetches();
    Q_EMIT progress(m_pagesProcessed, m_pagesProcessed, qint64(m_delivered.size()));
    Q_EMIT finished(Status(), qint64(m_delivered.size()));
    deleteLater();
}

void ListJob::fail(const Error &error)
{
    if (m_done)
        return;
    m_done = true;
    dropFetches();
    qCInfo(lcNet) << entityPath(m_entity) << "list failed:" << error.code << error.message;
    Q_EMIT finished(Status(error), qint64(m_delivered.size()));
    deleteLater();
}

void ListJob::cancel()
{
    if (m_done)
        return;
    m_done = true;
    dropFetches();
    QMetaObject::invokeMethod(
        this,
        [this] {
            Q_EMIT finished(Status(ErrorMapper::cancelled()), qint64(m_delivered.size()));
            deleteLater();
        },
        Qt::QueuedConnection);
}

} // namespace pms
