// The CSV import wizard, offscreen, driven through its buttons: file, preview, column mapping,
// the check with every error listed (and saved as CSV), the import in one transaction, the
// summary. With PMSBRIDGE_SCREENSHOTS_DIR set, also writes docs/screenshots/import-*.png:
//   PMSBRIDGE_SCREENSHOTS_DIR=docs/screenshots QT_QPA_PLATFORM=offscreen build-csv/tests/gui_tst_importwizard

#include "ImportWizardDriver.h"
#include "csv/CsvImporter.h"
#include "csv/CsvReader.h"
#include "storage/OwnerRepository.h"
#include "support/TestSupport.h"
#include "ui/import/ImportCommitPage.h"
#include "ui/import/ImportFilePage.h"
#include "ui/import/ImportMappingPage.h"
#include "ui/import/ImportSummaryPage.h"
#include "ui/import/ImportSupport.h"

#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QUrl>

using namespace pms;

namespace {

QString dataFile(const QString &name)
{
    return QDir(test::testDataDir()).filePath(QStringLiteral("csv/") + name);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QList<QStringList> readCsv(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    CsvReader reader(&f);
    QList<QStringList> out;
    CsvRecord rec;
    while (reader.next(rec))
        out << rec.fields;
    return out;
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void fileStepNeedsAReadableFile();
    void dropACsvFileOnThePage();
    void templateImportsAsItIs_data();
    void templateImportsAsItIs();
    void previewShowsRowsDelimiterAndEncoding();
    void mappingIsPrefilledAndRequiredFieldsBlock();
    void badFileListsEveryErrorAndSavesThem();
    void goodFileImportsInOneStep();
    void chosenColumnsAreWhatIsImported();
    void duplicatesOfTheCacheAreRefused();
    void updatesAreCountedInTheSummary();
    void failedCommitWritesNothing();
    void cancelStopsTheCheck();

private:
    QString writeFile(const QString &name, const QByteArray &text);
    qint64 count(const QString &sql);
    std::unique_ptr<ImportWizard> makeWizard(ImportEntity entity);

    std::unique_ptr<test::TempCache> m_cache;
};

void TestImportWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(QFile::exists(dataFile(QStringLiteral("bad/errors_on_several_lines.csv"))),
        qPrintable(dataFile(QStringLiteral("bad/errors_on_several_lines.csv"))));
}

void TestImportWizard::init()
{
    m_cache = std::make_unique<test::TempCache>();
}

void TestImportWizard::cleanup()
{
    m_cache.reset();
}

QString TestImportWizard::writeFile(const QString &name, const QByteArray &text)
{
    const QString path = QDir(m_cache->dir()).filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

qint64 TestImportWizard::count(const QString &sql)
{
    auto other = m_cache->openAnother();
    QSqlQuery q(other->sql());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

std::unique_ptr<ImportWizard> TestImportWizard::makeWizard(ImportEntity entity)
{
    auto wizard = std::make_unique<ImportWizard>(entity, m_cache->path());
    wizard->show();
    if (!QTest::qWaitForWindowExposed(wizard.get()))
        return nullptr;
    return wizard;
}

void TestImportWizard::fileStepNeedsAReadableFile()
{
    auto wizard = makeWizard(ImportEntity::Owners);
    QVERIFY(wizard);
    QCOMPARE(wizard->currentId(), int(ImportWizard::FilePageId));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    auto *state = wizard->findChild<QLabel *>(QStringLiteral("fileState"));
    wizard->setFilePath(QDir(m_cache->dir()).filePath(QStringLiteral("no-such.csv")));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY2(state->text().contains(QLatin1String("no file at this path")), qPrintable(state->text()));
    wizard->setFilePath(m_cache->dir());
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(state->text().contains(QLatin1String("folder")));
    const QString good = writeFile(
        QStringLiteral("owners.csv"), readAll(dataFile(QStringLiteral("good/owners_header_variants.csv"))));
    // Typed into the line edit, as a user would.
    auto *edit = wizard->findChild<QLineEdit *>(QStringLiteral("filePath"));
    edit->clear();
    QTest::keyClicks(edit, QDir::toNativeSeparators(good));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QCOMPARE(wizard->filePath(), good);
    QVERIFY(state->text().contains(QStringLiteral("owners.csv · 127 bytes")));
    // The columns a file needs are listed, the required one marked.
    const QString columns = wizard->findChild<QLabel *>(QStringLiteral("columnsText"))->text();
    QVERIFY2(columns.contains(QLatin1String("<b>name</b> (required)")), qPrintable(columns));
    QVERIFY(columns.contains(QLatin1String("external_ref")));
    QVERIFY(test::saveScreenshot(wizard.get(), QStringLiteral("import-1-file")));
}

void TestImportWizard::dropACsvFileOnThePage()
{
    auto wizard = makeWizard(ImportEntity::Vendors);
    QVERIFY(wizard);
    ImportFilePage *page = wizard->filePage();
    const auto drag = [&](const QString &path) {
        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(path) });
        const QPoint at = page->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(page, &enter);
        if (!enter.isAccepted())
            return false;
        QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(page, &drop);
        return drop.isAccepted();
    };
    const QString image = writeFile(QStringLiteral("photo.png"), QByteArrayLiteral("\x89PNG"));
    QVERIFY(!drag(image)); // not a CSV: refused, nothing changes
    QVERIFY(wizard->filePath().isEmpty());
    const QString csv = dataFile(QStringLiteral("good/vendors_semicolon.csv"));
    QVERIFY(drag(csv));
    QCOMPARE(wizard->filePath(), csv);
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
}

void TestImportWizard::templateImportsAsItIs_data()
{
    QTest::addColumn<ImportEntity>("entity");
    QTest::addColumn<QString>("header");
    QTest::newRow("owners") << ImportEntity::Owners
                            << QStringLiteral(
                                   "name,email,phone,address,city,state,postal_code,notes,external_ref");
    QTest::newRow("vendors") << ImportEntity::Vendors
                             << QStringLiteral("name,trade,email,phone,address,city,state,postal_code,"
                                               "insurance_expires,notes,external_ref");
    QTest::newRow("platform units") << ImportEntity::PlatformUnits
                                    << QStringLiteral("name,building,floor,external_ref");
}

void TestImportWizard::templateImportsAsItIs()
{
    QFETCH(ImportEntity, entity);
    QFETCH(QString, header);
    auto wizard = makeWizard(entity);
    QVERIFY(wizard);
    const QString path = QDir(m_cache->dir()).filePath(ImportSupport::templateFileName(entity));
    QSignalSpy saved(wizard->filePage(), &ImportFilePage::templateSaved);
    wizard->filePage()->saveTemplateTo(path);
    QVERIFY(saved.wait(10000));
    QVERIFY2(saved.first().at(0).toBool(), qPrintable(saved.first().at(1).toString()));
    QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("templateState"))
                ->text()
                .contains(QLatin1String("Saved")));
    const QList<QStringList> rows = readCsv(path);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).join(QLatin1Char(',')), header);
    QCOMPARE(rows.at(1).size(), rows.at(0).size());
    // The example row passes every check: the template is a file the wizard takes.
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const ImportReport report = CsvImporter(entity).validate(f, &m_cache->db());
    QVERIFY2(report.ok(), report.errors.isEmpty() ? "" : qPrintable(report.errors.first().format(path)));
    QCOMPARE(report.rows.size(), 1);
    QVERIFY(report.warnings.isEmpty());
}

