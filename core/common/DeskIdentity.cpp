#include "DeskIdentity.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSysInfo>

namespace pms::desk {

namespace {
const QLatin1String kPrefix("PMS Bridge desk ");

QString clean(QString s)
{
    // application_name keeps printable ASCII only and at most 63 bytes; our separators stay ours.
    s.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9 ._@-]")), QStringLiteral("_"));
    return s.trimmed().left(18);
}
} // namespace

QString name()
{
    const QString env = qEnvironmentVariable("PMSBRIDGE_DESK").trimmed();
    if (!env.isEmpty())
        return env;
    const QString host = QSysInfo::machineHostName();
    return host.isEmpty() ? QStringLiteral("desk") : host;
}

QString person()
{
    QString p = qEnvironmentVariable("PMSBRIDGE_PERSON").trimmed();
    if (p.isEmpty())
        p = qEnvironmentVariable("USER").trimmed();
    if (p.isEmpty())
        p = qEnvironmentVariable("USERNAME").trimmed();
    return p;
}

QString label(const QString &desk, const QString &person)
{
    return person.isEmpty() ? desk : QStringLiteral("%1 (%2)").arg(desk, person);
}

QString applicationName()
{
    return kPrefix + QStringLiteral("%1|%2|%3").arg(clean(name()), clean(person())).arg(QCoreApplication::applicationPid());
}

bool parseApplicationName(const QString &applicationName, QString *desk, QString *person)
{
    if (!applicationName.startsWith(kPrefix))
        return false;
    const QStringList parts = applicationName.mid(kPrefix.size()).split(QLatin1Char('|'));
    if (parts.size() < 3)
        return false;
    if (desk)
        *desk = parts.at(0);
    if (person)
        *person = parts.at(1);
    return true;
}

} // namespace pms::desk
