#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace pms {

/// Streaming RFC 4180 writer to any QIODevice (a QSaveFile, a QBuffer in tests, stdout).
///
/// UTF-8 without a BOM, comma-separated, records ended by CRLF (RFC 4180). A field is quoted
/// when it contains the delimiter, a quote, CR or LF; quotes inside are doubled. A row made of one
/// empty field is written as "" so that it does not read back as a (skipped) blank line.
///
/// Formula injection: a spreadsheet runs a cell that starts with '=', '+', '-', '@', tab or
/// carriage return as a formula. In a Text column such a cell is written with a single quote
/// (') in front, which spreadsheets show as plain text (then quoted if needed, e.g. "'=1+2" →
/// '=1+2, "'\r…" → "'\r…" in quotes). To stay reversible a cell made of quotes followed by one of
/// those characters ("'=x") gets one more quote ("''=x"); unneutralize() undoes exactly one, so
/// import(export(x)) == x. Number columns hold numbers we format ourselves ("-12.5") and are
/// written as they are — but only when the cell really is a plain number; anything else in a
/// Number column is treated as text.
///
/// Output is buffered and handed to the device in chunks of about 64 KB, so a large export
/// never holds the whole file in memory.
class CsvWriter
{
public:
    enum class ColumnKind { Text, Number };

    explicit CsvWriter(QIODevice *device, char delimiter = ',');
    ~CsvWriter(); // flushes

    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    /// Per-column hints; columns beyond the list are Text.
    void setColumnKinds(const QList<ColumnKind> &kinds) { m_kinds = kinds; }
    /// "\r\n" (the default, RFC 4180) or "\n".
    void setLineEnding(const QByteArray &ending) { m_lineEnding = ending; }

    /// Writes a header row: never neutralised (our own column names).
    bool writeHeader(const QStringList &names);
    bool writeRow(const QStringList &cells);
    /// Hands buffered bytes to the device. False when the device refused them.
    bool flush();
    bool hasError() const { return m_error; }
    QString errorString() const;
    qint64 rowsWritten() const { return m_rows; }

    /// The text a Text cell is written as before quoting (formula-looking cells get the ' prefix).
    static QString neutralize(const QString &cell);
    /// The inverse of neutralize(): removes the one ' that neutralize() added.
    static QString unneutralize(const QString &cell);
    /// A plain decimal number: optional '-', digits, optional fraction, optional exponent.
    static bool isPlainNumber(const QString &cell);
    /// One field as it appears in the file (neutralised for Text, quoted when needed).
    static QString encodeField(const QString &cell, ColumnKind kind, char delimiter = ',');

private:
    void appendField(const QString &cell, ColumnKind kind, bool raw);
    bool endRecord();

    QIODevice *m_device;
    char m_delimiter;
    QByteArray m_lineEnding = QByteArrayLiteral("\r\n");
    QList<ColumnKind> m_kinds;
    QByteArray m_buffer;
    qint64 m_rows = 0;
    bool m_error = false;
};

} // namespace pms
