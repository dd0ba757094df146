#pragma once

#include "pms/PmsTypes.h"
#include "pms/RequestJob.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrlQuery>

namespace pms::buildium {

class BuildiumClient;
class BuildiumRequest;

/// Every record of one Buildium collection, paged with limit (up to 1000) and offset, ordered by
/// Id, delivered without duplicates.
///
/// Offset paging shifts when records are added or removed while it runs, so consecutive pages
/// overlap by ClientOptions::pageOverlap records: when a page does not begin with the last ids of
/// the one before, the list shifted, and one repair pass walks it again from the start and
/// delivers what was missed. The same pass runs when fewer records came than X-Total-Count said.
/// An X-Total-Count that is missing, negative or not a number is not used (a warning says so).
///
/// A page whose body is not a JSON array fails the list before anything of that page is
/// delivered. A record that is not an object or has no usable Id is left out of page() and
/// reported in its problems instead.
class BuildiumListJob : public QObject
{
    Q_OBJECT

public:
    BuildiumListJob(BuildiumClient *client, QString path, QUrlQuery filters);

    /// Manual: after each page() the next page is fetched only when advance() is called (a caller
    /// that must do more requests per page). Set it before returning to the event loop.
    void setManualAdvance(bool manual) { m_manual = manual; }
    void advance();
    void cancel();

    int requests() const { return m_requests; }
    int repairPasses() const { return m_pass; }
    QString path() const { return m_path; }

Q_SIGNALS:
    void page(const QList<QJsonObject> &records, const QList<pms::RecordProblem> &problems, qint64 totalCount,
        int pageIndex);
    void warning(const QString &message);
    void finished(const pms::Status &status, qint64 delivered);

private:
    void fetch(qint64 offset);
    void onResponse(qint64 offset, const HttpResponse &response);
    void endOfWalk();
    void fail(const Error &error);

    QPointer<BuildiumClient> m_client;
    QString m_path;
    QUrlQuery m_filters;
    QPointer<BuildiumRequest> m_current;
    QSet<qint64> m_seen;
    QList<qint64> m_prevIds;
    qint64 m_prevOffset = -1;
    qint64 m_total = -1;
    qint64 m_nextOffset = 0;
    qint64 m_problemCount = 0;
    int m_limit = 1000, m_overlap = 5;
    int m_pageIndex = 0, m_requests = 0, m_pass = 0;
    bool m_shifted = false, m_manual = false, m_waiting = false, m_walkDone = false, m_done = false;
    bool m_warnedTotal = false;
};

} // namespace pms::buildium
