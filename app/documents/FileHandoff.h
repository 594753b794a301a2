// SPDX-License-Identifier: MIT
// FileHandoff: how a kept file leaves the app — opened in the system's viewer, or copied where the user chooses — and
// how a backup comes back in (復元).
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
    /// Which file to read in (a backup to restore); empty when the user cancelled.
    using OpenChooser = std::function<QString(QWidget* parent)>;

    FileHandoff();

    void setOpener(Opener opener) { m_opener = std::move(opener); }
    void setSaveChooser(SaveChooser chooser) { m_saveChooser = std::move(chooser); }
    void setOpenChooser(OpenChooser chooser) { m_openChooser = std::move(chooser); }

    bool open(const QString& path) const { return m_opener(path); }
    QString chooseSaveLocation(QWidget* parent, const QString& suggestedName) const
    {
        return m_saveChooser(parent, suggestedName);
    }
    QString chooseFileToOpen(QWidget* parent) const { return m_openChooser(parent); }

    /// Copies `from` to `to`, replacing a file there.
    static core::Result<void> copy(const QString& from, const QString& to);

private:
    Opener m_opener;
    SaveChooser m_saveChooser;
    OpenChooser m_openChooser;
};

} // namespace vsys::app
