// SPDX-License-Identifier: MIT
// BackupEntry: バックアップ… and 復元… in the window's ファイル menu and the daily automatic copy, kept out of the long
// MainWindow.
#pragma once

namespace vsys::db {
class Database;
} // namespace vsys::db

namespace vsys::app {

class BackupActions;
class MainWindow;

/// Puts the entries before 終了 in `window`'s ファイル menu and starts the daily copy of `database`'s file.
BackupActions* installBackup(MainWindow& window, db::Database& database);

} // namespace vsys::app
