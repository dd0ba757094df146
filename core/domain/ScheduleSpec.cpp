#include "ScheduleSpec.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace pms {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("pms::ScheduleSpec", text, nullptr, n);
}

Error invalid(const QString &message)
{
    return Error(message, QStringLiteral("validation"));
}

QString examples()
{
    return tr("use hourly:0-5, every:2h, daily:23:30@UTC or monthly:27@03:00@America/Los_Angeles");
}

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

QTimeZone zoneOf(const ScheduleSpec &spec)
{
    return spec.zoneId.isEmpty() ? QTimeZone::utc() : QTimeZone(spec.zoneId.toUtf8());
}

/// Parses the optional "@Zone" tail (empty: UTC); an empty optional means it is not a zone.
std::optional<QString> parseZone(const QString &captured)
{
    if (captured.isEmpty())
        return QStringLiteral("UTC");
    // isTimeZoneIdAvailable, not isValid: the latter also takes POSIX TZ rules ("Nowhere" as a name
    // with offset 0), which would silently mean UTC.
    if (!QTimeZone::isTimeZoneIdAvailable(captured.toUtf8()) || !QTimeZone(captured.toUtf8()).isValid())
        return std::nullopt;
    return captured;
}

/// A slot of a Daily or Monthly spec on @p date (Monthly: clamped to the month's last day).
QDateTime slotOn(const ScheduleSpec &spec, const QDate &date, const QTimeZone &zone)
{
    return wallClockToUtc(date, spec.time, zone);
}

QDate monthlyDate(const ScheduleSpec &spec, int year, int month)
{
    const QDate first(year, month, 1);
    return QDate(year, month, qMin(spec.dayOfMonth, first.daysInMonth()));
}

// Candidate slots around @p instant, in increasing time order: enough to always contain the slot
// just before and the slot just after it.
QList<QDateTime> candidateSlots(const ScheduleSpec &spec, const QDateTime &instant)
{
    QList<QDateTime> out;
    const QTimeZone zone = zoneOf(spec);
    if (!zone.isValid() || !spec.time.isValid())
        return out;
    const QDate local = instant.toTimeZone(zone).date();
    if (spec.kind == ScheduleSpec::Kind::Daily) {
        for (int d = -2; d <= 2; ++d)
            out.append(slotOn(spec, local.addDays(d), zone));
    } else {
        const QDate first(local.year(), local.month(), 1);
        for (int m = -2; m <= 2; ++m) {
            const QDate month = first.addMonths(m);
            out.append(slotOn(spec, monthlyDate(spec, month.year(), month.month()), zone));
        }
    }
    return out;
}

int periodSeconds(const ScheduleSpec &spec)
{
    return (spec.kind == ScheduleSpec::Kind::EveryHours ? spec.everyHours : 1) * 3600;
}

bool isPeriodic(const ScheduleSpec &spec)
{
    return spec.kind == ScheduleSpec::Kind::Hourly || spec.kind == ScheduleSpec::Kind::EveryHours;
}

QString minutesText(const ScheduleSpec &spec)
{
    if (spec.minuteTo > spec.minuteFrom)
        return QStringLiteral("%1-%2").arg(spec.minuteFrom).arg(spec.minuteTo);
    return QString::number(spec.minuteFrom);
}

// "A-B" or "M" for the minutes of Hourly/EveryHours; false with @p error set when out of range.
bool parseMinutes(const QString &from, const QString &to, ScheduleSpec &spec, QString &error)
{
    spec.minuteFrom = from.isEmpty() ? 0 : from.toInt();
    spec.minuteTo = to.isEmpty() ? 0 : to.toInt();
    if (to.isEmpty()) {
        if (spec.minuteFrom > 59) {
            error = tr("The minute must be between 0 and 59 (got %1).").arg(spec.minuteFrom);
            return false;
        }
        return true;
    }
    if (spec.minuteTo > 60 || spec.minuteFrom >= spec.minuteTo) {
        error = tr("The minutes %1-%2 are not a window inside the hour: write A-B with 0 <= A < B <= 60, "
                   "e.g. 0-5 for the first five minutes.").arg(from, to);
        return false;
    }
    return true;
}

