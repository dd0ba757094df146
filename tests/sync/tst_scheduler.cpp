#include "common/Clock.h"
#include "domain/ScheduleSpec.h"
#include "sync/Scheduler.h"

#include <QSignalSpy>
#include <QTest>

using namespace pms;

namespace {

QDateTime utc(const char *iso)
{
    const QDateTime dt = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    Q_ASSERT(dt.isValid());
    return dt.toUTC();
}

const QTimeZone la("America/Los_Angeles");

ScheduleSpec parsed(const QString &text)
{
    const Result<ScheduleSpec> r = ScheduleSpec::parse(text);
    if (!r.ok())
        qFatal("bad spec in test: %s", qPrintable(r.errorMessage()));
    return r.value();
}

QHash<ScheduledJob, ScheduleSpec> defaults(quint32 seed = 0)
{
    QHash<ScheduledJob, ScheduleSpec> specs;
    for (ScheduledJob job : allScheduledJobs())
        specs.insert(job, ScheduleSpec::defaultFor(job, seed));
    return specs;
}

/// Installs a ManualClock for one test and puts the system clock back afterwards.
class ClockScope
{
public:
    explicit ClockScope(const QDateTime &now) : m_clock(now) { Clock::setInstance(&m_clock); }
    ~ClockScope() { Clock::setInstance(nullptr); }
    ManualClock &clock() { return m_clock; }

private:
    ManualClock m_clock;
};

QList<ScheduledJob> jobsOf(const QSignalSpy &spy)
{
    QList<ScheduledJob> out;
    for (const QList<QVariant> &args : spy)
        out.append(args.at(1).value<ScheduledJob>());
    return out;
}

} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jobNames();
    void defaultSpecs_data();
    void defaultSpecs();
    void specRoundTrip_data();
    void specRoundTrip();
    void badSpecsRejected_data();
    void badSpecsRejected();

    void dstLosAngeles_data();
    void dstLosAngeles();
    void fallBackRunsOnceAtFirstOccurrence();
    void reconciliationOnThe27th_data();
    void reconciliationOnThe27th();
    void monthlyDayClampedToMonthEnd_data();
    void monthlyDayClampedToMonthEnd();
    void leasesAt2330UtcWhateverTheLocalZone_data();
    void leasesAt2330UtcWhateverTheLocalZone();
    void hourlyIncrementalInFirstFiveMinutes_data();
    void hourlyIncrementalInFirstFiveMinutes();
    void hourlyCountsFollowDstDays();
    void twoHourly_data();
    void twoHourly();

    void dueAtStartup_data();
    void dueAtStartup();
    void closedForThreeDaysRunsEachJobOnce();
    void disabledJobsNeverDue();
    void schedulerFiresAndRearms();
    void sleepOrClockJumpRunsOnce();
    void timerNeverWaitsMoreThanAMinute();
    void scheduleChangeRecomputes();
    void reloadWhileRunningDoesNotRunTwice();

    void runTimeTextShowsLocalAndUtc();
};

void TestScheduler::jobNames()
{
    QCOMPARE(allScheduledJobs().size(), 4);
    for (ScheduledJob job : allScheduledJobs())
        QCOMPARE(scheduledJobFromName(scheduledJobName(job)), job);
    QCOMPARE(scheduledJobName(ScheduledJob::PropertiesResidents), QStringLiteral("properties_residents"));
    QVERIFY(!scheduledJobFromName(QStringLiteral("weekly")));
    QCOMPARE(syncKindFor(ScheduledJob::Leases), SyncKind::Leases);
}

void TestScheduler::defaultSpecs_data()
{
    QTest::addColumn<ScheduledJob>("job");
    QTest::addColumn<QString>("text");
    QTest::newRow("incremental") << ScheduledJob::Incremental << QStringLiteral("hourly:0-5");
    QTest::newRow("properties_residents") << ScheduledJob::PropertiesResidents << QStringLiteral("every:2h");
    QTest::newRow("leases") << ScheduledJob::Leases << QStringLiteral("daily:23:30@UTC");
    QTest::newRow("reconciliation") << ScheduledJob::Reconciliation
                                    << QStringLiteral("monthly:27@03:00@America/Los_Angeles");
}

void TestScheduler::defaultSpecs()
{
    QFETCH(ScheduledJob, job);
    QFETCH(QString, text);
    const ScheduleSpec spec = ScheduleSpec::defaultFor(job, 42);
    QCOMPARE(spec.toString(), text);
    QVERIFY(spec.enabled);
    // An empty schedules.spec means the default; the seed survives.
    const auto fromEmpty = ScheduleSpec::parseFor(job, QString(), 42);
    QVERIFY(fromEmpty.ok());
    QCOMPARE(fromEmpty.value(), spec);
    QVERIFY(!spec.describe().isEmpty());
}

