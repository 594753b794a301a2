// SPDX-License-Identifier: MIT
// LocalBackups: every copy goes through SqliteBackup (the backup API), never a file copy: a file copy of a database in
// WAL mode misses what is still in its -wal file, and a renamed file would meet the old data's -wal at the next open.
#include "db/LocalBackups.h"

#include "core/SqliteFiles.h"
#include "db/Logging.h"
#include "db/SqliteBackup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vsys::db {

namespace {

constexpr QFile::Permissions kPrivateFolder = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
constexpr QFile::Permissions kOthers
    = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

bool isDaily(const QString& fileName)
{
    static const QRegularExpression daily(u"^vsysdesk-\\d{4}-\\d{2}-\\d{2}\\.sqlite$"_s);
    return daily.match(fileName).hasMatch();
}

} // namespace

LocalBackups::LocalBackups(QString databasePath)
    : m_databasePath(std::move(databasePath))
{}

QString LocalBackups::folder() const
{
    return QFileInfo(m_databasePath).absoluteDir().filePath(u"backups"_s);
}

QString LocalBackups::dailyPath(QDate day) const
{
    return QDir(folder()).filePath(u"vsysdesk-%1.sqlite"_s.arg(day.toString(u"yyyy-MM-dd"_s)));
}

QString LocalBackups::stagedPath() const
{
    return m_databasePath + u".restore"_s;
}

QList<LocalBackup> LocalBackups::copies() const
{
    QList<LocalBackup> found;
    const QFileInfoList files = QDir(folder()).entryInfoList({u"*.sqlite"_s}, QDir::Files);
    for (const QFileInfo& file : files) {
        found.append({file.absoluteFilePath(), file.lastModified(), isDaily(file.fileName())});
    }
    std::sort(found.begin(), found.end(),
              [](const LocalBackup& a, const LocalBackup& b) { return a.writtenAt > b.writtenAt; });
    return found;
}

core::Result<void> LocalBackups::makeFolder() const
{
    const QString path = folder();
    const auto failed = [&path] {
        return core::Error{u"file"_s, tr("Could not create the backup folder %1.").arg(QDir::toNativeSeparators(path))};
    };
    // Made 0700 at once, so that there is no moment in which other users may list or enter it.
    if (!QFileInfo::exists(path) && !QDir().mkdir(path, kPrivateFolder)) {
        return failed();
    }
    if (!QFileInfo(path).isDir()) {
        return failed();
    }
    if ((QFile::permissions(path) & kOthers) && !QFile::setPermissions(path, kPrivateFolder)) {
        return failed();
    }
    return {};
}

core::Result<bool> LocalBackups::takeDaily(QDate today, int keep) const
{
    if (auto made = makeFolder(); !made) {
        return made.error();
    }
    const QString path = dailyPath(today);
    const bool write = !QFileInfo::exists(path);
    if (write) {
        if (auto copied = SqliteBackup::copy(m_databasePath, path); !copied) {
            return copied.error();
        }
        qCInfo(lcDb) << "Wrote the daily backup" << path;
    }
    QStringList dailies = QDir(folder()).entryList({u"vsysdesk-*.sqlite"_s}, QDir::Files, QDir::Name | QDir::Reversed);
    dailies.removeIf([](const QString& name) { return !isDaily(name); });
    // The names sort by date; the newest `keep` stay.
    for (qsizetype i = std::max(keep, 1); i < dailies.size(); ++i) {
        const QString old = QDir(folder()).filePath(dailies.at(i));
        if (!QFile::remove(old)) {
            return core::Error{u"file"_s, tr("Could not delete the old backup %1.").arg(QDir::toNativeSeparators(old))};
        }
    }
    return write;
}

core::Result<void> LocalBackups::stageRestore(const QString& copyPath,
                                              int newestVersion,
                                              const std::function<bool(int done, int total)>& progress) const
{
    if (auto checked = SqliteBackup::check(copyPath, newestVersion); !checked) {
        return checked.error();
    }
    // Copied into the data folder now: the file chosen may be on a USB stick that is gone at the next start.
    return SqliteBackup::copy(copyPath, stagedPath(), progress);
}

core::Result<QString> LocalBackups::applyStagedRestore(const QDateTime& now) const
{
    const QString staged = stagedPath();
    if (!QFileInfo::exists(staged)) {
        return QString();
    }
    const auto failed = [&staged](const core::Error& error) {
        QFile::remove(staged + u"-failed"_s);
        QFile::rename(staged, staged + u"-failed"_s);
        return core::Error{
            error.field, tr("The restore was not done; the data on this computer is unchanged. %1").arg(error.message)};
    };
    if (auto made = makeFolder(); !made) {
        return failed(made.error());
    }
    const QString before
        = QDir(folder()).filePath(u"vsysdesk-before-restore-%1.sqlite"_s.arg(now.toString(u"yyyy-MM-dd-HHmmss"_s)));
    if (QFileInfo::exists(m_databasePath)) {
        if (auto saved = SqliteBackup::copy(m_databasePath, before); !saved) {
            return failed(saved.error());
        }
    }
    if (auto made = core::SqliteFiles::makePrivate(m_databasePath); !made) {
        return failed(made.error());
    }
    // Through the backup API into the database file itself: its -wal file is rewritten with it, in one transaction.
    if (auto restored = SqliteBackup::copy(staged, m_databasePath, {}, SqliteBackup::Target::Replace); !restored) {
        return failed(restored.error());
    }
    QFile::remove(staged);
    const QString saved = QFileInfo::exists(before) ? before : QString();
    qCInfo(lcDb) << "Restored the local database from a staged copy; the data before is in" << saved;
    return saved;
}

} // namespace vsys::db
