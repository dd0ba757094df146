#include "DbLane.h"

#include "common/Logging.h"
#include "storage/Database.h"

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace pms {

DbLane::DbLane(QString dbPath, QString name, QObject *parent)
    : QThread(parent), m_dbPath(std::move(dbPath))
{
    setObjectName(name);
}

DbLane::~DbLane()
{
    stop();
}

void DbLane::post(Job job, const QString &key)
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_stopping)
            return;
        bool replaced = false;
        if (!key.isEmpty()) {
            for (Item &item : m_queue) {
                if (item.key == key) {
                    item.job = std::move(job);
                    replaced = true;
                    break;
                }
            }
        }
        if (!replaced)
            m_queue.push_back({key, std::move(job)});
    }
    m_wake.wakeOne();
}

void DbLane::clear()
{
    QMutexLocker lock(&m_mutex);
    m_queue.clear();
}

void DbLane::stop()
{
    if (!isRunning())
        return;
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_queue.clear();
    }
    m_wake.wakeAll();
    wait();
}

void DbLane::run()
{
#ifdef Q_OS_LINUX
    // Behind the GUI thread when CPUs are scarce (QThread priorities do nothing under
    // SCHED_OTHER): a reader may wait a little, the window must not.
    setpriority(PRIO_PROCESS, pid_t(syscall(SYS_gettid)), 4);
#endif
    std::unique_ptr<Database> db;
    QString openError;
    {
        auto opened = Database::open(m_dbPath);
        if (opened.ok()) {
            db = std::move(opened).value();
            for (const QString &setting : db->dialect().readerSetup())
                db->execRaw(setting);
        } else {
            openError = opened.errorMessage();
            qCWarning(lcDb) << "reader lane cannot open the cache:" << openError;
        }
    }
    for (;;) {
        Job job;
        {
            QMutexLocker lock(&m_mutex);
            while (m_queue.empty() && !m_stopping)
                m_wake.wait(&m_mutex);
            if (m_stopping)
                break;
            job = std::move(m_queue.front().job);
            m_queue.pop_front();
        }
        job(db.get(), openError);
    }
    db.reset();
}

} // namespace pms
