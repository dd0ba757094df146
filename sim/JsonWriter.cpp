#include "JsonWriter.h"

#include <charconv>
#include <cmath>

namespace pms::sim {

namespace {

// Writes v with at least width digits (zero-padded) at p; returns the end.
char *putDigits(char *p, qint64 v, int width)
{
    char buf[24];
    int n = 0;
    do {
        buf[n++] = char('0' + v % 10);
        v /= 10;
    } while (v > 0 || n < width);
    while (n > 0)
        *p++ = buf[--n];
    return p;
}

// Howard Hinnant's days -> civil date (proleptic Gregorian), exact for any day count we use.
void civilFromDays(qint64 z, qint64 &y, int &m, int &d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = yoe + era * 400;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    d = int(doy - (153 * mp + 2) / 5 + 1);
    m = int(mp < 10 ? mp + 3 : mp - 9);
    y += m <= 2;
}

} // namespace

// ---- JsonWriter ----------------------------------------------------------------------------

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_needComma[m_depth])
        m_out.append(',');
    m_needComma[m_depth] = true;
}

void JsonWriter::open(char c)
{
    separate();
    m_out.append(c);
    ++m_depth;
    m_needComma[m_depth] = false;
}

void JsonWriter::close(char c)
{
    m_out.append(c);
    --m_depth;
}

void JsonWriter::key(const char *name)
{
    separate();
    m_out.append('"');
    m_out.append(name);
    m_out.append("\":", 2);
    m_afterKey = true;
}

void JsonWriter::value(qint64 v)
{
    separate();
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    m_out.append(buf, r.ptr - buf);
}

void JsonWriter::value(double v)
{
    separate();
    if (!std::isfinite(v)) {
        m_out.append("null", 4);
        return;
    }
    char buf[32];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    m_out.append(buf, r.ptr - buf);
}

void JsonWriter::value(bool v)
{
    separate();
    if (v)
        m_out.append("true", 4);
    else
        m_out.append("false", 5);
}

void JsonWriter::value(const QString &v)
{
    separate();
    if (v.isNull())
        m_out.append("null", 4);
    else
        appendString(m_out, v);
}

void JsonWriter::asciiValue(const char *ascii)
{
    separate();
    m_out.append('"');
    m_out.append(ascii);
    m_out.append('"');
}

void JsonWriter::nullValue()
{
    separate();
    m_out.append("null", 4);
}

void JsonWriter::idField(const char *name, qint64 id)
{
    key(name);
    if (id)
        value(id);
    else
        nullValue();
}

void JsonWriter::dateField(const char *name, const QDate &d)
{
    key(name);
    separate();
    if (d.isValid())
        appendDate(m_out, d);
    else
        m_out.append("null", 4);
}

void JsonWriter::dateTimeField(const char *name, qint64 secs, int offsetMin)
{
    key(name);
    separate();
    if (secs == 0) {
        m_out.append("null", 4);
        return;
    }
    m_out.append('"');
    appendDateTime(m_out, secs, offsetMin);
    m_out.append('"');
}

char *JsonWriter::putEscaped(char *p, QStringView s)
{
    static const char hex[] = "0123456789abcdef";
    const char16_t *c = s.utf16();
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = c[i];
        if (u < 0x80) {
            if (u >= 0x20 && u != u'"' && u != u'\\') {
                *p++ = char(u);
                continue;
            }
            *p++ = '\\';
            switch (u) {
            case u'"':
                *p++ = '"';
                break;
            case u'\\':
                *p++ = '\\';
                break;
            case u'\n':
                *p++ = 'n';
                break;
            case u'\r':
                *p++ = 'r';
                break;
            case u'\t':
                *p++ = 't';
                break;
            case u'\b':
                *p++ = 'b';
                break;
            case u'\f':
                *p++ = 'f';
                break;
            default:
                *p++ = 'u';
                *p++ = '0';
                *p++ = '0';
                *p++ = hex[u >> 4];
                *p++ = hex[u & 15];
            }
        } else if (u < 0x800) {
            *p++ = char(0xC0 | (u >> 6));
            *p++ = char(0x80 | (u & 0x3F));
        } else if (QChar::isHighSurrogate(u) && i + 1 < n && QChar::isLowSurrogate(c[i + 1])) {
            const char32_t cp = QChar::surrogateToUcs4(u, c[++i]);
            *p++ = char(0xF0 | (cp >> 18));
            *p++ = char(0x80 | ((cp >> 12) & 0x3F));
            *p++ = char(0x80 | ((cp >> 6) & 0x3F));
            *p++ = char(0x80 | (cp & 0x3F));
        } else {
            const char16_t v = QChar::isSurrogate(u) ? char16_t(0xFFFD) : u; // a lone surrogate
            *p++ = char(0xE0 | (v >> 12));
            *p++ = char(0x80 | ((v >> 6) & 0x3F));
            *p++ = char(0x80 | (v & 0x3F));
        }
    }
    return p;
}

