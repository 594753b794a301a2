// SPDX-License-Identifier: MIT
// SqliteFiles: the mode is given at creation, never set afterwards, so there is no moment in which
// a new file is readable by others.
#include "core/SqliteFiles.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace vsys::core {

namespace {

constexpr QFile::Permissions kPrivate = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions kOthers
    = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

} // namespace

Result<void> SqliteFiles::makePrivate(const QString& databasePath)
{
    const auto failed = [](const QString& path) {
        return Error{{}, tr("Could not make %1 readable by its owner only.").arg(QDir::toNativeSeparators(path))};
    };
    QFile database(databasePath);
    if (!database.exists()) {
        // NewOnly: if another process creates it meanwhile, it is tightened below like any existing file.
        if (database.open(QIODevice::WriteOnly | QIODevice::NewOnly, kPrivate)) {
            database.close();
        } else if (!database.exists()) {
            return failed(databasePath);
        }
    }
    for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        QFile file(databasePath + suffix);
        if (file.exists() && (file.permissions() & kOthers) && !file.setPermissions(kPrivate)) {
            return failed(file.fileName());
        }
    }
    return {};
}

} // namespace vsys::core
