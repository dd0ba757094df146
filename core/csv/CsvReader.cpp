#include "CsvReader.h"

#include <QCoreApplication>
#include <QIODevice>

namespace pms {

namespace {

constexpr qint64 kChunk = 64 * 1024;
constexpr qsizetype kMaxFirstLine = 1024 * 1024; // how far delimiter detection looks

QString trCsv(const char *text)
{
    return QCoreApplication::translate("pms::CsvReader", text);
}

} // namespace

CsvReader::CsvReader(QIODevice *device)
    : CsvReader(device, Options{})
{
}

CsvReader::CsvReader(QIODevice *device, Options options)
    : m_device(device), m_options(options), m_delimiter(options.delimiter)
{
}

qsizetype CsvReader::firstInvalidUtf8(const char *data, qsizetype size)
{
    const auto *s = reinterpret_cast<const unsigned char *>(data);
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned int cp = 0;
        unsigned int min = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            cp = c & 0x1F;
            min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            cp = c & 0x0F;
            min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            cp = c & 0x07;
            min = 0x10000;
        } else {
            return i; // continuation byte on its own, 0xC0/0xC1 overlong starts, 0xF5..0xFF
        }
        if (i + extra >= size)
            return i;
        for (int k = 1; k <= extra; ++k) {
            const unsigned char cc = s[i + k];
            if ((cc & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

char CsvReader::detectDelimiter(const QByteArray &firstLine)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (const char c : firstLine) {
        if (c == '"') {
            quoted = !quoted;
            continue;
        }
        if (quoted)
            continue;
        if (c == '\n' || c == '\r')
            break;
        if (c == ',')
            ++comma;
        else if (c == ';')
            ++semicolon;
        else if (c == '\t')
            ++tab;
    }
    if (semicolon > comma && semicolon >= tab)
        return ';';
    if (tab > comma && tab > semicolon)
        return '\t';
    return ',';
}

bool CsvReader::fill()
{
    if (m_eof || !m_device)
        return false;
    for (;;) {
        QByteArray chunk = m_device->read(kChunk);
        if (!chunk.isEmpty()) {
            m_bytesRead += chunk.size();
            if (m_pos >= m_buf.size()) {
                m_buf = std::move(chunk);
                m_pos = 0;
            } else {
                if (m_pos > 0) {
                    m_buf.remove(0, m_pos);
                    m_pos = 0;
                }
                m_buf.append(chunk);
            }
            return true;
        }
        // A file or a buffer is at its end here; a pipe may still be coming.
        if (m_device->isSequential() && !m_device->atEnd() && m_device->waitForReadyRead(30000))
            continue;
        m_eof = true;
        return false;
    }
}

inline int CsvReader::get()
{
    if (m_pos >= m_buf.size() && !fill())
        return -1;
    return static_cast<unsigned char>(m_buf.at(m_pos++));
}

inline int CsvReader::peek()
{
    if (m_pos >= m_buf.size() && !fill())
        return -1;
    return static_cast<unsigned char>(m_buf.at(m_pos));
}

void CsvReader::start()
{
    m_started = true;
    fill();
    // Buffer the first record (up to a limit) for the BOM and delimiter checks, so the delimiter
    // does not depend on how the device hands out its bytes; fill() appends.
    qsizetype scanned = 0; // relative to m_pos, which stays put while buffering
    bool quoted = false;
    const auto firstRecordComplete = [&] {
        for (; m_pos + scanned < m_buf.size(); ++scanned) {
            const char c = m_buf.at(m_pos + scanned);
            if (c == '"')
                quoted = !quoted;
            else if (!quoted && (c == '\n' || c == '\r'))
                return true;
        }
        return false;
    };
    while (!m_eof && m_buf.size() - m_pos < kMaxFirstLine && !firstRecordComplete()) {
        if (!fill())
            break;
    }
    if (m_buf.size() - m_pos >= 3 && m_buf.at(m_pos) == '\xEF' && m_buf.at(m_pos + 1) == '\xBB'
        && m_buf.at(m_pos + 2) == '\xBF') {
        m_pos += 3;
        m_hadBom = true;
    }
    if (m_delimiter == 0)
        m_delimiter = detectDelimiter(m_buf.mid(m_pos, kMaxFirstLine));
}

void CsvReader::addIssue(CsvRecord &record, int column, const QString &message, bool fatal)
{
    record.issues.append(CsvIssue{record.line, column, message, fatal});
    if (fatal)
        m_fatal = true;
}

void CsvReader::finishField(CsvRecord &record, QByteArray &field, bool &oversize)
{
    const qsizetype bad = firstInvalidUtf8(field.constData(), field.size());
    if (bad >= 0) {
        const qint64 physical = record.line + QByteArrayView(field).first(bad).count('\n');
        addIssue(record, int(record.fields.size()) + 1,
                 trCsv("not valid UTF-8 text (byte 0x%1 on line %2); save the file as UTF-8")
                     .arg(QString::number(static_cast<unsigned char>(field.at(bad)), 16).toUpper())
                     .arg(physical));
    }
    record.fields.append(QString::fromUtf8(field));
    field.clear();
    oversize = false;
    if (m_options.maxFields > 0 && record.fields.size() > m_options.maxFields && !m_fatal) {
        // A million-column header would otherwise take seconds and hundreds of MB before anything is said.
        record.fields.resize(m_options.maxFields);
        addIssue(record, 0,
                 trCsv("the line has more than %1 columns, the most a file may have; check that this is the right "
                       "file and that its delimiter is %2")
                     .arg(m_options.maxFields)
                     .arg(m_delimiter == '\t' ? trCsv("a tab") : QStringLiteral("'%1'").arg(QLatin1Char(m_delimiter))),
                 true);
    }
}

bool CsvReader::next(CsvRecord &record)
{
    record.line = 0;
    record.fields.clear();
    record.issues.clear();
    if (m_fatal)
        return false;
    if (!m_started) {
        start();
        if (m_buf.size() - m_pos >= 2
            && ((m_buf.at(m_pos) == '\xFF' && m_buf.at(m_pos + 1) == '\xFE')
                || (m_buf.at(m_pos) == '\xFE' && m_buf.at(m_pos + 1) == '\xFF'))) {
            record.line = 1;
            addIssue(record, 0, trCsv("the file is UTF-16 text; save it as UTF-8 CSV"), true);
            return true;
        }
    }

    // Empty lines carry no record; they still count as lines.
    for (;;) {
        const int c = peek();
        if (c == -1)
            return false;
        if (c == '\n') {
            get();
            ++m_line;
        } else if (c == '\r') {
            get();
            if (peek() == '\n')
                get();
            ++m_line;
        } else {
            break;
        }
    }

    record.line = m_line;
    enum State { StartField, Unquoted, Quoted, AfterQuote };
    State state = StartField;
    QByteArray field;
    bool oversize = false;
    bool strayQuoteReported = false;
    const char delim = m_delimiter;
    const qsizetype maxField = m_options.maxFieldBytes;

    auto append = [&](const char *data, qsizetype n) {
        if (oversize)
            return;
        if (maxField > 0 && field.size() + n > maxField) {
            field.append(data, maxField - field.size());
            oversize = true;
            addIssue(record, int(record.fields.size()) + 1,
                     trCsv("the value is longer than %1 KB, the limit for one field").arg(maxField / 1024));
            return;
        }
        field.append(data, n);
    };
    auto endOfLine = [&](int c) {
        if (c == '\r' && peek() == '\n')
            get();
        ++m_line;
    };

    for (;;) {
        // Fast path: copy a run of ordinary bytes straight from the buffer.
        if ((state == Unquoted || state == Quoted) && m_pos < m_buf.size()) {
            const char *p = m_buf.constData() + m_pos;
            const char *end = m_buf.constData() + m_buf.size();
            const char *q = p;
            if (state == Unquoted) {
                while (q < end && *q != delim && *q != '"' && *q != '\n' && *q != '\r' && *q != '\0')
                    ++q;
            } else {
                while (q < end && *q != '"' && *q != '\n' && *q != '\r' && *q != '\0')
                    ++q;
            }
            if (q > p) {
                append(p, q - p);
                m_pos += q - p;
                continue;
            }
        }

        const int c = get();
        if (c == -1) {
            if (state == Quoted)
                addIssue(record, int(record.fields.size()) + 1,
                         trCsv("a quoted field is never closed: the closing quote (\") is missing before the end "
                               "of the file"),
                         true);
            finishField(record, field, oversize);
            return true;
        }
        if (c == 0) {
            addIssue(record, int(record.fields.size()) + 1,
                     trCsv("the file contains binary data (a NUL byte); it is not a CSV text file"), true);
            finishField(record, field, oversize);
            return true;
        }
        const char ch = static_cast<char>(c);
        switch (state) {
        case StartField:
            if (ch == '"') {
                state = Quoted;
                break;
            }
            [[fallthrough]];
        case Unquoted:
            if (ch == delim) {
                finishField(record, field, oversize);
                if (m_fatal)
                    return true;
                state = StartField;
            } else if (ch == '\n' || ch == '\r') {
                endOfLine(c);
                finishField(record, field, oversize);
                return true;
            } else {
                if (ch == '"' && !strayQuoteReported) {
                    strayQuoteReported = true;
                    addIssue(record, int(record.fields.size()) + 1,
                             trCsv("a quote (\") inside a field that does not start with a quote; enclose the "
                                   "whole field in quotes and double the quote (\"\")"));
                }
                append(&ch, 1);
                state = Unquoted;
            }
            break;
        case Quoted:
            if (ch == '"') {
                state = AfterQuote;
            } else {
                if (ch == '\n' || (ch == '\r' && peek() != '\n'))
                    ++m_line;
                append(&ch, 1);
            }
            break;
        case AfterQuote:
            if (ch == '"') {
                append(&ch, 1);
                state = Quoted;
            } else if (ch == delim) {
                finishField(record, field, oversize);
                if (m_fatal)
                    return true;
                state = StartField;
            } else if (ch == '\n' || ch == '\r') {
                endOfLine(c);
                finishField(record, field, oversize);
                return true;
            } else {
                if (!strayQuoteReported) {
                    strayQuoteReported = true;
                    addIssue(record, int(record.fields.size()) + 1,
                             trCsv("text after the closing quote of a quoted field; double a quote inside quotes "
                                   "(\"\")"));
                }
                append(&ch, 1);
                state = Unquoted;
            }
            break;
        }
    }
}

} // namespace pms