void TestImportWizard::previewShowsRowsDelimiterAndEncoding()
{
    auto wizard = makeWizard(ImportEntity::Vendors);
    QVERIFY(wizard);
    wizard->setFilePath(dataFile(QStringLiteral("good/vendors_semicolon.csv")));
    QVERIFY(test::click(*wizard, QWizard::NextButton));
    QCOMPARE(wizard->currentId(), int(ImportWizard::PreviewPageId));
    QTRY_VERIFY(wizard->previewPage()->isLoaded());
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    const QString info = wizard->previewPage()->infoText();
    QVERIFY2(info.contains(QLatin1String("Delimiter: semicolon")), qPrintable(info));
    QVERIFY(info.contains(QLatin1String("Encoding: UTF-8")));
    QVERIFY(info.contains(QLatin1String("5 columns")));
    QTableWidget *table = wizard->previewPage()->table();
    QCOMPARE(table->columnCount(), 5);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->horizontalHeaderItem(3)->text(), QStringLiteral("Insurance Expires"));
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Plomberie Dupont"));
    QCOMPARE(table->item(0, 4)->text(), QStringLiteral("Clés; badge")); // quoted delimiter stays in its cell
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("Électricité Martin"));
    QCOMPARE(table->verticalHeaderItem(0)->text(), QStringLiteral("2")); // file line numbers
    QVERIFY(test::saveScreenshot(wizard.get(), QStringLiteral("import-2-preview")));

    // Back, another file: a byte order mark is noticed.
    QVERIFY(test::click(*wizard, QWizard::BackButton));
    wizard->setFilePath(dataFile(QStringLiteral("good/owners_bom_crlf.csv")));
    QVERIFY(test::click(*wizard, QWizard::NextButton));
    QTRY_VERIFY(wizard->previewPage()->isLoaded());
    QVERIFY(wizard->previewPage()->infoText().contains(QLatin1String("byte order mark")));
    QVERIFY(wizard->previewPage()->infoText().contains(QLatin1String("Delimiter: comma")));

    // An empty file cannot go further, and says why.
    QVERIFY(test::click(*wizard, QWizard::BackButton));
    wizard->setFilePath(dataFile(QStringLiteral("bad/empty_file.csv")));
    QVERIFY(test::click(*wizard, QWizard::NextButton));
    QTRY_VERIFY(wizard->previewPage()->isLoaded());
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    const QString status = wizard->findChild<QLabel *>(QStringLiteral("previewStatus"))->text();
    QVERIFY2(status.contains(QLatin1String("the file is empty")), qPrintable(status));
}

