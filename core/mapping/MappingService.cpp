#include "MappingService.h"

#include "common/Clock.h"
#include "common/Json.h"
#include "common/Logging.h"
#include "storage/ConnectionRepository.h"
#include "storage/Database.h"
#include "storage/MappingRepository.h"
#include "storage/PmsCacheRepository.h"

#include <QCoreApplication>
#include <QSet>

namespace pms {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pms::MappingService", text);
}

} // namespace

QString MappingService::alreadyMappedMessage(const QString &platformUnitName, const QString &unitName,
                                             const QString &propertyName)
{
    if (propertyName.isEmpty())
        return tr("Platform unit '%1' is already mapped to PMS unit %2. Remove that mapping first, or choose another.")
            .arg(platformUnitName, unitName);
    return tr("Platform unit '%1' is already mapped to PMS unit %2 in %3. Remove that mapping first, or choose "
              "another.")
        .arg(platformUnitName, unitName, propertyName);
}

Result<MappingChange> MappingService::map(qint64 unitId, qint64 platformUnitId, const QString &method,
                                          std::optional<double> confidence)
{
    auto changes = setMappings({{unitId, MappingState{platformUnitId, method, confidence}}});
    if (!changes.ok())
        return changes.error();
    return changes->first();
}

Result<MappingChange> MappingService::unmap(qint64 unitId)
{
    auto changes = setMappings({{unitId, MappingState{}}});
    if (!changes.ok())
        return changes.error();
    return changes->first();
}

Result<QList<MappingChange>> MappingService::acceptSuggestions(const QList<Suggestion> &suggestions)
{
    QList<QPair<qint64, MappingState>> targets;
    targets.reserve(suggestions.size());
    for (const Suggestion &s : suggestions)
        targets.append({s.unitId, MappingState{s.platformUnitId, QStringLiteral("suggestion"), s.confidence}});
    return setMappings(targets);
}

Result<QList<MappingChange>> MappingService::setMappings(const QList<QPair<qint64, MappingState>> &targets)
{
    MappingRepository repo(m_db);
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status().error();
    QList<MappingChange> changes;
    changes.reserve(targets.size());
    for (const auto &[unitId, state] : targets) {
        auto before = repo.mappingOf(unitId);
        if (!before.ok())
            return before.error();
        // The same platform unit again keeps how and when it was mapped.
        if (before->platformUnitId == state.platformUnitId)
            changes.append({unitId, before.value(), before.value()});
        else
            changes.append({unitId, before.value(), state});
    }
    QList<QPair<qint64, MappingState>> effective;
    effective.reserve(changes.size());
    for (const MappingChange &c : std::as_const(changes))
        effective.append({c.unitId, c.after});
    if (Status s = applyStates(effective); !s.ok())
        return s.error();
    if (Status s = tx.commit(); !s.ok())
        return s.error();
    return changes;
}

Status MappingService::apply(const QList<MappingChange> &changes)
{
    QList<QPair<qint64, MappingState>> targets;
    targets.reserve(changes.size());
    for (const MappingChange &c : changes)
        targets.append({c.unitId, c.after});
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status();
    if (Status s = applyStates(targets); !s.ok())
        return s;
    return tx.commit();
}

Status MappingService::revert(const QList<MappingChange> &changes)
{
    QList<QPair<qint64, MappingState>> targets;
    targets.reserve(changes.size());
    for (auto it = changes.crbegin(); it != changes.crend(); ++it)
        targets.append({it->unitId, it->before});
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status();
    if (Status s = applyStates(targets); !s.ok())
        return s;
    return tx.commit();
}

// Inside the caller's transaction. Units are unmapped before anything is mapped, so a batch that
// moves platform units between units (an undo of several edits) does not trip over itself.
Status MappingService::applyStates(const QList<QPair<qint64, MappingState>> &targets)
{
    MappingRepository repo(m_db);
    const QString now = json::formatDateTime(Clock::instance()->nowUtc());
    QSet<qint64> clearConnections;
    QHash<qint64, MappingUnitRef> units;
    units.reserve(targets.size());

    for (int pass = 0; pass < 2; ++pass) {
        for (const auto &[unitId, state] : targets) {
            // Pass 0 frees platform units (every unit leaves its old mapping); pass 1 maps.
            if (pass == 0) {
                auto unit = repo.unit(unitId);
                if (!unit.ok())
                    return unit.error();
                units.insert(unitId, unit.value());
                auto current = repo.mappingOf(unitId);
                if (!current.ok())
                    return current.error();
                if (current->mapped() && current->platformUnitId != state.platformUnitId)
                    if (Status s = repo.setMapping(unitId, MappingState{}, now); !s.ok())
                        return s;
                continue;
            }
            const MappingUnitRef &unit = units[unitId];
            if (state.mapped()) {
                auto platform = repo.platformUnit(state.platformUnitId);
                if (!platform.ok())
                    return platform.error();
                if (platform->mappedUnitId != 0 && platform->mappedUnitId != unitId) {
                    auto other = repo.unit(platform->mappedUnitId);
                    return Error(alreadyMappedMessage(platform->name, other.ok() ? other->unitName : QString(),
                                                      other.ok() ? other->propertyName : QString()),
                                 QStringLiteral("conflict"));
                }
                if (platform->mappedUnitId != unitId)
                    if (Status s = repo.setMapping(unitId, state, now); !s.ok())
                        return s;
            }
            if (unit.assignResidents) {
                if (Status s = repo.assignResidents(unitId, state.platformUnitId); !s.ok())
                    return s;
            } else {
                clearConnections.insert(unit.connectionId);
            }
        }
    }
    PmsCacheRepository cache(m_db);
    for (qint64 connectionId : std::as_const(clearConnections))
        if (Status s = cache.clearResidentAssignments(connectionId); !s.ok())
            return s;
    qCDebug(lcDb) << "mapping changes applied:" << targets.size();
    return {};
}

Status MappingService::syncResidentAssignments(qint64 connectionId)
{
    auto connection = ConnectionRepository(m_db).get(connectionId);
    if (!connection.ok())
        return connection.error();
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status();
    PmsCacheRepository cache(m_db);
    const Status s = connection->userSync && connection->unitSync ? cache.assignResidentsThroughMappings(connectionId)
                                                                  : cache.clearResidentAssignments(connectionId);
    if (!s.ok())
        return s;
    return tx.commit();
}

} // namespace pms
