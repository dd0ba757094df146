#include "SimMultipart.h"

namespace pms::sim {

namespace {

// The value of `key="..."` or `key=...` in a header like Content-Disposition.
QByteArray param(const QByteArray &header, const QByteArray &key)
{
    for (QByteArray part : header.split(';')) {
        part = part.trimmed();
        const qsizetype eq = part.indexOf('=');
        if (eq < 0 || part.left(eq).trimmed().toLower() != key)
            continue;
        QByteArray v = part.mid(eq + 1).trimmed();
        if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"'))
            v = v.mid(1, v.size() - 2);
        return v;
    }
    return {};
}

} // namespace

bool parseMultipart(const QByteArray &contentType, const QByteArray &body, QList<SimFormPart> &parts)
{
    parts.clear();
    if (!contentType.trimmed().toLower().startsWith("multipart/form-data"))
        return false;
    const QByteArray boundary = param(contentType, "boundary");
    if (boundary.isEmpty())
        return false;
    const QByteArray delimiter = "--" + boundary;
    qsizetype pos = body.indexOf(delimiter);
    if (pos < 0)
        return false;
    while (true) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            return true; // closing delimiter
        if (body.mid(pos, 2) != "\r\n")
            return false;
        pos += 2;
        const qsizetype headerEnd = body.indexOf("\r\n\r\n", pos);
        if (headerEnd < 0)
            return false;
        SimFormPart part;
        for (const QByteArray &line : body.mid(pos, headerEnd - pos).split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower(),
                             value = line.mid(colon + 1).trimmed();
            if (name == "content-disposition") {
                part.name = QString::fromUtf8(param(value, "name"));
                part.fileName = QString::fromUtf8(param(value, "filename"));
            } else if (name == "content-type") {
                part.contentType = value;
            }
        }
        const qsizetype dataStart = headerEnd + 4;
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), dataStart);
        if (next < 0)
            return false;
        part.data = body.mid(dataStart, next - dataStart);
        parts.append(part);
        pos = next + 2;
    }
}

} // namespace pms::sim
