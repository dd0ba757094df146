#include "SimOptions.h"

namespace pms::sim {

std::optional<Scale> parseScale(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("tiny"))
        return Scale::Tiny;
    if (n == QLatin1String("small"))
        return Scale::Small;
    if (n == QLatin1String("large"))
        return Scale::Large;
    return std::nullopt;
}

QString scaleName(Scale scale)
{
    switch (scale) {
    case Scale::Tiny:
        return QStringLiteral("tiny");
    case Scale::Small:
        return QStringLiteral("small");
    case Scale::Large:
        return QStringLiteral("large");
    }
    return {};
}

std::optional<SimPms> parsePms(const QString &name)
{
    if (name.compare(QLatin1String("propertyware"), Qt::CaseInsensitive) == 0)
        return SimPms::Propertyware;
    if (name.compare(QLatin1String("buildium"), Qt::CaseInsensitive) == 0)
        return SimPms::Buildium;
    return std::nullopt;
}

} // namespace pms::sim
