#include "SimControl.h"
#include "SimPlatformUnits.h"

#include "SimJson.h"
#include "SimQuery.h"

#include <QTimeZone>

namespace pms::sim {

namespace {

QList<qint64> parseIds(const QString &text, bool *ok)
{
    QList<qint64> out;
    *ok = true;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool good = false;
        const qint64 id = part.trimmed().toLongLong(&good);
        if (!good || id <= 0)
            *ok = false;
        out.append(id);
    }
    return out;
}

} // namespace

SimControl::SimControl(SimDataset &data, FaultPlan &faults, std::function<QByteArray()> stats)
    : m_data(data)
    , m_faults(faults)
    , m_stats(std::move(stats))
{ }

SimResponse SimControl::changed(const QList<qint64> &ids) const
{
    QByteArray out;
    JsonWriter w(out);
    w.beginObject();
    w.field("count", qint64(ids.size()));
    w.key("ids");
    w.beginArray();
    for (qint64 id : ids)
        w.value(id);
    w.endArray();
    w.endObject();
    return SimResponse::json(200, out);
}

SimResponse SimControl::state() const
{
    QByteArray out;
    JsonWriter w(out);
    const SimOptions &o = m_data.options();
    w.beginObject();
    w.field("seed", qint64(o.seed));
    w.field("scale", scaleName(o.scale));
    w.dateTimeField("now", m_data.nowSecs(), 0);
    w.field("version", qint64(m_data.version()));
    w.field("integrationUser", o.integrationUser);
    w.field("integrationEmail", o.integrationEmail);
    w.field("faults", m_faults.spec());
    w.key("counts");
    w.beginObject();
    for (int i = 0; i < EntityCount; ++i)
        w.field(entityName(Entity(i)).toLatin1().constData(), m_data.count(Entity(i)));
    w.endObject();
    w.endObject();
    if (m_stats) {
        const QByteArray extra = m_stats();
        if (!extra.isEmpty()) {
            out.chop(1);
            out += ',' + extra + '}';
        }
    }
    return SimResponse::json(200, out);
}

SimResponse SimControl::handle(const SimRequest &r)
{
    const QString path = r.path.endsWith(QLatin1Char('/')) ? r.path.chopped(1) : r.path;
    auto q = [&r](const char *key) {
        return r.query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded).trimmed();
    };
    auto count = [&](bool *ok) {
        const QString c = q("count");
        if (c.isEmpty()) {
            *ok = true;
            return 1;
        }
        const int n = c.toInt(ok);
        *ok = *ok && n >= 0 && n <= 10000000;
        return n;
    };
    auto bad = [](const char *key, const QString &message) {
        return SimResponse::error(400, QString::fromLatin1(key), message);
    };
    const bool get = r.method == "GET", post = r.method == "POST";

    if (path == QLatin1String("/state") && get)
        return state();
    if (path == QLatin1String("/platform-units.csv") && get) {
        SimResponse csv;
        csv.contentType = "text/csv;charset=UTF-8";
        csv.body = SimPlatformUnits::csv(m_data);
        return csv;
    }
    if (path == QLatin1String("/faults")) {
        if (get) {
            QByteArray out;
            JsonWriter w(out);
            w.beginObject();
            w.field("spec", m_faults.spec());
            w.field("grammar", FaultPlan::grammar());
            w.endObject();
            return SimResponse::json(200, out);
        }
        if (r.method == "DELETE") {
            m_faults.clear();
            return changed({});
        }
        if (post) {
            const QString spec = r.query.hasQueryItem(QStringLiteral("spec"))
                ? q("spec")
                : QString::fromUtf8(r.body).trimmed();
            QString error;
            if (!m_faults.setSpec(spec, &error))
                return bad("spec", error);
            return changed({});
        }
    }
    if (!post)
        return SimResponse::error(404, QStringLiteral("path"),
            QStringLiteral("No control endpoint %1 %2").arg(QString::fromLatin1(r.method), r.path));
    if (path == QLatin1String("/reset")) {
        m_data.reset();
        return changed({});
    }
    if (path == QLatin1String("/clock")) {
        if (!q("now").isEmpty()) {
            const auto ms = SimQuery::parseDateTimeMs(q("now"));
            if (!ms)
                return bad(
                    "now", QStringLiteral("'%1' is not a date-time like 2025-01-31T10:00:00Z").arg(q("now")));
            m_data.setNow(QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC));
        } else if (!q("advance").isEmpty()) {
            bool ok = false;
            const qint64 secs = q("advance").toLongLong(&ok);
            if (!ok)
                return bad("advance", QStringLiteral("advance is a number of seconds"));
            m_data.advanceSecs(secs);
        } else if (q("system") == QLatin1String("true")) {
            m_data.setClock(nullptr);
        } else {
            return bad("now", QStringLiteral("give now=DATE-TIME, advance=SECONDS or system=true"));
        }
        return state();
    }
    bool ok = true;
    const int n = count(&ok);
    if (!ok)
        return bad("count", QStringLiteral("count must be a whole number >= 0"));
    const bool hasIds = r.query.hasQueryItem(QStringLiteral("ids"));
    const QList<qint64> ids = parseIds(q("ids"), &ok);
    if (!ok)
        return bad("ids", QStringLiteral("ids is a comma-separated list of ids"));

    if (path == QLatin1String("/touch") || path == QLatin1String("/rename")) {
        const auto entity = parseEntity(q("entity"));
        if (!entity)
            return bad("entity",
                QStringLiteral(
                    "entity must be portfolios, buildings, units, leases, contacts, workorders or vendors"));
        if (path == QLatin1String("/touch"))
            return changed(hasIds ? m_data.touchIds(*entity, ids) : m_data.touch(*entity, n));
        if (r.query.hasQueryItem(QStringLiteral("id"))) {
            bool idOk = false;
            const qint64 id = q("id").toLongLong(&idOk);
            if (!idOk || q("name").isEmpty())
                return bad("id", QStringLiteral("rename one record with id=ID&name=NEW"));
            if (!m_data.renameRecord(*entity, id, q("name")))
                return SimResponse::error(404, QStringLiteral("id"),
                    QStringLiteral("No %1 with id %2").arg(entityName(*entity)).arg(id));
            return changed({ id });
        }
        return changed(m_data.rename(*entity, n));
    }
    if (path == QLatin1String("/move-lease")) {
        if (r.query.hasQueryItem(QStringLiteral("lease"))) {
            const qint64 lease = q("lease").toLongLong(), unit = q("unit").toLongLong();
            if (!m_data.moveLease(lease, unit))
                return bad("lease",
                    QStringLiteral("cannot move lease %1 to unit %2 (unknown id, or already there)")
                        .arg(q("lease"), q("unit")));
            return changed({ lease });
        }
        return changed(m_data.moveLeases(n));
    }
    if (path == QLatin1String("/delete-units"))
        return changed(hasIds ? m_data.deleteUnitIds(ids) : m_data.deleteUnits(n));
    if (path == QLatin1String("/deactivate-units"))
        return changed(hasIds ? m_data.deactivateUnitIds(ids) : m_data.deactivateUnits(n));
    if (path == QLatin1String("/add-units"))
        return changed(m_data.addUnits(n, q("building").toLongLong()));
    if (path == QLatin1String("/add-workorders")) {
        const QString managedBy
            = r.query.hasQueryItem(QStringLiteral("managedBy")) ? q("managedBy") : QString();
        return changed(m_data.addWorkOrders(n, managedBy));
    }
    return SimResponse::error(
        404, QStringLiteral("path"), QStringLiteral("No control endpoint %1").arg(r.path));
}

} // namespace pms::sim
