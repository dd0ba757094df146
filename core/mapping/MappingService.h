#pragma once

#include "domain/MappingTypes.h"
#include "common/Result.h"

#include <QList>

namespace pms {

class Database;

/// Every change to a unit mapping goes through here: the editor (and its undo/redo), accept-all
/// and `pmsbridge map/unmap`.
///
/// - R18: one platform unit maps to at most one PMS unit; a pick that would break that fails with
///   "Platform unit 'A-1203' is already mapped to PMS unit 12-03 in Maple Court. Remove that
///   mapping first, or choose another." (code "conflict"); unknown units fail with "not-found".
/// - R19: the residents of a unit whose mapping changes are assigned to the new platform unit (or
///   to none) in the same transaction as the mapping change.
/// - R20: when the unit's connection has User Sync or Unit Sync off, no resident is assigned and
///   the connection's existing assignments are cleared (PmsCacheRepository::clearResidentAssignments).
///
/// A list of changes is applied in one transaction: all or nothing.
class MappingService
{
public:
    explicit MappingService(Database &db) : m_db(db) {}

    /// Maps @p unitId (units.id) to @p platformUnitId, replacing its current mapping. Returns the
    /// change (before == after when it was already so).
    Result<MappingChange> map(qint64 unitId, qint64 platformUnitId, const QString &method = QStringLiteral("manual"),
                              std::optional<double> confidence = std::nullopt);
    /// Removes the mapping of @p unitId (a change with before == after when there was none).
    Result<MappingChange> unmap(qint64 unitId);
    /// Maps every suggestion (method "suggestion", with its confidence) in one transaction.
    Result<QList<MappingChange>> acceptSuggestions(const QList<Suggestion> &suggestions);
    /// Sets several units' mappings (unit id -> state; an unmapped state removes) in one
    /// transaction and returns the changes, for one undo step.
    Result<QList<MappingChange>> setMappings(const QList<QPair<qint64, MappingState>> &targets);

    /// Applies the `after` state of each change, in order (redo).
    Status apply(const QList<MappingChange> &changes);
    /// Applies the `before` state of each change, in reverse order (undo).
    Status revert(const QList<MappingChange> &changes);

    /// R20 switch: assigns a connection's residents through the mappings when its User Sync and
    /// Unit Sync are on, else clears every assignment. Call after changing the switches.
    Status syncResidentAssignments(qint64 connectionId);

    static QString alreadyMappedMessage(const QString &platformUnitName, const QString &unitName,
                                        const QString &propertyName);

private:
    Result<QList<MappingChange>> setMappingsOnce(const QList<QPair<qint64, MappingState>> &targets);
    /// The "already mapped" error for the first target whose platform unit another unit holds
    /// now (an empty error when none does).
    Error conflictNow(const QList<QPair<qint64, MappingState>> &targets);
    Status applyStates(const QList<QPair<qint64, MappingState>> &targets, bool staged = false);

    Database &m_db;
};

} // namespace pms
