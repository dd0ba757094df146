#pragma once

#include "domain/ReconcileTypes.h"

#include <QList>
#include <QSet>
#include <QString>

namespace pms {

/// The comparison at the heart of a run (R13, R16), in memory: the cache's active units against the
/// ids of the PMS unit list, with hash sets. No I/O, so it is tested and benchmarked on its own.
class ReconcilePlan
{
public:
    /// @p active: the active units of the cache that may be deactivated (not disabled by hand).
    /// @p pmsUnitIds: every unit id of the complete PMS list. @p reconciledOff: units reconciliation
    /// deactivated earlier (a unit among them that the PMS lists again has "reappeared").
    /// @p pmsTrouble: words for what went wrong on the PMS side during (or just before) the run,
    /// empty when nothing did (R16's "after a PMS error").
    static ReconcilePlan compute(const QList<ReconcileUnit> &active, const QSet<qint64> &pmsUnitIds,
        const QList<ReconcileUnit> &reconciledOff, const ReconcileGuard &guard,
        const QString &pmsTrouble = {});

    int unitsChecked() const { return m_checked; }
    /// Active units missing from the PMS list, ordered by property name, unit name, PMS id.
    const QList<ReconcileUnit> &missing() const { return m_missing; }
    const QList<ReconcileUnit> &reappeared() const { return m_reappeared; }
    /// Properties with missing units, in the same order.
    const QList<ReconcilePropertySummary> &properties() const { return m_properties; }
    /// Why R16 stops this run (empty: it may go ahead).
    QString guardReason() const { return m_guardReason; }
    bool guardTripped() const { return !m_guardReason.isEmpty(); }

private:
    int m_checked = 0;
    QList<ReconcileUnit> m_missing;
    QList<ReconcileUnit> m_reappeared;
    QList<ReconcilePropertySummary> m_properties;
    QString m_guardReason;
};

} // namespace pms
