#include "models/mapping/AvailablePlatformUnitsModel.h"
#include "models/mapping/PlatformUnitModel.h"
#include "models/mapping/UnitMappingModel.h"
#include "support/TestSupport.h"
#include "ui/common/AppContext.h"
#include "ui/common/MessageBox.h"
#include "ui/mapping/PlatformUnitDialog.h"
#include "ImportWizardDriver.h"
#include "ui/import/ImportCommitPage.h"
#include "ui/mapping/PlatformUnitPicker.h"
#include "ui/mapping/PlatformUnitsPanel.h"
#include "ui/mapping/UnitMappingPage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTabWidget>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace pms;

namespace {

// Three properties written the way real PMS data is: 12-01 / Apt 101 / Unit 1, and platform
// units written differently again (A-1201, 101, WC-1), some without a building.
void seed(Database &db)
{
    QSqlQuery q(db.sql());
    const QStringList sql = {
        QStringLiteral("INSERT INTO connections (id, name, base_url, system_id, client_id, created_at) "
                       "VALUES (1, 'Demo', 'https://pw.example', 'S1', 'C1', '2024-01-01T00:00:00Z')"),
        QStringLiteral("INSERT INTO properties (id, connection_id, pms_id, name, address, synced_at) VALUES "
                       "(1, 1, 201, 'Maple Court Apartments', '123 Oak St', 'x'), "
                       "(2, 1, 202, 'Harbor Point Residences', '9 Bay Rd', 'x'), "
                       "(3, 1, 203, 'Willow Creek Townhomes', '45 Willow Ln', 'x')"),
    };
    for (const QString &s : sql)
        QVERIFY2(q.exec(s), qPrintable(s));
    auto unit = [&](int id, int property, const QString &name, const QString &address, int floor, bool active = true) {
        QVERIFY(q.exec(QStringLiteral("INSERT INTO units (id, connection_id, pms_id, property_id, name, address, floor, "
                                      "active, synced_at) VALUES (%1, 1, %2, %3, '%4', '%5', %6, %7, 'x')")
                           .arg(id).arg(1000000 + id).arg(property).arg(name, address).arg(floor).arg(active ? 1 : 0)));
    };
    int id = 1;
    for (int floor : {12, 14})
        for (int n = 1; n <= (floor == 12 ? 6 : 4); ++n)
            unit(id++, 1, QStringLiteral("%1-%2").arg(floor).arg(n, 2, 10, QLatin1Char('0')),
                 QStringLiteral("123 Oak St, Unit %1%2").arg(floor).arg(n, 2, 10, QLatin1Char('0')), floor);
    for (int n = 1; n <= 6; ++n)       // ids 11..16
        unit(id++, 2, QStringLiteral("Apt %1").arg(100 + n), QStringLiteral("9 Bay Rd, Apt %1").arg(100 + n), 1);
    for (int n = 1; n <= 4; ++n)       // ids 17..20
        unit(id++, 3, QStringLiteral("Unit %1").arg(n), QStringLiteral("45 Willow Ln, Unit %1").arg(n), 1);
    unit(id++, 3, QStringLiteral("Unit 5"), QStringLiteral("45 Willow Ln, Unit 5"), 1, false); // 21, inactive

    auto platform = [&](int pid, const QString &name, const QString &building, const QString &floor) {
        QVERIFY(q.exec(QStringLiteral("INSERT INTO platform_units (id, name, building, floor, created_at, updated_at) "
                                      "VALUES (%1, '%2', '%3', '%4', 'x', 'x')")
                           .arg(pid).arg(name, building, floor)));
    };
    for (int n = 1; n <= 6; ++n)       // 1..6: Maple Court, floor 12
        platform(n, QStringLiteral("A-12%1").arg(n, 2, 10, QLatin1Char('0')), QStringLiteral("Maple Court"), QStringLiteral("12"));
    platform(7, QStringLiteral("A-1401"), QStringLiteral("Maple Court"), QStringLiteral("14"));
    platform(8, QStringLiteral("A-1402"), QStringLiteral("Maple Court"), QStringLiteral("14"));
    platform(9, QStringLiteral("1403"), QString(), QString());          // no building: a weaker suggestion
    for (int n = 1; n <= 5; ++n)       // 10..14: Harbor Point
        platform(9 + n, QString::number(100 + n), QStringLiteral("Harbor Point"), QStringLiteral("1"));
    for (int n = 1; n <= 3; ++n)       // 15..17: Willow Creek
        platform(14 + n, QStringLiteral("WC-%1").arg(n), QStringLiteral("Willow Creek"), QString());
    platform(18, QStringLiteral("Apt 106"), QStringLiteral("Riverside Lofts"), QString()); // another building
    platform(19, QStringLiteral("Lobby"), QStringLiteral("Maple Court"), QStringLiteral("1"));

    // Residents: two in 12-01, one in Apt 102.
    QVERIFY(q.exec(QStringLiteral("INSERT INTO residents (id, connection_id, pms_contact_id, first_name, last_name, "
                                  "unit_id, property_id, created_at, synced_at) VALUES "
                                  "(1, 1, 5001, 'Ana', 'Ruiz', 1, 1, 'x', 'x'), (2, 1, 5002, 'Ben', 'Ruiz', 1, 1, 'x', 'x'), "
                                  "(3, 1, 5003, 'Cleo', 'Ng', 12, 2, 'x', 'x')")));
    // Already mapped by hand: 12-01 -> A-1201 (residents assigned), Apt 101 -> 101.
    QVERIFY(q.exec(QStringLiteral("INSERT INTO unit_mappings (unit_id, platform_unit_id, method, mapped_at) VALUES "
                                  "(1, 1, 'manual', 'x'), (11, 10, 'manual', 'x')")));
    QVERIFY(q.exec(QStringLiteral("UPDATE residents SET platform_unit_id = 1 WHERE unit_id = 1")));
}

} // namespace

