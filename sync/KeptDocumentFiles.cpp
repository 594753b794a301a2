// SPDX-License-Identifier: MIT
// KeptDocumentFiles: modes are given at creation (QFile::open with permissions, QDir::mkdir with
// permissions), never set afterwards, as core::SqliteFiles does for the database.
#include "sync/KeptDocumentFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUuid>

#include <filesystem>
#include <system_error>

using namespace Qt::StringLiterals;

namespace vsys::sync {

namespace {

constexpr QFile::Permissions kPrivateFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions kPrivateFolder = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
constexpr QFile::Permissions kOthers
    = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
// Most file systems allow 255 bytes per name; 80 characters of Japanese stay below that in UTF-8.
constexpr qsizetype kMaxNameLength = 80;

} // namespace

KeptDocumentFiles::KeptDocumentFiles(QString folder)
    : m_folder(std::move(folder))
{}

QString KeptDocumentFiles::safeFileName(const QString& filename)
{
    // The name comes from the server: it must not climb out of the folder or hide (../, /, a leading dot).
    static const QRegularExpression kUnsafe(u"[\\x00-\\x1f\\x7f/\\\\:*?\"<>|]"_s);
    QString name = QString(filename).replace(kUnsafe, u"_"_s).trimmed();
    if (name.endsWith(u".pdf"_s, Qt::CaseInsensitive)) {
        name.chop(4);
    }
    while (name.startsWith(u'.')) {
        name.remove(0, 1);
    }
    name = name.left(kMaxNameLength).trimmed();
    return (name.isEmpty() ? u"delegation"_s : name) + u".pdf"_s;
}

QString KeptDocumentFiles::sha256(const QByteArray& content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

core::Result<QString> KeptDocumentFiles::write(qint64 accountId,
                                               const QString& documentId,
                                               const QString& filename,
                                               const QByteArray& content) const
{
    if (QUuid::fromString(documentId).isNull()) {
        return core::Error{u"document"_s, tr("The server sent a document without a valid id.")};
    }
    const QString accountFolder = QDir(m_folder).filePath(QString::number(accountId));
    const QString documentFolder = QDir(accountFolder).filePath(documentId);
    for (const QString& folder : {m_folder, accountFolder, documentFolder}) {
        if (auto made = makePrivateFolder(folder); !made) {
            return made.error();
        }
    }
    const QString path = QDir(documentFolder).filePath(safeFileName(filename));
    const QString partial = QDir(documentFolder).filePath(u".download.part"_s);
    const auto failed = [&](const QString& reason) {
        QFile::remove(partial);
        return core::Error{u"document"_s,
                           tr("Could not save %1 on this computer: %2").arg(QDir::toNativeSeparators(path), reason)};
    };
    QFile::remove(partial);
    QFile file(partial);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kPrivateFile)) {
        return failed(file.errorString());
    }
    if (file.write(content) != content.size() || !file.flush()) {
        return failed(file.errorString());
    }
    file.close();
    // rename(2) (MoveFileEx on Windows) replaces an earlier download in one step (QFile::rename refuses an
    // existing target). The paths go over as UTF-16: std::filesystem makes UTF-8 of them on Linux and passes them
    // unchanged to Windows, where 8-bit names are in the ANSI code page and lose what it cannot spell.
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(partial.toStdU16String()),
                            std::filesystem::path(path.toStdU16String()), error);
    if (error) {
        return failed(QString::fromLocal8Bit(error.message()));
    }
    return QFileInfo(path).absoluteFilePath();
}

core::Result<void> KeptDocumentFiles::makePrivateFolder(const QString& path) const
{
    const QFileInfo info(path);
    if (!info.exists() && !QDir().mkdir(path, kPrivateFolder) && !QFileInfo(path).isDir()) {
        return core::Error{
            u"document"_s,
            tr("Could not create the folder %1 for downloaded files.").arg(QDir::toNativeSeparators(path))};
    }
    // A folder made by an earlier version or by hand is tightened.
    if ((QFile(path).permissions() & kOthers) && !QFile(path).setPermissions(kPrivateFolder)) {
        return core::Error{u"document"_s,
                           tr("Could not make %1 readable by its owner only.").arg(QDir::toNativeSeparators(path))};
    }
    return {};
}

} // namespace vsys::sync
