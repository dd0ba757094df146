#include "common/CacheEvents.h"
#include "csv/CsvImporter.h"
#include "storage/DirectoryEntries.h"
#include "storage/Database.h"
#include "storage/OwnerRepository.h"
#include "storage/PlatformUnitRepository.h"
#include "storage/VendorRepository.h"
#include "support/TestSupport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace pms;

namespace {

QString dataDir()
{
    return qEnvironmentVariable("PMSBRIDGE_TEST_DATA") + QStringLiteral("/csv");
}

/// Non-comment lines of a tab-separated table, split into cells.
QList<QStringList> readTable(const QString &path)
{
    QList<QStringList> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.trimmed().isEmpty() || line.startsWith('#'))
            continue;
        out.append(QString::fromUtf8(line).split(QLatin1Char('\t')));
    }
    return out;
}

struct Counts
{
    qint64 owners, vendors, units;
    bool operator==(const Counts &o) const { return owners == o.owners && vendors == o.vendors && units == o.units; }
};

Counts counts(Database &db)
{
    return {OwnerRepository(db).count(), VendorRepository(db).count(), PlatformUnitRepository(db).count()};
}

/// What every bad-file test finds in the cache first (also the targets of the "against the cache" files).
void seed(Database &db)
{
    Owner o;
    o.name = QStringLiteral("Existing Owner");
    o.email = QStringLiteral("existing@example.com");
    o.externalRef = QStringLiteral("OWN-EXIST");
    QVERIFY(OwnerRepository(db).insert(o).ok());
    Vendor v;
    v.name = QStringLiteral("Existing Vendor");
    v.externalRef = QStringLiteral("VEN-EXIST");
    QVERIFY(VendorRepository(db).insert(v).ok());
    PlatformUnit u;
    u.name = QStringLiteral("101");
    u.building = QStringLiteral("Tower A");
    u.externalRef = QStringLiteral("PU-EXIST");
    QVERIFY(PlatformUnitRepository(db).insert(u).ok());
}

QString formatted(const ImportReport &r, const QString &file)
{
    QStringList lines;
    for (const ImportIssue &i : r.errors)
        lines << i.format(file);
    return lines.join(QLatin1Char('\n'));
}

ImportReport importBytes(Database &db, ImportEntity entity, const QByteArray &bytes,
                         const CsvImporter::Limits &limits = CsvImporter::Limits())
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvImporter importer(entity);
    importer.setLimits(limits);
    return importer.importFrom(db, buffer);
}

} // namespace

class TestCsvImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyBadFileHasAnExpectation();
    void badFileImportsNothing_data();
    void badFileImportsNothing();
    void goodFileImports_data();
    void goodFileImports();
    void goodFileValues();
    void updatesRowsByExternalRef_data();
    void updatesRowsByExternalRef();
    void lineWithoutRefCannotUpdate();
    void commitMatchesRefsAddedAfterTheCheck();
    void platformUnitsStillOnlyAdd();
    void importNotifiesTheScreens();
    void headerMatching_data();
    void headerMatching();
    void valueChecks_data();
    void valueChecks();
    void rowLimit();
    void byteLimit();
    void columnLimit();
    void reportsEveryBadLineButCapsTheList();
    void previewAndMappingForTheWizard();
    void validateWritesNothing();
    void cancel();
};

void TestCsvImport::everyBadFileHasAnExpectation()
{
    const QString dir = dataDir() + QStringLiteral("/bad");
    QSet<QString> expected;
    for (const QStringList &row : readTable(dir + QStringLiteral("/EXPECTED.tsv")))
        expected.insert(row.first());
    QSet<QString> files;
    for (const QString &f : QDir(dir).entryList(QDir::Files))
        if (f != QLatin1String("EXPECTED.tsv"))
            files.insert(f);
    QCOMPARE(files, expected);
    QVERIFY2(files.size() >= 30, "the issue asks for at least 30 malformed files");
}

