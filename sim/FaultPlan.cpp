#include "FaultPlan.h"

#include <QRegularExpression>

namespace pms::sim {

FaultPlan::FaultPlan(quint64 seed)
    : m_rng(seed ^ 0xFA017FA017ull)
{ }

QStringList FaultPlan::routes()
{
    return { QStringLiteral("all"), QStringLiteral("health"), QStringLiteral("portfolios"),
        QStringLiteral("buildings"), QStringLiteral("units"), QStringLiteral("leases"),
        QStringLiteral("contacts"), QStringLiteral("workorders"), QStringLiteral("vendors"),
        QStringLiteral("docs"),
        // The Buildium simulator's routes (sim --pms buildium).
        QStringLiteral("rentals"), QStringLiteral("tenants"), QStringLiteral("tasks"), QStringLiteral("owners"),
        QStringLiteral("users"), QStringLiteral("files"), QStringLiteral("bucket") };
}

QString FaultPlan::grammar()
{
    return QStringLiteral(
        "Fault SPEC: RULE[,RULE...]   RULE = ROUTE:FAULT[TRIGGER]\n"
        "  ROUTE   all | health | portfolios | buildings | units | leases | contacts | workorders | vendors "
        "| docs\n"
        "          (sim --pms buildium: all | rentals | units | leases | tenants | tasks | workorders | owners\n"
        "           | vendors | users | files | bucket; 403 there names the permission the route needs)\n"
        "  FAULT   429[=SECONDS]  Too Many Requests with Retry-After (default 1)\n"
        "          401            unauthorized, as if the key had been revoked\n"
        "          4xx|5xx        that status, e.g. 500, 502, 503\n"
        "          slow=MS        answer MS milliseconds late\n"
        "          hang           never answer\n"
        "          reset          half the body, then reset the connection\n"
        "          truncate       JSON body cut in half (valid HTTP)\n"
        "          badjson        200 with a body that is not JSON\n"
        "          wrongtype      200 with Content-Type text/html and an HTML page\n"
        "          pageshift[=M]  after a page, insert M records (default 5) before the next offset\n"
        "  TRIGGER @P             with probability P (0..1) per request\n"
        "          #N | #N-M | #N+ the Nth request (pageshift: page), N to M, N and later\n"
        "          (none)         every request; pageshift: after the first page only\n"
        "  e.g. units:429@0.2,workorders:reset#3,all:slow=200@0.1,leases:pageshift=5,all:401#20+");
}

std::optional<QList<FaultPlan::Rule>> FaultPlan::parse(const QString &spec, QString *error)
{
    static const QRegularExpression ruleRe(
        QStringLiteral(R"(^([a-z]+):([a-z0-9]+)(?:=(\d+))?(?:@([0-9]*\.?[0-9]+)|#(\d+)(?:(\+)|-(\d+))?)?$)"));
    QList<Rule> rules;
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    for (const QString &raw : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString text = raw.trimmed().toLower();
        if (text.isEmpty())
            continue;
        const QRegularExpressionMatch m = ruleRe.match(text);
        if (!m.hasMatch())
            return fail(
                QStringLiteral("fault rule '%1' is not ROUTE:FAULT[=N][@P|#N|#N-M|#N+]").arg(raw.trimmed()));
        Rule r;
        r.route = m.captured(1);
        if (!routes().contains(r.route))
            return fail(QStringLiteral("unknown route '%1' in fault rule '%2'").arg(r.route, raw.trimmed()));
        const QString fault = m.captured(2);
        const bool hasValue = m.capturedLength(3) > 0;
        const int value = m.captured(3).toInt();
        bool digits = false;
        const int code = fault.toInt(&digits);
        if (digits) {
            if (code < 400 || code > 599)
                return fail(QStringLiteral("status %1 in '%2' is not an error status (400-599)")
                                .arg(code)
                                .arg(raw.trimmed()));
            r.kind = Kind::Status;
            r.status = code;
            r.value = hasValue ? value : (code == 429 ? 1 : 0);
        } else if (fault == QLatin1String("slow")) {
            if (!hasValue)
                return fail(QStringLiteral("'slow' needs a delay in milliseconds, e.g. slow=200"));
            r.kind = Kind::Slow;
            r.value = value;
        } else if (fault == QLatin1String("pageshift")) {
            r.kind = Kind::PageShift;
            r.value = hasValue ? value : 5;
        } else {
            static const QList<QPair<QString, Kind>> plain = { { QStringLiteral("hang"), Kind::Hang },
                { QStringLiteral("reset"), Kind::Reset }, { QStringLiteral("truncate"), Kind::Truncate },
                { QStringLiteral("badjson"), Kind::BadJson },
                { QStringLiteral("wrongtype"), Kind::WrongType } };
            auto it
                = std::find_if(plain.begin(), plain.end(), [&](const auto &p) { return p.first == fault; });
            if (it == plain.end())
                return fail(
                    QStringLiteral("unknown fault '%1'; see the SPEC grammar in 'pmsbridge sim --help'")
                        .arg(fault));
            if (hasValue)
                return fail(QStringLiteral("fault '%1' takes no value").arg(fault));
            r.kind = it->second;
        }
        if (m.capturedLength(4) > 0) {
            r.trigger = Rule::Trigger::Probability;
            r.probability = m.captured(4).toDouble();
            if (r.probability < 0 || r.probability > 1)
                return fail(QStringLiteral("probability %1 is not between 0 and 1").arg(m.captured(4)));
        } else if (m.capturedLength(5) > 0) {
            r.first = m.captured(5).toInt();
            if (r.first < 1)
                return fail(QStringLiteral("request numbers start at 1 in '%1'").arg(raw.trimmed()));
            if (m.capturedLength(6) > 0) {
                r.trigger = Rule::Trigger::From;
            } else if (m.capturedLength(7) > 0) {
                r.trigger = Rule::Trigger::Range;
                r.last = m.captured(7).toInt();
                if (r.last < r.first)
                    return fail(QStringLiteral("empty range in '%1'").arg(raw.trimmed()));
            } else {
                r.trigger = Rule::Trigger::Nth;
            }
        } else if (r.kind == Kind::PageShift) {
            r.trigger = Rule::Trigger::Nth; // default: after the first page only
            r.first = 1;
        }
        rules.append(r);
    }
    return rules;
}

bool FaultPlan::setSpec(const QString &spec, QString *error)
{
    auto parsed = parse(spec, error);
    if (!parsed)
        return false;
    QMutexLocker lock(&m_mutex);
    m_rules = *parsed;
    m_spec = spec.trimmed();
    return true;
}

void FaultPlan::clear()
{
    QMutexLocker lock(&m_mutex);
    m_rules.clear();
    m_spec.clear();
}

QString FaultPlan::spec() const
{
    QMutexLocker lock(&m_mutex);
    return m_spec;
}

QList<FaultPlan::Rule> FaultPlan::rules() const
{
    QMutexLocker lock(&m_mutex);
    return m_rules;
}

void FaultPlan::addRule(const Rule &rule)
{
    QMutexLocker lock(&m_mutex);
    m_rules.append(rule);
}

bool FaultPlan::fires(Rule &r)
{
    ++r.seen;
    switch (r.trigger) {
    case Rule::Trigger::Always:
        return true;
    case Rule::Trigger::Probability:
        return double(m_rng() >> 11) * (1.0 / 9007199254740992.0) < r.probability;
    case Rule::Trigger::Nth:
        return r.seen == r.first;
    case Rule::Trigger::Range:
        return r.seen >= r.first && r.seen <= r.last;
    case Rule::Trigger::From:
        return r.seen >= r.first;
    }
    return false;
}

FaultPlan::Decision FaultPlan::decide(const QString &route, bool isPage)
{
    QMutexLocker lock(&m_mutex);
    Decision d;
    for (Rule &r : m_rules) {
        if (r.route != QLatin1String("all") && r.route != route)
            continue;
        if (r.kind == Kind::PageShift && !isPage)
            continue;
        if (!fires(r))
            continue;
        switch (r.kind) {
        case Kind::Slow:
            d.delayMs += r.value;
            break;
        case Kind::PageShift:
            d.pageShift += r.value;
            break;
        default:
            if (!d.terminal)
                d.terminal = r;
        }
    }
    return d;
}

} // namespace pms::sim
