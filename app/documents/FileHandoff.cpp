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
        // A kept PDF, or a backup of the local data (バックアップ, a .sqlite file).
        const bool pdf = QFileInfo(suggestedName).suffix() == u"pdf"_s;
        return QFileDialog::getSaveFileName(parent, pdf ? tr("Save the PDF as") : tr("Save the backup as"),
                                            QDir(folder).filePath(suggestedName),
                                            pdf ? tr("PDF files (*.pdf)") : tr("VSYS Desk backups (*.sqlite)"));
    })
    , m_openChooser([](QWidget* parent) {
        return QFileDialog::getOpenFileName(parent, tr("Choose the backup to restore"),
                                            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                            tr("VSYS Desk backups (*.sqlite);;All files (*)"));
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