/// The Unit Mapping editor, offscreen: map in place, the 1:1 message, unmap, undo/redo with the
/// keyboard, accept-all as one step, residents following (R19), platform units (R17).
class TestMappingEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void showsUnitsAndSuggestions();
    void modelIsConsistent();
    void mapInPlaceWithThePicker();
    void oneToOneMessage();
    void unmapUndoRedoWithKeys();
    void rowButtonsOnlyWhereTheyAct();
    void anotherBuildingAsksAndShows();
    void acceptAllIsOneUndoStep();
    void redoRefusedWhenTheCacheChanged();
    void filtersAndSearch();
    void createEditDeletePlatformUnits();
    void platformUnitsSortNaturallyAndSayWhenThereAreNone();
    void importPlatformUnitsFromCsv();
    void screenshot();

private:
    QVariant scalar(const QString &sql);
    void waitReady();
    int rowOf(qint64 unitId) { return m_page->model()->rowOfUnit(unitId); }

    std::unique_ptr<test::TempCache> m_cache;
    AppContext m_ctx;
    std::unique_ptr<UnitMappingPage> m_page;
};

QVariant TestMappingEditor::scalar(const QString &sql)
{
    auto other = m_cache->openAnother();
    QSqlQuery q(other->sql());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

void TestMappingEditor::waitReady()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 10000);
}

void TestMappingEditor::init()
{
    m_cache = std::make_unique<test::TempCache>();
    seed(m_cache->db());
    m_ctx = AppContext();
    m_ctx.dbPath = m_cache->path();
    m_ctx.db = &m_cache->db();
    m_ctx.connectionId = 1;
    m_page = std::make_unique<UnitMappingPage>(m_ctx);
    m_page->resize(1280, 720);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    waitReady();
}

void TestMappingEditor::cleanup()
{
    m_page.reset();
    m_cache.reset();
}

