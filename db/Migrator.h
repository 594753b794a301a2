// SPDX-License-Identifier: MIT
// Migrator: brings a local database to the newest schema with numbered .sql files and PRAGMA user_version.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace vsys::db {

class Database;

/// Applies `NNNN_description.sql` files (numbered 0001, 0002, … without gaps) in order. Each file
/// runs in one transaction together with `PRAGMA user_version = NNNN`, so a database is always
/// exactly at one known version. Released files are immutable: change the schema with a new file.
/// Foreign keys stay enforced while a step runs (SQLite ignores switching them inside a transaction);
/// a step that rebuilds a referenced table uses `PRAGMA defer_foreign_keys = ON`.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)
public:
    /// The migrations shipped in the app (`:/db/migrations`).
    Migrator();
    /// The migrations in `directory` (a folder or a resource path): how tests try broken steps.
    explicit Migrator(const QString& directory);

    /// The schema version the migrations lead to: the highest file number.
    int latestVersion() const;

    /// Refuses a database written by a newer app (or bad migration files) without writing to it.
    core::Result<void> checkSupported(const QSqlDatabase& connection) const;
    /// Applies every migration above the database's user_version.
    core::Result<void> migrate(Database& database) const;

    /// PRAGMA user_version of `connection`.
    static core::Result<int> schemaVersion(const QSqlDatabase& connection);

private:
    struct Step
    {
        int version = 0;
        QString fileName;
    };

    core::Result<void> checkLayout() const;
    core::Result<void> apply(Database& database, const Step& step) const;

    QString m_directory;
    QList<Step> m_steps;
    QStringList m_misnamed;
};

} // namespace vsys::db