void TestCsvImport::badFileImportsNothing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QList<QStringList>>("expectations"); // {line, substring}
    QMap<QString, QPair<QString, QList<QStringList>>> byFile;
    for (const QStringList &row : readTable(dataDir() + QStringLiteral("/bad/EXPECTED.tsv"))) {
        QVERIFY2(row.size() == 4, qPrintable(row.join(QLatin1Char('|'))));
        byFile[row.at(0)].first = row.at(1);
        byFile[row.at(0)].second.append({row.at(2), row.at(3)});
    }
    for (auto it = byFile.cbegin(); it != byFile.cend(); ++it)
        QTest::newRow(qPrintable(it.key())) << it.key() << it.value().first << it.value().second;
}

void TestCsvImport::badFileImportsNothing()
{
    QFETCH(QString, file);
    QFETCH(QString, entity);
    QFETCH(QList<QStringList>, expectations);
    test::TempCache cache;
    seed(cache.db());
    const Counts before = counts(cache.db());

    const auto type = ImportSchema::entityFromName(entity);
    QVERIFY(type);
    const ImportReport r = CsvImporter(*type).importFile(cache.db(), dataDir() + QStringLiteral("/bad/") + file);
    const QString text = formatted(r, file);
    QVERIFY2(!r.ok(), qPrintable(file + QStringLiteral(" was accepted")));
    QCOMPARE(r.imported, qint64(0));
    for (const QStringList &e : expectations) {
        const QString prefix = file + QLatin1Char(':') + e.at(0) + QStringLiteral(": ");
        bool found = false;
        for (const ImportIssue &i : r.errors) {
            const QString line = i.format(file);
            if (line.startsWith(prefix) && line.contains(e.at(1)))
                found = true;
        }
        QVERIFY2(found, qPrintable(QStringLiteral("expected '%1...%2' in:\n%3").arg(prefix, e.at(1), text)));
    }
    QVERIFY(counts(cache.db()) == before);
}

void TestCsvImport::goodFileImports_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("entity");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("warnings");
    for (const QStringList &row : readTable(dataDir() + QStringLiteral("/good/EXPECTED.tsv")))
        QTest::newRow(qPrintable(row.at(0))) << row.at(0) << row.at(1) << row.at(2).toInt() << row.at(3).toInt();
}

void TestCsvImport::goodFileImports()
{
    QFETCH(QString, file);
    QFETCH(QString, entity);
    QFETCH(int, rows);
    QFETCH(int, warnings);
    test::TempCache cache;
    const auto type = ImportSchema::entityFromName(entity);
    QVERIFY(type);
    const ImportReport r = CsvImporter(*type).importFile(cache.db(), dataDir() + QStringLiteral("/good/") + file);
    QVERIFY2(r.ok(), qPrintable(formatted(r, file)));
    QCOMPARE(r.imported, qint64(rows));
    QCOMPARE(r.warnings.size(), warnings);
    const Counts c = counts(cache.db());
    QCOMPARE(c.owners + c.vendors + c.units, qint64(rows));

    // The same file again. Owners and vendors with an external_ref match their rows (given again
    // as they are: unchanged); every other line is a duplicate against the cache, which refuses
    // the file. Either way nothing more is written.
    qint64 withoutRef = rows;
    if (*type == ImportEntity::Owners) {
        const QList<Owner> all = OwnerRepository(cache.db()).all();
        withoutRef = std::count_if(all.cbegin(), all.cend(), [](const Owner &o) { return o.externalRef.isEmpty(); });
    } else if (*type == ImportEntity::Vendors) {
        const QList<Vendor> all = VendorRepository(cache.db()).all();
        withoutRef = std::count_if(all.cbegin(), all.cend(), [](const Vendor &v) { return v.externalRef.isEmpty(); });
    }
    const ImportReport again = CsvImporter(*type).importFile(cache.db(), dataDir() + QStringLiteral("/good/") + file);
    if (withoutRef == 0) {
        QVERIFY2(again.ok(), qPrintable(formatted(again, file)));
        QCOMPARE(again.imported, qint64(0));
        QCOMPARE(again.updated, qint64(0));
        QCOMPARE(again.unchanged, qint64(rows));
    } else {
        QVERIFY(!again.ok());
        QCOMPARE(again.errorCount, withoutRef);
        QVERIFY(formatted(again, file).contains(QLatin1String("already in the cache")));
    }
    QVERIFY(counts(cache.db()) == c);
}

