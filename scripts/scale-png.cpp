// SPDX-License-Identifier: MIT
// scale-png IN OUT WIDTH: scales a screenshot to WIDTH pixels wide, smoothly, and stores it in 256 colours, so that
// the manual's pictures stay small without ImageMagick or pngquant. Built and run by make-manual-screenshots.sh.
#include <QGuiApplication>
#include <QImage>

#include <cstdio>

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: scale-png IN OUT WIDTH\n");
        return 2;
    }
    const QImage image(args.at(1));
    if (image.isNull()) {
        std::fprintf(stderr, "scale-png: cannot read %s\n", qUtf8Printable(args.at(1)));
        return 1;
    }
    const QImage scaled = image.scaledToWidth(args.at(3).toInt(), Qt::SmoothTransformation)
                              .convertToFormat(QImage::Format_Indexed8, Qt::DiffuseDither | Qt::PreferDither);
    return scaled.save(args.at(2), "PNG", 9) ? 0 : 1;
}
