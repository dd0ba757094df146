#pragma once
// Checks JSON against the schemas of an OpenAPI file: every field's name exists in the schema
// (nested objects included; $ref and a single allOf followed), the JSON type matches, dates and
// date-times parse, enum values are allowed. Used by the Propertyware and Buildium conformance tests.

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

#include <cmath>

namespace pms::sim::test {


/// @p pms: "propertyware" or "buildium": tests/data/<pms>/openapi.json, else ../shared/<pms>/openapi.json.
inline QString findOpenApi(const QString &pms = QStringLiteral("propertyware"))
{
    // The copy in tests/data (a clone alone has it), else the shared one beside the source tree.
    const QString data = qEnvironmentVariable("PMSBRIDGE_TEST_DATA");
    if (!data.isEmpty() && QFile::exists(QDir(data).filePath(QString(pms + QStringLiteral("/openapi.json")))))
        return QDir(data).filePath(QString(pms + QStringLiteral("/openapi.json")));
    const QString rel = QStringLiteral("shared/") + pms + QStringLiteral("/openapi.json");
    const QString source = qEnvironmentVariable("PMSBRIDGE_SOURCE_DIR");
    if (!source.isEmpty()) {
        const QString p = QDir(source).absoluteFilePath(QStringLiteral("../") + rel);
        if (QFile::exists(p))
            return QDir::cleanPath(p);
    }
    // Like QFINDTESTDATA: look upwards from the binary, the working directory and this source file.
    for (QString start : { QCoreApplication::applicationDirPath(), QDir::currentPath(),
             QFileInfo(QString::fromUtf8(__FILE__)).absolutePath() }) {
        for (QDir d(start);;) {
            if (QFile::exists(d.absoluteFilePath(rel)))
                return QDir::cleanPath(d.absoluteFilePath(rel));
            if (!d.cdUp())
                break;
        }
    }
    return {};
}

class SchemaChecker
{
public:
    explicit SchemaChecker(QJsonObject schemas)
        : m_schemas(std::move(schemas))
    { }

    bool has(const QString &name) const { return m_schemas.contains(name); }

    void check(const QJsonValue &v, const QString &schemaName, const QString &where)
    {
        check(v,
            QJsonObject {
                { QStringLiteral("$ref"), QString(QStringLiteral("#/components/schemas/") + schemaName) } },
            where);
    }

    void check(const QJsonValue &v, QJsonObject schema, const QString &where)
    {
        // A single allOf (Buildium: {"description": ..., "allOf": [{"$ref": ...}]}) is its one member.
        while (schema.value(QLatin1String("allOf")).toArray().size() == 1 && !schema.contains(QLatin1String("$ref")))
            schema = schema.value(QLatin1String("allOf")).toArray().first().toObject();
        while (schema.contains(QLatin1String("$ref"))) {
            const QString ref = schema.value(QLatin1String("$ref")).toString().section(QLatin1Char('/'), -1);
            if (!m_schemas.contains(ref)) {
                m_errors << where + QStringLiteral(": unknown schema ") + ref;
                return;
            }
            schema = m_schemas.value(ref).toObject();
        }
        ++m_checked;
        if (v.isNull())
            return; // an optional value left out
        QString type = schema.value(QLatin1String("type")).toString();
        if (type.isEmpty() && schema.contains(QLatin1String("properties")))
            type = QStringLiteral("object");
        if (type == QLatin1String("object")) {
            if (!v.isObject()) {
                m_errors << where + QStringLiteral(": expected an object");
                return;
            }
            const QJsonObject props = schema.value(QLatin1String("properties")).toObject();
            if (props.isEmpty())
                return; // a free-form object
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (!props.contains(it.key())) {
                    m_errors << where + QLatin1Char('.') + it.key() + QStringLiteral(": not in the schema");
                    continue;
                }
                ++m_fields;
                check(it.value(), props.value(it.key()).toObject(), where + QLatin1Char('.') + it.key());
            }
        } else if (type == QLatin1String("array")) {
            if (!v.isArray()) {
                m_errors << where + QStringLiteral(": expected an array");
                return;
            }
            const QJsonObject items = schema.value(QLatin1String("items")).toObject();
            int i = 0;
            for (const QJsonValue &item : v.toArray())
                check(item, items, where + QStringLiteral("[%1]").arg(i++));
        } else if (type == QLatin1String("integer")) {
            if (!v.isDouble() || v.toDouble() != std::floor(v.toDouble()))
                m_errors << where + QStringLiteral(": expected an integer");
        } else if (type == QLatin1String("number")) {
            if (!v.isDouble())
                m_errors << where + QStringLiteral(": expected a number");
        } else if (type == QLatin1String("boolean")) {
            if (!v.isBool())
                m_errors << where + QStringLiteral(": expected a boolean");
        } else if (type == QLatin1String("string")) {
            if (!v.isString()) {
                m_errors << where + QStringLiteral(": expected a string");
                return;
            }
            checkString(v.toString(), schema, where);
        } else {
            m_errors << where + QStringLiteral(": schema type '%1' not handled").arg(type);
        }
    }

    QStringList errors() const { return m_errors; }
    int fields() const { return m_fields; }

private:
    void checkString(const QString &s, const QJsonObject &schema, const QString &where)
    {
        static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        static const QRegularExpression dateTime(
            QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})$"));
        const QString format = schema.value(QLatin1String("format")).toString();
        if (format == QLatin1String("date")) {
            if (!date.match(s).hasMatch() || !QDate::fromString(s, Qt::ISODate).isValid())
                m_errors << where + QStringLiteral(": '%1' is not a YYYY-MM-DD date").arg(s);
        } else if (format == QLatin1String("date-time")) {
            if (!dateTime.match(s).hasMatch() || !QDateTime::fromString(s, Qt::ISODate).isValid())
                m_errors << where + QStringLiteral(": '%1' is not a YYYY-MM-ddTHH:mm:ssZ date-time").arg(s);
        }
        const QJsonArray allowed = schema.value(QLatin1String("enum")).toArray();
        if (!allowed.isEmpty() && !allowed.contains(s))
            m_errors << where + QStringLiteral(": '%1' is not one of the enum values").arg(s);
    }

    QJsonObject m_schemas;
    QStringList m_errors;
    int m_checked = 0, m_fields = 0;
};


} // namespace pms::sim::test