void TestCsvImport::updatesRowsByExternalRef_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("ref");
    QTest::newRow("owners") << QStringLiteral("owners") << QStringLiteral("OWN-EXIST");
    QTest::newRow("vendors") << QStringLiteral("vendors") << QStringLiteral("VEN-EXIST");
}

void TestCsvImport::updatesRowsByExternalRef()
{
    QFETCH(QString, entity);
    QFETCH(QString, ref);
    const ImportEntity type = *ImportSchema::entityFromName(entity);
    test::TempCache cache;
    seed(cache.db());
    const DirectoryEntry before = DirectoryEntries(cache.db()).findByExternalRef(type, ref);
    QVERIFY(before.id != 0);
    // The existing owner has an email; this file has no email column, so the email stays.
    const QByteArray file = QStringLiteral("Name,Phone,External Ref\n"
                                           "Renamed Entry,555-010-7777,%1\n"
                                           "Brand New Entry,555-010-8888,NEW-1\n")
                                .arg(ref)
                                .toUtf8();
    QBuffer buffer;
    buffer.setData(file);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const ImportReport checked = CsvImporter(type).validate(buffer, &cache.db());
    QVERIFY2(checked.ok(), qPrintable(formatted(checked, entity)));
    QCOMPARE(checked.rows.size(), 2);
    QCOMPARE(checked.rows.at(0).existingId, before.id);
    QCOMPARE(checked.rows.at(1).existingId, qint64(0));
    QCOMPARE(checked.matchedCount(), qint64(1));

    const Counts start = counts(cache.db());
    const ImportReport r = importBytes(cache.db(), type, file);
    QVERIFY2(r.ok(), qPrintable(formatted(r, entity)));
    QCOMPARE(r.imported, qint64(1));
    QCOMPARE(r.updated, qint64(1));
    QCOMPARE(r.unchanged, qint64(0));
    const Counts end = counts(cache.db());
    QCOMPARE(end.owners + end.vendors, start.owners + start.vendors + 1);

    const DirectoryEntry after = DirectoryEntries(cache.db()).find(type, before.id);
    QCOMPARE(after.value(QStringLiteral("name")), QStringLiteral("Renamed Entry"));
    QCOMPARE(after.value(QStringLiteral("phone")), QStringLiteral("555-010-7777"));
    QCOMPARE(after.value(QStringLiteral("email")), before.value(QStringLiteral("email")));
    QCOMPARE(after.value(QStringLiteral("external_ref")), ref);

    // Given again as it is now: nothing to write.
    const ImportReport again = importBytes(cache.db(), type, file);
    QVERIFY(again.ok());
    QCOMPARE(again.imported, qint64(0));
    QCOMPARE(again.updated, qint64(0));
    QCOMPARE(again.unchanged, qint64(2));
    QVERIFY(counts(cache.db()) == end);
}

void TestCsvImport::lineWithoutRefCannotUpdate()
{
    test::TempCache cache;
    seed(cache.db());
    const Counts before = counts(cache.db());
    const ImportReport r = importBytes(cache.db(), ImportEntity::Owners,
        QByteArrayLiteral("name,email,phone\nNew Owner,new@example.com,\nEXISTING owner,Existing@Example.com,555-010-1234\n"));
    QVERIFY(!r.ok());
    QCOMPARE(r.errorCount, qint64(1));
    const QString text = formatted(r, QStringLiteral("f.csv"));
    QVERIFY2(text.startsWith(QStringLiteral("f.csv:3: already in the cache with the same name 'EXISTING owner' and "
                                            "email 'Existing@Example.com'; to update that owner, give the line its "
                                            "external_ref")),
        qPrintable(text));
    QVERIFY(counts(cache.db()) == before);
}

