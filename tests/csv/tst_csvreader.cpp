#include "csv/CsvReader.h"

#include <QBuffer>
#include <QTest>

using namespace pms;

namespace {

struct Parsed
{
    QList<CsvRecord> records;
    char delimiter = 0;
    bool bom = false;
};

Parsed parse(const QByteArray &data, CsvReader::Options options = {})
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, options);
    Parsed p;
    CsvRecord rec;
    while (reader.next(rec))
        p.records.append(rec);
    p.delimiter = reader.delimiter();
    p.bom = reader.hadByteOrderMark();
    return p;
}

QString issuesOf(const Parsed &p)
{
    QStringList out;
    for (const CsvRecord &r : p.records)
        for (const CsvIssue &i : r.issues)
            out << QStringLiteral("%1:%2:%3").arg(i.line).arg(i.column).arg(i.message);
    return out.join(QLatin1Char('\n'));
}

/// "line|f1|f2;line|f1" — records as compact text for table-driven comparisons.
QString shape(const Parsed &p)
{
    QStringList recs;
    for (const CsvRecord &r : p.records)
        recs << QString::number(r.line) + QLatin1Char('|') + r.fields.join(QLatin1Char('|'));
    return recs.join(QLatin1Char(';'));
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parses_data();
    void parses();
    void detectsDelimiter_data();
    void detectsDelimiter();
    void stripsByteOrderMark();
    void reportsIssues_data();
    void reportsIssues();
    void recoversAfterStrayQuote();
    void stopsAfterFatalIssue();
    void truncatesOversizeField();
    void capsTheColumnCount();
    void quotedFieldAcrossBufferChunks();
    void utf8Validator_data();
    void utf8Validator();
    void readsFromSequentialDevice();
};

void TestCsvReader::parses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("simple LF") << QByteArray("a,b\n1,2\n") << QStringLiteral("1|a|b;2|1|2");
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << QStringLiteral("1|a|b;2|1|2");
    QTest::newRow("CR only") << QByteArray("a,b\r1,2\r") << QStringLiteral("1|a|b;2|1|2");
    QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << QStringLiteral("1|a|b;2|1|2");
    QTest::newRow("quoted comma") << QByteArray("a,b\n\"x,y\",z\n") << QStringLiteral("1|a|b;2|x,y|z");
    QTest::newRow("doubled quotes") << QByteArray("a\n\"say \"\"hi\"\"\"\n") << QStringLiteral("1|a;2|say \"hi\"");
    QTest::newRow("newline in quotes, line numbers") << QByteArray("a,b\n\"1\n2\n3\",x\ny,z\n")
                                                     << QStringLiteral("1|a|b;2|1\n2\n3|x;5|y|z");
    QTest::newRow("CRLF in quotes kept") << QByteArray("a\r\n\"1\r\n2\"\r\nb\r\n")
                                         << QStringLiteral("1|a;2|1\r\n2;4|b");
    QTest::newRow("empty fields") << QByteArray("a,b,c\n,,\n") << QStringLiteral("1|a|b|c;2|||");
    QTest::newRow("trailing delimiter") << QByteArray("a,b,\n1,2,\n") << QStringLiteral("1|a|b|;2|1|2|");
    QTest::newRow("empty quoted") << QByteArray("a,b\n\"\",\"\"\n") << QStringLiteral("1|a|b;2||");
    QTest::newRow("blank lines skipped, counted") << QByteArray("a\n\n\r\nb\n\nc") << QStringLiteral("1|a;4|b;6|c");
    QTest::newRow("spaces kept") << QByteArray("a, b \n") << QStringLiteral("1|a| b ");
    QTest::newRow("non-ASCII") << QByteArray("n\nZoë 山田\n") << QString::fromUtf8("1|n;2|Zoë 山田");
    QTest::newRow("semicolon") << QByteArray("a;b\n\"x;y\";2\n") << QStringLiteral("1|a|b;2|x;y|2");
    QTest::newRow("tab") << QByteArray("a\tb\n1\t2\n") << QStringLiteral("1|a|b;2|1|2");
    QTest::newRow("empty input") << QByteArray() << QString();
}

void TestCsvReader::parses()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    const Parsed p = parse(input);
    QCOMPARE(issuesOf(p), QString());
    QCOMPARE(shape(p), expected);
}

void TestCsvReader::detectsDelimiter_data()
{
    QTest::addColumn<QByteArray>("firstLine");
    QTest::addColumn<char>("expected");
    QTest::newRow("comma") << QByteArray("a,b,c\n") << ',';
    QTest::newRow("semicolon") << QByteArray("a;b;c\n") << ';';
    QTest::newRow("tab") << QByteArray("a\tb\tc\n") << '\t';
    QTest::newRow("one column") << QByteArray("name\n") << ',';
    QTest::newRow("quoted commas do not count") << QByteArray("\"a,b,c\";d;e\n") << ';';
    QTest::newRow("tie prefers comma") << QByteArray("a,b;c\n") << ',';
    QTest::newRow("semicolon beats a comma in a name") << QByteArray("Name;City, State;Zip\n") << ';';
    QTest::newRow("only the first line") << QByteArray("a,b\nx;y;z;w\n") << ',';
}

