// libFuzzer target: CsvReader must never crash, hang or misbehave on any input.
// The first input byte picks the options (delimiter, field limit, how the device hands out data);
// the rest is the file. Checked on every input:
//  - records come with line numbers >= 1 that never go down, at least one field each (but the
//    UTF-16 refusal);
//  - no field is longer than the field limit;
//  - issues carry their record's line; after a fatal issue the reader ends;
//  - firstInvalidUtf8() agrees with Qt's own UTF-8 decoder;
//  - every record without issues, written back with CsvWriter and read again, is the same.
#include "csv/CsvReader.h"
#include "common/CsvWriter.h"

#include <QBuffer>
#include <QByteArray>
#include <QStringDecoder>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

using pms::CsvReader;
using pms::CsvRecord;
using pms::CsvWriter;

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}

/// Hands out at most @c step bytes per read, like a pipe, so buffer refills happen mid-record.
class Trickle : public QIODevice
{
public:
    Trickle(const QByteArray &data, int step) : m_data(data), m_step(step) { open(ReadOnly | Unbuffered); }
    bool isSequential() const override { return true; }
    bool atEnd() const override { return m_pos >= m_data.size(); }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        if (m_pos >= m_data.size())
            return -1;
        const qint64 n = std::min<qint64>({max, qint64(m_step), qint64(m_data.size()) - m_pos});
        std::memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    int m_step;
    qint64 m_pos = 0;
};

QList<CsvRecord> readAll(QIODevice &device, CsvReader::Options options, qsizetype inputSize)
{
    CsvReader reader(&device, options);
    QList<CsvRecord> records;
    CsvRecord rec;
    qint64 lastLine = 0;
    while (reader.next(rec)) {
        check(rec.line >= 1 && rec.line >= lastLine, "line numbers start at 1 and never go down");
        check(!rec.fields.isEmpty() || reader.stoppedOnFatalIssue(), "a record has a field unless reading stopped");
        for (const pms::CsvIssue &i : std::as_const(rec.issues)) {
            check(i.line == rec.line, "an issue carries its record's line");
            check(i.column >= 0 && i.column <= rec.fields.size(), "an issue's column is a field of the record");
        }
        for (const QString &f : std::as_const(rec.fields))
            check(options.maxFieldBytes <= 0 || f.size() <= options.maxFieldBytes, "fields respect the size limit");
        lastLine = rec.line;
        records.append(rec);
        check(records.size() <= inputSize + 1, "the reader terminates");
        if (reader.stoppedOnFatalIssue())
            check(!reader.next(rec), "nothing after a fatal issue");
    }
    return records;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const uint8_t mode = data[0];
    const QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    CsvReader::Options options;
    static const char delimiters[] = {0, ',', ';', '\t'};
    options.delimiter = delimiters[mode & 3];
    options.maxFieldBytes = (mode & 4) ? 16 : 64 * 1024;

    // UTF-8 validation agrees with Qt's decoder.
    const qsizetype bad = CsvReader::firstInvalidUtf8(input.constData(), input.size());
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder(input);
    check((bad < 0) == !decoder.hasError(), "firstInvalidUtf8 agrees with QStringDecoder");
    (void)decoded;
    (void)CsvReader::detectDelimiter(input);

    QList<CsvRecord> records;
    if (mode & 8) {
        Trickle device(input, 1 + ((mode >> 4) & 7));
        records = readAll(device, options, input.size());
    } else {
        QBuffer device;
        device.setData(input);
        device.open(QIODevice::ReadOnly);
        records = readAll(device, options, input.size());
        // The same bytes through a trickling device give the same records.
        Trickle trickle(input, 3);
        const QList<CsvRecord> again = readAll(trickle, options, input.size());
        check(again.size() == records.size(), "chunking does not change the record count");
        for (qsizetype i = 0; i < records.size(); ++i)
            check(again.at(i).fields == records.at(i).fields && again.at(i).line == records.at(i).line,
                  "chunking does not change the records");
    }

    // Write back the clean records and read them again.
    QList<QStringList> clean;
    for (const CsvRecord &r : std::as_const(records))
        if (!r.hasIssues())
            clean.append(r.fields);
    QBuffer out;
    out.open(QIODevice::ReadWrite);
    {
        CsvWriter writer(&out);
        for (const QStringList &fields : std::as_const(clean))
            writer.writeRow(fields);
        check(writer.flush(), "writing to a buffer works");
    }
    out.seek(0);
    CsvReader::Options plain;
    plain.delimiter = ',';
    plain.maxFieldBytes = 0;
    const QList<CsvRecord> reread = readAll(out, plain, out.size());
    check(reread.size() == clean.size(), "written records read back one for one");
    for (qsizetype i = 0; i < clean.size(); ++i) {
        check(!reread.at(i).hasIssues(), "written records read back without issues");
        QStringList back;
        for (const QString &f : reread.at(i).fields)
            back.append(CsvWriter::unneutralize(f));
        check(back == clean.at(i), "written records read back the same");
    }
    return 0;
}
