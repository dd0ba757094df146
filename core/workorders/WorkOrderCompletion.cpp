#include "WorkOrderCompletion.h"

#include "storage/Database.h"
#include "storage/WorkOrderRepository.h"
#include "workorders/AttachmentStore.h"

#include <QFile>

namespace pms {

Status WorkOrderCompletion::complete(Database &db, qint64 workOrderId, const QString &comment, const QList<File> &files)
{
    WorkOrderRepository repo(db);
    // Refuse before copying anything when the work order cannot be completed.
    auto current = repo.get(workOrderId);
    if (!current.ok())
        return current.error();
    QList<WorkOrderAttachment> copied;
    const auto removeCopies = [&copied] {
        for (const WorkOrderAttachment &a : std::as_const(copied))
            QFile::remove(a.storedPath);
    };
    for (const File &f : files) {
        const QString kind = f.kind.isEmpty() ? AttachmentStore::guessKind(f.path) : f.kind;
        auto a = AttachmentStore::copyIn(db.path(), workOrderId, f.path, kind);
        if (!a.ok()) {
            removeCopies();
            return a.error();
        }
        copied.append(a.value());
    }
    if (Status s = repo.complete(workOrderId, comment, copied); !s.ok()) {
        removeCopies();
        return s;
    }
    return {};
}

} // namespace pms
