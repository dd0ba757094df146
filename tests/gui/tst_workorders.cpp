// The Work Orders screen's write side against the simulator (R9–R12): New Work Order, Complete with
// attachments, Sync Now, the sync state turning to synced, failures shown with their reason; and
// screenshots of the dialogs.
#include "sim/SimRecords.h"
#include "support/SyncFixture.h"
#include "sync/SyncController.h"
#include "ui/common/AppContext.h"
#include "ui/common/MessageBar.h"
#include "ui/properties/PropertiesPage.h"
#include "ui/residents/ResidentsPage.h"
#include "ui/table/DataTableView.h"
#include "ui/table/TablePanel.h"
#include "ui/workorders/CompleteWorkOrderDialog.h"
#include "ui/workorders/WorkOrderDetailPane.h"
#include "ui/workorders/WorkOrderDialog.h"
#include "ui/workorders/WorkOrdersPage.h"
#include "models/WorkOrdersModel.h"
#include "workorders/WorkOrderPusher.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QComboBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pms;

namespace {

void saveShot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("PMSBRIDGE_SCREENSHOTS_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // pending layouts first
    QVERIFY(w->grab().save(QDir(dir).filePath(name)));
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
    return path;
}

} // namespace

class TestWorkOrdersGui : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::SyncFixture> f;
    std::unique_ptr<SyncController> controller;
    AppContext ctx;
    qint64 building = 0;
    qint64 unit = 0;

    QString state(qint64 id) { return f->scalar(QStringLiteral("SELECT sync_state FROM work_orders WHERE id=?"), {id}).toString(); }
    qint64 pmsId(qint64 id) { return f->scalar(QStringLiteral("SELECT pms_id FROM work_orders WHERE id=?"), {id}).toLongLong(); }

    /// Opens New Work Order on @p page, fills it in, saves; the new local id.
    qint64 createThroughDialog(WorkOrdersPage &page, const QString &description, const QString &shot = {})
    {
        page.newAction()->trigger();
        auto *dialog = page.findChild<WorkOrderDialog *>();
        if (!dialog)
            return -1;
        if (!QTest::qWaitFor([dialog] { return dialog->isReady(); }, 10000))
            return -2;
        QPushButton *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        if (save->isEnabled())
            return -3; // no property, no description: nothing to save yet
        if (!dialog->selectProperty(building))
            return -4;
        dialog->selectUnit(unit);
        if (!QTest::qWaitFor([dialog, this] { return dialog->findChild<QComboBox *>(QStringLiteral("unit"))->currentData().toLongLong() == unit; }, 10000))
            return -5;
        dialog->setDescription(description);
        dialog->setCategory(QStringLiteral("Plumbing"));
        dialog->setPriority(QStringLiteral("HIGH"));
        dialog->setPermissionToEnter(true);
        if (!save->isEnabled())
            return -6;
        if (!shot.isEmpty())
            saveShot(dialog, shot);
        QSignalSpy saved(dialog, &WorkOrderDialog::saved);
        save->click();
        if (!saved.wait(10000))
            return -7;
        return saved.first().at(0).toLongLong();
    }

    /// Searches for @p description and makes work order @p id current; -1 when it is not found.
    int selectByDescription(WorkOrdersPage &page, const QString &description, qint64 id)
    {
        page.panel()->searchBox()->setText(description);
        int row = -1;
        const auto found = [&] {
            if (!page.model()->isSettled())
                return false;
            for (int r = 0; r < page.model()->rowCount(); ++r) {
                page.model()->data(page.model()->index(r, 0)); // load it
                if (page.model()->idAt(r) == id)
                    row = r;
            }
            return row >= 0;
        };
        if (!QTest::qWaitFor(found, 10000))
            return -1;
        m_row = row;
        page.panel()->view()->selectRow(row);
        return QTest::qWaitFor([&] { return page.detail()->workOrderId() == id && page.currentId() == id; }, 10000) ? row : -1;
    }
    int m_row = 0;

    QString shownState(WorkOrdersPage &page)
    {
        page.refresh();
        return page.model()->rawValue(m_row, page.model()->columnIndex(QStringLiteral("sync_state"))).toString();
    }

