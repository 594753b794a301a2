// SPDX-License-Identifier: MIT
#include "app/backup/BackupEntry.h"

#include "app/MainWindow.h"
#include "app/backup/BackupActions.h"
#include "db/Database.h"

#include <QMenu>
#include <QSqlDatabase>

namespace vsys::app {

BackupActions* installBackup(MainWindow& window, db::Database& database)
{
    auto* actions = new BackupActions(window, *window.fileMenu(), database.connection().databaseName());
    actions->setObjectName(QStringLiteral("backupActions"));
    return actions;
}

} // namespace vsys::app
