#pragma once

#include "FakeNetworkAccessManager.h"
#include "pms/PropertywareClient.h"

#include <QSet>
#include <QTest>

#include <optional>

namespace pms::test {

/// Options with tiny delays so retry tests take milliseconds.
inline ClientOptions fastClientOptions()
{
    ClientOptions o;
    o.backoffBaseMs = 1;
    o.backoffCapMs = 4;
    o.maxAttempts = 4;
    o.timeoutMs = 5000;
    return o;
}

inline PmsCredentials fakeCredentials(QUrl baseUrl = QUrl(QStringLiteral("https://pms.example.test/pw/api/rest/v1")))
{
    return PmsCredentials{std::move(baseUrl), QStringLiteral("SYS-42"), QStringLiteral("client-abc"),
                          QStringLiteral("s3cret")};
}

/// What a ListJob delivered, collected from its signals.
struct ListOutcome
{
    bool finished = false;
    Status status;
    qint64 recordsDelivered = -1;
    QList<PmsPage> pages;
    QList<qint64> ids;       // in delivery order
    QList<RecordProblem> problems;
    QStringList warnings;
    int requests = 0;
    int repairs = 0;
    int passes = 0;

    QSet<qint64> idSet() const { return QSet<qint64>(ids.cbegin(), ids.cend()); }
    bool hasDuplicates() const { return idSet().size() != ids.size(); }
};

/// Connects to a job's signals; call before returning to the event loop.
inline void collect(ListJob *job, ListOutcome *out)
{
    QObject::connect(job, &ListJob::page, job, [out](const PmsPage &p) {
        out->pages.append(p);
        for (const QJsonObject &r : p.records)
            out->ids.append(qint64(r.value(QLatin1String("id")).toDouble()));
        out->problems.append(p.problems);
    });
    QObject::connect(job, &ListJob::warning, job, [out](const QString &w) { out->warnings.append(w); });
    QObject::connect(job, &ListJob::finished, job, [out, job](const Status &s, qint64 n) {
        out->finished = true;
        out->status = s;
        out->recordsDelivered = n;
        out->requests = job->requestCount();
        out->repairs = job->repairCount();
        out->passes = job->passCount();
    });
}

inline bool waitFor(const ListOutcome &out, int timeoutMs = 20000)
{
    return QTest::qWaitFor([&out] { return out.finished; }, timeoutMs);
}

/// Runs a GetJob/SendJob to its end and returns what finished() carried.
inline Result<QJsonDocument> waitFor(GetJob *job, int timeoutMs = 20000)
{
    std::optional<Result<QJsonDocument>> out;
    const auto c = QObject::connect(job, &GetJob::finished, job, [&out](const Result<QJsonDocument> &r) { out = r; });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, timeoutMs)) {
        QObject::disconnect(c);
        return Error(QStringLiteral("the test timed out waiting for the job"), QStringLiteral("test-timeout"));
    }
    return *out;
}

inline Result<QJsonDocument> waitFor(SendJob *job, int *httpStatus = nullptr, int timeoutMs = 20000)
{
    std::optional<Result<QJsonDocument>> out;
    const auto c = QObject::connect(job, &SendJob::finished, job, [&out, httpStatus](const Result<QJsonDocument> &r, int status) {
        out = r;
        if (httpStatus)
            *httpStatus = status;
    });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, timeoutMs)) {
        QObject::disconnect(c);
        return Error(QStringLiteral("the test timed out waiting for the job"), QStringLiteral("test-timeout"));
    }
    return *out;
}

} // namespace pms::test
