#pragma once

#include "common/ConnectionInfo.h"
#include "connectors/ConnectorTypes.h"
#include "domain/ReconcileTypes.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace pms {

class Database;
class PmsConnector;
class RecordPager;

/// One reconciliation run (R13–R16): reads the FULL PMS unit list (no lastModified filter), and only
/// when the list completed without error compares it with the cache's active units (ReconcilePlan)
/// and records the snapshot (Reconciler). A PMS error, a cancel or an incomplete list aborts the run
/// with nothing deactivated.
///
/// Lives in the thread of the Database and QNetworkAccessManager it is given: the main thread in the
/// command line, the sync thread in the app (see SyncController::reconcile). Never the GUI thread.
class ReconcileEngine : public QObject
{
    Q_OBJECT
public:
    ReconcileEngine(Database &db, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~ReconcileEngine() override;

    void setClientOptions(const ClientOptions &options) { m_clientOptions = options; }
    /// Replaces the guard settings read from the cache (tests, benchmarks).
    void setGuardOverride(std::optional<ReconcileGuard> guard) { m_guardOverride = guard; }
    bool isRunning() const { return m_running; }

    /// Starts a run; finished() always follows (also for a run refused at once). @p trigger is
    /// "schedule", "manual" or "cli".
    void start(const ConnectionInfo &connection, const QString &secret, ReconcileMode mode,
        const QString &trigger = QStringLiteral("manual"));
    /// Stops the run; nothing is deactivated.
    void cancel();

Q_SIGNALS:
    void progress(const pms::ReconcileProgress &progress);
    void finished(const pms::ReconcileOutcome &outcome);
    void authenticationFailed(qint64 connectionId, const QString &message);

private:
    void onPage(const pms::RecordPage &page);
    void onListFinished(const Status &status);
    void compareAndRecord();
    QString pmsTrouble() const;
    void abort(const QString &error, const QString &code);
    void finish(ReconcileOutcome outcome);
    void finishRunRow(const ReconcileOutcome &outcome);

    Database &m_db;
    QNetworkAccessManager *m_nam;
    ClientOptions m_clientOptions;
    std::optional<ReconcileGuard> m_guardOverride;
    std::unique_ptr<PmsConnector> m_connector;
    QPointer<RecordPager> m_job;
    qint64 m_recordsRead = 0;

    ConnectionInfo m_connection;
    ReconcileMode m_mode = ReconcileMode::Preview;
    QString m_trigger;
    bool m_running = false;
    bool m_cancelRequested = false;
    qint64 m_snapshotId = 0;
    qint64 m_runId = 0;
    QDateTime m_startedAt;
    QSet<qint64> m_pmsIds;
    QSet<qint64> m_activeAtStart; // unit row ids active when the run started
    int m_recordsWithoutId = 0;
    QStringList m_warnings;
    QElapsedTimer m_timer;
    qint64 m_fetchMs = 0;
};

} // namespace pms
