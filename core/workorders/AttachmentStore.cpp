#include "AttachmentStore.h"

#include "storage/CacheLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

namespace pms {

QStringList AttachmentStore::kinds()
{
    return {QStringLiteral("photo"), QStringLiteral("call_log"), QStringLiteral("sms_log"), QStringLiteral("invoice")};
}

QString AttachmentStore::guessKind(const QString &filePath)
{
    const QFileInfo fi(filePath);
    const QString suffix = fi.suffix().toLower();
    static const QStringList images = {QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("png"),
                                       QStringLiteral("gif"), QStringLiteral("heic"), QStringLiteral("webp"),
                                       QStringLiteral("bmp"), QStringLiteral("tif"), QStringLiteral("tiff")};
    if (images.contains(suffix))
        return QStringLiteral("photo");
    if (suffix == QLatin1String("pdf"))
        return QStringLiteral("invoice");
    if (fi.fileName().contains(QLatin1String("sms"), Qt::CaseInsensitive))
        return QStringLiteral("sms_log");
    return QStringLiteral("call_log");
}

QString AttachmentStore::folderFor(const QString &cachePath, qint64 workOrderId)
{
    auto location = CacheLocation::parse(cachePath);
    const QString base = location.ok() ? location.value().localFolder() : cachePath + QStringLiteral(".attachments");
    return base + QLatin1Char('/') + QString::number(workOrderId);
}

Result<WorkOrderAttachment> AttachmentStore::copyIn(const QString &cachePath, qint64 workOrderId, const QString &sourcePath,
                                                    const QString &kind)
{
    auto tr = [](const char *s) { return QCoreApplication::translate("pms::AttachmentStore", s); };
    const QFileInfo src(sourcePath);
    if (!src.isFile() || !src.isReadable())
        return Error(tr("Cannot read the file %1.").arg(QDir::toNativeSeparators(sourcePath)), QStringLiteral("validation"));
    if (!kinds().contains(kind))
        return Error(tr("'%1' is not a kind of attachment (photo, call_log, sms_log, invoice).").arg(kind),
                     QStringLiteral("validation"));
    const QString folder = folderFor(cachePath, workOrderId);
    if (!QDir().mkpath(folder))
        return Error(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder)), QStringLiteral("io"));
    QString target = QDir(folder).filePath(src.fileName());
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QDir(folder).filePath(QStringLiteral("%1 (%2)%3").arg(src.completeBaseName()).arg(n)
                                           .arg(src.suffix().isEmpty() ? QString() : QLatin1Char('.') + src.suffix()));
    if (!QFile::copy(sourcePath, target))
        return Error(tr("Cannot copy %1 into the cache's folder.").arg(QDir::toNativeSeparators(sourcePath)), QStringLiteral("io"));
    WorkOrderAttachment a;
    a.workOrderId = workOrderId;
    a.kind = kind;
    a.fileName = src.fileName();
    a.storedPath = target;
    a.mimeType = QMimeDatabase().mimeTypeForFile(target).name();
    a.sizeBytes = src.size();
    return a;
}

} // namespace pms