bool parseTime(const QString &hh, const QString &mm, ScheduleSpec &spec, QString &error)
{
    const int h = hh.toInt(), m = mm.toInt();
    if (h > 23 || m > 59) {
        error = tr("%1:%2 is not a time of day: write HH:MM from 00:00 to 23:59.").arg(hh, mm);
        return false;
    }
    spec.time = QTime(h, m);
    return true;
}

} // namespace

QList<ScheduledJob> allScheduledJobs()
{
    return {ScheduledJob::Incremental, ScheduledJob::PropertiesResidents, ScheduledJob::Leases,
            ScheduledJob::Reconciliation};
}

QString scheduledJobName(ScheduledJob job)
{
    switch (job) {
    case ScheduledJob::Incremental: return QStringLiteral("incremental");
    case ScheduledJob::PropertiesResidents: return QStringLiteral("properties_residents");
    case ScheduledJob::Leases: return QStringLiteral("leases");
    case ScheduledJob::Reconciliation: return QStringLiteral("reconciliation");
    }
    return {};
}

std::optional<ScheduledJob> scheduledJobFromName(const QString &name)
{
    for (ScheduledJob job : allScheduledJobs()) {
        if (scheduledJobName(job) == name)
            return job;
    }
    return std::nullopt;
}

QString scheduledJobTitle(ScheduledJob job)
{
    switch (job) {
    case ScheduledJob::Incremental: return tr("Incremental sync");
    case ScheduledJob::PropertiesResidents: return tr("Properties and residents");
    case ScheduledJob::Leases: return tr("Leases");
    case ScheduledJob::Reconciliation: return tr("Reconciliation");
    }
    return {};
}

ScheduleSpec ScheduleSpec::defaultFor(ScheduledJob job, quint32 seed)
{
    ScheduleSpec s;
    s.seed = seed;
    switch (job) {
    case ScheduledJob::Incremental: // R4: hourly, starting in the first 5 minutes of the hour
        s.kind = Kind::Hourly;
        s.minuteFrom = 0;
        s.minuteTo = 5;
        break;
    case ScheduledJob::PropertiesResidents: // R1, R2: every two hours
        s.kind = Kind::EveryHours;
        s.everyHours = 2;
        break;
    case ScheduledJob::Leases: // R8
        s.kind = Kind::Daily;
        s.time = QTime(23, 30);
        s.zoneId = QStringLiteral("UTC");
        break;
    case ScheduledJob::Reconciliation: // R13
        s.kind = Kind::Monthly;
        s.dayOfMonth = 27;
        s.time = QTime(3, 0);
        s.zoneId = QStringLiteral("America/Los_Angeles");
        break;
    }
    return s;
}