void TestScheduler::specRoundTrip_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("canonical");
    auto same = [](const char *s) { QTest::newRow(s) << QString::fromLatin1(s) << QString::fromLatin1(s); };
    same("hourly:0-5");
    same("hourly:15");
    same("every:2h");
    same("every:3h+10");
    same("every:2h+0-5");
    same("every:24h");
    same("daily:23:30@UTC");
    same("daily:07:05@Europe/Berlin");
    same("monthly:27@03:00@America/Los_Angeles");
    same("monthly:31@00:00@UTC");
    QTest::newRow("keyword case") << QStringLiteral("HOURLY:0-5") << QStringLiteral("hourly:0-5");
    QTest::newRow("bare hourly") << QStringLiteral("hourly") << QStringLiteral("hourly:0");
    QTest::newRow("spaces") << QStringLiteral("  every:2h  ") << QStringLiteral("every:2h");
    QTest::newRow("minute 0") << QStringLiteral("every:2h+0") << QStringLiteral("every:2h");
    QTest::newRow("one-digit hour") << QStringLiteral("daily:7:05@UTC") << QStringLiteral("daily:07:05@UTC");
    QTest::newRow("zone omitted") << QStringLiteral("daily:23:30") << QStringLiteral("daily:23:30@UTC");
    QTest::newRow("monthly zone omitted") << QStringLiteral("monthly:1@6:00") << QStringLiteral("monthly:1@06:00@UTC");
}

void TestScheduler::specRoundTrip()
{
    QFETCH(QString, input);
    QFETCH(QString, canonical);
    const auto first = ScheduleSpec::parse(input);
    QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
    QCOMPARE(first.value().toString(), canonical);
    const auto second = ScheduleSpec::parse(first.value().toString());
    QVERIFY2(second.ok(), qPrintable(second.errorMessage()));
    QCOMPARE(second.value(), first.value());
}

void TestScheduler::badSpecsRejected_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QString() << QStringLiteral("The schedule is empty: use hourly:0-5, every:2h, "
                                                          "daily:23:30@UTC or monthly:27@03:00@America/Los_Angeles.");
    QTest::newRow("unknown kind") << QStringLiteral("weekly:1")
                                  << QStringLiteral("Unknown schedule \"weekly:1\": use hourly:0-5, every:2h, "
                                                    "daily:23:30@UTC or monthly:27@03:00@America/Los_Angeles.");
    QTest::newRow("window backwards") << QStringLiteral("hourly:5-3")
                                      << QStringLiteral("The minutes 5-3 are not a window inside the hour");
    QTest::newRow("window past hour") << QStringLiteral("hourly:50-61")
                                      << QStringLiteral("The minutes 50-61 are not a window inside the hour");
    QTest::newRow("minute 60") << QStringLiteral("hourly:60") << QStringLiteral("The minute must be between 0 and 59 (got 60).");
    QTest::newRow("hourly junk") << QStringLiteral("hourly:abc") << QStringLiteral("\"hourly:abc\" is not an hourly schedule");
    QTest::newRow("every 0h") << QStringLiteral("every:0h")
                              << QStringLiteral("Every 0 hours: the number of hours must be between 1 and 24.");
    QTest::newRow("every 25h") << QStringLiteral("every:25h")
                               << QStringLiteral("Every 25 hours: the number of hours must be between 1 and 24.");
    QTest::newRow("every no unit") << QStringLiteral("every:2") << QStringLiteral("\"every:2\" is not an every-N-hours schedule");
    QTest::newRow("hour 24") << QStringLiteral("daily:24:00@UTC")
                             << QStringLiteral("24:00 is not a time of day: write HH:MM from 00:00 to 23:59.");
    QTest::newRow("minute 75") << QStringLiteral("daily:10:75@UTC") << QStringLiteral("10:75 is not a time of day");
    QTest::newRow("bad zone") << QStringLiteral("daily:23:30@Mars/Olympus")
                              << QStringLiteral("\"Mars/Olympus\" is not a time zone: use an IANA name such as "
                                                "America/Los_Angeles or UTC.");
    QTest::newRow("day 32") << QStringLiteral("monthly:32@03:00@UTC")
                            << QStringLiteral("The day of the month must be between 1 and 31 (got 32).");
    QTest::newRow("day 0") << QStringLiteral("monthly:0@03:00@UTC")
                           << QStringLiteral("The day of the month must be between 1 and 31 (got 0).");
    QTest::newRow("monthly no time") << QStringLiteral("monthly:27")
                                     << QStringLiteral("\"monthly:27\" is not a monthly schedule");
    QTest::newRow("monthly bad zone") << QStringLiteral("monthly:27@03:00@Nowhere")
                                      << QStringLiteral("\"Nowhere\" is not a time zone");
}

void TestScheduler::badSpecsRejected()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const auto r = ScheduleSpec::parse(text);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("validation"));
    QVERIFY2(r.errorMessage().startsWith(message), qPrintable(r.errorMessage()));
}

