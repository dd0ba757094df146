#include "MappingService.h"

#include "common/CacheEvents.h"

#include "common/Clock.h"
#include "common/Json.h"
#include "common/Logging.h"
#include "storage/ConnectionRepository.h"
#include "storage/Database.h"
#include "storage/MappingRepository.h"
#include "storage/PmsCacheRepository.h"

#include <QCoreApplication>
#include <QSet>
#include <QThread>

namespace pms {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pms::MappingService", text);
}

// A mapping moves residents too (R19).
constexpr CacheEvents::Tables kMappingTables = CacheEvents::Mappings | CacheEvents::Residents;

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

namespace {

/// R18's refusal: @p platformId is held by @p otherUnitId.
Error conflictError(MappingRepository &repo, qint64 platformId, qint64 otherUnitId)
{
    auto platform = repo.platformUnit(platformId);
    auto other = repo.unit(otherUnitId);
    return Error(MappingService::alreadyMappedMessage(platform.ok() ? platform->name : QString::number(platformId),
                                                      other.ok() ? other->unitName : QString(),
                                                      other.ok() ? other->propertyName : QString()),
                 QStringLiteral("conflict"));
}

} // namespace

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
    auto result = setMappingsOnce(targets);
    // A writer on another connection won a race the engine noticed (SQLite: our snapshot went
    // stale; PostgreSQL: a serialization failure): the whole change was rolled back; run it again.
    for (int attempt = 1; !result.ok() && result.error().code == QLatin1String("retry") && attempt < 5; ++attempt) {
        QThread::msleep(quint64(5 * attempt));
        result = setMappingsOnce(targets);
    }
    if (result.ok())
        CacheEvents::notify(kMappingTables);
    if (result.ok() || result.error().code != QLatin1String("constraint"))
        return result;
    // Another desk mapped one of these platform units between our check and our write (several
    // writers on one PostgreSQL cache): the unique key refused ours, nothing of it was written.
    // Say who has the platform unit now, as the check would have.
    if (auto conflict = conflictNow(targets); !conflict.message.isEmpty())
        return conflict;
    return result;
}

Error MappingService::conflictNow(const QList<QPair<qint64, MappingState>> &targets)
{
    MappingRepository repo(m_db);
    Transaction tx(m_db); // read only: rolled back
    if (!tx.ok() || !repo.stage(targets).ok())
        return {};
    auto conflict = repo.firstStagedConflict();
    if (!conflict.ok() || !conflict->first)
        return {};
    return conflictError(repo, conflict->first, conflict->second);
}

Result<QList<MappingChange>> MappingService::setMappingsOnce(const QList<QPair<qint64, MappingState>> &targets)
{
    MappingRepository repo(m_db);
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status().error();
    if (Status s = repo.stage(targets); !s.ok())
        return s.error();
    auto current = repo.stagedCurrentMappings();
    if (!current.ok())
        return current.error();
    QList<MappingChange> changes;
    changes.reserve(targets.size());
    QHash<qint64, MappingState> before = current.value();
    for (const auto &[unitId, state] : targets) {
        const MappingState was = before.value(unitId);
        // The same platform unit again keeps how and when it was mapped.
        const MappingState now = was.platformUnitId == state.platformUnitId ? was : state;
        changes.append({unitId, was, now});
        before.insert(unitId, now); // a unit named twice: its second change starts where the first ended
    }
    QList<QPair<qint64, MappingState>> effective;
    effective.reserve(changes.size());
    for (const MappingChange &c : std::as_const(changes))
        effective.append({c.unitId, c.after});
    // Already staged: a unit whose platform unit stays the same is neither freed nor re-mapped.
    if (Status s = applyStates(effective, true); !s.ok())
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
    if (Status s = tx.commit(); !s.ok())
        return s;
    CacheEvents::notify(kMappingTables);
    return {};
}

Status MappingService::revert(const QList<MappingChange> &changes)
{
    // Newest first, so a unit changed twice ends in its state before the first change.
    QList<QPair<qint64, MappingState>> targets;
    targets.reserve(changes.size());
    for (auto it = changes.crbegin(); it != changes.crend(); ++it)
        targets.append({it->unitId, it->before});
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.status();
    if (Status s = applyStates(targets); !s.ok())
        return s;
    if (Status s = tx.commit(); !s.ok())
        return s;
    CacheEvents::notify(kMappingTables);
    return {};
}

// Inside the caller's transaction, set-based so that 50,000 changes take a fraction of a second.
// Every unit leaves its old mapping before anything is mapped, so a batch that moves platform
// units between units (an undo of several edits) does not trip over itself.
Status MappingService::applyStates(const QList<QPair<qint64, MappingState>> &targets, bool staged)
{
    if (targets.isEmpty())
        return {};
    MappingRepository repo(m_db);
    if (!staged)
        if (Status s = repo.stage(targets); !s.ok())
            return s;
    auto missingUnit = repo.firstMissingStagedUnit();
    if (!missingUnit.ok())
        return missingUnit.error();
    if (missingUnit.value())
        return repo.unit(missingUnit.value()).error();
    auto missingPlatform = repo.firstMissingStagedPlatformUnit();
    if (!missingPlatform.ok())
        return missingPlatform.error();
    if (missingPlatform.value())
        return repo.platformUnit(missingPlatform.value()).error();
    if (Status s = repo.freeStaged(); !s.ok())
        return s;
    auto conflict = repo.firstStagedConflict();
    if (!conflict.ok())
        return conflict.error();
    if (const auto [platformId, otherUnitId] = conflict.value(); platformId)
        return conflictError(repo, platformId, otherUnitId);
    if (Status s = repo.insertStaged(json::formatDateTime(Clock::instance()->nowUtc())); !s.ok())
        return s;
    if (Status s = repo.assignStagedResidents(); !s.ok())
        return s;
    auto off = repo.stagedConnectionsWithoutUnitSync();
    if (!off.ok())
        return off.error();
    PmsCacheRepository cache(m_db);
    for (qint64 connectionId : std::as_const(off.value()))
        if (Status s = cache.clearResidentAssignments(connectionId); !s.ok())
            return s;
    qCDebug(lcDb) << "mapping changes applied:" << targets.size();
    return repo.clearStage();
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
    if (Status c = tx.commit(); !c.ok())
        return c;
    CacheEvents::notify(CacheEvents::Residents);
    return {};
}

} // namespace pms
