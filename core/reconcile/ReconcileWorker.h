#pragma once

#include "domain/ReconcileTypes.h"

#include <QObject>
#include <memory>

class QNetworkAccessManager;

namespace pms {

class Database;
class ReconcileEngine;

/// Reconciliation in a worker thread (the sync thread: SyncController moves it there): opens its own
/// cache connection and network manager in that thread on first use. Reached only by queued calls.
class ReconcileWorker : public QObject
{
    Q_OBJECT
public:
    explicit ReconcileWorker(const QString &dbPath);
    ~ReconcileWorker() override;

public Q_SLOTS:
    void run(qint64 connectionId, const QString &secret, pms::ReconcileMode mode, const QString &trigger);
    /// Applies exactly the preview @p snapshotId; finished() carries the outcome.
    void confirm(qint64 connectionId, qint64 snapshotId);
    void cancel();

Q_SIGNALS:
    void started(qint64 connectionId);
    void progress(const pms::ReconcileProgress &progress);
    void finished(const pms::ReconcileOutcome &outcome);
    void authenticationFailed(qint64 connectionId, const QString &message);

private:
    bool initialize(ReconcileOutcome *failure);

    QString m_dbPath;
    std::unique_ptr<Database> m_db;
    QNetworkAccessManager *m_nam = nullptr;
    ReconcileEngine *m_engine = nullptr;
};

} // namespace pms
