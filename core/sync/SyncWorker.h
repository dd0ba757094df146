#pragma once

#include "domain/SyncTypes.h"

#include <QDateTime>
#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace pms {

class Database;
class SyncEngine;

/// Lives in the sync thread: opens its own cache connection and network manager there, and runs
/// the engine. Reached only through queued calls from SyncController.
class SyncWorker : public QObject
{
    Q_OBJECT
public:
    explicit SyncWorker(const QString &dbPath);
    ~SyncWorker() override;

public Q_SLOTS:
    void initialize();
    void start(qint64 connectionId, const QString &secret, pms::SyncKind kind, const QString &trigger);
    void cancel();
    void shutdown();

Q_SIGNALS:
    void started(qint64 connectionId, pms::SyncKind kind);
    void progress(const pms::SyncProgress &progress);
    void finished(const pms::SyncOutcome &outcome);
    void cacheChanged();
    void authenticationFailed(qint64 connectionId, const QString &message);

private:
    void shareProgress(const pms::SyncProgress &progress);
    QString m_dbPath;
    qint64 m_sharedRun = 0;
    int m_sharedPercent = -1;
    QDateTime m_sharedAt;
    std::unique_ptr<Database> m_db;
    QNetworkAccessManager *m_nam = nullptr;
    SyncEngine *m_engine = nullptr;
};

} // namespace pms