void TestMappingEditor::showsUnitsAndSuggestions()
{
    UnitMappingModel *model = m_page->model();
    QCOMPARE(model->rowCount(), 20); // active units only by default
    QCOMPARE(model->mappedUnits(), 2);
    const int row = rowOf(2); // 12-02 -> A-1202, same building
    QVERIFY(row >= 0);
    QCOMPARE(model->index(row, UnitMappingModel::PropertyColumn).data().toString(), QStringLiteral("Maple Court Apartments"));
    QCOMPARE(model->index(row, UnitMappingModel::UnitColumn).data().toString(), QStringLiteral("12-02"));
    QCOMPARE(model->index(row, UnitMappingModel::SuggestedColumn).data().toString(), QStringLiteral("A-1202 · Maple Court"));
    QCOMPARE(model->index(row, UnitMappingModel::ConfidenceColumn).data(UnitMappingModel::ConfidenceRole).toDouble(), 0.85);
    const int mapped = rowOf(1);
    QCOMPARE(model->index(mapped, UnitMappingModel::MappedColumn).data().toString(), QStringLiteral("A-1201 · Maple Court"));
    QVERIFY(model->index(mapped, UnitMappingModel::SuggestedColumn).data().toString().isEmpty());
    // 14-03 only matches a platform unit without a building: offered, less sure.
    const double weak = model->index(rowOf(9), UnitMappingModel::ConfidenceColumn).data(UnitMappingModel::ConfidenceRole).toDouble();
    QVERIFY2(weak > 0.5 && weak < 0.75, qPrintable(QString::number(weak)));
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("status"))->text().contains(QLatin1String("2 of 20 units mapped")));
}

void TestMappingEditor::modelIsConsistent()
{
    QAbstractItemModelTester tester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The Platform Units tab's model follows the editor's edits.
    PlatformUnitModel platform(m_page->model());
    QAbstractItemModelTester platformRules(&platform, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->model()->setFilter(UnitMappingModel::Filter::Unmapped);
    m_page->model()->sort(UnitMappingModel::ConfidenceColumn, Qt::DescendingOrder);
    m_page->model()->setSearch(QStringLiteral("maple"));
    QVERIFY(m_page->mapUnit(3, 3));
    m_page->undoStack()->undo();
    m_page->model()->setFilter(UnitMappingModel::Filter::All);
    AvailablePlatformUnitsModel available(m_page->model());
    QAbstractItemModelTester tester2(&available, QAbstractItemModelTester::FailureReportingMode::QtTest);
    available.reset(1);
}

void TestMappingEditor::mapInPlaceWithThePicker()
{
    QTableView *view = m_page->view();
    const QModelIndex cell = m_page->model()->index(rowOf(12), UnitMappingModel::MappedColumn); // Apt 102
    view->setCurrentIndex(cell);
    view->edit(cell);
    auto *picker = view->findChild<PlatformUnitPicker *>(QStringLiteral("platformUnitPicker"));
    QVERIFY(picker);
    // Only what is free: 19 platform units, 2 mapped, plus "(no platform unit)".
    QCOMPARE(picker->count(), 1 + 17);
    QCOMPARE(picker->findText(QStringLiteral("A-1201 · Maple Court")), -1);
    const int row = picker->findText(QStringLiteral("102 · Harbor Point"));
    QVERIFY(row > 0);
    picker->setCurrentIndex(row);
    Q_EMIT picker->activated(row);
    QTRY_VERIFY(!view->findChild<PlatformUnitPicker *>(QStringLiteral("platformUnitPicker")));

    QCOMPARE(scalar(QStringLiteral("SELECT platform_unit_id FROM unit_mappings WHERE unit_id = 12")).toInt(), 11);
    QCOMPARE(scalar(QStringLiteral("SELECT method FROM unit_mappings WHERE unit_id = 12")).toString(), QStringLiteral("manual"));
    // R19: the resident of Apt 102 follows at once.
    QCOMPARE(scalar(QStringLiteral("SELECT platform_unit_id FROM residents WHERE id = 3")).toInt(), 11);
    QCOMPARE(m_page->model()->index(rowOf(12), UnitMappingModel::MappedColumn).data().toString(), QStringLiteral("102 · Harbor Point"));
    QCOMPARE(m_page->undoStack()->count(), 1);
    QCOMPARE(m_page->undoStack()->undoText(), QStringLiteral("Map Apt 102 to 102"));
    // Ready for the next unit.
    QCOMPARE(view->currentIndex().row(), rowOf(12) + 1);

    // Typing part of a name finds it too; text that matches nothing changes nothing.
    const QModelIndex next = m_page->model()->index(rowOf(13), UnitMappingModel::MappedColumn);
    view->edit(next);
    picker = view->findChild<PlatformUnitPicker *>(QStringLiteral("platformUnitPicker"));
    QVERIFY(picker);
    picker->setEditText(QStringLiteral("no such unit"));
    QCOMPARE(picker->chosenPlatformUnit(), qint64(-1));
    picker->setEditText(QStringLiteral("103 · Harbor Point"));
    QCOMPARE(picker->chosenPlatformUnit(), qint64(12));
}

void TestMappingEditor::oneToOneMessage()
{
    // A-1201 belongs to 12-01; picking it for 12-02 is refused with words a user can act on.
    QVERIFY(!m_page->mapUnit(2, 1));
    QCOMPARE(m_page->lastMessage(),
             QStringLiteral("Platform unit 'A-1201' is already mapped to PMS unit 12-01 in Maple Court Apartments. "
                            "Remove that mapping first, or choose another."));
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("message"))->isVisible());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM unit_mappings WHERE unit_id = 2")).toInt(), 0);
    QCOMPARE(m_page->undoStack()->count(), 0);
}