void TestImportWizard::mappingIsPrefilledAndRequiredFieldsBlock()
{
    auto wizard = makeWizard(ImportEntity::Owners);
    QVERIFY(wizard);
    // Name, E-mail, Phone Number, Postal Code, External Ref, Fax
    QVERIFY(test::toMapping(*wizard, dataFile(QStringLiteral("good/owners_header_variants.csv"))));
    ImportMappingPage *page = wizard->mappingPage();
    const auto column
        = [&](const char *key) { return page->comboFor(QString::fromLatin1(key))->currentData().toInt(); };
    QCOMPARE(column("name"), 0);
    QCOMPARE(column("email"), 1);
    QCOMPARE(column("phone"), 2);
    QCOMPARE(column("postal_code"), 3);
    QCOMPARE(column("external_ref"), 4);
    QCOMPARE(column("city"), -1);
    QCOMPARE(page->comboFor(QStringLiteral("email"))->currentText(), QStringLiteral("E-mail  (column 2)"));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY2(
        page->messageText().contains(QLatin1String("Not imported: Fax")), qPrintable(page->messageText()));
    QCOMPARE(wizard->mapping(), (QList<int> { 0, 1, 2, 6, 8, -1 }));
    QVERIFY(test::saveScreenshot(wizard.get(), QStringLiteral("import-3-mapping")));

    // A required field without a column: the user cannot go on and is told what to do.
    QComboBox *name = page->comboFor(QStringLiteral("name"));
    name->setCurrentIndex(name->findData(-1));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY2(page->problem().contains(QLatin1String("Choose the column that holds Name: it is required")),
        qPrintable(page->problem()));
    QVERIFY(page->messageText().contains(QLatin1String("it is required")));

    // One column for two fields is refused too.
    name->setCurrentIndex(name->findData(1));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY2(page->problem().contains(QLatin1String("'E-mail' is chosen for both Name and Email")),
        qPrintable(page->problem()));

    name->setCurrentIndex(name->findData(0));
    QVERIFY(page->problem().isEmpty());
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
}

