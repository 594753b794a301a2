// SPDX-License-Identifier: MIT
// BundledFonts: the IPA fonts the printouts are set in (PrintStyle), when they come with the program rather
// than with the system. The Windows installer puts them in a fonts folder beside vsysdesk.exe
// (packaging/windows/); on Debian, fonts-ipafont installs them for every program and that folder does not exist.
#pragma once

#include <QString>
#include <QStringList>

namespace vsys::print {

class BundledFonts
{
public:
    /// The folder beside the running program: <folder of the executable>/fonts.
    static QString folder();
    /// Adds every .ttf/.otf of `folder` to Qt's font database, for this process only; returns the families they
    /// give, sorted. A missing folder or a file Qt cannot read adds nothing.
    static QStringList load(const QString& folder);
    /// load(folder()) the first time it is called, so that the printouts, not the start-up, pay for reading
    /// the fonts (about 10 MB).
    static void loadOnce();
};

} // namespace vsys::print
