// SPDX-License-Identifier: MIT
// BackupActions: ファイル → バックアップ… and 復元…, and the daily automatic copy (自動バックアップ) of the local
// database — the drafts, working copies and outbox entries that may not have reached the server yet.
#pragma once

#include "core/Result.h"

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class QAction;
class QMenu;
class QThread;

namespace vsys::app {

class FileHandoff;
class MainWindow;

class BackupActions : public QObject
{
    Q_OBJECT
public:
    /// Adds バックアップ… and 復元… to `fileMenu` before its last entry (終了) and schedules the daily copy of the
    /// database at `databasePath`: once now and after every midnight while the window is open.
    BackupActions(MainWindow& window, QMenu& fileMenu, QString databasePath);
    /// Waits for a daily copy under way: its connections must be gone before the data folder may go.
    ~BackupActions() override;

    QAction* backupAction() const { return m_backup; }
    QAction* restoreAction() const { return m_restore; }

    /// How many daily copies stay (setting backup/keep, default db::LocalBackups::kDefaultKeep).
    int keep() const { return m_keep; }
    void setKeep(int keep) { m_keep = keep; }

    /// Writes the copy of `today` on a worker thread unless it exists or one is under way; dailyCopyFinished follows.
    void takeDailyCopy(QDate today);
    /// When the timer takes the next daily copy: 00:01 of the next day, for a window left open over midnight.
    QDateTime nextDailyCopyAt() const { return m_nextDaily; }
    /// True while a daily copy is being written.
    bool takingDailyCopy() const { return m_daily != nullptr; }
    /// The last daily copy's error; empty when it went well.
    QString dailyCopyError() const { return m_dailyError; }

    /// バックアップ…: where to (FileHandoff's save dialog), then the copy on a worker with progress and 中止.
    void backUp();
    /// 復元…: which copy (RestoreDialog), the confirmation, the copy staged for the next start, then the window closes.
    void restore();

signals:
    void dailyCopyFinished(bool ok);

private:
    void scheduleMidnight();
    /// Stages `copyPath` after the user confirmed; false when it failed or was stopped.
    bool stage(const QString& copyPath);

    MainWindow& m_window;
    QString m_databasePath;
    QAction* m_backup;
    QAction* m_restore;
    QTimer m_midnight;
    QDateTime m_nextDaily;
    int m_keep;
    std::unique_ptr<QThread> m_daily;
    QString m_dailyError;
};

} // namespace vsys::app