void TestCsvReader::detectsDelimiter()
{
    QFETCH(QByteArray, firstLine);
    QFETCH(char, expected);
    QCOMPARE(CsvReader::detectDelimiter(firstLine), expected);
    QCOMPARE(parse(firstLine).delimiter, expected);
}

void TestCsvReader::stripsByteOrderMark()
{
    const Parsed p = parse(QByteArray("\xEF\xBB\xBFname;email\r\nA;a@b.c\r\n"));
    QVERIFY(p.bom);
    QCOMPARE(p.delimiter, ';');
    QCOMPARE(shape(p), QStringLiteral("1|name|email;2|A|a@b.c"));
    QCOMPARE(p.records.first().fields.first(), QStringLiteral("name")); // no U+FEFF left in the first header
}

void TestCsvReader::reportsIssues_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("fatal");

    QTest::newRow("unterminated at EOF") << QByteArray("a,b\nx,\"open\n\n") << qint64(2) << 2
                                         << QStringLiteral("never closed") << true;
    QTest::newRow("quote in unquoted") << QByteArray("a,b\nx,5\" pipe\n") << qint64(2) << 2
                                       << QStringLiteral("does not start with a quote") << false;
    QTest::newRow("text after closing quote") << QByteArray("a\n\"x\"y\n") << qint64(2) << 1
                                              << QStringLiteral("after the closing quote") << false;
    QTest::newRow("latin-1 byte") << QByteArray("a,b\nx,M\xFCnchen\n") << qint64(2) << 2
                                  << QStringLiteral("not valid UTF-8 text (byte 0xFC on line 2)") << false;
    QTest::newRow("invalid byte on a later physical line") << QByteArray("a\n\"1\n2\n\xFF\"\n") << qint64(2) << 1
                                                           << QStringLiteral("byte 0xFF on line 4") << false;
    QTest::newRow("NUL byte") << QByteArray("a,b\nx,y\0z\n", 10) << qint64(2) << 2
                              << QStringLiteral("binary data") << true;
    QTest::newRow("UTF-16 LE") << QByteArray("\xFF\xFEn\0a\0") << qint64(1) << 0 << QStringLiteral("UTF-16")
                               << true;
    QTest::newRow("UTF-16 BE") << QByteArray("\xFE\xFF\0n\0a") << qint64(1) << 0 << QStringLiteral("UTF-16")
                               << true;
}

void TestCsvReader::reportsIssues()
{
    QFETCH(QByteArray, input);
    QFETCH(qint64, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    QFETCH(bool, fatal);
    const Parsed p = parse(input);
    QList<CsvIssue> all;
    for (const CsvRecord &r : p.records)
        all += r.issues;
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().line, line);
    QCOMPARE(all.first().column, column);
    QVERIFY2(all.first().message.contains(message), qPrintable(all.first().message));
    QCOMPARE(all.first().fatal, fatal);
}

void TestCsvReader::recoversAfterStrayQuote()
{
    const Parsed p = parse(QByteArray("a,b\nx,5\" pipe\ny,z\n"));
    QCOMPARE(p.records.size(), 3);
    QCOMPARE(p.records.at(1).fields, QStringList({QStringLiteral("x"), QStringLiteral("5\" pipe")}));
    QCOMPARE(p.records.at(2).fields, QStringList({QStringLiteral("y"), QStringLiteral("z")}));
    QVERIFY(!p.records.at(2).hasIssues());
}

void TestCsvReader::stopsAfterFatalIssue()
{
    QBuffer buffer;
    buffer.setData(QByteArray("a\nx\0y\nmore\nrows\n", 16));
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    CsvRecord rec;
    QVERIFY(reader.next(rec));
    QVERIFY(reader.next(rec));
    QVERIFY(rec.hasIssues());
    QVERIFY(reader.stoppedOnFatalIssue());
    QVERIFY(!reader.next(rec));
}

void TestCsvReader::truncatesOversizeField()
{
    CsvReader::Options o;
    o.maxFieldBytes = 1024;
    const Parsed p = parse("a,b\n" + QByteArray(1025, 'x') + ",ok\n" + QByteArray(1024, 'y') + ",fine\n", o);
    QCOMPARE(p.records.size(), 3);
    QCOMPARE(p.records.at(1).issues.size(), 1);
    QCOMPARE(p.records.at(1).issues.first().column, 1);
    QVERIFY(p.records.at(1).issues.first().message.contains(QLatin1String("longer than 1 KB")));
    QCOMPARE(p.records.at(1).fields.at(0).size(), 1024);
    QCOMPARE(p.records.at(1).fields.at(1), QStringLiteral("ok"));
    QVERIFY(!p.records.at(2).hasIssues()); // exactly at the limit is fine
}

