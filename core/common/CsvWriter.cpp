#include "CsvWriter.h"

#include <QCoreApplication>
#include <QIODevice>

namespace pms {

namespace {

constexpr qsizetype kFlushAt = 64 * 1024;

bool isTrigger(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@')
        || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

/// Quotes followed by a trigger character: the shape neutralize() produces and must keep reversible.
bool quotesThenTrigger(const QString &cell)
{
    qsizetype i = 0;
    while (i < cell.size() && cell.at(i) == QLatin1Char('\''))
        ++i;
    return i > 0 && i < cell.size() && isTrigger(cell.at(i));
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device, char delimiter)
    : m_device(device), m_delimiter(delimiter)
{
    m_buffer.reserve(kFlushAt + 4096);
}

CsvWriter::~CsvWriter()
{
    flush();
}

QString CsvWriter::errorString() const
{
    if (!m_error)
        return {};
    const QString reason = m_device ? m_device->errorString() : QString();
    return QCoreApplication::translate("pms::CsvWriter", "cannot write the CSV data: %1").arg(reason);
}

QString CsvWriter::neutralize(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    if (isTrigger(cell.at(0)) || quotesThenTrigger(cell))
        return QLatin1Char('\'') + cell;
    return cell;
}

QString CsvWriter::unneutralize(const QString &cell)
{
    if (quotesThenTrigger(cell))
        return cell.mid(1);
    return cell;
}

bool CsvWriter::isPlainNumber(const QString &cell)
{
    const qsizetype n = cell.size();
    qsizetype i = 0;
    if (i < n && cell.at(i) == QLatin1Char('-'))
        ++i;
    const qsizetype intStart = i;
    while (i < n && cell.at(i).isDigit() && cell.at(i).unicode() < 128)
        ++i;
    if (i == intStart)
        return false;
    if (i < n && cell.at(i) == QLatin1Char('.')) {
        ++i;
        const qsizetype fracStart = i;
        while (i < n && cell.at(i).unicode() >= '0' && cell.at(i).unicode() <= '9')
            ++i;
        if (i == fracStart)
            return false;
    }
    if (i < n && (cell.at(i) == QLatin1Char('e') || cell.at(i) == QLatin1Char('E'))) {
        ++i;
        if (i < n && (cell.at(i) == QLatin1Char('-') || cell.at(i) == QLatin1Char('+')))
            ++i;
        const qsizetype expStart = i;
        while (i < n && cell.at(i).unicode() >= '0' && cell.at(i).unicode() <= '9')
            ++i;
        if (i == expStart)
            return false;
    }
    return i == n;
}

QString CsvWriter::encodeField(const QString &cell, ColumnKind kind, char delimiter)
{
    const QString text = (kind == ColumnKind::Number && isPlainNumber(cell)) ? cell : neutralize(cell);
    bool needsQuotes = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char(delimiter)) {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes)
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

void CsvWriter::appendField(const QString &cell, ColumnKind kind, bool raw)
{
    if (raw) {
        // Header names are ours; they still get RFC quoting if they ever need it.
        bool plain = true;
        for (const QChar c : cell)
            if (c == QLatin1Char('"') || c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char(m_delimiter))
                plain = false;
        if (plain) {
            m_buffer += cell.toUtf8();
            return;
        }
    }
    m_buffer += encodeField(cell, kind, m_delimiter).toUtf8();
}

bool CsvWriter::endRecord()
{
    m_buffer += m_lineEnding;
    ++m_rows;
    if (m_buffer.size() >= kFlushAt)
        return flush();
    return !m_error;
}

bool CsvWriter::writeHeader(const QStringList &names)
{
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (i > 0)
            m_buffer += m_delimiter;
        appendField(names.at(i), ColumnKind::Text, true);
    }
    const bool ok = endRecord();
    --m_rows; // the header is not a data row
    return ok;
}

bool CsvWriter::writeRow(const QStringList &cells)
{
    if (cells.size() == 1 && cells.first().isEmpty()) {
        // A lone empty field would be a blank line, which readers skip: write it as "".
        m_buffer += "\"\"";
        return endRecord();
    }
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_buffer += m_delimiter;
        const ColumnKind kind = i < m_kinds.size() ? m_kinds.at(i) : ColumnKind::Text;
        appendField(cells.at(i), kind, false);
    }
    return endRecord();
}

bool CsvWriter::flush()
{
    if (m_buffer.isEmpty() || m_error)
        return !m_error;
    if (!m_device || m_device->write(m_buffer) != m_buffer.size())
        m_error = true;
    m_buffer.clear();
    return !m_error;
}

} // namespace pms