void TestMappingEditor::unmapUndoRedoWithKeys()
{
    QTableView *view = m_page->view();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    view->setFocus();
    view->selectRow(rowOf(1)); // 12-01 -> A-1201, two residents
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM unit_mappings WHERE unit_id = 1")).toInt(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM residents WHERE platform_unit_id IS NOT NULL AND unit_id = 1")).toInt(), 0);
    QCOMPARE(m_page->model()->index(rowOf(1), UnitMappingModel::MappedColumn).data().toString(), QStringLiteral("—"));

    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier); // undo
    QCOMPARE(scalar(QStringLiteral("SELECT platform_unit_id FROM unit_mappings WHERE unit_id = 1")).toInt(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM residents WHERE platform_unit_id = 1")).toInt(), 2);
    QCOMPARE(m_page->model()->index(rowOf(1), UnitMappingModel::MappedColumn).data().toString(), QStringLiteral("A-1201 · Maple Court"));

    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier); // redo
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM unit_mappings WHERE unit_id = 1")).toInt(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM residents WHERE platform_unit_id = 1")).toInt(), 0);

    // Enter uses the row's suggestion: 12-02 -> A-1202.
    view->selectRow(rowOf(2));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(scalar(QStringLiteral("SELECT platform_unit_id FROM unit_mappings WHERE unit_id = 2")).toInt(), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT method FROM unit_mappings WHERE unit_id = 2")).toString(), QStringLiteral("suggestion"));
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM unit_mappings")).toInt(), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM residents WHERE platform_unit_id = 1")).toInt(), 2);
}

