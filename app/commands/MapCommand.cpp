#include "CliSupport.h"
#include "Command.h"
#include "common/CsvWriter.h"
#include "mapping/MappingService.h"
#include "mapping/UnitSuggester.h"
#include "storage/MappingRepository.h"

#include <QBuffer>
#include <QHash>

#include <cmath>

using namespace pms;
using namespace pms::app;

// `pmsbridge map`, `pmsbridge unmap`: the Unit Mapping editor without a window (R18, R19).
// Exit codes: the one table of 'pmsbridge --help' (2 usage, 3 unknown unit or platform unit, 4 the 1:1 rule).

namespace {

int exitCodeFor(const Error &e)
{
    return pms::app::exitCodeFor(e.code);
}

double rounded(double confidence)
{
    return std::round(confidence * 100.0) / 100.0;
}

QString describeUnit(const MappingUnitRef &u)
{
    return u.propertyName.isEmpty() ? QStringLiteral("%1 (%2)").arg(u.pmsId).arg(u.unitName)
                                    : QStringLiteral("%1 (%2, %3)").arg(u.pmsId).arg(u.unitName, u.propertyName);
}

Result<MappingUnitRef> findUnit(MappingRepository &repo, qint64 connectionId, const QString &arg)
{
    bool ok = false;
    const qint64 pmsId = arg.toLongLong(&ok);
    if (!ok)
        return Error(QStringLiteral("PMS_UNIT_ID must be the unit's PMS id (a number), not '%1'").arg(arg),
                     QStringLiteral("usage"));
    return repo.unitByPmsId(connectionId, pmsId);
}

// PLATFORM_UNIT_ID is the platform unit's id (as `export platform-units` prints it), or its external_ref.
Result<MappingPlatformRef> findPlatformUnit(MappingRepository &repo, const QString &arg)
{
    bool ok = false;
    const qint64 id = arg.toLongLong(&ok);
    if (ok) {
        auto byId = repo.platformUnit(id);
        if (byId.ok() || byId.error().code != QLatin1String("not-found"))
            return byId;
    }
    auto byRef = repo.platformUnitByExternalRef(arg);
    if (byRef.ok() || byRef.error().code != QLatin1String("not-found"))
        return byRef;
    return Error(QStringLiteral("unknown platform unit %1 (no platform unit with that id or external_ref; see "
                                "'pmsbridge export platform-units')")
                     .arg(arg),
                 QStringLiteral("not-found"));
}

int runSuggest(CliContext &ctx, Database &db, qint64 connectionId, const QString &acceptAbove)
{
    std::optional<double> threshold;
    if (!acceptAbove.isEmpty()) {
        bool ok = false;
        const double v = acceptAbove.toDouble(&ok);
        if (!ok || v < 0.0 || v > 1.0)
            return ctx.fail(QStringLiteral("--accept-above takes a confidence between 0 and 1, not '%1'").arg(acceptAbove), 2);
        threshold = v;
    }
    MappingRepository repo(db);
    auto units = repo.units(connectionId, false);
    if (!units.ok())
        return ctx.fail(units.errorMessage(), 1);
    auto platformUnits = repo.platformUnits();
    if (!platformUnits.ok())
        return ctx.fail(platformUnits.errorMessage(), 1);
    const std::vector<Suggestion> suggestions = UnitSuggester::suggest(units.value(), platformUnits.value());

    QHash<qint64, const PmsUnitRow *> unitById;
    for (const PmsUnitRow &u : units.value())
        unitById.insert(u.unitId, &u);
    QHash<qint64, const PlatformUnitRow *> platformById;
    for (const PlatformUnitRow &p : platformUnits.value())
        platformById.insert(p.id, &p);

    QList<Suggestion> accepted;
    if (threshold)
        for (const Suggestion &s : suggestions)
            if (rounded(s.confidence) >= *threshold)
                accepted.append(s);
    if (!accepted.isEmpty()) {
        auto changes = MappingService(db).acceptSuggestions(accepted);
        if (!changes.ok())
            return ctx.fail(changes.errorMessage(), exitCodeFor(changes.error()));
    }

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter csv(&buffer);
        using K = CsvWriter::ColumnKind;
        csv.setColumnKinds({K::Number, K::Text, K::Text, K::Number, K::Text, K::Number, K::Text});
        QStringList header = {QStringLiteral("pms_unit_id"), QStringLiteral("unit_name"), QStringLiteral("property_name"),
                              QStringLiteral("platform_unit_id"), QStringLiteral("platform_unit_name"),
                              QStringLiteral("confidence")};
        if (threshold)
            header << QStringLiteral("accepted");
        csv.writeHeader(header);
        for (const Suggestion &s : suggestions) {
            const PmsUnitRow *u = unitById.value(s.unitId);
            const PlatformUnitRow *p = platformById.value(s.platformUnitId);
            QStringList row = {QString::number(u->pmsId), u->unitName, u->propertyName, QString::number(p->id),
                               p->name, QString::number(rounded(s.confidence), 'f', 2)};
            if (threshold)
                row << (rounded(s.confidence) >= *threshold ? QStringLiteral("true") : QStringLiteral("false"));
            csv.writeRow(row);
        }
    }
    *ctx.out << QString::fromUtf8(buffer.data());
    ctx.out->flush();
    if (threshold)
        *ctx.err << QStringLiteral("Accepted %1 of %2 suggestions (confidence >= %3).")
                        .arg(accepted.size())
                        .arg(suggestions.size())
                        .arg(*threshold, 0, 'f', 2)
                 << Qt::endl;
    return 0;
}

