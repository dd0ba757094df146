#pragma once

#include "common/Result.h"
#include "storage/Database.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

namespace pms {

/// Runs a small read on a pool thread with its own connection to the cache and hands the
/// result to @p done on the GUI thread, unless @p context is gone by then. A cache that
/// cannot be opened gives a default-constructed T.
template<typename T>
void runRead(QObject *context, const QString &dbPath, std::function<T(Database &)> work, std::function<void(const T &)> done)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, context, [watcher, done = std::move(done)] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([dbPath, work = std::move(work)]() -> T {
        auto db = Database::open(dbPath);
        if (!db.ok())
            return T{};
        return work(*db.value());
    }));
}

/// A small write from a dialog, off the GUI thread with its own connection (a sync may hold the
/// write lock for a page; the window must not wait for it). @p done gets the work's result, or
/// the reason the cache could not be opened.
template<typename T>
void runWrite(QObject *context, const QString &dbPath, std::function<Result<T>(Database &)> work,
              std::function<void(const Result<T> &)> done)
{
    auto *watcher = new QFutureWatcher<Result<T>>(context);
    QObject::connect(watcher, &QFutureWatcher<Result<T>>::finished, context, [watcher, done = std::move(done)] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([dbPath, work = std::move(work)]() -> Result<T> {
        auto db = Database::open(dbPath);
        if (!db.ok())
            return db.error();
        return work(*db.value());
    }));
}

} // namespace pms
