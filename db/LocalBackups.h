// SPDX-License-Identifier: MIT
// LocalBackups: the backups folder next to the local database — the daily automatic copies (自動バックアップ), the
// copy of the current data taken before a restore (復元), and a restore staged for the next start.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace vsys::db {

/// One copy in the backups folder.
struct LocalBackup
{
    QString path;
    QDateTime writtenAt; ///< when the copy was written (the file's modification time)
    bool automatic = false; ///< a daily copy; false for the copy taken before a restore
};

/// The folder is `backups/` beside the database file, 0700; every copy in it 0600.
class LocalBackups
{
    Q_DECLARE_TR_FUNCTIONS(LocalBackups)
public:
    /// A careful clinic's default: two weeks, so that a mistake noticed after a long weekend or a week's leave still
    /// has a copy from before it (docs/decisions-backup.md).
    static constexpr int kDefaultKeep = 14;

    /// For the local database at `databasePath`.
    explicit LocalBackups(QString databasePath);

    QString folder() const;
    /// backups/vsysdesk-2026-12-03.sqlite for the copy of `day`.
    QString dailyPath(QDate day) const;
    /// The copies in the folder, the newest first.
    QList<LocalBackup> copies() const;

    /// Writes the daily copy of `today` unless it exists, then deletes the oldest daily copies beyond `keep` (at least
    /// one is kept). True when a copy was written. Runs on any thread (SqliteBackup's own connections).
    core::Result<bool> takeDaily(QDate today, int keep) const;

    /// Checks the copy at `copyPath` and stages it to replace the local database at its next opening (the app
    /// restarts to restore: no page, cache or sync job can then go on with the data it showed before).
    /// `progress` as SqliteBackup::copy's.
    core::Result<void> stageRestore(const QString& copyPath,
                                    int newestVersion,
                                    const std::function<bool(int done, int total)>& progress = {}) const;
    /// The staged copy's path ("<database>.restore"), whether or not there is one.
    QString stagedPath() const;
    /// Before the database opens: when a restore is staged, the current data is saved as
    /// backups/vsysdesk-before-restore-<date>-<time>.sqlite, then replaced by the staged copy, which is removed.
    /// Returns the path of that saved copy, empty when nothing was staged. On an error the current data stays and the
    /// staged copy is renamed to "<database>.restore-failed", so that the next start opens the data as it was.
    core::Result<QString> applyStagedRestore(const QDateTime& now) const;

private:
    core::Result<void> makeFolder() const;

    QString m_databasePath;
};

} // namespace vsys::db