void TestScheduler::dstLosAngeles_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QDateTime>("after");
    QTest::addColumn<QDateTime>("expected");
    QTest::addColumn<QString>("localTime");   // as shown in Los Angeles
    QTest::addColumn<int>("offsetHours");     // -8 PST, -7 PDT

    // 2026: DST starts Sunday March 8 (02:00 -> 03:00), ends Sunday November 1 (02:00 -> 01:00).
    QTest::newRow("2026 spring 03:00 exists")
        << "daily:03:00@America/Los_Angeles" << utc("2026-03-07T12:00:00Z") << utc("2026-03-08T10:00:00Z") << "03:00" << -7;
    QTest::newRow("2026 spring 02:30 in the gap")
        << "daily:02:30@America/Los_Angeles" << utc("2026-03-07T12:00:00Z") << utc("2026-03-08T10:30:00Z") << "03:30" << -7;
    QTest::newRow("2026 spring day after")
        << "daily:02:30@America/Los_Angeles" << utc("2026-03-08T10:30:00Z") << utc("2026-03-09T09:30:00Z") << "02:30" << -7;
    QTest::newRow("2026 spring day before")
        << "daily:02:30@America/Los_Angeles" << utc("2026-03-06T12:00:00Z") << utc("2026-03-07T10:30:00Z") << "02:30" << -8;
    QTest::newRow("2026 fall 01:30 first occurrence")
        << "daily:01:30@America/Los_Angeles" << utc("2026-10-31T12:00:00Z") << utc("2026-11-01T08:30:00Z") << "01:30" << -7;
    QTest::newRow("2026 fall 01:30 not again")
        << "daily:01:30@America/Los_Angeles" << utc("2026-11-01T08:30:00Z") << utc("2026-11-02T09:30:00Z") << "01:30" << -8;
    QTest::newRow("2026 fall 03:00")
        << "daily:03:00@America/Los_Angeles" << utc("2026-10-31T12:00:00Z") << utc("2026-11-01T11:00:00Z") << "03:00" << -8;
    // 2027: DST starts March 14, ends November 7.
    QTest::newRow("2027 spring 03:00 exists")
        << "daily:03:00@America/Los_Angeles" << utc("2027-03-13T12:00:00Z") << utc("2027-03-14T10:00:00Z") << "03:00" << -7;
    QTest::newRow("2027 spring 02:30 in the gap")
        << "daily:02:30@America/Los_Angeles" << utc("2027-03-13T12:00:00Z") << utc("2027-03-14T10:30:00Z") << "03:30" << -7;
    QTest::newRow("2027 spring 02:00 in the gap")
        << "daily:02:00@America/Los_Angeles" << utc("2027-03-13T12:00:00Z") << utc("2027-03-14T10:00:00Z") << "03:00" << -7;
    QTest::newRow("2027 fall 01:30 first occurrence")
        << "daily:01:30@America/Los_Angeles" << utc("2027-11-06T12:00:00Z") << utc("2027-11-07T08:30:00Z") << "01:30" << -7;
    QTest::newRow("2027 fall 01:30 not again")
        << "daily:01:30@America/Los_Angeles" << utc("2027-11-07T08:30:00Z") << utc("2027-11-08T09:30:00Z") << "01:30" << -8;
    QTest::newRow("2027 fall 01:00 first occurrence")
        << "daily:01:00@America/Los_Angeles" << utc("2027-11-06T12:00:00Z") << utc("2027-11-07T08:00:00Z") << "01:00" << -7;
    // Monthly with the spring-forward day as its day of the month.
    QTest::newRow("2027 monthly 14th 02:30 gap")
        << "monthly:14@02:30@America/Los_Angeles" << utc("2027-03-01T00:00:00Z") << utc("2027-03-14T10:30:00Z") << "03:30" << -7;
    QTest::newRow("2026 monthly 1st 01:30 overlap")
        << "monthly:1@01:30@America/Los_Angeles" << utc("2026-10-15T00:00:00Z") << utc("2026-11-01T08:30:00Z") << "01:30" << -7;
}

void TestScheduler::dstLosAngeles()
{
    QFETCH(QString, spec);
    QFETCH(QDateTime, after);
    QFETCH(QDateTime, expected);
    QFETCH(QString, localTime);
    QFETCH(int, offsetHours);
    const QDateTime next = nextRun(parsed(spec), after);
    QCOMPARE(next, expected);
    QCOMPARE(next.timeSpec(), Qt::UTC);
    const QDateTime local = next.toTimeZone(la);
    QCOMPARE(local.time().toString(QStringLiteral("HH:mm")), localTime);
    QCOMPARE(local.offsetFromUtc(), offsetHours * 3600);
    // previousRun is the mirror image.
    QCOMPARE(previousRun(parsed(spec), expected), expected);
    QVERIFY(previousRun(parsed(spec), expected.addSecs(-1)) <= after);
}