Result<ScheduleSpec> ScheduleSpec::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return invalid(tr("The schedule is empty: %1.").arg(examples()));
    const QString keyword = text.section(QLatin1Char(':'), 0, 0).toLower();
    const auto ci = QRegularExpression::CaseInsensitiveOption;
    ScheduleSpec spec;
    QString error;

    if (keyword == QLatin1String("hourly")) {
        static const QRegularExpression re(QStringLiteral("^hourly(?::(\\d{1,2})(?:-(\\d{1,2}))?)?$"), ci);
        const auto m = re.match(text);
        if (!m.hasMatch())
            return invalid(tr("\"%1\" is not an hourly schedule: write hourly:0-5 (a minute in the first five) "
                              "or hourly:15 (at a quarter past).").arg(text));
        spec.kind = Kind::Hourly;
        if (!parseMinutes(m.captured(1), m.captured(2), spec, error))
            return invalid(error);
        return spec;
    }
    if (keyword == QLatin1String("every")) {
        static const QRegularExpression re(
            QStringLiteral("^every:(\\d{1,2})h(?:\\+(\\d{1,2})(?:-(\\d{1,2}))?)?$"), ci);
        const auto m = re.match(text);
        if (!m.hasMatch())
            return invalid(tr("\"%1\" is not an every-N-hours schedule: write every:2h, every:2h+10 "
                              "(10 minutes past) or every:2h+0-5.").arg(text));
        spec.kind = Kind::EveryHours;
        spec.everyHours = m.captured(1).toInt();
        if (spec.everyHours < 1 || spec.everyHours > 24)
            return invalid(tr("Every %1 hours: the number of hours must be between 1 and 24.").arg(m.captured(1)));
        if (!parseMinutes(m.captured(2), m.captured(3), spec, error))
            return invalid(error);
        return spec;
    }
    if (keyword == QLatin1String("daily")) {
        static const QRegularExpression re(QStringLiteral("^daily:(\\d{1,2}):(\\d{2})(?:@(\\S+))?$"), ci);
        const auto m = re.match(text);
        if (!m.hasMatch())
            return invalid(tr("\"%1\" is not a daily schedule: write daily:23:30@UTC or "
                              "daily:06:00@America/Chicago.").arg(text));
        spec.kind = Kind::Daily;
        if (!parseTime(m.captured(1), m.captured(2), spec, error))
            return invalid(error);
        const auto zone = parseZone(m.captured(3));
        if (!zone)
            return invalid(tr("\"%1\" is not a time zone: use an IANA name such as America/Los_Angeles or UTC.")
                               .arg(m.captured(3)));
        spec.zoneId = *zone;
        return spec;
    }
    if (keyword == QLatin1String("monthly")) {
        static const QRegularExpression re(
            QStringLiteral("^monthly:(\\d{1,2})@(\\d{1,2}):(\\d{2})(?:@(\\S+))?$"), ci);
        const auto m = re.match(text);
        if (!m.hasMatch())
            return invalid(tr("\"%1\" is not a monthly schedule: write monthly:27@03:00@America/Los_Angeles "
                              "(day@HH:MM@zone).").arg(text));
        spec.kind = Kind::Monthly;
        spec.dayOfMonth = m.captured(1).toInt();
        if (spec.dayOfMonth < 1 || spec.dayOfMonth > 31)
            return invalid(tr("The day of the month must be between 1 and 31 (got %1).").arg(m.captured(1)));
        if (!parseTime(m.captured(2), m.captured(3), spec, error))
            return invalid(error);
        const auto zone = parseZone(m.captured(4));
        if (!zone)
            return invalid(tr("\"%1\" is not a time zone: use an IANA name such as America/Los_Angeles or UTC.")
                               .arg(m.captured(4)));
        spec.zoneId = *zone;
        return spec;
    }
    return invalid(tr("Unknown schedule \"%1\": %2.").arg(text, examples()));
}

Result<ScheduleSpec> ScheduleSpec::parseFor(ScheduledJob job, const QString &text, quint32 seed)
{
    if (text.trimmed().isEmpty())
        return defaultFor(job, seed);
    Result<ScheduleSpec> r = parse(text);
    if (r.ok())
        r.value().seed = seed;
    return r;
}

QString ScheduleSpec::toString() const
{
    switch (kind) {
    case Kind::Hourly:
        return QStringLiteral("hourly:") + minutesText(*this);
    case Kind::EveryHours: {
        QString s = QStringLiteral("every:%1h").arg(everyHours);
        if (minuteTo > minuteFrom || minuteFrom > 0)
            s += QLatin1Char('+') + minutesText(*this);
        return s;
    }
    case Kind::Daily:
        return QStringLiteral("daily:") + time.toString(QStringLiteral("HH:mm")) + QLatin1Char('@')
            + (zoneId.isEmpty() ? QStringLiteral("UTC") : zoneId);
    case Kind::Monthly:
        return QStringLiteral("monthly:%1@").arg(dayOfMonth) + time.toString(QStringLiteral("HH:mm"))
            + QLatin1Char('@') + (zoneId.isEmpty() ? QStringLiteral("UTC") : zoneId);
    }
    return {};
}

