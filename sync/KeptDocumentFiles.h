// SPDX-License-Identifier: MIT
// KeptDocumentFiles: where the downloaded 委任状 PDFs live on this computer, readable by the user only.
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace vsys::sync {

/// The system's PDF viewer opens files, so a downloaded document is a file:
/// <folder>/<account id>/<document id>/<the server's file name>. The folders are 0700 and the file 0600
/// from its creation; it is written under a temporary name and renamed into place, so a crash never
/// leaves half a PDF under the real name.
class KeptDocumentFiles
{
    Q_DECLARE_TR_FUNCTIONS(KeptDocumentFiles)
public:
    explicit KeptDocumentFiles(QString folder);

    /// Writes `content` and returns the file's absolute path; a file there before is replaced.
    core::Result<QString>
    write(qint64 accountId, const QString& documentId, const QString& filename, const QByteArray& content) const;

    /// `filename` as one safe name in a folder: no folders, no control characters, ending in .pdf.
    static QString safeFileName(const QString& filename);
    /// Lower-case hex SHA-256 of `content`.
    static QString sha256(const QByteArray& content);

    const QString& folder() const { return m_folder; }

private:
    core::Result<void> makePrivateFolder(const QString& path) const;

    QString m_folder;
};

} // namespace vsys::sync
