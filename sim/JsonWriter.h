#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringView>
#include <initializer_list>

namespace pms::sim {

/// A small streaming JSON writer: the simulator serializes each page by hand because it is several
/// times faster than building QJsonObjects (the benchmark serves 250,000 records).
class JsonWriter
{
public:
    explicit JsonWriter(QByteArray &out)
        : m_out(out)
    { }

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    void key(const char *name);

    void value(qint64 v);
    void value(double v);
    void value(bool v);
    void value(const QString &v); // a null QString is written as null, an empty one as ""
    void stringValue(std::initializer_list<QStringView> parts); // one string made of parts
    void nullValue();

    void field(const char *name, qint64 v)
    {
        key(name);
        value(v);
    }
    void field(const char *name, int v)
    {
        key(name);
        value(qint64(v));
    }
    void field(const char *name, double v)
    {
        key(name);
        value(v);
    }
    void field(const char *name, bool v)
    {
        key(name);
        value(v);
    }
    void field(const char *name, const QString &v)
    {
        key(name);
        value(v);
    }
    void field(const char *name, const char *ascii)
    {
        key(name);
        asciiValue(ascii);
    }
    void asciiValue(const char *ascii); // a constant that needs no escaping
    void idField(const char *name, qint64 id); // null when 0
    void dateField(const char *name, const QDate &d); // YYYY-MM-DD or null
    void dateTimeField(const char *name, qint64 secs, int offsetMin); // YYYY-MM-DDTHH:mm:ssZ / ±HH:MM
    void nullField(const char *name)
    {
        key(name);
        nullValue();
    }
    void phoneField(const char *name, qint64 digits, int style); // 10 digits, 0 = null

    static void appendString(QByteArray &out, const QString &s);
    static void appendDate(QByteArray &out, const QDate &d);
    static void appendDateTime(QByteArray &out, qint64 secs, int offsetMin);

private:
    static char *putEscaped(char *p, QStringView s); // room for s.size() * 6 bytes needed
    void open(char c);
    void close(char c);
    void separate();

    QByteArray &m_out;
    bool m_needComma[64] = {};
    int m_depth = 0;
    bool m_afterKey = false;
};

} // namespace pms::sim
