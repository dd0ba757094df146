#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace pms {

/// A multipart/form-data body built in memory, so a retry can send the same bytes again (a
/// QHttpMultiPart is consumed by its first reply).
class MultipartBody
{
public:
    /// A random boundary; pass one to get a fixed body (tests).
    explicit MultipartBody(QByteArray boundary = {});

    void addField(const QByteArray &name, const QByteArray &value);
    void addFile(const QByteArray &name, const QString &fileName, const QByteArray &mimeType, const QByteArray &data);

    QByteArray contentType() const; // multipart/form-data; boundary=...
    QByteArray body() const;        // with the closing delimiter
    QByteArray boundary() const { return m_boundary; }

    /// A file name made safe for a quoted header parameter (no quotes, CR, LF or path).
    static QByteArray quotedFileName(const QString &fileName);

private:
    QByteArray m_boundary;
    QByteArray m_parts;
};

} // namespace pms
