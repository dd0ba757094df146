#include "csv/CsvReader.h"
#include "common/CsvWriter.h"

#include <QBuffer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace pms;

namespace {

QString dataDir()
{
    return qEnvironmentVariable("PMSBRIDGE_TEST_DATA") + QStringLiteral("/csv");
}

/// Records every write, to check that output is streamed in bounded chunks.
class CountingDevice : public QIODevice
{
public:
    CountingDevice() { open(WriteOnly); }
    qint64 total = 0;
    qint64 largestWrite = 0;
    int writes = 0;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 len) override
    {
        total += len;
        largestWrite = qMax(largestWrite, len);
        ++writes;
        return len;
    }
};

} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesFixtureByteForByte();
    void neutralize_data();
    void neutralize();
    void numberHint_data();
    void numberHint();
    void roundTripsThroughReader();
    void streamsInChunks();
    void reportsDeviceErrors();
};

void TestCsvWriter::matchesFixtureByteForByte()
{
    using K = CsvWriter::ColumnKind;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter w(&buffer);
        w.setColumnKinds({K::Number, K::Text, K::Number, K::Text});
        QVERIFY(w.writeHeader({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("amount"), QStringLiteral("note")}));
        const QList<QStringList> rows = {
            {QStringLiteral("1"), QStringLiteral("Plain"), QStringLiteral("12.5"), QStringLiteral("simple")},
            {QStringLiteral("2"), QStringLiteral("Smith, John"), QStringLiteral("-12.5"), QStringLiteral("He said \"hi\"")},
            {QStringLiteral("3"), QString::fromUtf8("Zoë Ångström 山田"), QStringLiteral("0"), QStringLiteral("line1\nline2")},
            {QStringLiteral("4"), QStringLiteral("=SUM(A1:A2)"), QStringLiteral("1e3"), QStringLiteral("+33 1 23")},
            {QStringLiteral("5"), QStringLiteral("-12.5"), QStringLiteral("=1+2"), QStringLiteral("@cmd")},
            {QStringLiteral("6"), QStringLiteral("\tTabbed"), QString(), QStringLiteral("\rCR start")},
            {QStringLiteral("7"), QStringLiteral("'=already"), QString(), QStringLiteral("it's")},
            {QStringLiteral("8"), QString(), QString(), QStringLiteral("\"=quoted\"")},
            {QStringLiteral("9"), QStringLiteral("a;b"), QString(), QStringLiteral("=\"x,y\"")},
        };
        for (const QStringList &r : rows)
            QVERIFY(w.writeRow(r));
        QCOMPARE(w.rowsWritten(), qint64(rows.size()));
    }
    QFile fixture(dataDir() + QStringLiteral("/writer/expected_fixture.csv"));
    QVERIFY2(fixture.open(QIODevice::ReadOnly), qPrintable(fixture.fileName()));
    const QByteArray expected = fixture.readAll();
    if (buffer.data() != expected) {
        const QList<QByteArray> got = buffer.data().split('\n');
        const QList<QByteArray> want = expected.split('\n');
        for (int i = 0; i < qMin(got.size(), want.size()); ++i)
            QCOMPARE(got.at(i), want.at(i));
    }
    QCOMPARE(buffer.data(), expected);
}

void TestCsvWriter::neutralize_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("written");
    QTest::newRow("plain") << QStringLiteral("Alice") << QStringLiteral("Alice");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("equals") << QStringLiteral("=1+2") << QStringLiteral("'=1+2");
    QTest::newRow("plus") << QStringLiteral("+1 555") << QStringLiteral("'+1 555");
    QTest::newRow("minus") << QStringLiteral("-5") << QStringLiteral("'-5");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\tx") << QStringLiteral("'\tx");
    QTest::newRow("carriage return") << QStringLiteral("\rx") << QStringLiteral("'\rx");
    QTest::newRow("trigger later is fine") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("quote then trigger") << QStringLiteral("'=x") << QStringLiteral("''=x");
    QTest::newRow("quotes then trigger") << QStringLiteral("''-x") << QStringLiteral("'''-x");
    QTest::newRow("quote alone") << QStringLiteral("'") << QStringLiteral("'");
    QTest::newRow("quote then text") << QStringLiteral("'tis") << QStringLiteral("'tis");
}