void TestScheduler::fallBackRunsOnceAtFirstOccurrence()
{
    // Minute by minute through the night of 1 November 2026 with the Scheduler itself: 01:30
    // happens twice on the wall clock, the job runs once.
    ClockScope time(utc("2026-11-01T06:00:00Z")); // 23:00 PDT on Oct 31
    Scheduler scheduler;
    scheduler.setConnectionSchedule(1, {{ScheduledJob::Leases, parsed(QStringLiteral("daily:01:30@America/Los_Angeles"))}});
    QSignalSpy due(&scheduler, &Scheduler::due);
    QList<QDateTime> firedAt;
    connect(&scheduler, &Scheduler::due, this, [&] { firedAt.append(Clock::instance()->nowUtc()); });
    for (int minute = 0; minute < 8 * 60; ++minute) { // until 13:00Z = 05:00 PST
        time.clock().advanceSecs(60);
        scheduler.check();
    }
    QCOMPARE(due.size(), 1);
    QCOMPARE(firedAt.constFirst(), utc("2026-11-01T08:30:00Z"));
    QCOMPARE(scheduler.nextRunUtc(1, ScheduledJob::Leases), utc("2026-11-02T09:30:00Z"));
}

void TestScheduler::reconciliationOnThe27th_data()
{
    QTest::addColumn<QDateTime>("after");
    QTest::addColumn<QDateTime>("expected");
    // 03:00 in Los Angeles: 11:00Z while on PST, 10:00Z on PDT (8 March to 1 November 2026).
    const char *expectedUtc[12] = {"2026-01-27T11:00:00Z", "2026-02-27T11:00:00Z", "2026-03-27T10:00:00Z",
                                   "2026-04-27T10:00:00Z", "2026-05-27T10:00:00Z", "2026-06-27T10:00:00Z",
                                   "2026-07-27T10:00:00Z", "2026-08-27T10:00:00Z", "2026-09-27T10:00:00Z",
                                   "2026-10-27T10:00:00Z", "2026-11-27T11:00:00Z", "2026-12-27T11:00:00Z"};
    for (int month = 1; month <= 12; ++month) {
        const QDateTime after(QDate(2026, month, 1), QTime(0, 0), Qt::UTC);
        QTest::addRow("2026-%02d", month) << after << utc(expectedUtc[month - 1]);
    }
}

void TestScheduler::reconciliationOnThe27th()
{
    QFETCH(QDateTime, after);
    QFETCH(QDateTime, expected);
    const ScheduleSpec spec = ScheduleSpec::defaultFor(ScheduledJob::Reconciliation);
    const QDateTime next = nextRun(spec, after);
    QCOMPARE(next, expected);
    const QDateTime local = next.toTimeZone(la);
    QCOMPARE(local.date().day(), 27);
    QCOMPARE(local.time(), QTime(3, 0));
    // One run a month: the one after it is next month's 27th.
    const QDateTime following = nextRun(spec, next).toTimeZone(la);
    QCOMPARE(following.date(), local.date().addMonths(1));
}

void TestScheduler::monthlyDayClampedToMonthEnd_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QDateTime>("after");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("31st in April") << "monthly:31@03:00@UTC" << utc("2026-04-01T00:00:00Z") << utc("2026-04-30T03:00:00Z");
    QTest::newRow("31st in February") << "monthly:31@03:00@UTC" << utc("2026-02-01T00:00:00Z") << utc("2026-02-28T03:00:00Z");
    QTest::newRow("30th in leap February") << "monthly:30@03:00@UTC" << utc("2028-02-01T00:00:00Z") << utc("2028-02-29T03:00:00Z");
    QTest::newRow("31st in May") << "monthly:31@03:00@UTC" << utc("2026-05-01T00:00:00Z") << utc("2026-05-31T03:00:00Z");
    QTest::newRow("after April's run, May 31st") << "monthly:31@03:00@UTC" << utc("2026-04-30T03:00:00Z") << utc("2026-05-31T03:00:00Z");
    QTest::newRow("31st in LA November") << "monthly:31@03:00@America/Los_Angeles" << utc("2026-11-01T00:00:00Z")
                                         << utc("2026-11-30T11:00:00Z");
}

void TestScheduler::monthlyDayClampedToMonthEnd()
{
    QFETCH(QString, spec);
    QFETCH(QDateTime, after);
    QFETCH(QDateTime, expected);
    QCOMPARE(nextRun(parsed(spec), after), expected);
}