void JsonWriter::appendString(QByteArray &out, const QString &s)
{
    const qsizetype old = out.size();
    out.resize(old + s.size() * 6 + 2); // the worst case: every unit escaped as \u00XX
    char *p = out.data() + old;
    *p++ = '"';
    p = putEscaped(p, s);
    *p++ = '"';
    out.truncate(p - out.constData());
}

void JsonWriter::stringValue(std::initializer_list<QStringView> parts)
{
    separate();
    qsizetype n = 0;
    for (QStringView s : parts)
        n += s.size();
    const qsizetype old = m_out.size();
    m_out.resize(old + n * 6 + 2);
    char *p = m_out.data() + old;
    *p++ = '"';
    for (QStringView s : parts)
        p = putEscaped(p, s);
    *p++ = '"';
    m_out.truncate(p - m_out.constData());
}

void JsonWriter::phoneField(const char *name, qint64 n, int style)
{
    key(name);
    separate();
    if (n <= 0) {
        m_out.append("null", 4);
        return;
    }
    char buf[32];
    char *p = buf;
    *p++ = '"';
    const qint64 area = n / 10000000, exch = n / 10000 % 1000, line = n % 10000;
    switch (style) {
    case 0: // (512) 555-0134
        *p++ = '(';
        p = putDigits(p, area, 3);
        *p++ = ')';
        *p++ = ' ';
        p = putDigits(p, exch, 3);
        *p++ = '-';
        p = putDigits(p, line, 4);
        break;
    case 1: // 512-555-0134
        p = putDigits(p, area, 3);
        *p++ = '-';
        p = putDigits(p, exch, 3);
        *p++ = '-';
        p = putDigits(p, line, 4);
        break;
    case 2: // 5125550134
        p = putDigits(p, area, 3);
        p = putDigits(p, exch, 3);
        p = putDigits(p, line, 4);
        break;
    default: // +1 512 555 0134
        *p++ = '+';
        *p++ = '1';
        *p++ = ' ';
        p = putDigits(p, area, 3);
        *p++ = ' ';
        p = putDigits(p, exch, 3);
        *p++ = ' ';
        p = putDigits(p, line, 4);
    }
    *p++ = '"';
    m_out.append(buf, p - buf);
}

void JsonWriter::appendDate(QByteArray &out, const QDate &d)
{
    char buf[16];
    char *p = buf;
    *p++ = '"';
    p = putDigits(p, d.year(), 4);
    *p++ = '-';
    p = putDigits(p, d.month(), 2);
    *p++ = '-';
    p = putDigits(p, d.day(), 2);
    *p++ = '"';
    out.append(buf, p - buf);
}

void JsonWriter::appendDateTime(QByteArray &out, qint64 secs, int offsetMin)
{
    const qint64 local = secs + qint64(offsetMin) * 60;
    qint64 days = local / 86400, sod = local % 86400;
    if (sod < 0) {
        sod += 86400;
        --days;
    }
    qint64 y;
    int m, d;
    civilFromDays(days, y, m, d);
    char buf[40];
    char *p = buf;
    p = putDigits(p, y, 4);
    *p++ = '-';
    p = putDigits(p, m, 2);
    *p++ = '-';
    p = putDigits(p, d, 2);
    *p++ = 'T';
    p = putDigits(p, sod / 3600, 2);
    *p++ = ':';
    p = putDigits(p, sod / 60 % 60, 2);
    *p++ = ':';
    p = putDigits(p, sod % 60, 2);
    if (offsetMin == 0) {
        *p++ = 'Z';
    } else {
        const int a = std::abs(offsetMin);
        *p++ = offsetMin < 0 ? '-' : '+';
        p = putDigits(p, a / 60, 2);
        *p++ = ':';
        p = putDigits(p, a % 60, 2);
    }
    out.append(buf, p - buf);
}

} // namespace pms::sim
