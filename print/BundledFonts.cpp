// SPDX-License-Identifier: MIT
#include "print/BundledFonts.h"

#include "print/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFontDatabase>

using namespace Qt::StringLiterals;

namespace vsys::print {

QString BundledFonts::folder()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(u"fonts"_s);
}

QStringList BundledFonts::load(const QString& folder)
{
    QStringList families;
    const QDir dir(folder);
    for (const QString& name : dir.entryList({u"*.ttf"_s, u"*.otf"_s}, QDir::Files, QDir::Name)) {
        const int id = QFontDatabase::addApplicationFont(dir.filePath(name));
        if (id < 0) {
            qCWarning(lcPrint) << "Could not load the bundled font" << QDir::toNativeSeparators(dir.filePath(name));
            continue;
        }
        families += QFontDatabase::applicationFontFamilies(id);
    }
    families.sort();
    families.removeDuplicates();
    return families;
}

void BundledFonts::loadOnce()
{
    // A function-local static: its initialisation runs once even when two threads print at the same time.
    static const QStringList loaded = load(folder());
    Q_UNUSED(loaded);
}

} // namespace vsys::print