void TestCsvWriter::neutralize()
{
    QFETCH(QString, cell);
    QFETCH(QString, written);
    QCOMPARE(CsvWriter::neutralize(cell), written);
    QCOMPARE(CsvWriter::unneutralize(written), cell);
}

void TestCsvWriter::numberHint_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("asNumber");
    QTest::addColumn<QString>("asText");
    QTest::newRow("negative decimal") << QStringLiteral("-12.5") << QStringLiteral("-12.5") << QStringLiteral("'-12.5");
    QTest::newRow("integer") << QStringLiteral("42") << QStringLiteral("42") << QStringLiteral("42");
    QTest::newRow("exponent") << QStringLiteral("-1e-3") << QStringLiteral("-1e-3") << QStringLiteral("'-1e-3");
    QTest::newRow("formula in a number column") << QStringLiteral("-1+2") << QStringLiteral("'-1+2") << QStringLiteral("'-1+2");
    QTest::newRow("plus sign is not ours") << QStringLiteral("+5") << QStringLiteral("'+5") << QStringLiteral("'+5");
    QTest::newRow("lone minus") << QStringLiteral("-") << QStringLiteral("'-") << QStringLiteral("'-");
    QTest::newRow("empty") << QString() << QString() << QString();
}

void TestCsvWriter::numberHint()
{
    QFETCH(QString, cell);
    QFETCH(QString, asNumber);
    QFETCH(QString, asText);
    QCOMPARE(CsvWriter::encodeField(cell, CsvWriter::ColumnKind::Number), asNumber);
    QCOMPARE(CsvWriter::encodeField(cell, CsvWriter::ColumnKind::Text), asText);
}

void TestCsvWriter::roundTripsThroughReader()
{
    // Random cells made of the characters that matter: whatever is written reads back the same
    // (after unneutralize) with the same shape.
    QRandomGenerator rng(4180);
    const QString alphabet = QString::fromUtf8(",;\"\r\n\t'=+-@ aZé山😀");
    QList<QStringList> rows;
    for (int r = 0; r < 500; ++r) {
        QStringList row;
        for (int c = 0; c < 4; ++c) {
            QString cell;
            const int len = rng.bounded(8);
            for (int i = 0; i < len; ++i) {
                const int k = rng.bounded(int(alphabet.size()));
                // keep surrogate pairs whole
                if (alphabet.at(k).isLowSurrogate())
                    cell += alphabet.mid(k - 1, 2);
                else if (alphabet.at(k).isHighSurrogate())
                    cell += alphabet.mid(k, 2);
                else
                    cell += alphabet.at(k);
            }
            row << cell;
        }
        rows << row;
    }
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    {
        CsvWriter w(&buffer);
        QVERIFY(w.writeHeader({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}));
        for (const QStringList &r : rows)
            QVERIFY(w.writeRow(r));
    }
    buffer.seek(0);
    CsvReader reader(&buffer, CsvReader::Options{',', 64 * 1024});
    CsvRecord rec;
    QVERIFY(reader.next(rec));
    int i = 0;
    while (reader.next(rec)) {
        QVERIFY2(!rec.hasIssues(), rec.hasIssues() ? qPrintable(rec.issues.first().message) : "");
        QStringList back;
        for (const QString &f : std::as_const(rec.fields))
            back << CsvWriter::unneutralize(f);
        // A row of only empty cells reads as a line of commas, never as a blank line.
        QCOMPARE(back, rows.at(i));
        ++i;
    }
    QCOMPARE(i, rows.size());
}

void TestCsvWriter::streamsInChunks()
{
    CountingDevice device;
    CsvWriter w(&device);
    const QStringList row = {QStringLiteral("12345"), QString(200, QLatin1Char('x'))};
    for (int i = 0; i < 20000; ++i)
        QVERIFY(w.writeRow(row));
    QVERIFY(w.flush());
    QVERIFY(device.writes > 10);
    QVERIFY2(device.largestWrite < 70 * 1024, qPrintable(QString::number(device.largestWrite)));
    QCOMPARE(device.total, qint64(20000) * (5 + 1 + 200 + 2));
}

void TestCsvWriter::reportsDeviceErrors()
{
    QBuffer readOnly;
    readOnly.open(QIODevice::ReadOnly);
    CsvWriter w(&readOnly);
    w.writeRow({QStringLiteral("a")});
    QVERIFY(!w.flush());
    QVERIFY(w.hasError());
    QVERIFY(!w.errorString().isEmpty());
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
