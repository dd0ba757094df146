#include "ReconcileTypes.h"

namespace pms {

QString ReconcileGuard::wholePropertyName(WholeProperty w)
{
    switch (w) {
    case WholeProperty::Never:
        return QStringLiteral("never");
    case WholeProperty::AfterPmsError:
        return QStringLiteral("after_error");
    case WholeProperty::Always:
        return QStringLiteral("always");
    }
    return QStringLiteral("after_error");
}

std::optional<ReconcileGuard::WholeProperty> ReconcileGuard::wholePropertyFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("never"))
        return WholeProperty::Never;
    if (n == QLatin1String("after_error"))
        return WholeProperty::AfterPmsError;
    if (n == QLatin1String("always"))
        return WholeProperty::Always;
    return std::nullopt;
}

void registerReconcileMetaTypes()
{
    qRegisterMetaType<pms::ReconcileMode>();
    qRegisterMetaType<pms::ReconcileOutcome>();
    qRegisterMetaType<pms::ReconcileProgress>();
}

} // namespace pms