void TestCsvImport::commitMatchesRefsAddedAfterTheCheck()
{
    // Another desk adds an owner with the file's ref between the check and the import: the import
    // updates it instead of failing on the unique reference.
    test::TempCache cache;
    QBuffer buffer;
    buffer.setData(QByteArrayLiteral("name,email,external_ref\nFrom File,file@example.com,R-1\n"));
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const ImportReport checked = CsvImporter(ImportEntity::Owners).validate(buffer, &cache.db());
    QVERIFY(checked.ok());
    QCOMPARE(checked.matchedCount(), qint64(0));
    Owner other;
    other.name = QStringLiteral("Added Meanwhile");
    other.externalRef = QStringLiteral("R-1");
    const Result<qint64> id = OwnerRepository(cache.db()).insert(other);
    QVERIFY(id.ok());
    const Result<ImportOutcome> outcome = CsvImporter::commit(cache.db(), checked);
    QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
    QCOMPARE(outcome->added, qint64(0));
    QCOMPARE(outcome->updated, qint64(1));
    QCOMPARE(OwnerRepository(cache.db()).count(), qint64(1));
    QCOMPARE(OwnerRepository(cache.db()).find(id.value()).email, QStringLiteral("file@example.com"));
}

void TestCsvImport::platformUnitsStillOnlyAdd()
{
    test::TempCache cache;
    seed(cache.db());
    const ImportReport r = importBytes(cache.db(), ImportEntity::PlatformUnits,
        QByteArrayLiteral("name,building,external_ref\n102,Tower A,PU-EXIST\n"));
    QVERIFY(!r.ok());
    QVERIFY(formatted(r, QStringLiteral("f.csv")).contains(QLatin1String("already in the cache: a platform unit")));
    QCOMPARE(PlatformUnitRepository(cache.db()).count(), qint64(1));
}

void TestCsvImport::importNotifiesTheScreens()
{
    test::TempCache cache;
    QCoreApplication::sendPostedEvents(); // what earlier tests announced
    QSignalSpy changed(CacheEvents::instance(), &CacheEvents::changed);
    const ImportReport r = importBytes(cache.db(), ImportEntity::Vendors, QByteArrayLiteral("name\nA Vendor\n"));
    QVERIFY(r.ok());
    QVERIFY(changed.wait(5000));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().value<CacheEvents::Tables>(), CacheEvents::Tables(CacheEvents::Vendors));
}

void TestCsvImport::goodFileValues()
{
    test::TempCache cache;
    QVERIFY(CsvImporter(ImportEntity::Owners).importFile(cache.db(), dataDir() + QStringLiteral("/good/owners_bom_crlf.csv")).ok());
    const QList<Owner> owners = OwnerRepository(cache.db()).all();
    QCOMPARE(owners.size(), 3);
    QCOMPARE(owners.at(0).name, QString::fromUtf8("Zoë Ångström"));
    QCOMPARE(owners.at(0).address, QString::fromUtf8("12 Rue de l'Église, Apt 3"));
    QCOMPARE(owners.at(0).notes, QStringLiteral("Prefers email.\r\nSpeaks French."));
    QCOMPARE(owners.at(0).phone, QStringLiteral("+1 (555) 010-2000"));
    QCOMPARE(owners.at(0).externalRef, QStringLiteral("OWN-001"));
    QCOMPARE(owners.at(1).name, QStringLiteral("Smith, John"));
    QCOMPARE(owners.at(1).notes, QStringLiteral("Says \"hi\""));
    QCOMPARE(owners.at(2).city, QString::fromUtf8("東京"));
    QVERIFY(owners.at(2).externalRef.isEmpty());

    QVERIFY(CsvImporter(ImportEntity::Owners).importFile(cache.db(), dataDir() + QStringLiteral("/good/owners_formula_neutralised.csv")).ok());
    const QList<Owner> all = OwnerRepository(cache.db()).all();
    QCOMPARE(all.at(3).name, QStringLiteral("=Evil Corp"));
    QCOMPARE(all.at(3).phone, QStringLiteral("+1 555 010 5000"));
    QCOMPARE(all.at(3).notes, QStringLiteral("@SUM(1)"));
    QCOMPARE(all.at(4).notes, QStringLiteral("'=kept one quote"));

    QVERIFY(CsvImporter(ImportEntity::Vendors).importFile(cache.db(), dataDir() + QStringLiteral("/good/vendors_semicolon.csv")).ok());
    const QList<Vendor> vendors = VendorRepository(cache.db()).all();
    QCOMPARE(vendors.at(0).insuranceExpires, QStringLiteral("2026-03-31"));
    QCOMPARE(vendors.at(0).notes, QString::fromUtf8("Clés; badge"));
    QCOMPARE(vendors.at(1).insuranceExpires, QString()); // empty date stays NULL

    QVERIFY(CsvImporter(ImportEntity::PlatformUnits).importFile(cache.db(), dataDir() + QStringLiteral("/good/platform_units_no_final_newline.csv")).ok());
    const QList<PlatformUnit> units = PlatformUnitRepository(cache.db()).all();
    QCOMPARE(units.at(0).name, QStringLiteral("Penthouse, North"));
    QCOMPARE(units.at(0).floor, QStringLiteral("PH"));
}

