// SPDX-License-Identifier: MIT
// FileHandoff: how a kept file leaves the app — opened in the system's viewer, or copied where the user chooses.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace vsys::app {

/// Production opens with QDesktopServices and asks with QFileDialog; tests replace both, since an
/// offscreen test can neither see a PDF viewer nor answer a native file dialog.
class FileHandoff
{
    Q_DECLARE_TR_FUNCTIONS(FileHandoff)
public:
    /// Opens the file at the path; false when nothing could open it.
    using Opener = std::function<bool(const QString& path)>;
    /// Where to save a copy of a file named `suggestedName`; empty when the user cancelled.
    using SaveChooser = std::function<QString(QWidget* parent, const QString& suggestedName)>;

    FileHandoff();

    void setOpener(Opener opener) { m_opener = std::move(opener); }
    void setSaveChooser(SaveChooser chooser) { m_saveChooser = std::move(chooser); }

    bool open(const QString& path) const { return m_opener(path); }
    QString chooseSaveLocation(QWidget* parent, const QString& suggestedName) const
    {
        return m_saveChooser(parent, suggestedName);
    }

    /// Copies `from` to `to`, replacing a file there.
    static core::Result<void> copy(const QString& from, const QString& to);

private:
    Opener m_opener;
    SaveChooser m_saveChooser;
};

} // namespace vsys::app
