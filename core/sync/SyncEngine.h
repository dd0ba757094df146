#pragma once

#include "common/ConnectionInfo.h"
#include "connectors/ConnectorTypes.h"
#include "domain/SyncTypes.h"
#include "sync/RecordApplier.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;

namespace pms {

class Database;
class PmsConnector;
class RecordPager;
class SyncRunRepository;

/// Pulls PMS records into the cache by the rules R1–R8 (and R19's assignment), whatever the PMS:
/// the connection's connector (ConnectorRegistry) delivers normalized records. Lives in the
/// thread of the Database and QNetworkAccessManager it is given (a worker thread in the app, the
/// main thread in the command line). One run at a time; every page is applied in one transaction;
/// cursors move only when a run succeeded.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    SyncEngine(Database &db, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~SyncEngine() override;

    void setClientOptions(const ClientOptions &options) { m_clientOptions = options; }
    bool isRunning() const { return m_running; }

    /// Starts a run. finished() always follows (also for a run refused at once).
    void start(const ConnectionInfo &connection, const QString &secret, SyncKind kind,
               const QString &trigger = QStringLiteral("manual"));
    /// Stops at the next page boundary.
    void cancel();

    /// The entity steps of a run of @p kind, in order ("portfolios", "properties", "units", "leases",
    /// "residents", "workorders").
    static QStringList stepsFor(SyncKind kind);

Q_SIGNALS:
    void progress(const pms::SyncProgress &progress);
    void finished(const pms::SyncOutcome &outcome);
    void pageApplied();
    void authenticationFailed(qint64 connectionId, const QString &message);

private:
    using Step = RecordApplier::Step;

    void preflightDone(const pms::ConnectorReply &reply);
    void beginRun();
    void startNextStep();
    void onPage(const pms::RecordPage &page);
    void onStepFinished(const Status &status);
    void finish(const QString &status, const QString &error, const QString &code = {});
    void emitProgress(bool force);

    void notePmsUserEmail(const QString &email);
    QString stepEntity(Step step) const;
    QString stepTitle(Step step) const;
    RecordStep stepRecords(Step step) const;
    SyncWindow stepWindow(Step step) const;
    bool workOrderSyncAllowed(QString *why) const;

    Database &m_db;
    QNetworkAccessManager *m_nam;
    ClientOptions m_clientOptions;
    std::unique_ptr<PmsConnector> m_connector;
    std::unique_ptr<SyncRunRepository> m_runs;
    std::unique_ptr<RecordApplier> m_applier; // the rules, for the run under way
    ConnectionInfo m_connection;
    SyncKind m_kind = SyncKind::Initial;
    QString m_trigger;
    bool m_running = false;
    bool m_cancelRequested = false;
    qint64 m_runId = 0;
    QDateTime m_startedAt;
    QDateTime m_windowStart;
    QList<Step> m_steps;
    int m_stepIndex = -1;
    QPointer<RecordPager> m_job;
    QHash<QString, EntityCounts> m_counts;
    QString m_note; // e.g. why work orders were skipped
    QString m_discoveredPmsUserEmail;
    QString m_workOrderGate; // the connector's reason to keep work orders off (R5), empty when open

    // progress
    QElapsedTimer m_runTimer;
    QElapsedTimer m_stepTimer;
    qint64 m_lastProgressMs = -1;
    qint64 m_records = 0;
    int m_pagesDone = 0;
    int m_pagesExpected = 0;
};

} // namespace pms
