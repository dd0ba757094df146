// Owners & Service Providers (R21), offscreen: both lists show what was imported, search in
// SQL, export, the empty states, New…/Edit… dialogs that check before they save, and Import…
// opens the wizard whose rows then appear. With PMSBRIDGE_SCREENSHOTS_DIR set, also writes
// docs/screenshots/owners.png (tst_screenshots renders the window with the dialog at 1366×768).

#include "ImportWizardDriver.h"
#include "csv/CsvImporter.h"
#include "csv/CsvReader.h"
#include "models/OwnersModel.h"
#include "models/VendorsModel.h"
#include "storage/OwnerRepository.h"
#include "storage/VendorRepository.h"
#include "support/TestSupport.h"
#include "ui/common/AppContext.h"
#include "ui/import/ImportCommitPage.h"
#include "ui/common/MessageBox.h"
#include "ui/owners/DirectoryEntryDialog.h"
#include "ui/owners/OwnersPage.h"
#include "ui/table/DataTableView.h"
#include "ui/table/TablePanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>

using namespace pms;

namespace {

const QByteArray kOwners = QByteArrayLiteral(
    "name,email,phone,address,city,state,postal_code,external_ref\n"
    "Alvarez Family Trust,maria.alvarez@example.com,(503) 555-0142,18 Alder St,Portland,OR,97205,OWN-1001\n"
    "Bennett Holdings LLC,office@bennett-holdings.example,(503) 555-0178,400 Pine "
    "Ave,Portland,OR,97209,OWN-1002\n"
    "Chen Wei,wei.chen@example.com,(360) 555-0110,72 Cedar Ct,Vancouver,WA,98660,OWN-1003\n"
    "Dubois Properties,contact@dubois.example,(503) 555-0190,9 Birch Rd,Beaverton,OR,97005,OWN-1004\n"
    "Evergreen Realty Partners,info@evergreen.example,(971) 555-0133,1200 Market "
    "St,Portland,OR,97201,OWN-1005\n"
    "Fitzgerald Susan,susan.fitz@example.com,(503) 555-0121,55 Oak Ln,Lake Oswego,OR,97034,OWN-1006\n"
    "Garcia Luis,luis.garcia@example.com,(503) 555-0165,310 Elm St,Gresham,OR,97030,OWN-1007\n"
    "Harbor Point Investors,ir@harborpoint.example,(206) 555-0102,2 Bay Rd,Seattle,WA,98101,OWN-1008\n"
    "Iverson Kari,kari.iverson@example.com,(503) 555-0187,87 Maple Dr,Tigard,OR,97223,OWN-1009\n"
    "Johnson & Sons,hello@johnsonsons.example,(503) 555-0154,640 Willow Way,Hillsboro,OR,97123,OWN-1010\n");

const QByteArray kVendors = QByteArrayLiteral(
    "name,trade,email,phone,city,state,insurance_expires,external_ref\n"
    "Acme Plumbing,Plumbing,dispatch@acmeplumbing.example,(503) 555-0200,Portland,OR,2026-03-31,VEN-201\n"
    "Bright Spark Electric,Electrical,jobs@brightspark.example,(503) "
    "555-0211,Portland,OR,2025-11-30,VEN-202\n"
    "Cascade HVAC,Heating & cooling,service@cascadehvac.example,(971) "
    "555-0222,Beaverton,OR,2026-01-15,VEN-203\n"
    "Evergreen Landscaping,Landscaping,crew@evergreenland.example,(503) "
    "555-0233,Tigard,OR,2025-09-30,VEN-204\n"
    "Keystone Locksmiths,Locks & keys,help@keystone.example,(503) 555-0244,Portland,OR,2026-06-30,VEN-205\n"
    "Riverside Roofing,Roofing,office@riversideroof.example,(360) 555-0255,Vancouver,WA,2026-02-28,VEN-206\n"
    "Summit Plumbing & Drain,Plumbing,team@summitdrain.example,(503) 555-0266,Gresham,OR,,VEN-207\n");

bool settled(SqlTableModel *m)
{
    return QTest::qWaitFor([m] { return m->isSettled() && m->countKnown(); }, 10000);
}

} // namespace

class TestOwnersPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void emptyStatesSayHowToImport();
    void listsImportedOwnersAndServiceProviders();
    void searchFiltersTheList();
    void sameListsForEveryConnection();
    void exportWritesTheRowsShown();
    void importButtonOpensTheWizardAndTheListFollows();
    void newOwnerIsCheckedThenSavedAndShown();
    void editServiceProviderByDoubleClick();
    void duplicateReferenceIsSaidInTheDialog();
    void escapeAfterTypingAsks();
    void screenshot();

private:
    void seed();
    QString writeFile(const QString &name, const QByteArray &text);
    std::unique_ptr<OwnersPage> makePage();

    std::unique_ptr<test::TempCache> m_cache;
    AppContext m_ctx;
};

void TestOwnersPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PMSBridgeTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ownerspage"));
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestOwnersPage::init()
{
    m_cache = std::make_unique<test::TempCache>();
    m_ctx = AppContext();
    m_ctx.dbPath = m_cache->path();
    m_ctx.db = &m_cache->db();
    m_ctx.connectionId = 1;
}

void TestOwnersPage::cleanup()
{
    m_cache.reset();
}

QString TestOwnersPage::writeFile(const QString &name, const QByteArray &text)
{
    const QString path = QDir(m_cache->dir()).filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestOwnersPage::seed()
{
    const ImportReport owners
        = CsvImporter(ImportEntity::Owners)
              .importFile(m_cache->db(), writeFile(QStringLiteral("owners.csv"), kOwners));
    QVERIFY2(owners.ok() && owners.imported == 10,
        owners.errors.isEmpty() ? "" : qPrintable(owners.errors.first().message));
    const ImportReport vendors
        = CsvImporter(ImportEntity::Vendors)
              .importFile(m_cache->db(), writeFile(QStringLiteral("vendors.csv"), kVendors));
    QVERIFY2(vendors.ok() && vendors.imported == 7,
        vendors.errors.isEmpty() ? "" : qPrintable(vendors.errors.first().message));
}

std::unique_ptr<OwnersPage> TestOwnersPage::makePage()
{
    auto page = std::make_unique<OwnersPage>(m_ctx);
    page->resize(1440, 900);
    page->show();
    if (!QTest::qWaitForWindowExposed(page.get()))
        return nullptr;
    return page;
}

void TestOwnersPage::emptyStatesSayHowToImport()
{
    auto page = makePage();
    QVERIFY(page);
    QVERIFY(settled(page->ownersModel()));
    QVERIFY(settled(page->vendorsModel()));
    QCOMPARE(page->ownersModel()->rowCount(), 0);
    QVERIFY2(page->ownersPanel()->view()->emptyText().startsWith(
                 QStringLiteral("No owners yet — add one with New Owner…, or import a CSV file")),
        qPrintable(page->ownersPanel()->view()->emptyText()));
    QVERIFY(page->vendorsPanel()->view()->emptyText().startsWith(
        QStringLiteral("No service providers yet — add one with New Service Provider…")));
    QCOMPARE(page->tabs()->tabText(OwnersPage::OwnersTab), QStringLiteral("Owners (0)"));
    QCOMPARE(page->tabs()->tabText(OwnersPage::VendorsTab), QStringLiteral("Service Providers (0)"));
    QVERIFY(page->findChild<QPushButton *>(QStringLiteral("importOwners"))->isVisible());
}

void TestOwnersPage::listsImportedOwnersAndServiceProviders()
{
    seed();
    auto page = makePage();
    QVERIFY(page);
    QAbstractItemModelTester ownersTester(
        page->ownersModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester vendorsTester(
        page->vendorsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    OwnersModel *owners = page->ownersModel();
    QVERIFY(settled(owners));
    QCOMPARE(owners->rowCount(), 10);
    QCOMPARE(page->tabs()->tabText(OwnersPage::OwnersTab), QStringLiteral("Owners (10)"));
    const int name = owners->columnIndex(QStringLiteral("name"));
    const int email = owners->columnIndex(QStringLiteral("email"));
    const int city = owners->columnIndex(QStringLiteral("city"));
    QTRY_VERIFY(owners->isRowLoaded(0));
    // Sorted by name.
    QCOMPARE(owners->index(0, name).data().toString(), QStringLiteral("Alvarez Family Trust"));
    QCOMPARE(owners->index(0, email).data().toString(), QStringLiteral("maria.alvarez@example.com"));
    QCOMPARE(owners->index(0, city).data().toString(), QStringLiteral("Portland"));
    QCOMPARE(owners->headerData(email, Qt::Horizontal).toString(), QStringLiteral("Email"));
    QCOMPARE(page->ownersPanel()->countLabel()->text(), QStringLiteral("10 owners"));

    VendorsModel *vendors = page->vendorsModel();
    QVERIFY(settled(vendors));
    QCOMPARE(vendors->rowCount(), 7);
    QCOMPARE(page->tabs()->tabText(OwnersPage::VendorsTab), QStringLiteral("Service Providers (7)"));
    QTRY_VERIFY(vendors->isRowLoaded(0));
    const int trade = vendors->columnIndex(QStringLiteral("trade"));
    const int insurance = vendors->columnIndex(QStringLiteral("insurance_expires"));
    QCOMPARE(vendors->index(0, vendors->columnIndex(QStringLiteral("name"))).data().toString(),
        QStringLiteral("Acme Plumbing"));
    QCOMPARE(vendors->index(0, trade).data().toString(), QStringLiteral("Plumbing"));
    QCOMPARE(vendors->index(0, insurance).data(SqlTableModel::RawRole).toDate(), QDate(2026, 3, 31));
}

void TestOwnersPage::searchFiltersTheList()
{
    seed();
    auto page = makePage();
    QVERIFY(page);
    OwnersModel *owners = page->ownersModel();
    QVERIFY(settled(owners));
    QTest::keyClicks(page->ownersPanel()->searchBox(), QStringLiteral("vancouver"));
    QTRY_COMPARE(owners->rowCount(), 1);
    QVERIFY(settled(owners));
    QTRY_VERIFY(owners->isRowLoaded(0));
    QCOMPARE(owners->index(0, owners->columnIndex(QStringLiteral("name"))).data().toString(),
        QStringLiteral("Chen Wei"));
    QCOMPARE(page->ownersPanel()->countLabel()->text(), QStringLiteral("1 of 10 owners"));
    page->ownersPanel()->searchBox()->setText(QStringLiteral("no such owner"));
    QTRY_COMPARE(owners->rowCount(), 0);
    QVERIFY(settled(owners));
    QCOMPARE(page->ownersPanel()->view()->emptyText(), QStringLiteral("No owner matches the search."));
    page->ownersPanel()->clearFilters();
    QTRY_COMPARE(owners->rowCount(), 10);

    // Service providers: by trade, each list with its own search.
    page->tabs()->setCurrentIndex(OwnersPage::VendorsTab);
    page->focusSearch();
    QTRY_VERIFY(page->vendorsPanel()->searchBox()->hasFocus());
    QTest::keyClicks(page->vendorsPanel()->searchBox(), QStringLiteral("plumbing"));
    VendorsModel *vendors = page->vendorsModel();
    QTRY_COMPARE(vendors->rowCount(), 2);
    QVERIFY(settled(vendors));
    QCOMPARE(page->vendorsPanel()->countLabel()->text(), QStringLiteral("2 of 7 service providers"));
    QCOMPARE(owners->rowCount(), 10);
}

void TestOwnersPage::sameListsForEveryConnection()
{
    seed();
    auto page = makePage();
    QVERIFY(page);
    QVERIFY(settled(page->ownersModel()));
    QCOMPARE(page->ownersModel()->rowCount(), 10);
    m_ctx.connectionId = 2; // the connection switcher
    page->refresh();
    QVERIFY(settled(page->ownersModel()));
    QVERIFY(settled(page->vendorsModel()));
    QCOMPARE(page->ownersModel()->rowCount(), 10);
    QCOMPARE(page->vendorsModel()->rowCount(), 7);
}

void TestOwnersPage::exportWritesTheRowsShown()
{
    seed();
    auto page = makePage();
    QVERIFY(page);
    OwnersModel *owners = page->ownersModel();
    QVERIFY(settled(owners));
    page->ownersPanel()->searchBox()->setText(QStringLiteral("portland"));
    QTRY_COMPARE(owners->rowCount(), 3);
    QVERIFY(settled(owners));
    const QString path = QDir(m_cache->dir()).filePath(QStringLiteral("owners-export.csv"));
    QSignalSpy done(page->ownersPanel(), &TablePanel::exportFinished);
    page->ownersPanel()->exportTo(path);
    QVERIFY(done.wait(10000));
    QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(2).toString()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    CsvReader reader(&f);
    CsvRecord rec;
    QVERIFY(reader.next(rec));
    QCOMPARE(rec.fields.mid(0, 3),
        (QStringList { QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("phone") }));
    QStringList names;
    while (reader.next(rec))
        names << rec.fields.first();
    QCOMPARE(names,
        (QStringList { QStringLiteral("Alvarez Family Trust"), QStringLiteral("Bennett Holdings LLC"),
            QStringLiteral("Evergreen Realty Partners") }));
}

void TestOwnersPage::importButtonOpensTheWizardAndTheListFollows()
{
    seed();
    auto page = makePage();
    QVERIFY(page);
    VendorsModel *vendors = page->vendorsModel();
    QVERIFY(settled(vendors));
    QSignalSpy messages(page.get(), &OwnersPage::message);
    page->tabs()->setCurrentIndex(OwnersPage::VendorsTab);
    auto *button = page->findChild<QPushButton *>(QStringLiteral("importVendors"));
    QVERIFY(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    ImportWizard *wizard = page->importWizard();
    QVERIFY(wizard);
    QCOMPARE(wizard->entity(), ImportEntity::Vendors);
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    const QString path = writeFile(QStringLiteral("more-vendors.csv"),
        QByteArrayLiteral("Name,Trade,E-mail\n"
                          "Northside Painters,Painting,paint@northside.example\n"
                          "Pacific Pest Control,Pest control,help@pacificpest.example\n"));
    QVERIFY(test::toMapping(*wizard, path));
    QVERIFY(test::toChecked(*wizard));
    QVERIFY(test::click(*wizard, QWizard::NextButton));
    QSignalSpy committed(wizard->commitPage(), &ImportCommitPage::committed);
    QVERIFY(test::click(*wizard, QWizard::CommitButton));
    QVERIFY(committed.wait(10000));
    QVERIFY(committed.first().first().toBool());
    // The list reloads by itself.
    QTRY_COMPARE(vendors->rowCount(), 9);
    QTRY_COMPARE(page->tabs()->tabText(OwnersPage::VendorsTab), QStringLiteral("Service Providers (9)"));
    QVERIFY(!messages.isEmpty());
    QCOMPARE(messages.last().first().toString(), QStringLiteral("Imported 2 service providers."));
    QCOMPARE(page->ownersModel()->rowCount(), 10);
    QVERIFY(test::click(*wizard, QWizard::FinishButton));
    QTRY_VERIFY(!page->importWizard()); // closed and gone
}

namespace {

QLineEdit *lineEdit(DirectoryEntryDialog *dialog, const char *key)
{
    return qobject_cast<QLineEdit *>(dialog->field(QString::fromLatin1(key)));
}

QPushButton *saveButton(DirectoryEntryDialog *dialog)
{
    for (QPushButton *b : dialog->findChildren<QPushButton *>())
        if (b->text().remove(QLatin1Char('&')) == QLatin1String("Save"))
            return b;
    return nullptr;
}

/// The row of @p model whose column @p key shows @p text (-1: none), once rows are loaded.
int rowWith(SqlTableModel *model, const char *key, const QString &text)
{
    const int column = model->columnIndex(QString::fromLatin1(key));
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, column).data().toString() == text)
            return r;
    return -1;
}

} // namespace

void TestOwnersPage::newOwnerIsCheckedThenSavedAndShown()
{
    seed();
    auto page = makePage();
    QVERIFY(page);
    OwnersModel *owners = page->ownersModel();
    QVERIFY(settled(owners));
    QSignalSpy messages(page.get(), &OwnersPage::message);
    auto *add = page->findChild<QPushButton *>(QStringLiteral("addOwner"));
    QVERIFY(add && add->isVisible());
    QTest::mouseClick(add, Qt::LeftButton);
    DirectoryEntryDialog *dialog = page->entryDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->windowTitle(), QStringLiteral("New Owner"));
    QPushButton *save = saveButton(dialog);
    QVERIFY(save);
    QVERIFY(!save->isEnabled()); // a name first

    QTest::keyClicks(lineEdit(dialog, "name"), QStringLiteral("Kowalski Anna"));
    QVERIFY(save->isEnabled());
    QTest::keyClicks(lineEdit(dialog, "email"), QStringLiteral("anna@"));
    QTest::keyClicks(lineEdit(dialog, "phone"), QStringLiteral("555-0199"));
    QTest::mouseClick(save, Qt::LeftButton);
    // Refused with the reason and the field, and nothing written.
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->errorText(), QStringLiteral("Email: not an email address ('anna@')."));
    QVERIFY(lineEdit(dialog, "email")->hasFocus());
    QCOMPARE(OwnerRepository(m_cache->db()).count(), qint64(10));

    lineEdit(dialog, "email")->setText(QStringLiteral("anna@kowalski.example"));
    QTest::keyClicks(lineEdit(dialog, "city"), QStringLiteral("Salem"));
    QTest::keyClicks(lineEdit(dialog, "external_ref"), QStringLiteral("OWN-2001"));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!page->entryDialog()); // saved, closed and gone
    const Owner saved = OwnerRepository(m_cache->db()).findByExternalRef(QStringLiteral("OWN-2001"));
    QCOMPARE(saved.name, QStringLiteral("Kowalski Anna"));
    QCOMPARE(saved.city, QStringLiteral("Salem"));

    // The list shows it at once, selected, and the count follows.
    QTRY_COMPARE(owners->rowCount(), 11);
    QTRY_COMPARE(page->tabs()->tabText(OwnersPage::OwnersTab), QStringLiteral("Owners (11)"));
    QTRY_COMPARE(page->selectedId(OwnersPage::OwnersTab), saved.id);
    QVERIFY(page->findChild<QPushButton *>(QStringLiteral("editOwner"))->isEnabled());
    QVERIFY(!messages.isEmpty());
    QCOMPARE(messages.last().first().toString(), QStringLiteral("Added owner Kowalski Anna."));
}

