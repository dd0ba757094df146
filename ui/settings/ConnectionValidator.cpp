#include "ConnectionValidator.h"

#include "ui/settings/ConnectionTester.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pms {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("pms::ConnectionValidator", text);
}
} // namespace

QHash<ConnectionValidator::Field, QString> ConnectionValidator::validateForTest(const ConnectionDraft &d)
{
    QHash<Field, QString> problems;
    const QString url = d.baseUrl.trimmed();
    if (const QString p = ConnectionTester::checkBaseUrl(QUrl(url, QUrl::StrictMode), d.pms); !p.isEmpty())
        problems.insert(Field::BaseUrl, p);

    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    const QString systemId = d.systemId.trimmed();
    const bool buildium = d.pms == QLatin1String("buildium");
    if (buildium) {
        if (d.clientId.trimmed().isEmpty())
            problems.insert(Field::ClientId, tr("Enter the client ID of a Buildium API key (Buildium: Settings > "
                                                "Developer Tools > API keys)."));
        if (d.secret.isEmpty() && !d.hasStoredSecret)
            problems.insert(Field::Secret, tr("Enter the client secret that belongs to the client ID."));
        return problems;
    }
    if (systemId.isEmpty())
        problems.insert(Field::SystemId, tr("Enter the system ID of your Propertyware account (a number, "
                                            "shown in Propertyware's API settings)."));
    else if (!digits.match(systemId).hasMatch())
        problems.insert(Field::SystemId, tr("The system ID is a number, e.g. 1001."));

    if (d.clientId.trimmed().isEmpty())
        problems.insert(Field::ClientId, tr("Enter the client ID from Propertyware's API settings."));
    if (d.secret.isEmpty() && !d.hasStoredSecret)
        problems.insert(Field::Secret, tr("Enter the client secret that belongs to the client ID."));
    return problems;
}

QHash<ConnectionValidator::Field, QString> ConnectionValidator::validate(const ConnectionDraft &d)
{
    QHash<Field, QString> problems = validateForTest(d);
    if (d.name.trimmed().size() > 100)
        problems.insert(Field::Name, tr("Keep the name under 100 characters."));
    if (d.integrationUser.trimmed().isEmpty())
        problems.insert(Field::IntegrationUser,
                        tr("Enter the integration user's name: work orders whose \"Managed By\" is this name are "
                           "imported."));
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    const QString mail = d.integrationEmail.trimmed();
    if (mail.isEmpty())
        problems.insert(Field::IntegrationEmail, tr("Enter the integration user's email (the email of the PMS "
                                                    "user PMS Bridge works as)."));
    else if (!email.match(mail).hasMatch())
        problems.insert(Field::IntegrationEmail, tr("This is not an email address, e.g. bridge@example.com."));
    if (d.pms == QLatin1String("buildium")) {
        static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
        const QString vendor = d.vendorId.trimmed();
        if (vendor.isEmpty())
            problems.insert(Field::Vendor, tr("Enter the id of the Buildium vendor new work orders get: Buildium needs a "
                                              "vendor on every work order."));
        else if (!digits.match(vendor).hasMatch() || vendor.toLongLong() < 1 || vendor.toLongLong() > 2147483647)
            problems.insert(Field::Vendor, tr("The vendor is a Buildium vendor id, a number, e.g. 12."));
    }
    if (d.lookbackHours < 1)
        problems.insert(Field::Lookback, tr("The look-back is at least 1 hour."));
    return problems;
}

} // namespace pms
