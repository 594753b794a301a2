// SPDX-License-Identifier: MIT
// SqliteBackup: a consistent copy of a SQLite database file taken while the app writes to it (SQLite's online backup
// API), and the check that a file is a local database this app can open again (issue 18).
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace vsys::db {

/// Works on files with connections of its own (the sqlite3 C API), never on a db::Database's: it runs on any thread,
/// and the app's connection goes on reading and writing meanwhile (WAL mode lets a reader and a writer overlap).
class SqliteBackup
{
    Q_DECLARE_TR_FUNCTIONS(SqliteBackup)
public:
    /// Called after each chunk with the pages copied and the total; returning false stops the copy.
    using Progress = std::function<bool(int done, int total)>;
    /// Pages per chunk: 256 pages of 4 KiB, so that 中止 answers within a few milliseconds.
    static constexpr int kPagesPerStep = 256;

    /// Writes the database at `source` to a new file at `target`: the state of one moment (one read transaction
    /// spans every chunk, so a write committed meanwhile is not in the copy and does not restart it), in rollback
    /// journal mode (one self-contained file), 0600. The copy is written next to `target` and renamed into place,
    /// so a stopped or failed copy leaves no file and an earlier file at `target` is replaced only by a whole copy.
    /// An error names the file; a stop is an error with code "cancelled".
    /// With Target::Replace the copy is written into the database file at `target` itself, in one transaction
    /// through its own journal (its -wal file), as a restore must: no connection may have it open meanwhile.
    enum class Target { NewFile, Replace };
    static core::Result<void>
    copy(const QString& source, const QString& target, const Progress& progress = {}, Target mode = Target::NewFile);

    /// The schema version (PRAGMA user_version) of the local database at `path`, after checking that it is one:
    /// readable, intact (PRAGMA quick_check), with the local database's tables, and not newer than `newestVersion`.
    /// An error in Japanese names the file.
    static core::Result<int> check(const QString& path, int newestVersion);
};

} // namespace vsys::db
