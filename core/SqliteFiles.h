// SPDX-License-Identifier: MIT
// SqliteFiles: a SQLite database's files kept private to the user that runs the program (issue 12).
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace vsys::core {

/// The server's database holds personal data and password and token hashes, the client's a venue's
/// applications: neither may be readable by other users of the machine.
class SqliteFiles
{
    Q_DECLARE_TR_FUNCTIONS(SqliteFiles)
public:
    /// Call before SQLite opens `databasePath`. Creates the database file empty with mode 0600 when
    /// it does not exist (SQLite would create it 0644 under the usual umask) and sets 0600 on it and
    /// on its -wal, -shm and -journal files where they exist (left by an older version or a crash).
    /// SQLite creates those companions with the database file's mode, so they follow.
    static Result<void> makePrivate(const QString& databasePath);
};

} // namespace vsys::core
