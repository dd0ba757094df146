#include "ReconcilePlan.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <algorithm>

namespace pms {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("pms::ReconcilePlan", text, nullptr, n);
}

// Units without a building are grouped under PMS id 0.
qint64 propertyKey(const ReconcileUnit &u)
{
    return u.pmsPropertyId;
}

bool unitLess(const ReconcileUnit &a, const ReconcileUnit &b)
{
    if (const int c = a.propertyName.compare(b.propertyName, Qt::CaseInsensitive); c != 0)
        return c < 0;
    if (a.pmsPropertyId != b.pmsPropertyId)
        return a.pmsPropertyId < b.pmsPropertyId;
    if (const int c = a.unitName.compare(b.unitName, Qt::CaseInsensitive); c != 0)
        return c < 0;
    return a.pmsId < b.pmsId;
}

} // namespace

ReconcilePlan ReconcilePlan::compute(const QList<ReconcileUnit> &active, const QSet<qint64> &pmsUnitIds,
    const QList<ReconcileUnit> &reconciledOff, const ReconcileGuard &guard, const QString &pmsTrouble)
{
    ReconcilePlan plan;
    plan.m_checked = int(active.size());

    QHash<qint64, int> activeByProperty;
    activeByProperty.reserve(1024);
    for (const ReconcileUnit &u : active) {
        ++activeByProperty[propertyKey(u)];
        if (!pmsUnitIds.contains(u.pmsId))
            plan.m_missing.append(u);
    }
    for (const ReconcileUnit &u : reconciledOff)
        if (pmsUnitIds.contains(u.pmsId))
            plan.m_reappeared.append(u);

    std::sort(plan.m_missing.begin(), plan.m_missing.end(), unitLess);
    std::sort(plan.m_reappeared.begin(), plan.m_reappeared.end(), unitLess);

    for (const ReconcileUnit &u : std::as_const(plan.m_missing)) {
        if (plan.m_properties.isEmpty() || plan.m_properties.last().pmsPropertyId != propertyKey(u)) {
            ReconcilePropertySummary s;
            s.pmsPropertyId = propertyKey(u);
            s.propertyId = u.propertyId;
            s.propertyName = u.propertyName;
            s.activeUnits = activeByProperty.value(propertyKey(u));
            plan.m_properties.append(s);
        }
        plan.m_properties.last().missing.append(u);
    }

    // R16: a PMS outage must never wipe a portfolio.
    const int missing = int(plan.m_missing.size());
    if (missing == 0)
        return plan;
    const QLocale locale;
    if (plan.m_checked > 0 && double(missing) > guard.maxShare * double(plan.m_checked) + 1e-9) {
        const double percent = 100.0 * missing / plan.m_checked;
        plan.m_guardReason
            = tr("%n of %1 active units (%2 %) would be deactivated, more than the %3 % "
                 "allowed without confirmation.",
                missing)
                  .arg(locale.toString(plan.m_checked), locale.toString(percent, 'f', percent < 10 ? 1 : 0),
                      locale.toString(guard.maxShare * 100.0, 'g', 4));
        return plan;
    }
    const bool lookAtProperties = guard.wholeProperty == ReconcileGuard::WholeProperty::Always
        || (guard.wholeProperty == ReconcileGuard::WholeProperty::AfterPmsError && !pmsTrouble.isEmpty());
    if (!lookAtProperties)
        return plan;
    for (const ReconcilePropertySummary &s : std::as_const(plan.m_properties)) {
        if (s.missing.size() < s.activeUnits)
            continue;
        const QString name
            = s.propertyName.isEmpty() ? tr("building %1").arg(s.pmsPropertyId) : s.propertyName;
        if (pmsTrouble.isEmpty())
            plan.m_guardReason
                = tr("Every active unit of %1 (%n) would be deactivated.", s.activeUnits).arg(name);
        else
            plan.m_guardReason = tr(
                "Every active unit of %1 (%n) would be deactivated after a PMS error (%2).", s.activeUnits)
                                     .arg(name, pmsTrouble);
        break;
    }
    return plan;
}

} // namespace pms
