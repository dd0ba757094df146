#include "MultipartBody.h"

#include <QFileInfo>
#include <QRandomGenerator>

namespace pms {

MultipartBody::MultipartBody(QByteArray boundary)
    : m_boundary(std::move(boundary))
{
    if (m_boundary.isEmpty()) {
        m_boundary = "PMSBridge-";
        for (int i = 0; i < 4; ++i)
            m_boundary += QByteArray::number(QRandomGenerator::global()->generate(), 16);
    }
}

QByteArray MultipartBody::quotedFileName(const QString &fileName)
{
    QString name = QFileInfo(fileName).fileName();
    QString out;
    out.reserve(name.size());
    for (const QChar c : name) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\') || c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QLatin1Char('_');
        else
            out += c;
    }
    if (out.isEmpty())
        out = QStringLiteral("file");
    return '"' + out.toUtf8() + '"'; // RFC 7578 4.2: UTF-8 file names are sent as they are
}

void MultipartBody::addField(const QByteArray &name, const QByteArray &value)
{
    m_parts += "--" + m_boundary + "\r\n";
    m_parts += "Content-Disposition: form-data; name=\"" + name + "\"\r\n";
    m_parts += "Content-Type: text/plain; charset=utf-8\r\n\r\n";
    m_parts += value + "\r\n";
}

void MultipartBody::addFile(const QByteArray &name, const QString &fileName, const QByteArray &mimeType,
                            const QByteArray &data)
{
    m_parts += "--" + m_boundary + "\r\n";
    m_parts += "Content-Disposition: form-data; name=\"" + name + "\"; filename=" + quotedFileName(fileName) + "\r\n";
    m_parts += "Content-Type: " + (mimeType.isEmpty() ? QByteArray("application/octet-stream") : mimeType) + "\r\n\r\n";
    m_parts += data + "\r\n";
}

QByteArray MultipartBody::contentType() const
{
    return "multipart/form-data; boundary=" + m_boundary;
}

QByteArray MultipartBody::body() const
{
    return m_parts + "--" + m_boundary + "--\r\n";
}

} // namespace pms
