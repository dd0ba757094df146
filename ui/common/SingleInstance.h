#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace pms {

/// One window per cache: the first process listens on a local socket named after the cache path;
/// a second launch on the same cache sends "activate" to it and exits instead of opening a second
/// writer. The socket name hashes the canonical cache path, so two different caches may be open.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const QString &cachePath, QObject *parent = nullptr);
    ~SingleInstance() override;

    /// The local socket name for @p cachePath (stable across runs, differs per cache and user).
    static QString serverName(const QString &cachePath);

    /// True when another process serves this cache and took the "activate" message: exit then.
    /// Waits at most @p timeoutMs; called before any window exists.
    bool activateRunning(int timeoutMs = 2000);
    /// Starts serving this cache (removing a socket a crashed process left behind).
    bool listen();
    QString name() const { return m_name; }

Q_SIGNALS:
    /// A second launch asked this process to show its window.
    void activateRequested();

private:
    void onNewConnection();

    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace pms