private Q_SLOTS:
    void init()
    {
        sim::SimOptions o;
        o.seed = 12;
        f = std::make_unique<test::SyncFixture>(o);
        QCOMPARE(f->run(SyncKind::Initial).status, QStringLiteral("succeeded"));
        unit = f->scalar(QStringLiteral("SELECT pms_id FROM units WHERE pms_property_id IS NOT NULL AND active=1 ORDER BY pms_id LIMIT 1")).toLongLong();
        building = f->scalar(QStringLiteral("SELECT pms_property_id FROM units WHERE pms_id=?"), {unit}).toLongLong();
        QVERIFY(unit > 0 && building > 0);
        controller = std::make_unique<SyncController>(f->db().path());
        ctx = AppContext{};
        ctx.dbPath = f->db().path();
        ctx.db = &f->db();
        ctx.sync = controller.get();
        ctx.connectionId = f->connection().id;
    }
    void cleanup()
    {
        controller.reset();
        f.reset();
    }

    void createCompleteWithAttachmentTurnsSynced()
    {
        controller->setSecret(f->connection().id, f->secret);
        WorkOrdersPage page(ctx);
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitFor([&] { return page.model()->isSettled(); }, 10000));
        QVERIFY(page.newAction()->isEnabled());
        QVERIFY(!page.completeAction()->isEnabled()); // nothing selected

        const int before = f->sim().count(sim::Entity::WorkOrders);
        QSignalSpy pushed(controller.get(), &SyncController::pushFinished);
        const qint64 id = createThroughDialog(page, QStringLiteral("Garbage disposal jammed"), QStringLiteral("workorder-new.png"));
        QVERIFY2(id > 0, qPrintable(QString::number(id)));
        QVERIFY(pushed.wait(20000));
        QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("synced"), 10000);
        QCOMPARE(f->sim().count(sim::Entity::WorkOrders), before + 1);
        const QJsonObject created = QJsonDocument::fromJson(f->sim().recordJson(sim::Entity::WorkOrders, pmsId(id))).object();
        QCOMPARE(created.value(QLatin1String("description")).toString(), QStringLiteral("Garbage disposal jammed"));
        QCOMPARE(created.value(QLatin1String("priority")).toString(), QStringLiteral("HIGH"));
        QCOMPARE(created.value(QLatin1String("authorizeEnter")).toString(), QStringLiteral("ANYTIME"));
        QCOMPARE(created.value(QLatin1String("category")).toString(), QStringLiteral("Plumbing"));
        QCOMPARE(qint64(created.value(QLatin1String("unitID")).toDouble()), unit);

        // The row says synced; the message bar said so too.
        QVERIFY(0 <= selectByDescription(page, QStringLiteral("Garbage disposal jammed"), id));
        QTRY_COMPARE_WITH_TIMEOUT(shownState(page), QStringLiteral("synced"), 10000);
        QVERIFY(page.messageBar()->isVisible());
        QVERIFY2(page.messageBar()->text().contains(QLatin1String("Sent to Propertyware")), qPrintable(page.messageBar()->text()));
        QVERIFY(!page.messageBar()->isError());

        // Complete it with a photo and an invoice.
        QTemporaryDir files;
        const QString photo = writeFile(files, QStringLiteral("disposal-after.jpg"), QByteArray("\xff\xd8\xff\xe0 jpeg bytes", 16));
        const QString invoice = writeFile(files, QStringLiteral("invoice-4411.pdf"), "%PDF-1.4 invoice");
        QVERIFY(page.completeAction()->isEnabled());
        page.completeAction()->trigger();
        auto *complete = page.findChild<CompleteWorkOrderDialog *>();
        QVERIFY(complete);
        complete->addFiles({photo, invoice, photo, files.filePath(QStringLiteral("missing.png"))});
        QCOMPARE(complete->fileCount(), 2); // the duplicate and the missing file are not added
        QVERIFY(complete->errorText().contains(QLatin1String("missing.png")));
        complete->setComment(QStringLiteral("Cleared the jam, replaced the splash guard."));
        saveShot(complete, QStringLiteral("workorder-complete.png"));
        QSignalSpy completed(complete, &CompleteWorkOrderDialog::completed);
        pushed.clear();
        complete->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(completed.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("synced"), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(shownState(page), QStringLiteral("synced"), 10000);

        // In Propertyware: closed, both files uploaded to the work order.
        const QJsonObject closed = QJsonDocument::fromJson(f->sim().recordJson(sim::Entity::WorkOrders, pmsId(id))).object();
        QCOMPARE(closed.value(QLatin1String("status")).toString(), QStringLiteral("Completed"));
        QStringList uploaded;
        f->sim().read([&](const sim::SimStore &s) {
            for (const auto &d : s.documents)
                if (d.entityId == pmsId(id))
                    uploaded << d.fileName;
        });
        uploaded.sort();
        QCOMPARE(uploaded, QStringList({QStringLiteral("disposal-after.jpg"), QStringLiteral("invoice-4411.pdf")}));

        // The detail pane lists the files as uploaded and the history of what was sent.
        auto *attachments = page.detail()->findChild<QListWidget *>(QStringLiteral("attachments"));
        QTRY_COMPARE_WITH_TIMEOUT(attachments->count(), 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(attachments->item(0)->text().contains(QLatin1String("uploaded")), 10000);
        auto *events = page.detail()->findChild<QListWidget *>(QStringLiteral("events"));
        QTRY_VERIFY_WITH_TIMEOUT(!events->findItems(QStringLiteral("Closed in Propertyware"), Qt::MatchContains).isEmpty(), 10000);
        QVERIFY(!events->findItems(QStringLiteral("PMS answered"), Qt::MatchContains).isEmpty());
        QTRY_VERIFY(!page.completeAction()->isEnabled()); // completed already
        page.panel()->searchBox()->clear();
        QVERIFY(QTest::qWaitFor([&] { return page.model()->isSettled() && page.model()->rowCount() > 1; }, 10000));
        saveShot(&page, QStringLiteral("workorder-detail.png"));
    }

    void numberInTheWindowIsTheOneTheCommandLineTakes()
    {
        // Issue 16: one number per work order, in the Number column, the details' title, the
        // search box and `pmsbridge workorder show N`; Propertyware's number is shown beside it.
        WorkOrdersPage page(ctx);
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitFor([&] { return page.model()->isSettled() && page.model()->rowCount() > 0; }, 10000));
        WorkOrdersModel *model = page.model();
        const int numberColumn = model->columnIndex(QStringLiteral("id"));
        const int pmsNumberColumn = model->columnIndex(QStringLiteral("number"));
        QCOMPARE(model->headerData(numberColumn, Qt::Horizontal).toString(), QStringLiteral("Number"));
        QCOMPARE(model->headerData(pmsNumberColumn, Qt::Horizontal).toString(), QStringLiteral("PMS number"));
        DataTableView *view = page.panel()->view();
        QVERIFY(!view->isColumnHidden(numberColumn));
        QCOMPARE(view->horizontalHeader()->visualIndex(numberColumn), 0); // the first column
        QTRY_VERIFY(model->isRowLoaded(0));
        const QString shown = model->index(0, numberColumn).data().toString();
        const qint64 id = model->idAt(0);
        QCOMPARE(shown, QString::number(id));
        const QString pmsNumber = model->index(0, pmsNumberColumn).data().toString();
        QVERIFY(!pmsNumber.isEmpty() && pmsNumber != shown); // a synced PMS work order has both

        view->selectRow(0);
        QTRY_COMPARE(page.detail()->workOrderId(), id);
        QCOMPARE(page.detail()->findChild<QLabel *>(QStringLiteral("title"))->text(), QStringLiteral("Work order %1").arg(shown));
        QCOMPARE(page.detail()->findChild<QLabel *>(QStringLiteral("number"))->text(), pmsNumber);

        // The search box finds it by that number.
        page.panel()->searchBox()->setText(shown);
        QVERIFY(QTest::qWaitFor([&] {
            if (!model->isSettled())
                return false;
            for (int r = 0; r < model->rowCount(); ++r)
                if (model->idAt(r) == id)
                    return true;
            return false;
        }, 10000));

        // The command line takes the same number.
        QProcess cli;
        cli.start(qEnvironmentVariable("PMSBRIDGE_BINARY"),
                  {QStringLiteral("--db"), f->db().path(), QStringLiteral("workorder"), QStringLiteral("show"), shown});
        QVERIFY(cli.waitForFinished(30000));
        const QString out = QString::fromUtf8(cli.readAllStandardOutput());
        QVERIFY2(cli.exitCode() == 0, qPrintable(QString::fromUtf8(cli.readAllStandardError())));
        QVERIFY2(out.startsWith(QStringLiteral("id: %1\npms_number: %2\n").arg(shown, pmsNumber)), qPrintable(out));
    }

    void wrongSecretFailsWithReasonThenGoesThrough()
    {
        controller->setSecret(f->connection().id, QStringLiteral("not-the-secret"));
        WorkOrdersPage page(ctx);
        page.resize(1280, 800);
        page.show();
        QSignalSpy pushed(controller.get(), &SyncController::pushFinished);
        QSignalSpy refused(controller.get(), &SyncController::authenticationFailed);
        const qint64 id = createThroughDialog(page, QStringLiteral("Smoke detector chirps"));
        QVERIFY(id > 0);
        QVERIFY(pushed.wait(20000));
        QCOMPARE(state(id), QStringLiteral("failed"));
        QVERIFY(refused.count() >= 1);
        QVERIFY(page.messageBar()->isError());
        QVERIFY2(page.messageBar()->text().contains(QLatin1String("credentials")), qPrintable(page.messageBar()->text()));
        QVERIFY(0 <= selectByDescription(page, QStringLiteral("Smoke detector chirps"), id));
        QTRY_COMPARE_WITH_TIMEOUT(shownState(page), QStringLiteral("failed"), 10000);
        const QString reason = f->scalar(QStringLiteral("SELECT sync_error FROM work_orders WHERE id=?"), {id}).toString();
        QVERIFY(reason.contains(QLatin1String("401")));

        // The user enters the right secret: it goes through without touching the work order.
        controller->setSecret(f->connection().id, f->secret);
        QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("synced"), 20000);
        QVERIFY(pmsId(id) > 0);
    }

    void badRequestIsShownNotRetriedAndSyncNowRetries()
    {
        controller->setSecret(f->connection().id, f->secret);
        QVERIFY(f->server().faults().setSpec(QStringLiteral("workorders:400")));
        WorkOrdersPage page(ctx);
        page.resize(1280, 800);
        page.show();
        QSignalSpy pushed(controller.get(), &SyncController::pushFinished);
        const qint64 id = createThroughDialog(page, QStringLiteral("Balcony rail loose"));
        QVERIFY(id > 0);
        QVERIFY(pushed.wait(20000));
        QCOMPARE(state(id), QStringLiteral("failed"));
        QVERIFY(page.messageBar()->isError());
        QVERIFY(page.messageBar()->text().contains(QLatin1String("could not be sent")));
        QVERIFY(0 <= selectByDescription(page, QStringLiteral("Balcony rail loose"), id));
        QTRY_COMPARE_WITH_TIMEOUT(shownState(page), QStringLiteral("failed"), 10000);

        // A later background push does not send it again.
        const quint64 requests = f->server().requestCount();
        pushed.clear();
        controller->push(f->connection().id, 0, false);
        QVERIFY(pushed.wait(20000));
        QCOMPARE(f->server().requestCount(), requests);

        // Sync Now on the selected row does.
        f->server().faults().clear();
        QVERIFY(page.syncNowAction()->isEnabled());
        pushed.clear();
        page.syncNowAction()->trigger();
        QVERIFY(pushed.wait(20000));
        QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("synced"), 10000);
        QVERIFY(page.messageBar()->text().contains(QLatin1String("Sent to Propertyware")));
    }

    void withoutSecretItWaitsAndSyncNowAsks()
    {
        WorkOrdersPage page(ctx);
        page.resize(1280, 800);
        page.show();
        const qint64 id = createThroughDialog(page, QStringLiteral("Window will not close"));
        QVERIFY(id > 0);
        QCOMPARE(state(id), QStringLiteral("pending"));
        QVERIFY(page.messageBar()->text().contains(QLatin1String("client secret")));
        QVERIFY(0 <= selectByDescription(page, QStringLiteral("Window will not close"), id));
        QSignalSpy asked(&page, &WorkOrdersPage::secretNeeded);
        page.syncNowAction()->trigger();
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.first().at(0).toLongLong(), f->connection().id);
        QCOMPARE(state(id), QStringLiteral("pending"));
    }

    void editGoesAsATaskComment()
    {
        controller->setSecret(f->connection().id, f->secret);
        WorkOrdersPage page(ctx);
        page.resize(1280, 800);
        page.show();
        QSignalSpy pushed(controller.get(), &SyncController::pushFinished);
        const qint64 id = createThroughDialog(page, QStringLiteral("Dishwasher leaks"));
        QVERIFY(id > 0);
        QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("synced"), 20000);
        QVERIFY(0 <= selectByDescription(page, QStringLiteral("Dishwasher leaks"), id));
        page.editAction()->trigger();
        auto *dialog = page.findChild<WorkOrderDialog *>();
        QVERIFY(dialog && dialog->isEdit());
        QVERIFY(QTest::qWaitFor([dialog] { return dialog->isReady(); }, 10000));
        QCOMPARE(dialog->findChild<QPlainTextEdit *>(QStringLiteral("description"))->toPlainText(), QStringLiteral("Dishwasher leaks"));
        QVERIFY(!dialog->findChild<QComboBox *>(QStringLiteral("property"))->isEnabled()); // fixed after creation
        dialog->setPriority(QStringLiteral("LOW"));
        QSignalSpy saved(dialog, &WorkOrderDialog::saved);
        pushed.clear();
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QVERIFY(saved.wait(10000));
        QVERIFY(pushed.wait(20000));
        QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("synced"), 10000);
        QString comments;
        f->sim().read([&](const sim::SimStore &s) {
            for (const auto &t : s.tasks)
                if (t.workOrderId == pmsId(id))
                    for (const auto &c : t.comments)
                        comments += c.text + QLatin1Char('\n');
        });
        QVERIFY2(comments.contains(QLatin1String("LOW")), qPrintable(comments));
    }

    void propertiesAndResidentsAreNotCreatedHere()
    {
        // R9: no way to create them while the connection is active, and the screens say why.
        PropertiesPage properties(ctx);
        properties.show();
        ResidentsPage residents(ctx);
        residents.show();
        for (QWidget *page : {static_cast<QWidget *>(&properties), static_cast<QWidget *>(&residents)}) {
            auto *note = page->findChild<QLabel *>(QStringLiteral("readOnlyNote"));
            QVERIFY(note && note->isVisible());
            QVERIFY(note->text().contains(QLatin1String("Propertyware")));
            for (QAction *a : page->findChildren<QAction *>())
                QVERIFY2(!a->text().contains(QLatin1String("New"), Qt::CaseInsensitive), qPrintable(a->text()));
        }
        WorkOrderDialog dialog(ctx.dbPath, ctx.connectionId);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("r9Note"))->text().contains(QLatin1String("not created here")));
    }
};

QTEST_MAIN(TestWorkOrdersGui)
#include "tst_workorders.moc"