void TestScheduler::leasesAt2330UtcWhateverTheLocalZone_data()
{
    QTest::addColumn<QByteArray>("systemZone");
    QTest::addColumn<QDateTime>("after");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("LA spring-forward day") << QByteArray("America/Los_Angeles") << utc("2026-03-08T00:00:00Z")
                                           << utc("2026-03-08T23:30:00Z");
    QTest::newRow("exactly at the slot") << QByteArray("America/Los_Angeles") << utc("2026-03-08T23:30:00Z")
                                         << utc("2026-03-09T23:30:00Z");
    QTest::newRow("LA fall-back day") << QByteArray("America/Los_Angeles") << utc("2026-11-01T23:29:59Z")
                                      << utc("2026-11-01T23:30:00Z");
    QTest::newRow("Berlin DST day") << QByteArray("Europe/Berlin") << utc("2026-03-29T12:00:00Z") << utc("2026-03-29T23:30:00Z");
    QTest::newRow("Kolkata half-hour zone") << QByteArray("Asia/Kolkata") << utc("2026-06-30T23:45:00Z")
                                            << utc("2026-07-01T23:30:00Z");
    QTest::newRow("Auckland") << QByteArray("Pacific/Auckland") << utc("2026-12-31T23:00:00Z") << utc("2026-12-31T23:30:00Z");
}

void TestScheduler::leasesAt2330UtcWhateverTheLocalZone()
{
    QFETCH(QByteArray, systemZone);
    QFETCH(QDateTime, after);
    QFETCH(QDateTime, expected);
    const QByteArray oldTz = qgetenv("TZ");
    qputenv("TZ", systemZone);
    const QDateTime next = nextRun(ScheduleSpec::defaultFor(ScheduledJob::Leases), after);
    if (oldTz.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", oldTz);
    QCOMPARE(next, expected);
    QCOMPARE(next.time(), QTime(23, 30));
}

void TestScheduler::hourlyIncrementalInFirstFiveMinutes_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("minute");
    QTest::newRow("seed 0") << 0u << 0;
    QTest::newRow("seed 1") << 1u << 1;
    QTest::newRow("seed 7") << 7u << 2;
    QTest::newRow("seed 4") << 4u << 4;
    QTest::newRow("seed 1234567") << 1234567u << 2;
    QTest::newRow("seed max") << 0xffffffffu << 0;
}

void TestScheduler::hourlyIncrementalInFirstFiveMinutes()
{
    QFETCH(quint32, seed);
    QFETCH(int, minute);
    const ScheduleSpec spec = ScheduleSpec::defaultFor(ScheduledJob::Incremental, seed);
    QDateTime t = utc("2026-03-07T20:17:00Z"); // through the LA spring-forward night
    QDateTime previous;
    for (int i = 0; i < 48; ++i) {
        const QDateTime next = nextRun(spec, t);
        QVERIFY(next > t);
        QCOMPARE(next.time().minute(), minute);
        QVERIFY(next.time().minute() < 5);
        QCOMPARE(next.time().second(), 0);
        QCOMPARE(next.toTimeZone(la).time().minute(), minute); // LA's offsets are whole hours
        if (previous.isValid())
            QCOMPARE(previous.secsTo(next), 3600);
        previous = next;
        t = next;
    }
}

void TestScheduler::hourlyCountsFollowDstDays()
{
    // An hourly job runs every real hour: 23 times on the spring-forward day, 25 on the fall-back day.
    auto countOnLocalDay = [](const QDate &day) {
        const ScheduleSpec spec = ScheduleSpec::defaultFor(ScheduledJob::Incremental, 3);
        const QDateTime start = QDateTime(day, QTime(0, 0), la).toUTC();
        const QDateTime end = QDateTime(day.addDays(1), QTime(0, 0), la).toUTC();
        int n = 0;
        for (QDateTime t = nextRun(spec, start.addSecs(-1)); t < end; t = nextRun(spec, t))
            ++n;
        return n;
    };
    QCOMPARE(countOnLocalDay(QDate(2026, 3, 8)), 23);
    QCOMPARE(countOnLocalDay(QDate(2026, 3, 9)), 24);
    QCOMPARE(countOnLocalDay(QDate(2026, 11, 1)), 25);
    QCOMPARE(countOnLocalDay(QDate(2027, 11, 7)), 25);
}

void TestScheduler::twoHourly_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<QDateTime>("after");
    QTest::addColumn<QDateTime>("expected");
    QTest::addColumn<int>("period");
    QTest::newRow("odd hour") << "every:2h" << 0u << utc("2026-05-05T01:00:00Z") << utc("2026-05-05T02:00:00Z") << 7200;
    QTest::newRow("at the slot") << "every:2h" << 0u << utc("2026-05-05T02:00:00Z") << utc("2026-05-05T04:00:00Z") << 7200;
    QTest::newRow("just before") << "every:2h" << 0u << utc("2026-05-05T03:59:59Z") << utc("2026-05-05T04:00:00Z") << 7200;
    QTest::newRow("midnight") << "every:2h" << 0u << utc("2026-05-05T23:10:00Z") << utc("2026-05-06T00:00:00Z") << 7200;
    QTest::newRow("with minute") << "every:2h+10" << 0u << utc("2026-05-05T02:05:00Z") << utc("2026-05-05T02:10:00Z") << 7200;
    QTest::newRow("seeded window") << "every:2h+0-5" << 3u << utc("2026-05-05T02:05:00Z") << utc("2026-05-05T04:03:00Z") << 7200;
    QTest::newRow("three-hourly") << "every:3h" << 0u << utc("2026-05-05T04:00:00Z") << utc("2026-05-05T06:00:00Z") << 10800;
}