void TestImportWizard::badFileListsEveryErrorAndSavesThem()
{
    auto wizard = makeWizard(ImportEntity::Owners);
    QVERIFY(wizard);
    // Line 2 bad email, line 4 no name, line 5 bad phone.
    const QString bad = dataFile(QStringLiteral("bad/errors_on_several_lines.csv"));
    QVERIFY(test::toMapping(*wizard, bad));
    QVERIFY(test::toChecked(*wizard));
    ImportValidatePage *page = wizard->validatePage();
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY2(page->statusText().contains(QStringLiteral("3 errors in 4 rows — nothing will be imported")),
        qPrintable(page->statusText()));
    QVERIFY(page->statusText().contains(QLatin1String("Fix the lines listed below in the file")));
    QTableWidget *table = page->issuesTable();
    QVERIFY(table->isVisible());
    QCOMPARE(table->rowCount(), 3);
    const auto cell = [&](int r, int c) { return table->item(r, c)->text(); };
    QCOMPARE(cell(0, 0), QStringLiteral("2"));
    QCOMPARE(cell(0, 1), QStringLiteral("email"));
    QCOMPARE(cell(0, 2), QStringLiteral("not an email address ('alice@')"));
    QCOMPARE(cell(1, 0), QStringLiteral("4"));
    QCOMPARE(cell(1, 1), QStringLiteral("name"));
    QCOMPARE(cell(1, 2), QStringLiteral("a value is required"));
    QCOMPARE(cell(2, 0), QStringLiteral("5"));
    QCOMPARE(cell(2, 1), QStringLiteral("phone"));
    QVERIFY(cell(2, 2).startsWith(QLatin1String("not a phone number ('12')")));
    QVERIFY(test::saveScreenshot(wizard.get(), QStringLiteral("import-4-validate")));

    const QString errors = QDir(m_cache->dir()).filePath(QStringLiteral("errors.csv"));
    auto *save = wizard->findChild<QPushButton *>(QStringLiteral("saveErrors"));
    QVERIFY(save->isEnabled());
    QSignalSpy saved(page, &ImportValidatePage::issuesSaved);
    page->saveIssuesTo(errors);
    QVERIFY(saved.wait(10000));
    QVERIFY2(saved.first().at(0).toBool(), qPrintable(saved.first().at(1).toString()));
    const QList<QStringList> rows = readCsv(errors);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0),
        (QStringList { QStringLiteral("line"), QStringLiteral("column"), QStringLiteral("reason"),
            QStringLiteral("severity") }));
    QCOMPARE(rows.at(1),
        (QStringList { QStringLiteral("2"), QStringLiteral("email"),
            QStringLiteral("not an email address ('alice@')"), QStringLiteral("error") }));
    QCOMPARE(rows.at(2).mid(0, 3),
        (QStringList { QStringLiteral("4"), QStringLiteral("name"), QStringLiteral("a value is required") }));
    QCOMPARE(rows.at(3).mid(0, 2), (QStringList { QStringLiteral("5"), QStringLiteral("phone") }));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM owners")), 0);

    // Fixed in place and checked again: the same wizard goes on.
    writeFile(QStringLiteral("fixed.csv"),
        QByteArrayLiteral("name,email,phone\nAlice,alice@example.com,555-123-4567\n"));
    QVERIFY(test::click(*wizard, QWizard::BackButton));
    QVERIFY(test::click(*wizard, QWizard::BackButton));
    QVERIFY(test::click(*wizard, QWizard::BackButton));
    QVERIFY(test::toMapping(*wizard, QDir(m_cache->dir()).filePath(QStringLiteral("fixed.csv"))));
    QVERIFY(test::toChecked(*wizard));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(!page->issuesTable()->isVisible());
    QVERIFY2(page->statusText().contains(QLatin1String("The row is good")), qPrintable(page->statusText()));
}

