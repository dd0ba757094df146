#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

namespace pms {

/// How a reconciliation run ends (R13, R16).
///  - Preview: compare only; the snapshot is recorded as 'dry_run' with its 'would_deactivate' items
///    and nothing in the cache changes. Confirming the preview applies exactly those items.
///  - Apply: compare and deactivate (the scheduled run, `reconcile --yes`). When the guard (R16) trips
///    the run stops instead: snapshot 'needs_confirmation' with its 'would_deactivate' items.
enum class ReconcileMode { Preview, Apply };

/// R16: when a run that would deactivate units stops and asks for confirmation instead.
struct ReconcileGuard
{
    /// When the guard looks at whole properties.
    enum class WholeProperty {
        Never,
        AfterPmsError, ///< default: a property would lose all its units and the PMS had trouble
        Always, ///< any property that would lose all its units
    };

    /// More than this share of the connection's active units would be deactivated (0..1; default 20 %).
    double maxShare = 0.20;
    WholeProperty wholeProperty = WholeProperty::AfterPmsError;

    static QString wholePropertyName(WholeProperty w); // "never", "after_error", "always"
    static std::optional<WholeProperty> wholePropertyFromName(const QString &name);
    bool operator==(const ReconcileGuard &) const = default;
};

/// One unit of the cache as reconciliation sees it.
struct ReconcileUnit
{
    qint64 id = 0; // units.id
    qint64 pmsId = 0;
    qint64 pmsPropertyId = 0; // 0 when the unit names no building
    qint64 propertyId = 0; // properties.id, 0 when not linked
    QString propertyName;
    QString unitName;
    QString address;
    bool needsReview = false; // only meaningful for units reconciliation deactivated earlier
};

/// Per property: what a run found.
struct ReconcilePropertySummary
{
    qint64 pmsPropertyId = 0;
    qint64 propertyId = 0;
    QString propertyName;
    int activeUnits = 0; // active units of the property that were checked
    QList<ReconcileUnit> missing; // active in the cache, not in the PMS list
};

/// What a run (or a confirmation) produced; crosses threads by value.
struct ReconcileOutcome
{
    qint64 connectionId = 0;
    qint64 snapshotId = 0;
    qint64 runId = 0; // sync_runs row (kind 'reconciliation'), 0 when none
    ReconcileMode mode = ReconcileMode::Preview;
    /// The snapshot's status: completed, aborted, needs_confirmation, dry_run; "failed" when the run
    /// could not even start (no snapshot), "cancelled" when it was cancelled (snapshot aborted).
    QString status;
    QString error; // user words when aborted/failed
    QString errorCode; // "auth", "network", "cancelled", "busy", ...
    QString guardReason; // why R16 stopped the run (needs_confirmation), in words
    int unitsChecked = 0;
    int unitsToDeactivate = 0; // missing from the PMS list
    int unitsDeactivated = 0;
    int unitsSkipped = 0; // confirm: previewed units that were no longer active
    int reappeared = 0;
    QList<ReconcilePropertySummary> properties; // only properties with missing units, by name
    qint64 pmsUnits = 0; // units in the PMS list
    qint64 fetchMs = 0; // the PMS list
    qint64 compareMs = 0; // cache read + in-memory compare
    qint64 writeMs = 0; // snapshot, items, deactivations
    QDateTime startedAt;
    QDateTime finishedAt;

    bool ok() const
    {
        return status != QLatin1String("aborted") && status != QLatin1String("failed")
            && status != QLatin1String("cancelled");
    }
};

/// Progress while the PMS unit list is read.
struct ReconcileProgress
{
    qint64 connectionId = 0;
    int pagesDone = 0;
    int pagesExpected = 0;
    qint64 records = 0;
};

void registerReconcileMetaTypes();

/// Source strings use "unit(s)" with %n; with no translation loaded Qt shows the source text, so
/// English gets its plural here ("1 unit", "2 units"). A translation's numerus forms pass unchanged.
inline QString numerus(QString text, int n)
{
    return text.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
}

} // namespace pms

Q_DECLARE_METATYPE(pms::ReconcileMode)
Q_DECLARE_METATYPE(pms::ReconcileOutcome)
Q_DECLARE_METATYPE(pms::ReconcileProgress)