// Issue 16: Use Suggestion and Remove Mapping were enabled on rows where they did nothing.
void TestMappingEditor::rowButtonsOnlyWhereTheyAct()
{
    auto *use = m_page->findChild<QPushButton *>(QStringLiteral("useSuggestion"));
    auto *remove = m_page->findChild<QPushButton *>(QStringLiteral("removeMapping"));
    QVERIFY(use && remove);
    QTableView *view = m_page->view();
    const auto selectOnly = [this, view](qint64 unit) {
        view->selectionModel()->setCurrentIndex(m_page->model()->index(rowOf(unit), 0),
                                                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    };
    view->selectionModel()->clear();
    QVERIFY(!use->isEnabled());
    QVERIFY(!remove->isEnabled());
    selectOnly(1); // 12-01: mapped, no suggestion
    QVERIFY(remove->isEnabled());
    QVERIFY(!use->isEnabled());
    selectOnly(2); // 12-02: unmapped, suggested A-1202
    QVERIFY(!remove->isEnabled());
    QVERIFY(use->isEnabled());
    // Both kinds selected: both act.
    view->selectionModel()->select(m_page->model()->index(rowOf(1), 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(remove->isEnabled());
    QVERIFY(use->isEnabled());
    // Mapping the suggestion in place: the row is mapped now, its suggestion gone.
    selectOnly(2);
    QVERIFY(m_page->mapUnit(2, 2));
    selectOnly(2);
    QTRY_VERIFY(remove->isEnabled());
    QVERIFY(!use->isEnabled());
}

// Issue 16: a mapping into another building was accepted silently and the cell showed only the name.
void TestMappingEditor::anotherBuildingAsksAndShows()
{
    // Apt 106 (Harbor Point Residences) to platform unit "Apt 106" of Riverside Lofts.
    MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(!m_page->mapUnit(16, 18));
    QVERIFY(MessageBox::lastText().contains(QLatin1String("Riverside Lofts")));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM unit_mappings WHERE unit_id = 16")).toInt(), 0);
    QCOMPARE(m_page->undoStack()->count(), 0);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(m_page->mapUnit(16, 18));
    QCOMPARE(scalar(QStringLiteral("SELECT platform_unit_id FROM unit_mappings WHERE unit_id = 16")).toInt(), 18);
    QCOMPARE(m_page->model()->index(rowOf(16), UnitMappingModel::MappedColumn).data().toString(),
             QStringLiteral("Apt 106 · Riverside Lofts"));
    // The same building: no question.
    MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(m_page->mapUnit(3, 3));
    QCOMPARE(scalar(QStringLiteral("SELECT platform_unit_id FROM unit_mappings WHERE unit_id = 3")).toInt(), 3);
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

void TestMappingEditor::acceptAllIsOneUndoStep()
{
    m_page->setAcceptThreshold(0.8);
    auto *accept = m_page->findChild<QPushButton *>(QStringLiteral("acceptAll"));
    QVERIFY(accept->isEnabled());
    const int expected = int(m_page->model()->suggestionsAtOrAbove(0.8).size());
    QVERIFY(expected >= 10);
    QCOMPARE(accept->text(), QStringLiteral("Accept %1 Suggestions").arg(expected));
    QTest::mouseClick(accept, Qt::LeftButton);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM unit_mappings WHERE method = 'suggestion'")).toInt(), expected);
    QCOMPARE(m_page->undoStack()->count(), 1);
    QCOMPARE(m_page->model()->mappedUnits(), 2 + expected);
    // Apt 102's resident was assigned with the rest.
    QCOMPARE(scalar(QStringLiteral("SELECT platform_unit_id FROM residents WHERE id = 3")).toInt(), 11);
    // Nothing left at that level.
    QVERIFY(!accept->isEnabled());

    m_page->undoStack()->undo();
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM unit_mappings")).toInt(), 2);
    QVERIFY(scalar(QStringLiteral("SELECT platform_unit_id FROM residents WHERE id = 3")).isNull());
    QCOMPARE(m_page->model()->mappedUnits(), 2);
    m_page->undoStack()->redo();
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM unit_mappings")).toInt(), 2 + expected);
}

void TestMappingEditor::redoRefusedWhenTheCacheChanged()
{
    QVERIFY(m_page->mapUnit(2, 2)); // 12-02 -> A-1202
    m_page->undoStack()->undo();
    // Meanwhile the command line maps A-1202 elsewhere.
    {
        auto other = m_cache->openAnother();
        QSqlQuery q(other->sql());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO unit_mappings (unit_id, platform_unit_id, method, mapped_at) "
                                      "VALUES (3, 2, 'cli', 'x')")));
    }
    QVERIFY(m_page->undoStack()->canRedo());
    m_page->undoStack()->redo();
    QCOMPARE(m_page->lastMessage(),
             QStringLiteral("Could not redo: Platform unit 'A-1202' is already mapped to PMS unit 12-03 in Maple Court "
                            "Apartments. Remove that mapping first, or choose another."));
    // The step that cannot be replayed is gone; the cache is as the other writer left it.
    QVERIFY(!m_page->undoStack()->canRedo());
    QCOMPARE(m_page->undoStack()->count(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT unit_id FROM unit_mappings WHERE platform_unit_id = 2")).toInt(), 3);
}

void TestMappingEditor::filtersAndSearch()
{
    UnitMappingModel *model = m_page->model();
    model->setFilter(UnitMappingModel::Filter::Mapped);
    QCOMPARE(model->rowCount(), 2);
    model->setFilter(UnitMappingModel::Filter::Unmapped);
    QCOMPARE(model->rowCount(), 18);
    model->setFilter(UnitMappingModel::Filter::HasSuggestion);
    const int withSuggestion = model->rowCount();
    QVERIFY(withSuggestion > 10 && withSuggestion < 18);
    model->setFilter(UnitMappingModel::Filter::All);
    m_page->focusSearch();
    auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("search"));
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    m_page->focusSearch();
    QVERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("harbor"));
    QCOMPARE(model->rowCount(), 6);
    search->clear();
    auto *showInactive = m_page->findChild<QCheckBox *>(QStringLiteral("showInactive"));
    showInactive->setChecked(true);
    waitReady();
    QCOMPARE(model->rowCount(), 21);
}

void TestMappingEditor::createEditDeletePlatformUnits()
{
    PlatformUnitsPanel *panel = m_page->platformUnitsPanel();
    panel->newUnit();
    PlatformUnitDialog *dialog = panel->editDialog();
    QVERIFY(dialog);
    dialog->setValues(QStringLiteral("A-1203"), QStringLiteral("Maple Court"), QStringLiteral("12"), QStringLiteral("EXT-1"));
    dialog->save();
    QVERIFY2(dialog->errorText().isEmpty() || dialog->errorText().contains(QLatin1String("already")), qPrintable(dialog->errorText()));
    // A-1203 exists already in Maple Court: refused, the dialog stays open with the reason.
    QVERIFY(dialog->errorText().contains(QLatin1String("already a platform unit 'A-1203' in Maple Court")));
    dialog->setValues(QStringLiteral("A-1407"), QStringLiteral("Maple Court"), QStringLiteral("14"), QStringLiteral("EXT-1"));
    dialog->save();
    QTRY_VERIFY(!panel->editDialog());
    waitReady();
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM platform_units WHERE name = 'A-1407' AND external_ref = 'EXT-1'")).toInt(), 1);
    QCOMPARE(int(m_page->model()->platformUnits().size()), 20);

    // Deleting a mapped platform unit asks first; "Cancel" keeps it.
    panel->selectPlatformUnit(1);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    panel->deleteSelected();
    QVERIFY(MessageBox::lastText().contains(QLatin1String("mapped to PMS unit 12-01 in Maple Court Apartments")));
    QVERIFY(MessageBox::lastText().contains(QLatin1String("2 residents are assigned")));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM platform_units WHERE id = 1")).toInt(), 1);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    panel->deleteSelected();
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM platform_units WHERE id = 1")).toInt(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM unit_mappings WHERE unit_id = 1")).toInt(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM residents WHERE platform_unit_id IS NOT NULL")).toInt(), 0);
    waitReady();
    QCOMPARE(m_page->model()->mappedUnits(), 1);
}

