#pragma once

#include <QList>
#include <QMutex>
#include <QString>
#include <optional>
#include <random>

namespace pms::sim {

/// Fault injection for the simulator, per route, by probability or as a scripted sequence.
///
/// SPEC grammar (also printed by `pmsbridge sim --help`):
///
///   SPEC    := RULE ( ',' RULE )*
///   RULE    := ROUTE ':' FAULT [ TRIGGER ]
///   ROUTE   := all | health | portfolios | buildings | units | leases | contacts | workorders
///              | vendors | docs            (a route covers its collection, its /{id} and sub-paths)
///              Buildium (sim --pms buildium): rentals | units | leases | tenants | tasks | workorders
///              | owners | vendors | users | files | bucket (the upload bucket)
///   FAULT   := 429[=SECONDS]   429 Too Many Requests with Retry-After: SECONDS (default 1)
///            | 401             401 with an ErrorResponse body, as if the key had been revoked
///            | 4xx|5xx         that status (e.g. 500, 502, 503) with an ErrorResponse body
///            | slow=MS         answer MS milliseconds late (combines with the other faults)
///            | hang            never answer (the connection stays open)
///            | reset           send the headers and half the body, then reset the connection
///            | truncate        a complete HTTP answer whose JSON body is cut in half
///            | badjson         a 200 whose body is not valid JSON
///            | wrongtype       a 200 with Content-Type text/html and an HTML page as the body
///            | pageshift[=M]   after serving a page of a collection, insert M records (default 5)
///                              that sort before the next offset, so offset paging shifts: copies
///                              of records already served, with lower ids (higher under "id desc"),
///                              created and modified now (so under "lastModifiedDateTime asc" they
///                              come last, as real new records would)
///   TRIGGER := '@' P           each request with probability P (0..1)
///            | '#' N           only the Nth request to ROUTE (1-based; pageshift: the Nth page)
///            | '#' N '-' M     requests N to M
///            | '#' N '+'       request N and every later one ("401 after N requests": all:401#N+)
///   no trigger = every request (pageshift: after the first page only).
///
/// Examples: units:429@0.2,workorders:reset#3,all:slow=200@0.1,leases:pageshift=5
///           all:401#20+        units:500#1-2         buildings:hang#1
///
/// Each rule counts the requests to its route on its own. Probabilities come from a generator
/// seeded with the simulator's seed, so a run is repeatable. Control requests (/_sim/...) never
/// fail and are not counted. Thread-safe.
class FaultPlan
{
public:
    enum class Kind { Status, Slow, Hang, Reset, Truncate, BadJson, WrongType, PageShift };

    struct Rule
    {
        QString route; // "all" or a route name
        Kind kind = Kind::Status;
        int status = 0; // Kind::Status
        int value = 0; // Retry-After seconds (429), delay ms (slow), records (pageshift)
        enum class Trigger { Always, Probability, Nth, Range, From } trigger = Trigger::Always;
        double probability = 1.0;
        int first = 0, last = 0;
        int seen = 0; // requests to this route so far
    };

    /// What to do to one request.
    struct Decision
    {
        int delayMs = 0;
        std::optional<Rule> terminal; // Status / Hang / Reset / Truncate / BadJson / WrongType
        int pageShift = 0; // records to insert after this page (0 = none)
        bool any() const { return delayMs > 0 || terminal || pageShift > 0; }
    };

    explicit FaultPlan(quint64 seed = 1);

    /// Replaces the rules; on a syntax error keeps the old ones and explains in @p error.
    bool setSpec(const QString &spec, QString *error = nullptr);
    void clear();
    QString spec() const;
    QList<Rule> rules() const;
    void addRule(const Rule &rule);

    /// Counts the request against every rule of @p route and decides. @p isPage: a GET of a
    /// collection (the only requests pageshift applies to and counts).
    Decision decide(const QString &route, bool isPage);

    static std::optional<QList<Rule>> parse(const QString &spec, QString *error = nullptr);
    static QString grammar();
    static QStringList routes();

private:
    bool fires(Rule &rule);

    mutable QMutex m_mutex;
    QList<Rule> m_rules;
    QString m_spec;
    std::mt19937_64 m_rng;
};

} // namespace pms::sim
