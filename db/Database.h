// SPDX-License-Identifier: MIT
// Database: owns the named SQLite connection of one thread, set up with the house pragmas and migrated.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace vsys::db {

class Migrator;

/// The local SQLite store, opened in WAL mode with foreign keys on and migrated to the newest schema.
/// Qt connections belong to the thread that made them: give each thread its own Database with a
/// distinct connection name. Repositories and Transactions built on it must not outlive it.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    /// Opens (or creates, with its parent folder) the database file at `path` under the Qt connection
    /// name `connectionName` and applies the migrations shipped with the app. A file written by a
    /// newer app is refused and left untouched.
    static core::Result<std::unique_ptr<Database>> open(const QString& path,
                                                        const QString& connectionName = QStringLiteral("vsysdesk"));
    /// Same, with the migrations of `migrator` instead of the shipped ones.
    static core::Result<std::unique_ptr<Database>>
    open(const QString& path, const QString& connectionName, const Migrator& migrator);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const;
    /// PRAGMA user_version, or -1 when it cannot be read.
    int schemaVersion() const;

private:
    explicit Database(QString connectionName);
    core::Result<void> applyPragmas() const;

    friend class Transaction;

    QString m_connectionName;
    int m_transactionDepth = 0;
};

} // namespace vsys::db
