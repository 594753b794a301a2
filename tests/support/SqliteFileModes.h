// SPDX-License-Identifier: MIT
// The permission bits of a SQLite database's files, shared by the server's and the client's storage
// tests (issue 12: neither may be readable by other users).
#pragma once

#include <QFile>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>
#include <sys/stat.h>

namespace vsys::test::sqliteFiles {

/// The database file and the two companions WAL mode keeps while a connection is open.
inline const QStringList kSuffixes{QString(), QStringLiteral("-wal"), QStringLiteral("-shm")};

/// The file's permission bits, as `ls -l` shows them (0 when there is no such file).
inline mode_t permissionBits(const QString& path)
{
    struct stat status = {};
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? status.st_mode & 07777 : 0;
}

/// Success when the database at `path` and its -wal and -shm are all 0600.
inline ::testing::AssertionResult areOwnerOnly(const QString& path)
{
    for (const QString& suffix : kSuffixes) {
        const mode_t bits = permissionBits(path + suffix);
        if (bits != 0600) {
            return ::testing::AssertionFailure()
                << qPrintable(path + suffix) << " has mode 0" << qPrintable(QString::number(bits, 8));
        }
    }
    return ::testing::AssertionSuccess();
}

/// Leaves the files of the closed database at `path` as an older version or a crash would: all 0644,
/// with a -wal and a -shm that are not empty (SQLite itself only sets the mode of empty ones).
inline ::testing::AssertionResult leaveWide(const QString& path)
{
    for (const QString& suffix : kSuffixes) {
        QFile file(path + suffix);
        if (!suffix.isEmpty() && (!file.open(QIODevice::WriteOnly) || file.write("left over") < 0)) {
            return ::testing::AssertionFailure() << "could not write " << qPrintable(file.fileName());
        }
        file.close();
        if (::chmod(QFile::encodeName(file.fileName()).constData(), 0644) != 0) {
            return ::testing::AssertionFailure() << "could not chmod " << qPrintable(file.fileName());
        }
    }
    return ::testing::AssertionSuccess();
}

/// Sets the usual umask 022, under which SQLite would create files 0644, for the object's lifetime.
class UsualUmask
{
public:
    UsualUmask()
        : m_previous(::umask(022))
    {}
    ~UsualUmask() { ::umask(m_previous); }
    UsualUmask(const UsualUmask&) = delete;
    UsualUmask& operator=(const UsualUmask&) = delete;

private:
    mode_t m_previous;
};

} // namespace vsys::test::sqliteFiles
