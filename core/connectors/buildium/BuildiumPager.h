#pragma once

#include "BuildiumTypes.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>

#include <functional>

namespace pms::buildium {

class BuildiumClient;
class BuildiumListJob;

/// The normalized records of one sync step, page by page: what a connector's "list pages of
/// normalized records with an incremental window" is made of.
///
///   Portfolios   GET /v1/rentals/owners                     -> PortfolioRecord
///   Properties   GET /v1/rentals/owners (all, for the owner of each rental), then /v1/rentals
///   Units        GET /v1/rentals/units                      -> UnitRecord
///   Leases       GET /v1/leases (CurrentTenants are the contacts)
///   WorkOrders   GET /v1/users (all: AssignedToUserId -> "Managed By") and /v1/workorders in the
///                window (all, held by task id as compact JSON), then each page of /v1/tasks in the
///                window joined with them in memory: a task without a work order is not a work
///                order. In an incremental window a task may have changed while its work order did
///                not (reassigned to the integration user, R5): those few are asked for with
///                /v1/workorders?taskids=... before the page is delivered
///   Owners, Vendors  the raw records, for R21's lists
///
/// A page is delivered whole or not at all: when a request of a page's join fails, the pager
/// ends with that error and the page is not delivered. Records that break the file's shapes are
/// in the page's problems with their reasons. finished() comes once, then the pager deletes itself.
class BuildiumPager : public QObject
{
    Q_OBJECT

public:
    BuildiumPager(BuildiumClient *client, BuildiumStep step, BuildiumWindow window);
    void cancel();

    /// Task ids per /v1/workorders?taskids=... request.
    static constexpr int TaskIdsPerRequest = 200;

Q_SIGNALS:
    void page(const pms::buildium::BuildiumPage &page);
    void warning(const QString &message);
    void finished(const pms::Status &status, qint64 records);

private:
    void start();
    void startMain();
    void onMainPage(const QList<QJsonObject> &records, const QList<pms::RecordProblem> &problems, qint64 total,
        int pageIndex);
    void joinWorkOrders(const QList<QJsonObject> &tasks, QList<RecordProblem> problems, qint64 total, int pageIndex);
    void readFirst(const QString &path, const QUrlQuery &query, std::function<void(const QJsonObject &)> take,
        std::function<void()> then);
    void deliver(BuildiumPage p);
    void fail(const Error &error);
    void succeed();
    BuildiumListJob *track(BuildiumListJob *job);

    QPointer<BuildiumClient> m_client;
    BuildiumStep m_step;
    BuildiumWindow m_window;
    QPointer<BuildiumListJob> m_main;
    QList<QPointer<BuildiumListJob>> m_jobs;
    QHash<qint64, qint64> m_ownerOf; // rental id -> rental owner id
    QHash<qint64, BuildiumUser> m_users;
    QHash<qint64, QByteArray> m_workOrderByTask; // task id -> the work order's compact JSON
    qint64 m_records = 0;
    bool m_mainDone = false, m_joining = false, m_done = false;
    Status m_mainStatus;
};

} // namespace pms::buildium
