#pragma once

#include <QFlags>
#include <QObject>

#include <functional>

namespace pms {

/// The one "the cache changed" signal of writes made outside a sync run (a mapping, a work order
/// completed in a dialog, a reconciliation confirmed or restored). The code that writes calls
/// notify() once, after its transaction committed; every open screen listens to changed() and
/// shows the rows again, so no screen has to be told by the one that made the change. Sync runs
/// keep their own SyncController::cacheChanged.
class CacheEvents : public QObject
{
    Q_OBJECT
public:
    enum Table {
        Units = 0x01,
        Mappings = 0x02,
        Residents = 0x04,
        WorkOrders = 0x08,
        Reconciliation = 0x10,
        PlatformUnits = 0x20,
        Owners = 0x40,
        Vendors = 0x80,
    };
    Q_DECLARE_FLAGS(Tables, Table)
    Q_FLAG(Tables)

    /// The process's one instance (created on first use, in the thread that first asks: call it
    /// once from the GUI thread at start).
    static CacheEvents *instance();
    /// Announces a committed change of @p tables. Safe from any thread; changed() is emitted from
    /// the event loop of the instance's thread, never inside the writer's call.
    static void notify(Tables tables, qint64 workOrderId = 0);

    /// Team mode (a PostgreSQL cache several desks share): notify() also hands each change to
    /// @p sender, which tells the other desks (a NOTIFY; SyncController installs it). An empty
    /// function stops it. Safe from any thread.
    static void setRemoteSender(std::function<void(Tables, qint64)> sender);
    /// Team mode: another desk's change arrived; emits changed() (and remoteChanged()) like a
    /// change of this desk, without sending it on. Safe from any thread.
    static void deliverRemote(Tables tables, qint64 workOrderId = 0);

Q_SIGNALS:
    /// @p workOrderId: the work order written, when one was (0 otherwise).
    void changed(pms::CacheEvents::Tables tables, qint64 workOrderId);
    /// The change came from another desk (emitted just before changed()).
    void remoteChanged(pms::CacheEvents::Tables tables, qint64 workOrderId);

private:
    explicit CacheEvents(QObject *parent = nullptr);
};

Q_DECLARE_OPERATORS_FOR_FLAGS(CacheEvents::Tables)

} // namespace pms
