#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace pms::sim {

/// Just enough of RFC 7578 (multipart/form-data) for POST /docs.
struct SimFormPart
{
    QString name, fileName;
    QByteArray contentType, data;
};

/// Splits @p body by the boundary named in @p contentType. Returns false when the content type is
/// not multipart/form-data with a boundary, or the body is not well formed.
bool parseMultipart(const QByteArray &contentType, const QByteArray &body, QList<SimFormPart> &parts);

} // namespace pms::sim
