#pragma once

// Qt Core only: the fuzzer (tests/fuzz) compiles this file on its own with clang.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace pms {

/// A problem found while reading one record. @c line is the physical line (1-based) where the
/// record starts; @c column is the 1-based field number, or 0 when it concerns the whole record.
struct CsvIssue
{
    qint64 line = 0;
    int column = 0;
    QString message;
    bool fatal = false; // reading stopped here (the rest of the file cannot be trusted)
};

/// One record (row) of a CSV file.
struct CsvRecord
{
    qint64 line = 0;           // physical line where the record starts, 1-based (the header is line 1)
    QStringList fields;
    QList<CsvIssue> issues;    // syntax, encoding or size problems in this record
    bool hasIssues() const { return !issues.isEmpty(); }
};

/// Streaming RFC 4180 reader over any QIODevice.
///
/// Accepts quoted fields with doubled quotes and line breaks inside, CRLF, LF or CR line ends,
/// a UTF-8 byte order mark, and a delimiter detected from the first line among comma, semicolon
/// and tab (or given). Empty lines are skipped (their line numbers still count). Problems are
/// reported per record with the record's first line; reading goes on after a recoverable problem
/// (a stray quote, invalid UTF-8, an over-long field) and stops after a fatal one (an unclosed
/// quote at the end of the file, binary data, UTF-16 text, more than Options::maxFields columns).
class CsvReader
{
public:
    struct Options
    {
        char delimiter = 0;                  // 0: detect among ',' ';' '\t'
        qsizetype maxFieldBytes = 64 * 1024; // longer fields are reported and truncated
        int maxFields = 1000;                // more columns in one record is a fatal issue (no real file has them)
    };

    explicit CsvReader(QIODevice *device);
    CsvReader(QIODevice *device, Options options);

    /// Reads the next record into @p record. False at the end of the input (or after a fatal issue
    /// was returned with the previous record).
    bool next(CsvRecord &record);

    /// The delimiter in use (known after the first next()).
    char delimiter() const { return m_delimiter; }
    bool hadByteOrderMark() const { return m_hadBom; }
    /// Bytes taken from the device so far (for progress and size limits on sequential devices).
    qint64 bytesRead() const { return m_bytesRead; }
    bool stoppedOnFatalIssue() const { return m_fatal; }

    /// Detects the delimiter of a first line (outside quotes): the most frequent of ',' ';' '\t',
    /// comma on a tie or when there is none.
    static char detectDelimiter(const QByteArray &firstLine);
    /// Index of the first byte that is not valid UTF-8 (overlong forms and surrogates are invalid),
    /// or -1 when all of @p data is valid.
    static qsizetype firstInvalidUtf8(const char *data, qsizetype size);

private:
    int get();
    int peek();
    bool fill();
    void start();
    void finishField(CsvRecord &record, QByteArray &field, bool &oversize);
    void addIssue(CsvRecord &record, int column, const QString &message, bool fatal = false);

    QIODevice *m_device;
    Options m_options;
    QByteArray m_buf;
    qsizetype m_pos = 0;
    qint64 m_bytesRead = 0;
    qint64 m_line = 1;
    char m_delimiter = 0;
    bool m_started = false;
    bool m_eof = false;
    bool m_fatal = false;
    bool m_hadBom = false;
};

} // namespace pms
