#pragma once

#include "PageParser.h"
#include "PmsTypes.h"
#include "RequestJob.h"

#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace pms {

class PropertywareClient;

/// All records of a collection, paged with limit/offset, delivered in order and without duplicates.
///
/// Offset paging shifts when records are inserted or deleted while it runs. So pages are sorted by
/// id ("orderby=id asc") and consecutive pages overlap by ClientOptions::pageOverlap records: a page
/// whose smallest id is above the largest id delivered so far (+1) means records may have slipped
/// between the two, and the job walks back and fetches again until the chain of pages is unbroken.
/// A chain from offset 0 to a short page, each page overlapping the one before, contains every
/// record that existed for the whole run. At the end X-Total-Count is checked again: when the PMS
/// reports more records than were seen (or pages came unsorted and the total moved), a repair pass
/// walks the list once more and delivers what was missing. Hard caps on pages, repairs and passes
/// keep a hostile server from looping it; that ends with the error code "incomplete" or "protocol".
///
/// Pages are fetched concurrently (within the client's in-flight limit) and delivered in order;
/// page() is emitted only for pages with something new (records or problems).
class ListJob : public QObject
{
    Q_OBJECT

public:
    ListJob(PropertywareClient *client, PmsEntity entity, QUrlQuery filters, QObject *parent = nullptr);
    ~ListJob() override;

    /// No page() after this; finished() with the error code "cancelled" follows (queued).
    void cancel();

    PmsEntity entity() const { return m_entity; }
    bool isFinished() const { return m_done; }
    QStringList warnings() const { return m_warnings; }
    /// Diagnostics (tests, logs): page requests sent, walk-backs after a broken chain, passes over the list.
    int requestCount() const { return m_requests; }
    int repairCount() const { return m_repairs; }
    int passCount() const { return m_pass + 1; }

Q_SIGNALS:
    /// In order (pageIndex 0, 1, 2, ...); records are unique across all pages of the job.
    void page(const pms::PmsPage &page);
    void progress(int pagesDone, int pagesExpected, qint64 records);
    /// Something odd the user may want to know (the list still completed), e.g. "pages came unsorted".
    void warning(const QString &message);
    /// Once, at the end. recordsDelivered counts unique records delivered by page().
    void finished(const pms::Status &status, qint64 recordsDelivered);

private:
    friend class PropertywareClient;
    struct Fetched
    {
        ParsedPage page;
        std::optional<qint64> total;
    };

    void start();
    void startPass();
    void restartChainAt(qint64 offset);
    void fill();
    void launch(qint64 offset);
    void onPageResponse(int generation, qint64 offset, const HttpResponse &response);
    void process();
    bool step(qint64 offset, const Fetched &fetched);
    void deliver(const ParsedPage &parsed, qint64 nextOffset);
    void endOfPass();
    void fail(const Error &error);
    void finishOk();
    void addWarning(const QString &message);
    void dropFetches();
    int expectedPages(qint64 total) const;
    int pagesExpectedNow(qint64 nextOffset) const;
    int pageCap() const;

    QPointer<PropertywareClient> m_client;
    PmsEntity m_entity;
    QUrlQuery m_filters;

    int m_pageLen = 500;   // records in a full page (the server may cap below what we ask)
    int m_overlap = 5;
    int m_stride = 495;
    bool m_learnedCap = false;

    // the current chain of pages
    int m_gen = 0;
    qint64 m_nextOffset = 0;
    qint64 m_frontier = 0;
    bool m_haveFrontier = false;
    QMap<qint64, QPointer<RequestJob>> m_fetching;
    QMap<qint64, Fetched> m_buffer;
    int m_repairsSinceProgress = 0;
    int m_stepsWithoutProgress = 0;

    // the current pass over the list
    int m_pass = 0;
    int m_passRequests = 0;
    int m_passProgressPages = 0;
    int m_passRepairs = 0;
    QSet<qint64> m_passIds;
    QSet<QByteArray> m_passProblemKeys;
    std::optional<qint64> m_passMinTotal;
    std::optional<qint64> m_passMaxTotal;
    bool m_passUnverified = false;

    // the whole job
    std::optional<qint64> m_latestTotal;
    QSet<qint64> m_delivered;
    QSet<QByteArray> m_reportedProblems;
    QStringList m_warnings;
    int m_pagesProcessed = 0;
    int m_pagesDelivered = 0;
    int m_requests = 0;
    int m_repairs = 0;
    bool m_done = false;
};

} // namespace pms