void TestScheduler::twoHourly()
{
    QFETCH(QString, spec);
    QFETCH(quint32, seed);
    QFETCH(QDateTime, after);
    QFETCH(QDateTime, expected);
    QFETCH(int, period);
    ScheduleSpec s = parsed(spec);
    s.seed = seed;
    const QDateTime next = nextRun(s, after);
    QCOMPARE(next, expected);
    QCOMPARE(next.secsTo(nextRun(s, next)), period);
    QCOMPARE(previousRun(s, next.addSecs(-1)).secsTo(next), period);
}

void TestScheduler::dueAtStartup_data()
{
    QTest::addColumn<ScheduledJob>("job");
    QTest::addColumn<QDateTime>("lastRun");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<bool>("due");
    const QDateTime now = utc("2026-11-28T12:00:30Z");
    QTest::newRow("incremental missed many") << ScheduledJob::Incremental << utc("2026-11-25T11:00:00Z") << now << true;
    QTest::newRow("incremental ran this hour") << ScheduledJob::Incremental << utc("2026-11-28T12:00:00Z") << now << false;
    QTest::newRow("incremental never ran") << ScheduledJob::Incremental << QDateTime() << now << false;
    QTest::newRow("properties missed") << ScheduledJob::PropertiesResidents << utc("2026-11-28T09:59:00Z") << now << true;
    QTest::newRow("properties ran at 12") << ScheduledJob::PropertiesResidents << utc("2026-11-28T12:00:05Z") << now << false;
    QTest::newRow("leases missed last night") << ScheduledJob::Leases << utc("2026-11-26T23:30:00Z") << now << true;
    QTest::newRow("leases ran last night") << ScheduledJob::Leases << utc("2026-11-27T23:30:02Z") << now << false;
    QTest::newRow("reconciliation missed the 27th") << ScheduledJob::Reconciliation << utc("2026-10-27T10:00:00Z") << now << true;
    QTest::newRow("reconciliation done the 27th") << ScheduledJob::Reconciliation << utc("2026-11-27T11:00:00Z") << now << false;
    QTest::newRow("reconciliation before the 27th") << ScheduledJob::Reconciliation << utc("2026-10-27T10:00:00Z")
                                                    << utc("2026-11-27T10:59:59Z") << false;
}

void TestScheduler::dueAtStartup()
{
    QFETCH(ScheduledJob, job);
    QFETCH(QDateTime, lastRun);
    QFETCH(QDateTime, now);
    QFETCH(bool, due);
    QHash<ScheduledJob, QDateTime> lastRuns;
    if (lastRun.isValid())
        lastRuns.insert(job, lastRun);
    const QList<ScheduledJob> result = pms::dueAtStartup({{job, ScheduleSpec::defaultFor(job)}}, lastRuns, now);
    QCOMPARE(result.contains(job), due);
    QVERIFY(result.size() <= 1);
}

void TestScheduler::closedForThreeDaysRunsEachJobOnce()
{
    // Closed from 25 November 12:00Z to 28 November 12:00Z: 72 incremental, 36 two-hourly, 3 lease
    // and 1 reconciliation slot passed. Each job runs once at start-up.
    const QHash<ScheduledJob, QDateTime> lastRuns{
        {ScheduledJob::Incremental, utc("2026-11-25T11:02:00Z")},
        {ScheduledJob::PropertiesResidents, utc("2026-11-25T10:00:00Z")},
        {ScheduledJob::Leases, utc("2026-11-24T23:30:00Z")},
        {ScheduledJob::Reconciliation, utc("2026-10-27T10:00:00Z")},
    };
    ClockScope time(utc("2026-11-28T12:00:30Z"));
    QCOMPARE(pms::dueAtStartup(defaults(2), lastRuns, time.clock().nowUtc()), allScheduledJobs());

    Scheduler scheduler;
    QSignalSpy due(&scheduler, &Scheduler::due);
    scheduler.setConnectionSchedule(7, defaults(2), lastRuns);
    QCOMPARE(due.size(), 0); // not inside the set-up call: at the next check
    QVERIFY(scheduler.isTimerActive());
    QCOMPARE(scheduler.timerIntervalMs(), 0);
    scheduler.check();
    QCOMPARE(jobsOf(due), allScheduledJobs());
    for (const QList<QVariant> &args : due)
        QCOMPARE(args.at(0).toLongLong(), 7);
    due.clear();
    scheduler.check();
    QCOMPARE(due.size(), 0);
    QCOMPARE(scheduler.nextRunUtc(7, ScheduledJob::Incremental), utc("2026-11-28T12:02:00Z")); // its usual slot
    QCOMPARE(scheduler.nextRunUtc(7, ScheduledJob::PropertiesResidents), utc("2026-11-28T14:00:00Z"));
    QCOMPARE(scheduler.nextRunUtc(7, ScheduledJob::Leases), utc("2026-11-28T23:30:00Z"));
    QCOMPARE(scheduler.nextRunUtc(7, ScheduledJob::Reconciliation), utc("2026-12-27T11:00:00Z"));

    // The real event loop fires the timer too (interval 0 after set-up).
    Scheduler viaTimer;
    QSignalSpy timerDue(&viaTimer, &Scheduler::due);
    viaTimer.setConnectionSchedule(7, defaults(2), lastRuns);
    QVERIFY(timerDue.wait(5000));
    QCOMPARE(jobsOf(timerDue), allScheduledJobs());
}

