// Renders the app icon's SVG into a square PNG at build time, so no generated binary is committed.
// Usage: pms_svg2png IN.svg OUT.png SIZE
#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: pms_svg2png IN.svg OUT.png SIZE\n");
        return 2;
    }
    bool ok = false;
    const int size = args.at(3).toInt(&ok);
    QSvgRenderer renderer(args.at(1));
    if (!ok || size <= 0 || !renderer.isValid()) {
        std::fprintf(stderr, "pms_svg2png: cannot render %s at %s\n", qPrintable(args.at(1)), qPrintable(args.at(3)));
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderer.render(&painter);
    painter.end();
    return image.save(args.at(2), "PNG") ? 0 : 1;
}