void TestCsvReader::capsTheColumnCount()
{
    // A header of a million columns stops at the cap with a fatal issue, instead of reading them all.
    const Parsed p = parse("a" + QByteArray(1000000, ',') + "\nrow,2\n");
    QCOMPARE(p.records.size(), 1);
    QCOMPARE(p.records.first().fields.size(), 1000);
    QCOMPARE(p.records.first().issues.size(), 1);
    QVERIFY(p.records.first().issues.first().fatal);
    QVERIFY2(p.records.first().issues.first().message.contains(QLatin1String("more than 1000 columns")),
             qPrintable(issuesOf(p)));

    // Exactly at the cap is fine, and so are the rows after it.
    const Parsed atCap = parse("a" + QByteArray(999, ',') + "\nrow" + QByteArray(999, ',') + "\n");
    QCOMPARE(atCap.records.size(), 2);
    QCOMPARE(atCap.records.at(0).fields.size(), 1000);
    QCOMPARE(issuesOf(atCap), QString());

    // A quoted last field counts too, and a smaller cap is honoured.
    CsvReader::Options o;
    o.maxFields = 3;
    const Parsed small = parse("a,b,c,\"d\",e\n", o);
    QCOMPARE(small.records.size(), 1);
    QCOMPARE(small.records.first().fields.size(), 3);
    QVERIFY(issuesOf(small).contains(QLatin1String("more than 3 columns")));
}

void TestCsvReader::quotedFieldAcrossBufferChunks()
{
    // The reader takes 64 KB at a time: put a doubled quote, a CRLF and a multi-byte character
    // across the chunk boundaries and check nothing is lost or misread.
    QByteArray data = "name,notes\n";
    QByteArray expectedNotes;
    for (int i = 0; i < 3000; ++i) {
        data += "row" + QByteArray::number(i) + ",\"a \"\"quoted\"\" é\r\nline\"\n";
    }
    const Parsed p = parse(data);
    QCOMPARE(issuesOf(p), QString());
    QCOMPARE(p.records.size(), 3001);
    for (int i = 1; i < p.records.size(); ++i) {
        QCOMPARE(p.records.at(i).fields.at(1), QString::fromUtf8("a \"quoted\" é\r\nline"));
        QCOMPARE(p.records.at(i).line, qint64(2 + 2 * (i - 1)));
    }
}

void TestCsvReader::utf8Validator_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("firstBad");
    QTest::newRow("ascii") << QByteArray("hello") << -1;
    QTest::newRow("2-byte") << QByteArray("\xC3\xA9") << -1;
    QTest::newRow("3-byte") << QByteArray("\xE5\xB1\xB1") << -1;
    QTest::newRow("4-byte") << QByteArray("\xF0\x9F\x98\x80") << -1;
    QTest::newRow("max code point") << QByteArray("\xF4\x8F\xBF\xBF") << -1;
    QTest::newRow("lone continuation") << QByteArray("ab\x80") << 2;
    QTest::newRow("overlong 2-byte") << QByteArray("\xC0\xAF") << 0;
    QTest::newRow("overlong 3-byte") << QByteArray("x\xE0\x80\xAF") << 1;
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << 0;
    QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << 0;
    QTest::newRow("truncated at end") << QByteArray("ok\xE5\xB1") << 2;
    QTest::newRow("bad continuation") << QByteArray("\xC3(") << 0;
    QTest::newRow("F5 lead") << QByteArray("\xF5\x80\x80\x80") << 0;
}

void TestCsvReader::utf8Validator()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, firstBad);
    QCOMPARE(CsvReader::firstInvalidUtf8(bytes.constData(), bytes.size()), qsizetype(firstBad));
}

void TestCsvReader::readsFromSequentialDevice()
{
    // A device that hands out a few bytes at a time, like a pipe.
    class Trickle : public QIODevice
    {
    public:
        explicit Trickle(QByteArray d) : m_data(std::move(d)) { open(ReadOnly); }
        bool isSequential() const override { return true; }
        bool atEnd() const override { return m_pos >= m_data.size() && QIODevice::atEnd(); }

    protected:
        qint64 readData(char *out, qint64 max) override
        {
            if (m_pos >= m_data.size())
                return -1;
            const qint64 n = qMin<qint64>(qMin<qint64>(max, 3), m_data.size() - m_pos);
            memcpy(out, m_data.constData() + m_pos, size_t(n));
            m_pos += n;
            return n;
        }
        qint64 writeData(const char *, qint64) override { return -1; }

    private:
        QByteArray m_data;
        qint64 m_pos = 0;
    };
    Trickle device(QByteArray("\xEF\xBB\xBFname;notes\n\"a;\n b\";c\nd;e\n"));
    CsvReader reader(&device);
    QList<CsvRecord> records;
    CsvRecord rec;
    while (reader.next(rec))
        records.append(rec);
    QCOMPARE(reader.delimiter(), ';');
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(1).fields.first(), QStringLiteral("a;\n b"));
    QCOMPARE(records.at(2).line, qint64(4));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
