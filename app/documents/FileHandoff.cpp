// SPDX-License-Identifier: MIT
#include "app/documents/FileHandoff.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace vsys::app {

FileHandoff::FileHandoff()
    : m_opener([](const QString& path) { return QDesktopServices::openUrl(QUrl::fromLocalFile(path)); })
    , m_saveChooser([](QWidget* parent, const QString& suggestedName) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return QFileDialog::getSaveFileName(parent, tr("Save the PDF as"), QDir(folder).filePath(suggestedName),
                                            tr("PDF files (*.pdf)"));
    })
{}

core::Result<void> FileHandoff::copy(const QString& from, const QString& to)
{
    const auto failed = [&](const QString& reason) {
        return core::Error{u"file"_s, tr("Could not save %1: %2").arg(QDir::toNativeSeparators(to), reason)};
    };
    if (QFileInfo(from).canonicalFilePath() == QFileInfo(to).canonicalFilePath()) {
        return {};
    }
    if (QFile::exists(to) && !QFile::remove(to)) {
        return failed(tr("the file there cannot be replaced"));
    }
    QFile source(from);
    if (!source.copy(to)) {
        return failed(source.errorString());
    }
    return {};
}

} // namespace vsys::app