void TestImportWizard::goodFileImportsInOneStep()
{
    auto wizard = makeWizard(ImportEntity::Owners);
    QVERIFY(wizard);
    QSignalSpy imported(wizard.get(), &ImportWizard::imported);
    const QString path = writeFile(
        QStringLiteral("owners.csv"), readAll(dataFile(QStringLiteral("good/owners_header_variants.csv"))));
    QVERIFY(test::toMapping(*wizard, path));
    QVERIFY(test::toChecked(*wizard));
    ImportValidatePage *check = wizard->validatePage();
    QVERIFY2(
        check->statusText().contains(QLatin1String("All 2 rows are good")), qPrintable(check->statusText()));
    QVERIFY(check->statusText().contains(QLatin1String("1 warning below")));
    QCOMPARE(check->issuesTable()->rowCount(), 1); // the Fax column, ignored
    QVERIFY(
        check->issuesTable()->item(0, 2)->text().contains(QLatin1String("unknown column 'Fax' is ignored")));

    QVERIFY(test::click(*wizard, QWizard::NextButton));
    QCOMPARE(wizard->currentId(), int(ImportWizard::ImportPageId));
    QCOMPARE(wizard->findChild<QLabel *>(QStringLiteral("commitHeadline"))->text(),
        QStringLiteral("2 owners are ready to be added."));
    // The values as they will be stored, under the fields that have a column.
    auto *rows = wizard->findChild<QTableWidget *>(QStringLiteral("commitRows"));
    QCOMPARE(rows->rowCount(), 2);
    QCOMPARE(rows->columnCount(), 6); // what happens to the row, then the five fields
    QCOMPARE(rows->horizontalHeaderItem(0)->text(), QStringLiteral("Action"));
    QCOMPARE(rows->item(0, 0)->text(), QStringLiteral("Add"));
    QCOMPARE(rows->horizontalHeaderItem(4)->text(), QStringLiteral("Postal code"));
    QCOMPARE(rows->item(0, 4)->text(), QStringLiteral("02139"));
    QCOMPARE(rows->item(1, 1)->text(), QStringLiteral("Bob Doe"));
    QCOMPARE(wizard->button(QWizard::CommitButton)->text(), QStringLiteral("&Import"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM owners")), 0); // nothing written before Import
    QVERIFY(test::saveScreenshot(wizard.get(), QStringLiteral("import-5-import")));

    QSignalSpy committed(wizard->commitPage(), &ImportCommitPage::committed);
    QVERIFY(test::click(*wizard, QWizard::CommitButton));
    QVERIFY(committed.wait(10000));
    QCOMPARE(committed.first().first().toBool(), true);
    QCOMPARE(wizard->currentId(), int(ImportWizard::SummaryPageId));
    QCOMPARE(imported.size(), 1);
    QCOMPARE(imported.first().first().value<ImportOutcome>().added, qint64(2));

    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM owners")), 2);
    QCOMPARE(count(QStringLiteral(
                 "SELECT count(*) FROM owners WHERE name = 'Alice Doe' AND email = 'alice@example.com' "
                 "AND phone = '555.010.4000' AND postal_code = '02139' AND external_ref = 'A-1'")),
        1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM owners WHERE name = 'Bob Doe' AND email = ''")), 1);

    ImportSummaryPage *summary = wizard->summaryPage();
    QCOMPARE(summary->headline(), QStringLiteral("Imported 2 owners."));
    QCOMPARE(summary->figure(QStringLiteral("added")), QStringLiteral("2"));
    QCOMPARE(summary->figure(QStringLiteral("updated")), QStringLiteral("0"));
    QCOMPARE(summary->figure(QStringLiteral("rows")), QStringLiteral("2"));
    QCOMPARE(summary->figure(QStringLiteral("warnings")), QStringLiteral("1"));
    QVERIFY(wizard->button(QWizard::FinishButton)->isVisible());
    QVERIFY(!wizard->button(QWizard::BackButton)->isVisible()); // the rows are in: no way back
    QVERIFY(test::saveScreenshot(wizard.get(), QStringLiteral("import-6-summary")));
    QVERIFY(test::click(*wizard, QWizard::FinishButton));
    QCOMPARE(wizard->result(), int(QDialog::Accepted));
}

void TestImportWizard::chosenColumnsAreWhatIsImported()
{
    // Headers the automatic mapping does not know: the user picks the columns.
    const QString path = writeFile(QStringLiteral("vendors.csv"),
        QByteArrayLiteral("Company,Speciality,Contact,Insured until\n"
                          "Acme Roofing,Roofing,ops@acme.example,2026-12-31\n"
                          "Bright Electric,Electrical,hello@bright.example,\n"));
    auto wizard = makeWizard(ImportEntity::Vendors);
    QVERIFY(wizard);
    QVERIFY(test::toMapping(*wizard, path));
    ImportMappingPage *page = wizard->mappingPage();
    QCOMPARE(page->comboFor(QStringLiteral("name"))->currentData().toInt(), -1);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    const auto choose = [&](const char *key, int column) {
        QComboBox *c = page->comboFor(QString::fromLatin1(key));
        c->setCurrentIndex(c->findData(column));
    };
    choose("name", 0);
    choose("trade", 1);
    choose("email", 2);
    choose("insurance_expires", 3);
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(test::toChecked(*wizard));
    QVERIFY2(wizard->report().ok(), qPrintable(wizard->validatePage()->statusText()));
    QVERIFY(test::click(*wizard, QWizard::NextButton));
    QSignalSpy committed(wizard->commitPage(), &ImportCommitPage::committed);
    QVERIFY(test::click(*wizard, QWizard::CommitButton));
    QVERIFY(committed.wait(10000));
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM vendors WHERE name = 'Acme Roofing' AND trade = 'Roofing' "
                             "AND email = 'ops@acme.example' AND insurance_expires = '2026-12-31'")),
        1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM vendors WHERE name = 'Bright Electric'")), 1);
    QCOMPARE(wizard->summaryPage()->headline(), QStringLiteral("Imported 2 service providers."));
}

void TestImportWizard::duplicatesOfTheCacheAreRefused()
{
    const QString path = dataFile(QStringLiteral("good/owners_header_variants.csv"));
    QVERIFY(CsvImporter(ImportEntity::Owners).importFile(m_cache->db(), path).ok());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM owners")), 2);
    auto wizard = makeWizard(ImportEntity::Owners);
    QVERIFY(wizard);
    QVERIFY(test::toMapping(*wizard, path));
    QVERIFY(test::toChecked(*wizard));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QTableWidget *table = wizard->validatePage()->issuesTable();
    QStringList lines;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 2)->text().contains(QLatin1String("already in the cache")))
            lines << table->item(r, 0)->text();
    // Line 2 has external_ref A-1: it would update that owner. Line 3 has none to match by.
    QCOMPARE(lines, (QStringList { QStringLiteral("3") }));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM owners")), 2);
}