// Issue 16: platform unit names sorted as text (#1, #101, #11), and an empty tab said nothing.
void TestMappingEditor::platformUnitsSortNaturallyAndSayWhenThereAreNone()
{
    PlatformUnitsPanel *panel = m_page->platformUnitsPanel();
    auto *empty = panel->findChild<QLabel *>(QStringLiteral("platformUnitsEmpty"));
    QVERIFY(empty);
    QVERIFY(empty->isHidden());
    QSqlQuery q(m_cache->db().sql());
    for (const char *name : {"#101", "#11", "#2", "#1"})
        QVERIFY(q.exec(QStringLiteral("INSERT INTO platform_units (name, building, created_at, updated_at) VALUES ('%1', 'Zeta', 'x', 'x')")
                           .arg(QLatin1String(name))));
    m_page->refresh();
    waitReady();
    auto *view = panel->findChild<QTableView *>(QStringLiteral("platformUnitsView"));
    view->sortByColumn(0, Qt::AscendingOrder);
    QStringList order;
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        const QString name = view->model()->index(r, 0).data().toString();
        if (name.startsWith(QLatin1Char('#')))
            order << name;
    }
    QCOMPARE(order, (QStringList{QStringLiteral("#1"), QStringLiteral("#2"), QStringLiteral("#11"), QStringLiteral("#101")}));

    QVERIFY(q.exec(QStringLiteral("DELETE FROM unit_mappings")));
    QVERIFY(q.exec(QStringLiteral("UPDATE residents SET platform_unit_id = NULL")));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM platform_units")));
    m_page->refresh();
    waitReady();
    QTRY_VERIFY(!empty->isHidden());
    QVERIFY(empty->text().contains(QLatin1String("No platform units yet")));
}