void TestScheduler::disabledJobsNeverDue()
{
    QHash<ScheduledJob, ScheduleSpec> specs = defaults();
    for (auto &spec : specs)
        spec.enabled = false;
    const QHash<ScheduledJob, QDateTime> lastRuns{{ScheduledJob::Incremental, utc("2026-01-01T00:00:00Z")},
                                                  {ScheduledJob::Leases, utc("2026-01-01T00:00:00Z")}};
    ClockScope time(utc("2026-03-01T00:00:00Z"));
    QVERIFY(pms::dueAtStartup(specs, lastRuns, time.clock().nowUtc()).isEmpty());
    QVERIFY(!nextRun(specs.value(ScheduledJob::Leases), time.clock().nowUtc()).isValid());

    Scheduler scheduler;
    QSignalSpy due(&scheduler, &Scheduler::due);
    scheduler.setConnectionSchedule(1, specs, lastRuns);
    QVERIFY(!scheduler.isTimerActive());
    for (ScheduledJob job : allScheduledJobs())
        QVERIFY(!scheduler.nextRunUtc(1, job).isValid());
    for (int hour = 0; hour < 24 * 40; ++hour) { // past a 27th
        time.clock().advanceSecs(3600);
        scheduler.check();
    }
    QCOMPARE(due.size(), 0);
}

void TestScheduler::schedulerFiresAndRearms()
{
    ClockScope time(utc("2026-06-10T10:00:30Z"));
    Scheduler scheduler;
    QSignalSpy due(&scheduler, &Scheduler::due);
    QSignalSpy changed(&scheduler, &Scheduler::nextRunsChanged);
    scheduler.setConnectionSchedule(3, {{ScheduledJob::Incremental, ScheduleSpec::defaultFor(ScheduledJob::Incremental, 3)}});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(scheduler.nextRunUtc(3, ScheduledJob::Incremental), utc("2026-06-10T10:03:00Z"));
    QVERIFY(!scheduler.nextRunUtc(3, ScheduledJob::Leases).isValid()); // not given: not scheduled
    QVERIFY(!scheduler.nextRunUtc(99, ScheduledJob::Incremental).isValid());

    time.clock().setNow(utc("2026-06-10T10:02:59Z"));
    scheduler.check();
    QCOMPARE(due.size(), 0);
    time.clock().advanceSecs(1);
    scheduler.check();
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.at(0).at(0).toLongLong(), 3);
    QCOMPARE(due.at(0).at(1).value<ScheduledJob>(), ScheduledJob::Incremental);
    QCOMPARE(scheduler.nextRunUtc(3, ScheduledJob::Incremental), utc("2026-06-10T11:03:00Z"));
    QCOMPARE(changed.size(), 2);
    scheduler.check();
    QCOMPARE(due.size(), 1);

    scheduler.removeConnection(3);
    QVERIFY(!scheduler.isTimerActive());
    time.clock().setNow(utc("2026-06-10T12:00:00Z"));
    scheduler.check();
    QCOMPARE(due.size(), 1);
}

void TestScheduler::sleepOrClockJumpRunsOnce()
{
    ClockScope time(utc("2026-06-10T10:00:30Z"));
    Scheduler scheduler;
    QSignalSpy due(&scheduler, &Scheduler::due);
    scheduler.setConnectionSchedule(1, defaults(0));
    // The laptop sleeps five hours: five incremental and two two-hourly slots pass.
    time.clock().advanceSecs(5 * 3600);
    scheduler.check();
    QCOMPARE(jobsOf(due), (QList<ScheduledJob>{ScheduledJob::Incremental, ScheduledJob::PropertiesResidents}));
    QCOMPARE(scheduler.nextRunUtc(1, ScheduledJob::Incremental), utc("2026-06-10T16:00:00Z"));
    // The clock is set back an hour: nothing fires twice, the next slot stays ahead.
    due.clear();
    time.clock().advanceSecs(-3600);
    scheduler.check();
    QCOMPARE(due.size(), 0);
}

