#pragma once

#include "common/Result.h"
#include "domain/WorkOrderTypes.h"

namespace pms {

/// Files attached to work orders live next to the cache: <cache file>.attachments/<work order id>/.
/// Copies are made when the user picks the files, so the upload later does not depend on the
/// original still being there.
class AttachmentStore
{
public:
    static QStringList kinds(); // photo, call_log, sms_log, invoice
    /// The kind a file most likely is: images → photo, .pdf → invoice, a name mentioning "sms" →
    /// sms_log, anything else → call_log.
    static QString guessKind(const QString &filePath);
    static QString folderFor(const QString &cachePath, qint64 workOrderId);
    /// Copies @p sourcePath into the work order's folder (a numbered name if one exists already).
    static Result<WorkOrderAttachment> copyIn(const QString &cachePath, qint64 workOrderId, const QString &sourcePath,
                                              const QString &kind);
};

} // namespace pms
