#include "BuildiumPager.h"

#include "BuildiumClient.h"
#include "BuildiumListJob.h"
#include "BuildiumRecords.h"
#include "pms/ErrorMapper.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace pms::buildium {

namespace {

RecordProblem problemOf(qint64 id, const Error &e)
{
    RecordProblem p;
    p.id = id;
    p.reason = e.message;
    return p;
}

} // namespace

BuildiumPager::BuildiumPager(BuildiumClient *client, BuildiumStep step, BuildiumWindow window)
    : QObject(client)
    , m_client(client)
    , m_step(step)
    , m_window(std::move(window))
{
    QMetaObject::invokeMethod(this, &BuildiumPager::start, Qt::QueuedConnection);
}

BuildiumListJob *BuildiumPager::track(BuildiumListJob *job)
{
    m_jobs.append(job);
    connect(job, &BuildiumListJob::warning, this, &BuildiumPager::warning);
    return job;
}

void BuildiumPager::cancel()
{
    for (const QPointer<BuildiumListJob> &j : std::as_const(m_jobs))
        if (j)
            j->cancel();
    fail(ErrorMapper::cancelled());
}

void BuildiumPager::readFirst(const QString &path, const QUrlQuery &query,
    std::function<void(const QJsonObject &)> take, std::function<void()> then)
{
    BuildiumListJob *job = track(m_client->list(path, query));
    connect(job, &BuildiumListJob::page, this,
        [this, take](const QList<QJsonObject> &records, const QList<pms::RecordProblem> &problems) {
            if (!problems.isEmpty())
                Q_EMIT warning(problems.first().reason);
            for (const QJsonObject &o : records)
                take(o);
        });
    connect(job, &BuildiumListJob::finished, this, [this, then](const Status &s) {
        if (!s.ok())
            fail(s.error());
        else if (!m_done)
            then();
    });
}

void BuildiumPager::start()
{
    if (m_done)
        return;
    if (!m_client) {
        fail(ErrorMapper::cancelled());
        return;
    }
    // What the main list needs first, read whole: the owners of the rentals; or the users tasks
    // are assigned to and the work orders of the window.
    if (m_step == BuildiumStep::Properties) {
        readFirst(QStringLiteral("/v1/rentals/owners"), {}, [this](const QJsonObject &o) {
            const qint64 owner = BuildiumRecords::idOf(o);
            for (const QJsonValue &v : o.value(QLatin1String("PropertyIds")).toArray())
                if (v.isDouble() && v.toDouble() >= 1)
                    m_ownerOf.insert(qint64(v.toDouble()), owner);
        }, [this] { startMain(); });
        return;
    }
    if (m_step == BuildiumStep::WorkOrders) {
        readFirst(QStringLiteral("/v1/users"), {}, [this](const QJsonObject &o) {
            if (const Result<BuildiumUser> u = BuildiumRecords::user(o); u.ok())
                m_users.insert(u->id, *u);
            else
                Q_EMIT warning(u.errorMessage());
        }, [this] {
            readFirst(QStringLiteral("/v1/workorders"), BuildiumClient::windowQuery(m_step, m_window), [this](const QJsonObject &wo) {
                    const qint64 task = BuildiumRecords::idOf(wo.value(QLatin1String("Task")).toObject());
                    if (task)
                        m_workOrderByTask.insert(task, QJsonDocument(wo).toJson(QJsonDocument::Compact));
                    else
                        Q_EMIT warning(tr("Buildium work order %1 names no task; it is left out")
                                           .arg(BuildiumRecords::idOf(wo)));
                }, [this] { startMain(); });
        });
        return;
    }
    startMain();
}

void BuildiumPager::startMain()
{
    if (m_done || !m_client)
        return;
    QUrlQuery query = BuildiumClient::windowQuery(m_step, m_window);
    if (m_step == BuildiumStep::Properties) // as on Propertyware, an inactive property is not synced
        query.addQueryItem(QStringLiteral("status"), QStringLiteral("Active"));
    m_main = track(m_client->list(stepPath(m_step), query));
    m_main->setManualAdvance(m_step == BuildiumStep::WorkOrders);
    connect(m_main, &BuildiumListJob::page, this, &BuildiumPager::onMainPage);
    connect(m_main, &BuildiumListJob::finished, this, [this](const Status &s) {
        m_mainDone = true;
        m_mainStatus = s;
        if (!s.ok())
            fail(s.error());
        else if (!m_joining)
            succeed();
    });
}

void BuildiumPager::onMainPage(
    const QList<QJsonObject> &records, const QList<pms::RecordProblem> &problems, qint64 total, int pageIndex)
{
    if (m_done)
        return;
    if (m_step == BuildiumStep::WorkOrders) {
        joinWorkOrders(records, problems, total, pageIndex);
        return;
    }
    BuildiumPage p;
    p.step = m_step;
    p.problems = problems;
    p.totalCount = total;
    p.pageIndex = pageIndex;
    for (const QJsonObject &o : records) {
        const qint64 id = BuildiumRecords::idOf(o);
        switch (m_step) {
        case BuildiumStep::Portfolios:
            if (auto r = BuildiumRecords::portfolio(o); r.ok())
                p.portfolios.append(*r);
            else
                p.problems.append(problemOf(id, r.error()));
            break;
        case BuildiumStep::Properties:
            if (auto r = BuildiumRecords::property(o, m_ownerOf); r.ok())
                p.properties.append(*r);
            else
                p.problems.append(problemOf(id, r.error()));
            break;
        case BuildiumStep::Units:
            if (auto r = BuildiumRecords::unit(o); r.ok())
                p.units.append(*r);
            else
                p.problems.append(problemOf(id, r.error()));
            break;
        case BuildiumStep::Leases:
            if (auto r = BuildiumRecords::lease(o); r.ok())
                p.leases.append(*r);
            else
                p.problems.append(problemOf(id, r.error()));
            break;
        default:
            p.raw.append(o);
            break;
        }
    }
    deliver(std::move(p));
}