int runMap(CliContext &ctx)
{
    if (ctx.args.contains(QLatin1String("--help"))) {
        *ctx.out << "Usage: pmsbridge [--db FILE] map [--connection ID] PMS_UNIT_ID PLATFORM_UNIT_ID\n"
                    "       pmsbridge [--db FILE] map [--connection ID] --suggest [--accept-above SCORE]\n"
                    "Maps a PMS unit (its PMS id) to a platform unit (its id or external_ref); residents of the unit\n"
                    "are assigned to it at once (unless Unit Sync is off). --suggest prints suggested mappings as CSV\n"
                    "(pms_unit_id, unit_name, property_name, platform_unit_id, platform_unit_name, confidence);\n"
                    "--accept-above also maps those with confidence >= SCORE in one transaction, adds an 'accepted'\n"
                    "column and reports how many on standard error.\n";
        return 0;
    }
    int rc = 0;
    auto db = openCache(ctx, &rc);
    if (!db)
        return rc;
    auto connection = pickConnection(ctx, *db);
    if (!connection.ok())
        return ctx.fail(connection.errorMessage(), exitCodeFor(connection.error()));

    QString acceptAbove, error;
    if (!takeOption(ctx.args, QStringLiteral("--accept-above"), &acceptAbove, &error))
        return ctx.fail(error, 2);
    if (takeFlag(ctx.args, QStringLiteral("--suggest"))) {
        if (!ctx.args.isEmpty())
            return ctx.fail(QStringLiteral("unexpected argument '%1'; see 'pmsbridge map --help'").arg(ctx.args.first()), 2);
        return runSuggest(ctx, *db, connection->id, acceptAbove);
    }
    if (!acceptAbove.isEmpty())
        return ctx.fail(QStringLiteral("--accept-above goes with --suggest; see 'pmsbridge map --help'"), 2);
    if (ctx.args.size() != 2)
        return ctx.fail(QStringLiteral("map takes PMS_UNIT_ID PLATFORM_UNIT_ID; see 'pmsbridge map --help'"), 2);

    MappingRepository repo(*db);
    auto unit = findUnit(repo, connection->id, ctx.args.at(0));
    if (!unit.ok())
        return ctx.fail(unit.errorMessage(), exitCodeFor(unit.error()));
    auto platform = findPlatformUnit(repo, ctx.args.at(1));
    if (!platform.ok())
        return ctx.fail(platform.errorMessage(), exitCodeFor(platform.error()));
    auto change = MappingService(*db).map(unit->unitId, platform->id, QStringLiteral("cli"));
    if (!change.ok())
        return ctx.fail(change.errorMessage(), exitCodeFor(change.error()));
    if (change->before.platformUnitId == platform->id)
        *ctx.out << QStringLiteral("PMS unit %1 is already mapped to platform unit %2 '%3'.")
                        .arg(describeUnit(unit.value()))
                        .arg(platform->id)
                        .arg(platform->name)
                 << Qt::endl;
    else
        *ctx.out << QStringLiteral("Mapped PMS unit %1 to platform unit %2 '%3'.")
                        .arg(describeUnit(unit.value()))
                        .arg(platform->id)
                        .arg(platform->name)
                 << Qt::endl;
    return 0;
}

int runUnmap(CliContext &ctx)
{
    if (ctx.args.contains(QLatin1String("--help"))) {
        *ctx.out << "Usage: pmsbridge [--db FILE] unmap [--connection ID] PMS_UNIT_ID\n"
                    "Removes the mapping of a PMS unit (its PMS id); its residents lose their platform unit.\n";
        return 0;
    }
    int rc = 0;
    auto db = openCache(ctx, &rc);
    if (!db)
        return rc;
    auto connection = pickConnection(ctx, *db);
    if (!connection.ok())
        return ctx.fail(connection.errorMessage(), exitCodeFor(connection.error()));
    if (ctx.args.size() != 1)
        return ctx.fail(QStringLiteral("unmap takes PMS_UNIT_ID; see 'pmsbridge unmap --help'"), 2);
    MappingRepository repo(*db);
    auto unit = findUnit(repo, connection->id, ctx.args.at(0));
    if (!unit.ok())
        return ctx.fail(unit.errorMessage(), exitCodeFor(unit.error()));
    auto change = MappingService(*db).unmap(unit->unitId);
    if (!change.ok())
        return ctx.fail(change.errorMessage(), exitCodeFor(change.error()));
    if (!change->before.mapped())
        *ctx.out << QStringLiteral("PMS unit %1 was not mapped.").arg(describeUnit(unit.value())) << Qt::endl;
    else
        *ctx.out << QStringLiteral("Removed the mapping of PMS unit %1 (was platform unit %2).")
                        .arg(describeUnit(unit.value()))
                        .arg(change->before.platformUnitId)
                 << Qt::endl;
    return 0;
}

} // namespace

PMS_REGISTER_COMMAND(QStringLiteral("map"),
                     QStringLiteral("map PMS_UNIT_ID PLATFORM_UNIT_ID | map --suggest [--accept-above SCORE]"),
                     QStringLiteral("map a PMS unit to a platform unit, or print (and accept) suggested mappings"),
                     runMap);
PMS_REGISTER_COMMAND(QStringLiteral("unmap"), QStringLiteral("unmap PMS_UNIT_ID"),
                     QStringLiteral("remove the mapping of a PMS unit"), runUnmap);
