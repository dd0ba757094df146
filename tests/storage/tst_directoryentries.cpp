// Owners and service providers one at a time (DirectoryEntries, what the Owners screen's dialog
// saves through): the import's value checks, unique external references, the name + email rule
// for entries without one, add and change, and the CacheEvents notice after a save.

#include "common/CacheEvents.h"
#include "storage/Database.h"
#include "storage/DirectoryEntries.h"
#include "storage/OwnerRepository.h"
#include "storage/VendorRepository.h"
#include "support/TestSupport.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

using namespace pms;

namespace {

DirectoryEntry owner(const QString &name, const QString &email = QString(), const QString &ref = QString())
{
    DirectoryEntry e = DirectoryEntry::empty(ImportEntity::Owners);
    e.setValue(QStringLiteral("name"), name);
    e.setValue(QStringLiteral("email"), email);
    e.setValue(QStringLiteral("external_ref"), ref);
    return e;
}

QStringList fieldsOf(const QList<DirectoryEntries::Problem> &problems)
{
    QStringList out;
    for (const DirectoryEntries::Problem &p : problems)
        out << p.field;
    return out;
}

} // namespace

class TestDirectoryEntries : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valuesAreCheckedLikeTheImport_data();
    void valuesAreCheckedLikeTheImport();
    void addsAndChangesAnOwner();
    void addsAndChangesAServiceProvider();
    void externalReferenceIsUnique();
    void sameNameAndEmailWithoutReferenceIsRefused();
    void saveNotifiesTheScreens();
    void changingAnEntryThatIsGoneSaysSo();
};

void TestDirectoryEntries::valuesAreCheckedLikeTheImport_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("problem"); // empty: accepted
    QTest::newRow("owner without a name") << "owners" << "name" << "  " << "a value is required";
    QTest::newRow("owner bad email") << "owners" << "email" << "bob@" << "not an email address ('bob@')";
    QTest::newRow("owner good email") << "owners" << "email" << "bob@example.com" << "";
    QTest::newRow("owner bad phone") << "owners" << "phone" << "call me" << "not a phone number ('call me')";
    QTest::newRow("owner good phone") << "owners" << "phone" << "+1 (503) 555-0142 x12" << "";
    QTest::newRow("vendor bad date") << "vendors" << "insurance_expires" << "31/12/2026"
                                     << "not a date in YYYY-MM-DD form ('31/12/2026')";
    QTest::newRow("vendor impossible date") << "vendors" << "insurance_expires" << "2026-02-30"
                                            << "not a date in YYYY-MM-DD form";
    QTest::newRow("vendor good date") << "vendors" << "insurance_expires" << "2026-12-31" << "";
}

void TestDirectoryEntries::valuesAreCheckedLikeTheImport()
{
    QFETCH(QString, entity);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, problem);
    test::TempCache cache;
    DirectoryEntry e = DirectoryEntry::empty(*ImportSchema::entityFromName(entity));
    e.setValue(QStringLiteral("name"), QStringLiteral("Somebody"));
    e.setValue(field, value);
    DirectoryEntries entries(cache.db());
    const QList<DirectoryEntries::Problem> problems = entries.validate(e);
    if (problem.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).message));
        QVERIFY(entries.save(e).ok());
        return;
    }
    QCOMPARE(fieldsOf(problems), QStringList{field});
    QVERIFY2(problems.first().message.startsWith(problem), qPrintable(problems.first().message));
    const Result<qint64> saved = entries.save(e);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code, QStringLiteral("validation"));
    QCOMPARE(OwnerRepository(cache.db()).count() + VendorRepository(cache.db()).count(), qint64(0));
}

void TestDirectoryEntries::addsAndChangesAnOwner()
{
    test::TempCache cache;
    DirectoryEntries entries(cache.db());
    DirectoryEntry e = owner(QStringLiteral("  Alvarez Family Trust "), QStringLiteral("maria@example.com"),
        QStringLiteral("OWN-1"));
    e.setValue(QStringLiteral("notes"), QStringLiteral("Prefers email.\nSpeaks Spanish."));
    const Result<qint64> id = entries.save(e);
    QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
    const Owner saved = OwnerRepository(cache.db()).find(id.value());
    QCOMPARE(saved.name, QStringLiteral("Alvarez Family Trust")); // trimmed
    QCOMPARE(saved.notes, QStringLiteral("Prefers email.\nSpeaks Spanish."));
    QVERIFY(!saved.importedAt.isEmpty());

    DirectoryEntry changed = entries.find(ImportEntity::Owners, id.value());
    QCOMPARE(changed.id, id.value());
    changed.setValue(QStringLiteral("city"), QStringLiteral("Portland"));
    changed.setValue(QStringLiteral("external_ref"), QString()); // a reference can be dropped
    const Result<qint64> again = entries.save(changed);
    QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
    QCOMPARE(again.value(), id.value());
    const Owner after = OwnerRepository(cache.db()).find(id.value());
    QCOMPARE(after.city, QStringLiteral("Portland"));
    QVERIFY(after.externalRef.isEmpty());
    QCOMPARE(after.importedAt, saved.importedAt);
    QCOMPARE(OwnerRepository(cache.db()).count(), qint64(1));
}