void TestImportWizard::updatesAreCountedInTheSummary()
{
    QVERIFY(CsvImporter(ImportEntity::Owners)
                .importFile(m_cache->db(), dataFile(QStringLiteral("good/owners_bom_crlf.csv")))
                .ok());
    const QString path = writeFile(QStringLiteral("owners-update.csv"),
        QByteArrayLiteral("name,email,external_ref\n"
                          "Zoe Angstrom,zoe@new.example,OWN-001\n"
                          "\"Smith, John\",john.smith@example.com,OWN-002\n"
                          "New Owner,new@example.com,OWN-003\n"));
    auto wizard = makeWizard(ImportEntity::Owners);
    QVERIFY(wizard);
    QSignalSpy imported(wizard.get(), &ImportWizard::imported);
    QVERIFY(test::toMapping(*wizard, path));
    QVERIFY(test::toChecked(*wizard));
    QVERIFY2(wizard->report().ok(), qPrintable(wizard->validatePage()->statusText()));
    QVERIFY(test::click(*wizard, QWizard::NextButton));
    QCOMPARE(wizard->findChild<QLabel *>(QStringLiteral("commitHeadline"))->text(),
        QStringLiteral("3 owners are ready: 1 to add, 2 to update."));
    auto *rows = wizard->findChild<QTableWidget *>(QStringLiteral("commitRows"));
    QCOMPARE(rows->item(0, 0)->text(), QStringLiteral("Update"));
    QCOMPARE(rows->item(2, 0)->text(), QStringLiteral("Add"));
    QSignalSpy committed(wizard->commitPage(), &ImportCommitPage::committed);
    QVERIFY(test::click(*wizard, QWizard::CommitButton));
    QVERIFY(committed.wait(10000));
    QVERIFY(committed.first().first().toBool());
    QCOMPARE(imported.size(), 1);
    const ImportOutcome outcome = imported.first().first().value<ImportOutcome>();
    QCOMPARE(outcome.added, qint64(1));
    QCOMPARE(outcome.updated, qint64(1));
    QCOMPARE(outcome.unchanged, qint64(1)); // John Smith's line gives what the cache holds
    ImportSummaryPage *summary = wizard->summaryPage();
    QCOMPARE(summary->headline(), QStringLiteral("Imported 2 owners: 1 added, 1 updated, 1 unchanged."));
    QCOMPARE(summary->figure(QStringLiteral("added")), QStringLiteral("1"));
    QCOMPARE(summary->figure(QStringLiteral("updated")), QStringLiteral("1"));
    QCOMPARE(summary->figure(QStringLiteral("rows")), QStringLiteral("3"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM owners")), 4);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM owners WHERE external_ref = 'OWN-001' AND name = 'Zoe "
                                  "Angstrom' AND email = 'zoe@new.example' AND city = 'Montréal'")),
        1);
}