void TestOwnersPage::editServiceProviderByDoubleClick()
{
    seed();
    auto page = makePage();
    QVERIFY(page);
    page->tabs()->setCurrentIndex(OwnersPage::VendorsTab);
    VendorsModel *vendors = page->vendorsModel();
    QVERIFY(settled(vendors));
    QTRY_VERIFY(vendors->isRowLoaded(vendors->rowCount() - 1));
    auto *edit = page->findChild<QPushButton *>(QStringLiteral("editVendor"));
    QVERIFY(!edit->isEnabled()); // nothing selected yet
    const int row = rowWith(vendors, "name", QStringLiteral("Cascade HVAC"));
    QVERIFY(row >= 0);
    DataTableView *view = page->vendorsPanel()->view();
    view->selectRow(row);
    QVERIFY(edit->isEnabled());
    const QModelIndex cell = vendors->index(row, vendors->columnIndex(QStringLiteral("trade")));
    view->scrollTo(cell);
    QVERIFY(view->visualRect(cell).isValid());
    // A double click is a press, a release and a second press that is a double click.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(cell).center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(cell).center());
    DirectoryEntryDialog *dialog = page->entryDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Edit Service Provider"));
    QCOMPARE(lineEdit(dialog, "name")->text(), QStringLiteral("Cascade HVAC"));
    QCOMPARE(lineEdit(dialog, "insurance_expires")->text(), QStringLiteral("2026-01-15"));
    QCOMPARE(lineEdit(dialog, "external_ref")->text(), QStringLiteral("VEN-203"));

    lineEdit(dialog, "insurance_expires")->setText(QStringLiteral("2027-01-15x"));
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    QVERIFY(dialog->errorText().startsWith(QStringLiteral("Insurance expires: not a date in YYYY-MM-DD form")));
    lineEdit(dialog, "insurance_expires")->setText(QStringLiteral("2027-01-15"));
    lineEdit(dialog, "trade")->setText(QStringLiteral("Heating, cooling & ventilation"));
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    QTRY_VERIFY(!page->entryDialog());
    QCOMPARE(VendorRepository(m_cache->db()).findByExternalRef(QStringLiteral("VEN-203")).insuranceExpires,
        QStringLiteral("2027-01-15"));
    // The row shows the new values at once; no row was added.
    QTRY_COMPARE(vendors->index(row, vendors->columnIndex(QStringLiteral("trade"))).data().toString(),
        QStringLiteral("Heating, cooling & ventilation"));
    QCOMPARE(vendors->rowCount(), 7);
}