void TestCsvImport::headerMatching_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("field");
    QTest::newRow("exact") << QStringLiteral("postal_code") << QStringLiteral("postal_code");
    QTest::newRow("spaces and case") << QStringLiteral("Postal Code") << QStringLiteral("postal_code");
    QTest::newRow("upper, no separator") << QStringLiteral("POSTALCODE") << QStringLiteral("postal_code");
    QTest::newRow("zip alias") << QStringLiteral("ZIP") << QStringLiteral("postal_code");
    QTest::newRow("hyphen") << QStringLiteral("E-mail") << QStringLiteral("email");
    QTest::newRow("surrounding spaces") << QStringLiteral("  Insurance Expires ") << QStringLiteral("insurance_expires");
    QTest::newRow("unknown") << QStringLiteral("Fax") << QString();
}

void TestCsvImport::headerMatching()
{
    QFETCH(QString, header);
    QFETCH(QString, field);
    const int f = ImportSchema::matchHeader(ImportEntity::Vendors, header);
    QCOMPARE(f < 0 ? QString() : ImportSchema::fields(ImportEntity::Vendors).at(f).key, field);
}

void TestCsvImport::valueChecks_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("good");
    using T = ImportSchema::Type;
    QTest::newRow("email") << int(T::Email) << QStringLiteral("a.b+c@mail.example.co.uk") << true;
    QTest::newRow("email idn") << int(T::Email) << QString::fromUtf8("zoë@exämple.fr") << true;
    QTest::newRow("email no at") << int(T::Email) << QStringLiteral("bob.example.com") << false;
    QTest::newRow("email two at") << int(T::Email) << QStringLiteral("a@b@c.com") << false;
    QTest::newRow("email no tld") << int(T::Email) << QStringLiteral("bob@localhost") << false;
    QTest::newRow("email trailing dot") << int(T::Email) << QStringLiteral("bob@example.") << false;
    QTest::newRow("email list") << int(T::Email) << QStringLiteral("a@x.com;b@x.com") << false;
    QTest::newRow("phone US") << int(T::Phone) << QStringLiteral("(555) 010-2000") << true;
    QTest::newRow("phone intl") << int(T::Phone) << QStringLiteral("+44 20 7946 0958") << true;
    QTest::newRow("phone ext") << int(T::Phone) << QStringLiteral("555-010-2000 ext. 42") << true;
    QTest::newRow("phone dots") << int(T::Phone) << QStringLiteral("555.010.2000") << true;
    QTest::newRow("phone plus inside") << int(T::Phone) << QStringLiteral("555+0102000") << false;
    QTest::newRow("phone too long") << int(T::Phone) << QStringLiteral("1234567890123456") << false;
    QTest::newRow("phone words") << int(T::Phone) << QStringLiteral("555-CALL-NOW") << false;
    QTest::newRow("date") << int(T::Date) << QStringLiteral("2024-02-29") << true;
    QTest::newRow("date not leap") << int(T::Date) << QStringLiteral("2023-02-29") << false;
    QTest::newRow("date with time") << int(T::Date) << QStringLiteral("2024-02-01T00:00:00Z") << false;
    QTest::newRow("date short") << int(T::Date) << QStringLiteral("2024-2-1") << false;
    QTest::newRow("number") << int(T::Number) << QStringLiteral("-12.5") << true;
    QTest::newRow("number comma") << int(T::Number) << QStringLiteral("12,5") << false;
}

