#include "ImportSchema.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

#include <cmath>

namespace pms {

namespace {

QString trSchema(const char *text)
{
    return QCoreApplication::translate("pms::ImportSchema", text);
}

/// The value as shown in a message: at most 40 characters, on one line.
QString shown(const QString &value)
{
    QString s = value.simplified();
    if (s.size() > 40)
        s = s.left(37) + QStringLiteral("...");
    return s;
}

} // namespace

QList<ImportSchema::Field> ImportSchema::fields(ImportEntity entity)
{
    using T = Type;
    switch (entity) {
    case ImportEntity::Owners:
        return {{QStringLiteral("name"), T::Text, true},         {QStringLiteral("email"), T::Email, false},
                {QStringLiteral("phone"), T::Phone, false},      {QStringLiteral("address"), T::Text, false},
                {QStringLiteral("city"), T::Text, false},        {QStringLiteral("state"), T::Text, false},
                {QStringLiteral("postal_code"), T::Text, false}, {QStringLiteral("notes"), T::Text, false},
                {QStringLiteral("external_ref"), T::Text, false}};
    case ImportEntity::Vendors:
        return {{QStringLiteral("name"), T::Text, true},
                {QStringLiteral("trade"), T::Text, false},
                {QStringLiteral("email"), T::Email, false},
                {QStringLiteral("phone"), T::Phone, false},
                {QStringLiteral("address"), T::Text, false},
                {QStringLiteral("city"), T::Text, false},
                {QStringLiteral("state"), T::Text, false},
                {QStringLiteral("postal_code"), T::Text, false},
                {QStringLiteral("insurance_expires"), T::Date, false},
                {QStringLiteral("notes"), T::Text, false},
                {QStringLiteral("external_ref"), T::Text, false}};
    case ImportEntity::PlatformUnits:
        return {{QStringLiteral("name"), T::Text, true},
                {QStringLiteral("building"), T::Text, false},
                {QStringLiteral("floor"), T::Text, false},
                {QStringLiteral("external_ref"), T::Text, false}};
    }
    return {};
}

int ImportSchema::fieldIndex(ImportEntity entity, const QString &key)
{
    const QList<Field> all = fields(entity);
    for (int i = 0; i < all.size(); ++i)
        if (all.at(i).key == key)
            return i;
    return -1;
}

QString ImportSchema::normalizeHeader(const QString &header)
{
    QString out;
    out.reserve(header.size());
    for (const QChar c : header) {
        if (c.isSpace() || c == QLatin1Char('_') || c == QLatin1Char('-'))
            continue;
        out.append(c.toLower());
    }
    return out;
}

int ImportSchema::matchHeader(ImportEntity entity, const QString &header)
{
    const QString n = normalizeHeader(header);
    if (n.isEmpty())
        return -1;
    const QList<Field> all = fields(entity);
    for (int i = 0; i < all.size(); ++i)
        if (normalizeHeader(all.at(i).key) == n)
            return i;
    static const struct
    {
        const char *alias;
        const char *key;
    } aliases[] = {
        {"zip", "postal_code"},         {"zipcode", "postal_code"},   {"postcode", "postal_code"},
        {"emailaddress", "email"},      {"phonenumber", "phone"},     {"telephone", "phone"},
        {"tel", "phone"},               {"externalid", "external_ref"}, {"reference", "external_ref"},
        {"ref", "external_ref"},        {"insuranceexpiry", "insurance_expires"},
        {"insuranceexpiration", "insurance_expires"},
    };
    for (const auto &a : aliases)
        if (n == QLatin1String(a.alias))
            return fieldIndex(entity, QString::fromLatin1(a.key));
    return -1;
}

bool ImportSchema::isIgnoredColumn(const QString &header)
{
    const QString n = normalizeHeader(header);
    return n == QLatin1String("id") || n == QLatin1String("importedat") || n == QLatin1String("createdat")
        || n == QLatin1String("updatedat");
}

QString ImportSchema::entityName(ImportEntity entity)
{
    switch (entity) {
    case ImportEntity::Owners:
        return QStringLiteral("owners");
    case ImportEntity::Vendors:
        return QStringLiteral("vendors");
    case ImportEntity::PlatformUnits:
        return QStringLiteral("platform-units");
    }
    return {};
}

std::optional<ImportEntity> ImportSchema::entityFromName(const QString &name)
{
    for (ImportEntity e : {ImportEntity::Owners, ImportEntity::Vendors, ImportEntity::PlatformUnits})
        if (name == entityName(e))
            return e;
    return std::nullopt;
}

QStringList ImportSchema::entityNames()
{
    return {entityName(ImportEntity::Owners), entityName(ImportEntity::Vendors),
            entityName(ImportEntity::PlatformUnits)};
}

QString ImportSchema::noun(ImportEntity entity, qint64 count)
{
    const bool one = count == 1;
    switch (entity) {
    case ImportEntity::Owners:
        return one ? trSchema("owner") : trSchema("owners");
    case ImportEntity::Vendors:
        return one ? trSchema("vendor") : trSchema("vendors");
    case ImportEntity::PlatformUnits:
        return one ? trSchema("platform unit") : trSchema("platform units");
    }
    return {};
}

bool ImportSchema::isEmail(const QString &value)
{
    if (value.size() > 254)
        return false;
    const qsizetype at = value.indexOf(QLatin1Char('@'));
    if (at <= 0 || at != value.lastIndexOf(QLatin1Char('@')))
        return false;
    for (const QChar c : value)
        if (c.isSpace() || c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char('<')
            || c == QLatin1Char('>') || c == QLatin1Char('"') || c == QLatin1Char('(') || c == QLatin1Char(')'))
            return false;
    const QString local = value.left(at);
    const QString domain = value.mid(at + 1);
    if (local.startsWith(QLatin1Char('.')) || local.endsWith(QLatin1Char('.')) || local.contains(QLatin1String("..")))
        return false;
    const QStringList labels = domain.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return false;
    for (const QString &label : labels)
        if (label.isEmpty() || label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
            return false;
    return labels.last().size() >= 2;
}

bool ImportSchema::isPhone(const QString &value)
{
    // Digits with the usual separators, an optional leading +, an optional extension (x12, ext. 12).
    QString main = value;
    const QString lower = value.toLower();
    for (const char *mark : {"ext.", "ext", "x"}) {
        const qsizetype i = lower.lastIndexOf(QLatin1String(mark));
        if (i > 0) {
            const QString ext = value.mid(i + qsizetype(qstrlen(mark))).trimmed();
            if (ext.isEmpty() || ext.size() > 6)
                return false;
            for (const QChar c : ext)
                if (c.unicode() < '0' || c.unicode() > '9')
                    return false;
            main = value.left(i).trimmed();
            break;
        }
    }
    int digits = 0;
    for (qsizetype i = 0; i < main.size(); ++i) {
        const QChar c = main.at(i);
        if (c.unicode() >= '0' && c.unicode() <= '9')
            ++digits;
        else if (c == QLatin1Char('+') && i == 0)
            continue;
        else if (c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('.') || c == QLatin1Char('(')
                 || c == QLatin1Char(')') || c == QLatin1Char('/'))
            continue;
        else
            return false;
    }
    return digits >= 7 && digits <= 15;
}

bool ImportSchema::isDate(const QString &value)
{
    if (value.size() != 10 || value.at(4) != QLatin1Char('-') || value.at(7) != QLatin1Char('-'))
        return false;
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (value.at(i).unicode() < '0' || value.at(i).unicode() > '9')
            return false;
    return QDate::fromString(value, Qt::ISODate).isValid();
}

QString ImportSchema::checkValue(Type type, const QString &value)
{
    switch (type) {
    case Type::Text:
        return {};
    case Type::Email:
        return isEmail(value) ? QString() : trSchema("not an email address ('%1')").arg(shown(value));
    case Type::Phone:
        return isPhone(value) ? QString()
                              : trSchema("not a phone number ('%1'); use digits with spaces, dashes, dots, "
                                         "parentheses, a leading + and an optional extension (x123)")
                                    .arg(shown(value));
    case Type::Date:
        return isDate(value) ? QString() : trSchema("not a date in YYYY-MM-DD form ('%1')").arg(shown(value));
    case Type::Number: {
        bool ok = false;
        const double d = QLocale::c().toDouble(value, &ok);
        return ok && std::isfinite(d) ? QString() : trSchema("not a number ('%1')").arg(shown(value));
    }
    }
    return {};
}

} // namespace pms
