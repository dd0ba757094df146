// R10–R12: the work-order outbox and its pusher against the in-process simulator.
#include "sim/SimRecords.h"
#include "storage/OutboxRepository.h"
#include "storage/WorkOrderRepository.h"
#include "support/SyncFixture.h"
#include "workorders/AttachmentStore.h"
#include "workorders/WorkOrderPusher.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pms;
using namespace pms::test;

class TestOutbox : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SyncFixture> f;
    QNetworkAccessManager nam;
    qint64 buildingId = 0;
    qint64 unitId = 0;

    std::unique_ptr<WorkOrderPusher> makePusher(const QString &secret = {})
    {
        auto p = std::make_unique<WorkOrderPusher>(f->db(), &nam, f->connection(), secret.isNull() ? f->secret : secret);
        ClientOptions opts;
        opts.timeoutMs = 3000;
        opts.backoffBaseMs = 5;
        opts.backoffCapMs = 40;
        opts.maxAttempts = 3;
        p->setClientOptions(opts);
        return p;
    }
    PushOutcome drain(WorkOrderPusher &p, qint64 workOrderId = 0, bool now = false)
    {
        QSignalSpy spy(&p, &WorkOrderPusher::finished);
        p.start(workOrderId, now);
        if (!spy.wait(20000))
            return {};
        return spy.takeFirst().at(0).value<PushOutcome>();
    }
    qint64 createOne(const QString &description = QStringLiteral("Kitchen sink leaks"))
    {
        NewWorkOrder wo;
        wo.connectionId = f->connection().id;
        wo.pmsPropertyId = buildingId;
        wo.pmsUnitId = unitId;
        wo.description = description;
        wo.priority = QStringLiteral("HIGH");
        wo.category = QStringLiteral("Plumbing");
        wo.authorizeEnter = QStringLiteral("ANYTIME");
        auto id = WorkOrderRepository(f->db()).create(wo);
        if (!id.ok())
            qFatal("create: %s", qPrintable(id.errorMessage()));
        return id.value();
    }
    /// Starts @p pusher and destroys it (the app stops) once the server has served its POST
    /// /workorders, before the answer is read. False when that did not happen in time.
    bool stopsWhenPosted(std::unique_ptr<WorkOrderPusher> &pusher)
    {
        bool destroyed = false;
        auto c = connect(&f->server(), &sim::SimServer::served, this, [&](const QString &method, const QString &path, int) {
            if (method == QLatin1String("POST") && path == QLatin1String("/workorders") && pusher) {
                pusher.reset();
                destroyed = true;
            }
        });
        pusher->start();
        const bool ok = QTest::qWaitFor([&] { return destroyed; }, 10000);
        disconnect(c);
        return ok;
    }
    int simWorkOrders() { return f->sim().count(sim::Entity::WorkOrders); }
    QString state(qint64 id) { return f->scalar(QStringLiteral("SELECT sync_state FROM work_orders WHERE id=?"), {id}).toString(); }
    QString error(qint64 id) { return f->scalar(QStringLiteral("SELECT sync_error FROM work_orders WHERE id=?"), {id}).toString(); }
    qint64 pmsId(qint64 id) { return f->scalar(QStringLiteral("SELECT pms_id FROM work_orders WHERE id=?"), {id}).toLongLong(); }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<SyncFixture>();
        QCOMPARE(f->run(SyncKind::Initial).status, QStringLiteral("succeeded"));
        unitId = f->scalar(QStringLiteral("SELECT pms_id FROM units WHERE pms_property_id IS NOT NULL ORDER BY pms_id LIMIT 1")).toLongLong();
        buildingId = f->scalar(QStringLiteral("SELECT pms_property_id FROM units WHERE pms_id=?"), {unitId}).toLongLong();
        QVERIFY(unitId > 0 && buildingId > 0);
    }
    void cleanup() { f.reset(); }

    void createPushesAndGetsPmsId()
    {
        const int before = simWorkOrders();
        const qint64 id = createOne();
        QCOMPARE(state(id), QStringLiteral("pending"));
        QVERIFY(f->scalar(QStringLiteral("SELECT client_ref FROM work_orders WHERE id=?"), {id}).toString().startsWith(QLatin1String("pmsbridge:")));
        auto pusher = makePusher();
        const PushOutcome o = drain(*pusher);
        QCOMPARE(o.pushed, 1);
        QCOMPARE(o.failed, 0);
        QCOMPARE(simWorkOrders(), before + 1);
        QVERIFY(pmsId(id) > 0);
        QCOMPARE(state(id), QStringLiteral("synced"));
        const QJsonObject rec = QJsonDocument::fromJson(f->sim().recordJson(sim::Entity::WorkOrders, pmsId(id))).object();
        QCOMPARE(rec.value(QLatin1String("description")).toString(), QStringLiteral("Kitchen sink leaks"));
        QCOMPARE(qint64(rec.value(QLatin1String("buildingID")).toDouble()), buildingId);
        QCOMPARE(rec.value(QLatin1String("priority")).toString(), QStringLiteral("HIGH"));
        QCOMPARE(rec.value(QLatin1String("authorizeEnter")).toString(), QStringLiteral("ANYTIME"));
        auto events = WorkOrderRepository(f->db()).events(id);
        QVERIFY(events.ok());
        QCOMPARE(events->last().kind, QStringLiteral("pms_answer"));
        QVERIFY(events->last().message.contains(QString::number(pmsId(id))));
        // Nothing left: a second drain sends nothing.
        const quint64 requests = f->server().requestCount();
        QCOMPARE(drain(*pusher).pushed, 0);
        QCOMPARE(f->server().requestCount(), requests);
    }

    void uncertainCreateIsNotDuplicated_data()
    {
        QTest::addColumn<QString>("faults");
        QTest::newRow("reset after the server accepted") << QStringLiteral("workorders:reset#1");
        QTest::newRow("500 (not created)") << QStringLiteral("workorders:500#1");
        QTest::newRow("502 (not created)") << QStringLiteral("workorders:502#1");
    }
    void uncertainCreateIsNotDuplicated()
    {
        QFETCH(QString, faults);
        const int before = simWorkOrders();
        const qint64 id = createOne();
        QVERIFY(f->server().faults().setSpec(faults));
        auto pusher = makePusher();
        const PushOutcome o = drain(*pusher);
        QCOMPARE(o.failed, 0);
        QCOMPARE(simWorkOrders(), before + 1);
        QCOMPARE(state(id), QStringLiteral("synced"));
        QVERIFY(pmsId(id) > 0);
        QVERIFY(!f->sim().recordJson(sim::Entity::WorkOrders, pmsId(id)).isEmpty());
        // And again later: still one.
        drain(*pusher, 0, true);
        QCOMPARE(simWorkOrders(), before + 1);
    }

    void authFailureThenFixedCredentials()
    {
        const int before = simWorkOrders();
        const qint64 id = createOne();
        auto pusher = makePusher(QStringLiteral("wrong-secret"));
        const PushOutcome o = drain(*pusher);
        QVERIFY(!o.authError.isEmpty());
        QCOMPARE(o.failed, 1);
        QCOMPARE(state(id), QStringLiteral("failed"));
        QCOMPARE(error(id), o.authError);
        QCOMPARE(simWorkOrders(), before);
        // The user fixes the secret: the next push (not even Sync Now) goes through.
        pusher->setSecret(f->secret);
        const PushOutcome fixed = drain(*pusher);
        QCOMPARE(fixed.pushed, 1);
        QCOMPARE(state(id), QStringLiteral("synced"));
        QVERIFY(error(id).isEmpty());
        QCOMPARE(simWorkOrders(), before + 1);
    }

    void authFailureWaitsForNewSecret()
    {
        const qint64 id = createOne();
        auto pusher = makePusher(QStringLiteral("wrong-secret"));
        QVERIFY(!drain(*pusher).authError.isEmpty());
        // The timer's drains do not knock again with a secret the PMS refused.
        f->clock().advanceSecs(7200);
        quint64 requests = f->server().requestCount();
        const PushOutcome waited = drain(*pusher);
        QCOMPARE(waited.pushed, 0);
        QCOMPARE(f->server().requestCount(), requests);
        QCOMPARE(state(id), QStringLiteral("failed"));
        // Sync Now does try (and is refused again, with the reason).
        const PushOutcome tried = drain(*pusher, id, true);
        QVERIFY(f->server().requestCount() > requests);
        QVERIFY(!tried.authError.isEmpty());
        QCOMPARE(state(id), QStringLiteral("failed"));
        QVERIFY(error(id).contains(QLatin1String("401")) || !error(id).isEmpty());
    }

    void gateHoldsWorkOrdersUntilEmailsAgree()
    {
        // R5: the integration email is not the PMS user's: nothing is sent, and it says why.
        QVERIFY(f->exec(QStringLiteral("UPDATE connections SET pms_user_email='someone.else@example.com' WHERE id=?"), {f->connection().id}));
        const int before = simWorkOrders();
        const qint64 id = createOne();
        auto pusher = makePusher();
        const quint64 requests = f->server().requestCount();
        const PushOutcome held = drain(*pusher);
        QCOMPARE(held.pushed, 0);
        QCOMPARE(held.failed, 1);
        QVERIFY(held.gateError.contains(QLatin1String("someone.else@example.com")));
        QCOMPARE(f->server().requestCount(), requests);
        QCOMPARE(state(id), QStringLiteral("failed"));
        QVERIFY(error(id).contains(QLatin1String("integration email")));
        QCOMPARE(simWorkOrders(), before);
        // Emails agree again: the next drain (no Sync Now needed) sends it.
        QVERIFY(f->exec(QStringLiteral("UPDATE connections SET pms_user_email=integration_email WHERE id=?"), {f->connection().id}));
        const PushOutcome sent = drain(*pusher);
        QCOMPARE(sent.pushed, 1);
        QVERIFY(sent.gateError.isEmpty());
        QCOMPARE(state(id), QStringLiteral("synced"));
        QCOMPARE(simWorkOrders(), before + 1);
    }

    void syncAfterPushKeepsOneRow()
    {
        const qint64 id = createOne(QStringLiteral("Dryer vent blocked"));
        auto pusher = makePusher();
        QCOMPARE(drain(*pusher).pushed, 1);
        const qint64 pms = pmsId(id);
        f->clock().advanceSecs(120);
        QCOMPARE(f->run(SyncKind::Incremental).status, QStringLiteral("succeeded"));
        QCOMPARE(f->scalar(QStringLiteral("SELECT COUNT(*) FROM work_orders WHERE pms_id=?"), {pms}).toInt(), 1);
        QCOMPARE(f->scalar(QStringLiteral("SELECT COUNT(*) FROM work_orders WHERE description='Dryer vent blocked'")).toInt(), 1);
        QCOMPARE(state(id), QStringLiteral("synced"));
    }

    void syncLinksAnAcceptedButUnansweredCreate()
    {
        // The PMS created it, the app never read the answer, and a sync ran before the next push.
        const int before = simWorkOrders();
        const qint64 id = createOne(QStringLiteral("Gutter hanging loose"));
        auto pusher = makePusher();
        QVERIFY(stopsWhenPosted(pusher));
        QCOMPARE(pmsId(id), 0);
        f->clock().advanceSecs(120);
        QCOMPARE(f->run(SyncKind::Incremental).status, QStringLiteral("succeeded"));
        // The sync recognised our own work order by its searchTag: linked, not imported twice.
        QCOMPARE(f->scalar(QStringLiteral("SELECT COUNT(*) FROM work_orders WHERE description='Gutter hanging loose'")).toInt(), 1);
        QVERIFY(pmsId(id) > 0);
        auto again = makePusher();
        drain(*again);
        QCOMPARE(simWorkOrders(), before + 1);
        QCOMPARE(state(id), QStringLiteral("synced"));
    }

    void badRequestIsShownAndNotRetried()
    {
        const int before = simWorkOrders();
        const qint64 id = createOne();
        QVERIFY(f->server().faults().setSpec(QStringLiteral("workorders:400")));
        auto pusher = makePusher();
        const PushOutcome o = drain(*pusher);
        QCOMPARE(o.failed, 1);
        QCOMPARE(state(id), QStringLiteral("failed"));
        QVERIFY2(error(id).contains(QLatin1String("400")) || error(id).contains(QLatin1String("Simulated")), qPrintable(error(id)));
        QCOMPARE(f->scalar(QStringLiteral("SELECT state FROM outbox WHERE work_order_id=?"), {id}).toString(), QStringLiteral("failed"));
        // Later drains (the timer's, even with time passing) send nothing for it.
        f->clock().advanceSecs(7200);
        const quint64 requests = f->server().requestCount();
        QCOMPARE(drain(*pusher).pushed, 0);
        QCOMPARE(drain(*pusher, 0, true).pushed, 0); // "push" of everything does not retry a 400 either
        QCOMPARE(f->server().requestCount(), requests);
        QCOMPARE(state(id), QStringLiteral("failed"));
        // Sync Now on this work order tries again.
        f->server().faults().clear();
        QCOMPARE(drain(*pusher, id, true).pushed, 1);
        QCOMPARE(state(id), QStringLiteral("synced"));
        QCOMPARE(simWorkOrders(), before + 1);
    }

    void transientErrorBacksOff()
    {
        const qint64 id = createOne();
        QVERIFY(f->server().faults().setSpec(QStringLiteral("workorders:hang")));
        auto pusher = makePusher();
        ClientOptions opts;
        opts.timeoutMs = 300;
        opts.maxAttempts = 1;
        pusher->setClientOptions(opts);
        const PushOutcome o = drain(*pusher);
        QCOMPARE(o.waiting, 1);
        QCOMPARE(state(id), QStringLiteral("pending"));
        QVERIFY(!error(id).isEmpty());
        const QDateTime next = QDateTime::fromString(
            f->scalar(QStringLiteral("SELECT next_attempt_at FROM outbox WHERE work_order_id=?"), {id}).toString(), Qt::ISODate);
        QVERIFY(next > f->clock().nowUtc());
        f->server().faults().clear();
        const quint64 requests = f->server().requestCount();
        QCOMPARE(drain(*pusher).pushed, 0); // not due yet
        QCOMPARE(f->server().requestCount(), requests);
        f->clock().setNow(next.addSecs(1));
        QCOMPARE(drain(*pusher).pushed, 1);
        QCOMPARE(state(id), QStringLiteral("synced"));
    }

    void restartMidPushLosesNothing()
    {
        const int before = simWorkOrders();
        const qint64 id = createOne();
        auto pusher = makePusher();
        // The PMS has created it and is answering: the app stops before reading the answer.
        QVERIFY(stopsWhenPosted(pusher));
        QCOMPARE(simWorkOrders(), before + 1);
        QCOMPARE(f->scalar(QStringLiteral("SELECT state FROM outbox WHERE work_order_id=?"), {id}).toString(), QStringLiteral("in_flight"));
        QCOMPARE(pmsId(id), 0);
        auto again = makePusher();
        const PushOutcome o = drain(*again);
        QCOMPARE(o.pushed, 1);
        QCOMPARE(simWorkOrders(), before + 1);
        QCOMPARE(state(id), QStringLiteral("synced"));
        QCOMPARE(pmsId(id), f->sim().ids(sim::Entity::WorkOrders).last());
    }

    void completionClosesAndUploads()
    {
        const qint64 id = createOne();
        auto pusher = makePusher();
        QCOMPARE(drain(*pusher).pushed, 1);
        const qint64 pms = pmsId(id);

        WorkOrderEdit edit;
        edit.priority = QStringLiteral("LOW");
        QVERIFY(WorkOrderRepository(f->db()).edit(id, edit).ok());
        QCOMPARE(state(id), QStringLiteral("pending"));

        QTemporaryDir files;
        const QString photo = files.filePath(QStringLiteral("leak.png"));
        const QString invoice = files.filePath(QStringLiteral("invoice-17.pdf"));
        for (const QString &p : {photo, invoice}) {
            QFile file(p);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("bytes of " + p.toUtf8());
        }
        QList<WorkOrderAttachment> atts;
        for (const QString &p : {photo, invoice}) {
            auto a = AttachmentStore::copyIn(f->db().path(), id, p, AttachmentStore::guessKind(p));
            QVERIFY2(a.ok(), qPrintable(a.errorMessage()));
            QVERIFY2(a->storedPath.startsWith(AttachmentStore::folderFor(f->db().path(), id) + QLatin1Char('/')), qPrintable(a->storedPath));
            atts << a.value();
        }
        QCOMPARE(atts.at(0).kind, QStringLiteral("photo"));
        QCOMPARE(atts.at(1).kind, QStringLiteral("invoice"));
        QVERIFY(WorkOrderRepository(f->db()).complete(id, QStringLiteral("Replaced the trap"), atts).ok());

        const PushOutcome o = drain(*pusher);
        QCOMPARE(o.failed, 0);
        QCOMPARE(o.pushed, 4); // comment, close, two uploads
        QCOMPARE(state(id), QStringLiteral("synced"));
        const QJsonObject rec = QJsonDocument::fromJson(f->sim().recordJson(sim::Entity::WorkOrders, pms)).object();
        QCOMPARE(rec.value(QLatin1String("status")).toString(), QStringLiteral("Completed"));
        const auto docs = f->sim().read([&](const sim::SimStore &s) {
            QStringList names;
            for (const auto &d : s.documents)
                if (d.entityId == pms && d.entityType == QLatin1String("WORK_ORDER"))
                    names << d.fileName;
            return names;
        });
        QCOMPARE(docs, (QStringList{QStringLiteral("leak.png"), QStringLiteral("invoice-17.pdf")}));
        const int comments = f->sim().read([&](const sim::SimStore &s) {
            int n = 0;
            for (const auto &t : s.tasks)
                if (t.workOrderId == pms)
                    for (const auto &c : t.comments)
                        n += c.text.contains(QLatin1String("LOW")) ? 1 : 0;
            return n;
        });
        QCOMPARE(comments, 1);
        QCOMPARE(f->scalar(QStringLiteral("SELECT COUNT(*) FROM work_order_attachments WHERE work_order_id=? AND uploaded_at IS NOT NULL"), {id}).toInt(), 2);
        // Issue 16: the closing comment is kept in the history (detail pane, `workorder show`).
        auto events = WorkOrderRepository(f->db()).events(id);
        QVERIFY(events.ok());
        bool commented = false;
        for (const WorkOrderEvent &e : events.value())
            commented = commented || (e.kind == QLatin1String("completed") && e.message.contains(QLatin1String("Closing comment: Replaced the trap")));
        QVERIFY(commented);
    }

    // Issue 16: "Requested by" stayed empty when a resident was chosen.
    void residentFillsRequestedBy()
    {
        const QVariantList resident = {f->scalar(QStringLiteral("SELECT pms_contact_id FROM residents WHERE first_name <> '' AND last_name <> '' ORDER BY id LIMIT 1"))};
        const qint64 contact = resident.first().toLongLong();
        QVERIFY(contact > 0);
        const QString name = f->scalar(QStringLiteral("SELECT first_name || ' ' || last_name FROM residents WHERE pms_contact_id=?"), resident).toString();
        NewWorkOrder wo;
        wo.connectionId = f->connection().id;
        wo.pmsPropertyId = buildingId;
        wo.residentPmsContactId = contact;
        wo.description = QStringLiteral("Door sticks");
        auto id = WorkOrderRepository(f->db()).create(wo);
        QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
        QCOMPARE(f->scalar(QStringLiteral("SELECT requested_by FROM work_orders WHERE id=?"), {id.value()}).toString(), name);
        // Without a resident it stays empty.
        QCOMPARE(f->scalar(QStringLiteral("SELECT requested_by FROM work_orders WHERE id=?"), {createOne()}).toString(), QString());
    }

    void guessKind_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("kind");
        QTest::newRow("jpg") << "a/IMG_001.JPG" << "photo";
        QTest::newRow("png") << "leak.png" << "photo";
        QTest::newRow("pdf") << "invoice.pdf" << "invoice";
        QTest::newRow("sms") << "sms-export.txt" << "sms_log";
        QTest::newRow("other") << "call.mp3" << "call_log";
    }
    void guessKind()
    {
        QFETCH(QString, file);
        QFETCH(QString, kind);
        QCOMPARE(AttachmentStore::guessKind(file), kind);
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