void TestMappingEditor::importPlatformUnitsFromCsv()
{
    const QString bad = QDir(m_cache->dir()).filePath(QStringLiteral("bad.csv"));
    const QString good = QDir(m_cache->dir()).filePath(QStringLiteral("good.csv"));
    auto write = [](const QString &path, const QByteArray &text) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    };
    write(bad, "name,building,floor,external_ref\r\nB-201,Harbor Point,2,\r\n,Harbor Point,2,\r\n");
    write(good, "name,building,floor,external_ref\r\nB-201,Harbor Point,2,HP-201\r\nB-202,Harbor Point,2,HP-202\r\n");

    PlatformUnitsPanel *panel = m_page->platformUnitsPanel();
    panel->importCsv();
    ImportWizard *wizard = panel->importWizard();
    QVERIFY(wizard);
    QCOMPARE(wizard->entity(), ImportEntity::PlatformUnits);
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    QVERIFY(test::toMapping(*wizard, bad));
    QVERIFY(test::toChecked(*wizard));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY2(wizard->validatePage()->statusText().contains(QLatin1String("nothing will be imported")),
             qPrintable(wizard->validatePage()->statusText()));
    QTableWidget *issues = wizard->validatePage()->issuesTable();
    QCOMPARE(issues->rowCount(), 1);
    QCOMPARE(issues->item(0, 0)->text(), QStringLiteral("3"));
    QCOMPARE(issues->item(0, 1)->text(), QStringLiteral("name"));

    QVERIFY(test::click(*wizard, QWizard::BackButton));
    QVERIFY(test::click(*wizard, QWizard::BackButton));
    QVERIFY(test::click(*wizard, QWizard::BackButton));
    QVERIFY(test::toMapping(*wizard, good));
    QVERIFY(test::toChecked(*wizard));
    QVERIFY(test::click(*wizard, QWizard::NextButton));
    QSignalSpy imported(wizard, &ImportWizard::imported);
    QSignalSpy changed(panel, &PlatformUnitsPanel::changed);
    QVERIFY(test::click(*wizard, QWizard::CommitButton));
    QVERIFY(imported.wait(10000));
    QCOMPARE(imported.first().first().value<ImportOutcome>().added, qint64(2));
    QCOMPARE(changed.size(), 1); // the page reloads
    waitReady();
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM platform_units WHERE building = 'Harbor Point'")).toInt(), 7);
    QCOMPARE(int(m_page->model()->platformUnits().size()), 21);
}

void TestMappingEditor::screenshot()
{
    // docs/screenshots/mapping.png: PMSBRIDGE_SCREENSHOT_DIR=docs/screenshots ctest -R mappingeditor
    const QString dir = qEnvironmentVariable("PMSBRIDGE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set PMSBRIDGE_SCREENSHOT_DIR to write docs/screenshots/mapping*.png");
    m_page->setAcceptThreshold(0.8);
    QVERIFY(m_page->mapUnit(2, 2));
    m_page->view()->selectRow(rowOf(3));
    QVERIFY(m_page->grab().save(QDir(dir).filePath(QStringLiteral("mapping.png"))));
    QVERIFY(!m_page->mapUnit(4, 2));
    QVERIFY(m_page->grab().save(QDir(dir).filePath(QStringLiteral("mapping-conflict.png"))));
    auto *tabs = m_page->findChild<QTabWidget *>();
    tabs->setCurrentIndex(1);
    QVERIFY(m_page->grab().save(QDir(dir).filePath(QStringLiteral("mapping-platform-units.png"))));
}

QTEST_MAIN(TestMappingEditor)
#include "tst_mappingeditor.moc"