void TestOwnersPage::duplicateReferenceIsSaidInTheDialog()
{
    seed();
    auto page = makePage();
    QVERIFY(page);
    QVERIFY(settled(page->ownersModel()));
    page->addEntry();
    DirectoryEntryDialog *dialog = page->entryDialog();
    QVERIFY(dialog);
    dialog->setValue(QStringLiteral("name"), QStringLiteral("Somebody Else"));
    dialog->setValue(QStringLiteral("external_ref"), QStringLiteral("OWN-1003"));
    dialog->save();
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->errorText(),
        QStringLiteral("External reference: 'OWN-1003' is already the external reference of owner 'Chen Wei'; "
                       "references are unique."));
    QCOMPARE(OwnerRepository(m_cache->db()).count(), qint64(10));
    MessageBox::setNextAnswer(QMessageBox::Discard);
    dialog->reject();
    QTRY_VERIFY(!page->entryDialog());
}

void TestOwnersPage::escapeAfterTypingAsks()
{
    auto page = makePage();
    QVERIFY(page);
    page->addEntry();
    DirectoryEntryDialog *dialog = page->entryDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    // Untouched: Escape just closes.
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!page->entryDialog());

    page->addEntry();
    dialog = page->entryDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::keyClicks(lineEdit(dialog, "name"), QStringLiteral("Half typed"));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QVERIFY(dialog->isVisible()); // kept, with what was typed
    QCOMPARE(MessageBox::lastText(), QStringLiteral("Close without adding this owner? What you typed is lost."));
    QCOMPARE(lineEdit(dialog, "name")->text(), QStringLiteral("Half typed"));
    MessageBox::setNextAnswer(QMessageBox::Discard);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!page->entryDialog());
    QCOMPARE(OwnerRepository(m_cache->db()).count(), qint64(0));
}

void TestOwnersPage::screenshot()
{
    if (test::screenshotDir().isEmpty())
        QSKIP("set PMSBRIDGE_SCREENSHOTS_DIR to write docs/screenshots/owners.png");
    seed();
    auto page = makePage();
    QVERIFY(page);
    QVERIFY(settled(page->ownersModel()));
    QVERIFY(settled(page->vendorsModel()));
    QTRY_VERIFY(page->ownersModel()->isRowLoaded(page->ownersModel()->rowCount() - 1));
    QVERIFY(test::saveScreenshot(page.get(), QStringLiteral("owners")));
}

QTEST_MAIN(TestOwnersPage)
#include "tst_ownerspage.moc"