void TestImportWizard::failedCommitWritesNothing()
{
    const QString path = writeFile(QStringLiteral("owners.csv"),
        QByteArrayLiteral("name,external_ref\n"
                          "First Owner,R-1\n"
                          "Second Owner,R-2\n"));
    auto wizard = makeWizard(ImportEntity::Owners);
    QVERIFY(wizard);
    QSignalSpy imported(wizard.get(), &ImportWizard::imported);
    QVERIFY(test::toMapping(*wizard, path));
    QVERIFY(test::toChecked(*wizard));
    QVERIFY(wizard->report().ok());
    QVERIFY(test::click(*wizard, QWizard::NextButton));
    // The second insert fails (the cache refuses it between the check and the import), so the
    // first must not stay either.
    QVERIFY(m_cache->db()
                .execRaw(QStringLiteral("CREATE TRIGGER refuse_r2 BEFORE INSERT ON owners WHEN NEW.external_ref = "
                                        "'R-2' BEGIN SELECT RAISE(ABORT, 'refused'); END"))
                .ok());
    QSignalSpy committed(wizard->commitPage(), &ImportCommitPage::committed);
    QVERIFY(test::click(*wizard, QWizard::CommitButton));
    QVERIFY(committed.wait(10000));
    QCOMPARE(committed.first().first().toBool(), false);
    QCOMPARE(wizard->currentId(), int(ImportWizard::SummaryPageId));
    QCOMPARE(imported.size(), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM owners")), 0);
    ImportSummaryPage *summary = wizard->summaryPage();
    QCOMPARE(summary->headline(), QStringLiteral("Nothing was imported."));
    QCOMPARE(summary->figure(QStringLiteral("added")), QStringLiteral("0"));
    const QString note = wizard->findChild<QLabel *>(QStringLiteral("summaryNote"))->text();
    QVERIFY2(note.contains(QLatin1String("The cache is unchanged")), qPrintable(note));
    QVERIFY(!wizard->importError().isEmpty());
}

void TestImportWizard::cancelStopsTheCheck()
{
    QByteArray big = QByteArrayLiteral("name,email\n");
    for (int i = 0; i < 60000; ++i)
        big += "Owner " + QByteArray::number(i) + ",owner" + QByteArray::number(i) + "@example.com\n";
    const QString path = writeFile(QStringLiteral("big.csv"), big);
    auto wizard = makeWizard(ImportEntity::Owners);
    QVERIFY(wizard);
    QVERIFY(test::toMapping(*wizard, path));
    QVERIFY(test::click(*wizard, QWizard::NextButton));
    ImportValidatePage *page = wizard->validatePage();
    auto *cancel = wizard->findChild<QPushButton *>(QStringLiteral("cancelCheck"));
    QVERIFY(cancel->isVisible());
    QVERIFY(wizard->findChild<QProgressBar *>(QStringLiteral("validateProgress"))->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton); // the check reads 1,000 rows at most before it sees this
    QTRY_VERIFY_WITH_TIMEOUT(page->isDone(), 20000);
    QVERIFY(wizard->report().cancelled);
    QVERIFY2(page->statusText().contains(QLatin1String("cancelled")), qPrintable(page->statusText()));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    // Check again runs to the end.
    QTest::mouseClick(wizard->findChild<QPushButton *>(QStringLiteral("checkAgain")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->isDone(), 30000);
    QVERIFY2(wizard->report().ok(), qPrintable(page->statusText()));
    QCOMPARE(wizard->report().rows.size(), 60000);
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM owners")), 0);
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