void TestDirectoryEntries::addsAndChangesAServiceProvider()
{
    test::TempCache cache;
    DirectoryEntries entries(cache.db());
    DirectoryEntry v = DirectoryEntry::empty(ImportEntity::Vendors);
    v.setValue(QStringLiteral("name"), QStringLiteral("Acme Plumbing"));
    v.setValue(QStringLiteral("trade"), QStringLiteral("Plumbing"));
    v.setValue(QStringLiteral("insurance_expires"), QStringLiteral("2026-03-31"));
    const Result<qint64> id = entries.save(v);
    QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
    DirectoryEntry changed = entries.find(ImportEntity::Vendors, id.value());
    QCOMPARE(changed.value(QStringLiteral("trade")), QStringLiteral("Plumbing"));
    changed.setValue(QStringLiteral("insurance_expires"), QString());
    changed.setValue(QStringLiteral("trade"), QStringLiteral("Plumbing & drains"));
    QVERIFY(entries.save(changed).ok());
    const Vendor after = VendorRepository(cache.db()).find(id.value());
    QCOMPARE(after.trade, QStringLiteral("Plumbing & drains"));
    QVERIFY(after.insuranceExpires.isEmpty());
}

void TestDirectoryEntries::externalReferenceIsUnique()
{
    test::TempCache cache;
    DirectoryEntries entries(cache.db());
    const Result<qint64> first = entries.save(owner(QStringLiteral("First"), QString(), QStringLiteral("OWN-1")));
    QVERIFY(first.ok());
    const QList<DirectoryEntries::Problem> problems
        = entries.validate(owner(QStringLiteral("Second"), QString(), QStringLiteral("OWN-1")));
    QCOMPARE(fieldsOf(problems), QStringList{QStringLiteral("external_ref")});
    QCOMPARE(problems.first().message,
        QStringLiteral("'OWN-1' is already the external reference of owner 'First'; references are unique"));
    QVERIFY(!entries.save(owner(QStringLiteral("Second"), QString(), QStringLiteral("OWN-1"))).ok());
    // Its own reference is no conflict.
    DirectoryEntry self = entries.find(ImportEntity::Owners, first.value());
    self.setValue(QStringLiteral("name"), QStringLiteral("First, renamed"));
    QVERIFY(entries.validate(self).isEmpty());
    // References are per list: a service provider may use it.
    DirectoryEntry v = DirectoryEntry::empty(ImportEntity::Vendors);
    v.setValue(QStringLiteral("name"), QStringLiteral("Vendor"));
    v.setValue(QStringLiteral("external_ref"), QStringLiteral("OWN-1"));
    QVERIFY(entries.save(v).ok());
}

void TestDirectoryEntries::sameNameAndEmailWithoutReferenceIsRefused()
{
    test::TempCache cache;
    DirectoryEntries entries(cache.db());
    const Result<qint64> first = entries.save(owner(QStringLiteral("Chen Wei"), QStringLiteral("wei@example.com")));
    QVERIFY(first.ok());
    const QList<DirectoryEntries::Problem> problems
        = entries.validate(owner(QStringLiteral("CHEN WEI"), QStringLiteral("Wei@Example.com")));
    QCOMPARE(fieldsOf(problems), QStringList{QStringLiteral("name")});
    QVERIFY2(problems.first().message.contains(QLatin1String("same name and email")),
        qPrintable(problems.first().message));
    // Another email, or a reference of its own, tells them apart.
    QVERIFY(entries.validate(owner(QStringLiteral("Chen Wei"), QStringLiteral("chen@example.com"))).isEmpty());
    QVERIFY(entries.validate(owner(QStringLiteral("Chen Wei"), QStringLiteral("wei@example.com"), QStringLiteral("R")))
                .isEmpty());
    // Saving the entry itself again is no duplicate.
    QVERIFY(entries.validate(entries.find(ImportEntity::Owners, first.value())).isEmpty());
}

void TestDirectoryEntries::saveNotifiesTheScreens()
{
    test::TempCache cache;
    QCoreApplication::sendPostedEvents();
    QSignalSpy changed(CacheEvents::instance(), &CacheEvents::changed);
    DirectoryEntries entries(cache.db());
    QVERIFY(!entries.save(owner(QString())).ok()); // refused: no notice
    DirectoryEntry v = DirectoryEntry::empty(ImportEntity::Vendors);
    v.setValue(QStringLiteral("name"), QStringLiteral("Vendor"));
    QVERIFY(entries.save(v).ok());
    QVERIFY(changed.wait(5000));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().value<CacheEvents::Tables>(), CacheEvents::Tables(CacheEvents::Vendors));
}

void TestDirectoryEntries::changingAnEntryThatIsGoneSaysSo()
{
    test::TempCache cache;
    DirectoryEntries entries(cache.db());
    const Result<qint64> id = entries.save(owner(QStringLiteral("Gone Soon")));
    QVERIFY(id.ok());
    DirectoryEntry e = entries.find(ImportEntity::Owners, id.value());
    QVERIFY(cache.db().execRaw(QStringLiteral("DELETE FROM owners")).ok());
    e.setValue(QStringLiteral("city"), QStringLiteral("Salem"));
    const Result<qint64> saved = entries.save(e);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.errorMessage(), QStringLiteral("Owner 'Gone Soon' cannot be saved: it is no longer in the cache."));
    QCOMPARE(entries.find(ImportEntity::Owners, id.value()).id, qint64(0));
}

QTEST_GUILESS_MAIN(TestDirectoryEntries)
#include "tst_directoryentries.moc"