void TestCsvImport::valueChecks()
{
    QFETCH(int, type);
    QFETCH(QString, value);
    QFETCH(bool, good);
    const QString reason = ImportSchema::checkValue(ImportSchema::Type(type), value);
    QVERIFY2(reason.isEmpty() == good, qPrintable(reason));
}

void TestCsvImport::rowLimit()
{
    test::TempCache cache;
    QByteArray data = "name\n";
    for (int i = 0; i < 200001; ++i)
        data += "Unit " + QByteArray::number(i) + '\n';
    const ImportReport r = importBytes(cache.db(), ImportEntity::PlatformUnits, data);
    QVERIFY(!r.ok());
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors.first().line, qint64(200002));
    QVERIFY(r.errors.first().message.contains(QLatin1String("more than 200000 rows")));
    QCOMPARE(PlatformUnitRepository(cache.db()).count(), qint64(0));

    // Exactly at the limit is fine (and one transaction makes it quick).
    data.truncate(data.lastIndexOf('\n', data.size() - 2) + 1);
    const ImportReport ok = importBytes(cache.db(), ImportEntity::PlatformUnits, data);
    QVERIFY2(ok.ok(), qPrintable(formatted(ok, QStringLiteral("rows"))));
    QCOMPARE(PlatformUnitRepository(cache.db()).count(), qint64(200000));
}

void TestCsvImport::byteLimit()
{
    test::TempCache cache;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name,notes\n");
        const QByteArray line = "Owner," + QByteArray(1000, 'n') + '\n';
        while (f.size() <= 50LL * 1024 * 1024)
            f.write(line);
    }
    const ImportReport r = CsvImporter(ImportEntity::Owners).importFile(cache.db(), path);
    QVERIFY(!r.ok());
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors.first().format(QStringLiteral("big.csv")),
             QStringLiteral("big.csv: the file is 50.0 MB, more than the 50 MB one import takes; split it into smaller files"));
    QCOMPARE(r.rowCount, qint64(0)); // refused before reading
}

void TestCsvImport::columnLimit()
{
    // Issue 17: a header of 1,000,000 columns was accepted with a warning (2.4 s, 278 MB).
    test::TempCache cache;
    QByteArray data = "name,building";
    for (int i = 0; i < 1000000; ++i)
        data += ",c" + QByteArray::number(i);
    data += "\nUnit 1,A\n";
    const ImportReport r = importBytes(cache.db(), ImportEntity::PlatformUnits, data);
    QVERIFY(!r.ok());
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors.first().line, qint64(1));
    QVERIFY2(r.errors.first().message.contains(QLatin1String("more than 1000 columns")),
             qPrintable(r.errors.first().message));
    QCOMPARE(r.header.size(), 1000);
    QCOMPARE(PlatformUnitRepository(cache.db()).count(), qint64(0));
}

void TestCsvImport::reportsEveryBadLineButCapsTheList()
{
    test::TempCache cache;
    QByteArray data = "name,email\n";
    for (int i = 0; i < 1500; ++i)
        data += "Owner " + QByteArray::number(i) + ",bad" + QByteArray::number(i) + "@\n";
    const ImportReport r = importBytes(cache.db(), ImportEntity::Owners, data);
    QCOMPARE(r.errorCount, qint64(1500));
    QCOMPARE(r.errors.size(), 1000);
    QCOMPARE(r.errors.at(999).line, qint64(1001));
    QCOMPARE(r.errors.at(0).format(QStringLiteral("o.csv")),
             QStringLiteral("o.csv:2: column 'email': not an email address ('bad0@')"));
}

