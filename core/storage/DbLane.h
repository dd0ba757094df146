#pragma once

#include <QMutex>
#include <QString>
#include <QThread>
#include <QWaitCondition>

#include <deque>
#include <functional>

namespace pms {

class Database;

/// A reader thread with its own connection to the cache and a queue of jobs. A job posted with
/// a key replaces a pending job with the same key (only the latest window matters when the
/// user scrolls). The connection is opened when the thread starts; start() it before posting.
class DbLane : public QThread
{
    Q_OBJECT
public:
    /// @p db is null when the cache could not be opened; @p error says why.
    using Job = std::function<void(Database *db, const QString &error)>;

    explicit DbLane(QString dbPath, QString name, QObject *parent = nullptr);
    ~DbLane() override;

    void post(Job job, const QString &key = {});
    /// Drops every job not started yet.
    void clear();
    /// Stops after the running job and joins the thread.
    void stop();

protected:
    void run() override;

private:
    struct Item
    {
        QString key;
        Job job;
    };
    QString m_dbPath;
    QMutex m_mutex;
    QWaitCondition m_wake;
    std::deque<Item> m_queue;
    bool m_stopping = false;
};

} // namespace pms