void TestScheduler::timerNeverWaitsMoreThanAMinute()
{
    ClockScope time(utc("2026-06-10T10:00:30Z"));
    Scheduler scheduler;
    scheduler.setConnectionSchedule(1, {{ScheduledJob::Leases, ScheduleSpec::defaultFor(ScheduledJob::Leases)}});
    QVERIFY(scheduler.isTimerActive());
    QCOMPARE(scheduler.timerIntervalMs(), 60000); // next run is 13 hours away; look again in a minute
    time.clock().setNow(utc("2026-06-10T23:29:40Z"));
    scheduler.check();
    QCOMPARE(scheduler.timerIntervalMs(), 20000);
    QCOMPARE(scheduler.nextDueUtc(), utc("2026-06-10T23:30:00Z"));
}

void TestScheduler::scheduleChangeRecomputes()
{
    ClockScope time(utc("2026-06-10T10:00:30Z"));
    Scheduler scheduler;
    QSignalSpy due(&scheduler, &Scheduler::due);
    scheduler.setConnectionSchedule(1, {{ScheduledJob::Leases, ScheduleSpec::defaultFor(ScheduledJob::Leases)}});
    QCOMPARE(scheduler.nextRunUtc(1, ScheduledJob::Leases), utc("2026-06-10T23:30:00Z"));
    // The user moves leases to 06:00 in Chicago; no last runs passed: nothing fires now.
    scheduler.setConnectionSchedule(1, {{ScheduledJob::Leases, parsed(QStringLiteral("daily:06:00@America/Chicago"))}});
    scheduler.check();
    QCOMPARE(due.size(), 0);
    QCOMPARE(scheduler.nextRunUtc(1, ScheduledJob::Leases), utc("2026-06-10T11:00:00Z")); // 06:00 CDT
    QCOMPARE(scheduler.spec(1, ScheduledJob::Leases).toString(), QStringLiteral("daily:06:00@America/Chicago"));
}

void TestScheduler::reloadWhileRunningDoesNotRunTwice()
{
    // 10:03 the incremental fires; at 10:04, before the run has recorded its success, the window
    // reloads the schedules from the cache (last success still 09:03): it must not fire again.
    ClockScope time(utc("2026-06-10T10:02:00Z"));
    const auto specs = QHash<ScheduledJob, ScheduleSpec>{
        {ScheduledJob::Incremental, ScheduleSpec::defaultFor(ScheduledJob::Incremental, 3)}};
    const auto lastRuns = QHash<ScheduledJob, QDateTime>{{ScheduledJob::Incremental, utc("2026-06-10T09:03:00Z")}};
    Scheduler scheduler;
    QSignalSpy due(&scheduler, &Scheduler::due);
    scheduler.setConnectionSchedule(1, specs, lastRuns);
    time.clock().setNow(utc("2026-06-10T10:03:00Z"));
    scheduler.check();
    QCOMPARE(due.size(), 1);
    time.clock().setNow(utc("2026-06-10T10:04:00Z"));
    scheduler.setConnectionSchedule(1, specs, lastRuns);
    scheduler.check();
    QCOMPARE(due.size(), 1);
    QCOMPARE(scheduler.nextRunUtc(1, ScheduledJob::Incremental), utc("2026-06-10T11:03:00Z"));
    // A removed and re-added connection starts from the cache's word again.
    scheduler.removeConnection(1);
    scheduler.setConnectionSchedule(1, specs, lastRuns);
    scheduler.check();
    QCOMPARE(due.size(), 2);
}

void TestScheduler::runTimeTextShowsLocalAndUtc()
{
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    const RunTimeText sameDay = runTimeText(utc("2026-11-24T23:30:00Z"), us, la);
    QCOMPARE(sameDay.local, us.toString(QDateTime(QDate(2026, 11, 24), QTime(15, 30)), QLocale::ShortFormat));
    QVERIFY2(sameDay.local.contains(QStringLiteral("3:30")), qPrintable(sameDay.local));
    QVERIFY2(sameDay.utc.contains(QStringLiteral("11:30")) && sameDay.utc.endsWith(QStringLiteral("UTC")),
             qPrintable(sameDay.utc));
    QCOMPARE(sameDay.combined, sameDay.local + QStringLiteral(" (")
                                   + us.toString(QTime(23, 30), QLocale::ShortFormat) + QStringLiteral(" UTC)"));

    // Evening in Los Angeles is the next day in UTC: the UTC part carries its date.
    const RunTimeText nextDay = runTimeText(utc("2026-11-25T03:00:00Z"), us, la);
    QCOMPARE(nextDay.combined, nextDay.local + QStringLiteral(" (") + nextDay.utc + QLatin1Char(')'));
    QVERIFY2(nextDay.utc.contains(QStringLiteral("11/25/26")), qPrintable(nextDay.utc));
    QVERIFY2(nextDay.local.contains(QStringLiteral("11/24/26")), qPrintable(nextDay.local));

    // In UTC there is only one time to show.
    const RunTimeText inUtc = runTimeText(utc("2026-11-24T23:30:00Z"), us, QTimeZone::utc());
    QCOMPARE(inUtc.combined, inUtc.utc);

    QCOMPARE(runTimeText(QDateTime(), us, la).combined, QStringLiteral("Not scheduled"));
}

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
