#include "ModelIcons.h"

#include <QFile>
#include <QHash>

namespace pms {

QIcon ModelIcons::get(const QString &name)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.find(name);
    if (it == cache.end()) {
        const QString path = QStringLiteral(":/icons/%1.svg").arg(name);
        it = cache.insert(name, QFile::exists(path) ? QIcon(path) : QIcon());
    }
    return *it;
}

} // namespace pms
