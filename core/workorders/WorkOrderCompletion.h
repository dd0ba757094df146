#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

namespace pms {

class Database;

/// Completing a work order with its files (R11), for the window and the command line alike: the
/// files are copied into the cache's folder (AttachmentStore), then the work order is marked
/// Completed with its 'close' and 'upload' outbox entries (WorkOrderRepository::complete).
/// All or nothing: a file that cannot be read or copied, or a completion the cache refuses,
/// leaves no copy and no change behind.
class WorkOrderCompletion
{
public:
    struct File
    {
        QString path;
        QString kind; // photo | call_log | sms_log | invoice; empty: AttachmentStore::guessKind()
    };

    static Status complete(Database &db, qint64 workOrderId, const QString &comment, const QList<File> &files);
};

} // namespace pms