void TestCsvImport::previewAndMappingForTheWizard()
{
    const QByteArray data = "Full Name;Mail;Bldg;Level\nA-101;x@y.z;Tower A;1\nA-102;;Tower A;1\nA-103;;Tower B;2\n";
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    CsvImporter importer(ImportEntity::PlatformUnits);
    const ImportPreview p = importer.preview(buffer, 2);
    QCOMPARE(p.delimiter, ';');
    QCOMPARE(p.header, QStringList({QStringLiteral("Full Name"), QStringLiteral("Mail"), QStringLiteral("Bldg"), QStringLiteral("Level")}));
    QCOMPARE(p.mapping, QList<int>({-1, -1, -1, -1}));
    QCOMPARE(p.rows.size(), 2);
    QCOMPARE(p.rows.at(1).line, qint64(3));
    bool missingName = false;
    for (const ImportIssue &i : p.issues)
        missingName = missingName || i.message.contains(QLatin1String("missing required column 'name'"));
    QVERIFY(missingName);

    // The user maps the columns by hand: Full Name -> name, Bldg -> building, Level -> floor.
    importer.setMapping({ImportSchema::fieldIndex(ImportEntity::PlatformUnits, QStringLiteral("name")), -1,
                         ImportSchema::fieldIndex(ImportEntity::PlatformUnits, QStringLiteral("building")),
                         ImportSchema::fieldIndex(ImportEntity::PlatformUnits, QStringLiteral("floor"))});
    buffer.seek(0);
    test::TempCache cache;
    const ImportReport r = importer.validate(buffer, &cache.db());
    QVERIFY2(r.ok(), qPrintable(formatted(r, QStringLiteral("wizard"))));
    QCOMPARE(r.rows.size(), 3);
    QCOMPARE(r.warnings.size(), 1); // "Mail" ignored
    QCOMPARE(CsvImporter::commit(cache.db(), r).value().added, qint64(3));
    const QList<PlatformUnit> units = PlatformUnitRepository(cache.db()).all();
    QCOMPARE(units.at(2).name, QStringLiteral("A-103"));
    QCOMPARE(units.at(2).building, QStringLiteral("Tower B"));
    QCOMPARE(units.at(2).floor, QStringLiteral("2"));
}

void TestCsvImport::validateWritesNothing()
{
    test::TempCache cache;
    QBuffer buffer;
    buffer.setData("name\nA\nB\n");
    buffer.open(QIODevice::ReadOnly);
    const ImportReport r = CsvImporter(ImportEntity::Owners).validate(buffer, &cache.db());
    QVERIFY(r.ok());
    QCOMPARE(r.rows.size(), 2);
    QCOMPARE(OwnerRepository(cache.db()).count(), qint64(0));
    // A report with errors is refused by commit.
    ImportReport bad = r;
    bad.errorCount = 1;
    QVERIFY(!CsvImporter::commit(cache.db(), bad).ok());
    QCOMPARE(OwnerRepository(cache.db()).count(), qint64(0));
}

void TestCsvImport::cancel()
{
    test::TempCache cache;
    QByteArray data = "name\n";
    for (int i = 0; i < 5000; ++i)
        data += "U" + QByteArray::number(i) + '\n';
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    std::atomic_bool stop{false};
    qint64 lastBytes = 0;
    CsvImporter importer(ImportEntity::PlatformUnits);
    importer.setCancelFlag(&stop);
    importer.setProgress([&](qint64 bytes) {
        lastBytes = bytes;
        stop = true;
    });
    const ImportReport r = importer.importFrom(cache.db(), buffer);
    QVERIFY(r.cancelled);
    QVERIFY(!r.ok());
    QVERIFY(lastBytes > 0);
    QCOMPARE(PlatformUnitRepository(cache.db()).count(), qint64(0));
}

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