void BuildiumPager::joinWorkOrders(
    const QList<QJsonObject> &tasks, QList<RecordProblem> problems, qint64 total, int pageIndex)
{
    m_joining = true;
    auto byTask = std::make_shared<QHash<qint64, QJsonObject>>();
    auto position = std::make_shared<QHash<qint64, int>>(); // the tasks' order, which the page keeps
    for (const QJsonObject &t : tasks) {
        const qint64 id = BuildiumRecords::idOf(t);
        byTask->insert(id, t);
        position->insert(id, int(position->size()));
    }
    auto found = std::make_shared<QList<QJsonObject>>();
    auto pending = std::make_shared<int>(0);
    auto finishPage = [this, byTask, position, found, problems, total, pageIndex]() mutable {
        const auto taskOf = [](const QJsonObject &wo) {
            return BuildiumRecords::idOf(wo.value(QLatin1String("Task")).toObject());
        };
        std::stable_sort(found->begin(), found->end(), [&](const QJsonObject &a, const QJsonObject &b) {
            return position->value(taskOf(a)) < position->value(taskOf(b));
        });
        BuildiumPage p;
        p.step = BuildiumStep::WorkOrders;
        p.problems = problems;
        p.totalCount = total;
        p.pageIndex = pageIndex;
        QSet<qint64> seen;
        for (const QJsonObject &wo : std::as_const(*found)) {
            const qint64 id = BuildiumRecords::idOf(wo);
            if (seen.contains(id))
                continue;
            seen.insert(id);
            const qint64 taskId = BuildiumRecords::idOf(wo.value(QLatin1String("Task")).toObject());
            const QJsonObject task = byTask->value(taskId);
            if (auto r = BuildiumRecords::workOrder(wo, task, m_users); r.ok())
                p.workOrders.append(*r);
            else
                p.problems.append(problemOf(id, r.error()));
        }
        m_joining = false;
        deliver(std::move(p));
        if (m_done)
            return;
        if (m_mainDone)
            succeed();
        else if (m_main)
            m_main->advance();
    };
    // In memory first: the window's work orders were read before the tasks.
    QList<qint64> missing;
    for (const QJsonObject &t : tasks) {
        const qint64 id = BuildiumRecords::idOf(t);
        const auto held = m_workOrderByTask.find(id);
        if (held != m_workOrderByTask.end()) {
            found->append(QJsonDocument::fromJson(*held).object());
            m_workOrderByTask.erase(held);
        } else {
            missing.append(id);
        }
    }
    // A task without a work order in memory is a to-do or a request, or its work order is older than
    // the window, or was made after the work orders were read: ask for those few (a to-do costs one
    // request per TaskIdsPerRequest of them; a work order made while the list was read is not lost).
    QList<qint64> sorted = missing;
    std::sort(sorted.begin(), sorted.end());
    for (qsizetype at = 0; at < sorted.size(); at += TaskIdsPerRequest) {
        QUrlQuery q;
        for (qint64 id : sorted.mid(at, TaskIdsPerRequest))
            q.addQueryItem(QStringLiteral("taskids"), QString::number(id));
        BuildiumListJob *job = track(m_client->list(QStringLiteral("/v1/workorders"), q));
        ++*pending;
        connect(job, &BuildiumListJob::page, this,
            [this, found](const QList<QJsonObject> &records, const QList<pms::RecordProblem> &bad) {
                found->append(records);
                for (const RecordProblem &p : bad)
                    Q_EMIT warning(p.reason);
            });
        connect(job, &BuildiumListJob::finished, this, [this, pending, finishPage](const Status &s) mutable {
            if (m_done)
                return;
            if (!s.ok()) {
                fail(s.error()); // the whole page is dropped: nothing half-applied
                return;
            }
            if (--*pending == 0)
                finishPage();
        });
    }
    if (*pending == 0)
        finishPage();
}

void BuildiumPager::deliver(BuildiumPage p)
{
    if (m_done || (p.size() == 0 && p.problems.isEmpty()))
        return;
    m_records += p.size();
    Q_EMIT page(p);
}

void BuildiumPager::fail(const Error &error)
{
    if (m_done)
        return;
    m_done = true;
    for (const QPointer<BuildiumListJob> &j : std::as_const(m_jobs))
        if (j)
            j->cancel();
    const qint64 n = m_records;
    QMetaObject::invokeMethod(
        this,
        [this, error, n] {
            Q_EMIT finished(Status(error), n);
            deleteLater();
        },
        Qt::QueuedConnection);
}

void BuildiumPager::succeed()
{
    if (m_done)
        return;
    m_done = true;
    const qint64 n = m_records;
    QMetaObject::invokeMethod(
        this,
        [this, n] {
            Q_EMIT finished(Status(), n);
            deleteLater();
        },
        Qt::QueuedConnection);
}

} // namespace pms::buildium