QString ScheduleSpec::describe() const
{
    const QLocale locale;
    const QString minute = QString::number(offsetSeconds() / 60).rightJustified(2, QLatin1Char('0'));
    switch (kind) {
    case Kind::Hourly:
        return tr("Every hour at :%1 (UTC hours)").arg(minute);
    case Kind::EveryHours:
        return tr("Every %n hour(s) at :%1 (UTC hours)", everyHours).arg(minute);
    case Kind::Daily:
        return tr("Daily at %1 (%2)").arg(locale.toString(time, QLocale::ShortFormat), zoneId);
    case Kind::Monthly:
        if (dayOfMonth > 28)
            return tr("Monthly on day %1 (or the month's last day) at %2 (%3)")
                .arg(QString::number(dayOfMonth), locale.toString(time, QLocale::ShortFormat), zoneId);
        return tr("Monthly on day %1 at %2 (%3)")
            .arg(QString::number(dayOfMonth), locale.toString(time, QLocale::ShortFormat), zoneId);
    }
    return {};
}

int ScheduleSpec::offsetSeconds() const
{
    if (!isPeriodic(*this))
        return 0;
    if (minuteTo > minuteFrom)
        return (minuteFrom + int(seed % quint32(minuteTo - minuteFrom))) * 60;
    return minuteFrom * 60;
}

bool ScheduleSpec::sameTimesAs(const ScheduleSpec &other) const
{
    ScheduleSpec a = *this, b = other;
    a.enabled = b.enabled = true;
    a.seed = b.seed = 0;
    return a == b;
}

quint32 scheduleSeed(const QString &text)
{
    quint32 h = 2166136261u;
    const QByteArray bytes = text.toUtf8();
    for (char c : bytes) {
        h ^= quint8(c);
        h *= 16777619u;
    }
    return h;
}

QDateTime wallClockToUtc(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    // The wall-clock reading as if it were UTC; the real instant is that minus the zone's offset.
    const QDateTime naive(date, time, Qt::UTC);
    const int before = zone.offsetFromUtc(naive.addSecs(-86400));
    const int after = zone.offsetFromUtc(naive.addSecs(86400));
    QDateTime best;
    for (int offset : {before, after}) {
        const QDateTime candidate = naive.addSecs(-offset);
        if (zone.offsetFromUtc(candidate) == offset && (!best.isValid() || candidate < best))
            best = candidate; // overlap: both fit, keep the first occurrence
    }
    if (!best.isValid()) // in the gap: the instant the reading would have had before the change
        best = naive.addSecs(-before);
    return best;
}

QDateTime nextRun(const ScheduleSpec &spec, const QDateTime &afterUtc)
{
    if (!spec.enabled || !afterUtc.isValid())
        return {};
    if (isPeriodic(spec)) {
        const QDateTime prev = previousRun(spec, afterUtc);
        return prev.addSecs(periodSeconds(spec));
    }
    const QList<QDateTime> slots = candidateSlots(spec, afterUtc);
    for (const QDateTime &slot : slots) {
        if (slot > afterUtc)
            return slot;
    }
    return {};
}

QDateTime previousRun(const ScheduleSpec &spec, const QDateTime &atUtc)
{
    if (!spec.enabled || !atUtc.isValid())
        return {};
    if (isPeriodic(spec)) {
        const qint64 period = periodSeconds(spec);
        const qint64 offset = spec.offsetSeconds();
        const qint64 k = floorDiv(atUtc.toSecsSinceEpoch() - offset, period);
        return QDateTime::fromSecsSinceEpoch(k * period + offset, Qt::UTC);
    }
    const QList<QDateTime> slots = candidateSlots(spec, atUtc);
    for (auto it = slots.crbegin(); it != slots.crend(); ++it) {
        if (*it <= atUtc)
            return *it;
    }
    return {};
}

bool isMissed(const ScheduleSpec &spec, const QDateTime &lastRunUtc, const QDateTime &nowUtc)
{
    if (!spec.enabled || !lastRunUtc.isValid())
        return false;
    const QDateTime slot = previousRun(spec, nowUtc);
    return slot.isValid() && slot > lastRunUtc;
}

QList<ScheduledJob> dueAtStartup(const QHash<ScheduledJob, ScheduleSpec> &specs,
                                 const QHash<ScheduledJob, QDateTime> &lastRunsUtc, const QDateTime &nowUtc)
{
    QList<ScheduledJob> due;
    for (ScheduledJob job : allScheduledJobs()) {
        const auto it = specs.constFind(job);
        if (it != specs.constEnd() && isMissed(*it, lastRunsUtc.value(job), nowUtc))
            due.append(job);
    }
    return due;
}

} // namespace pms
