// SPDX-License-Identifier: MIT
// SchemaMigrator: brings the server database to the newest schema, on SQLite and PostgreSQL alike.
#pragma once

#include "core/Result.h"
#include "server/storage/DatabaseUrl.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace vsys::server {

class Storage;

/// Applies `server/migrations/NNNN_description.sql` (numbered without gaps) in order, each in one
/// transaction together with the new number in `schema_version`. One set of files serves both
/// drivers: a few placeholders are replaced per driver (see expand()). A database written by a
/// newer server is refused without a write. Several server processes starting at once on one
/// PostgreSQL take turns through an advisory lock.
class SchemaMigrator
{
    Q_DECLARE_TR_FUNCTIONS(SchemaMigrator)
public:
    /// The migrations built into the server (`:/server/migrations`).
    SchemaMigrator();
    /// The migrations in `directory`: how tests try other sets.
    explicit SchemaMigrator(const QString& directory);

    int latestVersion() const;
    core::Result<void> migrate(Storage& storage) const;
    /// The version recorded in `schema_version`, 0 for an empty database.
    static core::Result<int> schemaVersion(Storage& storage);

    /// `{{ID}}`, `{{BLOB}}` and `{{TIMESTAMP}}` for `driver`; an unknown placeholder stays and fails.
    static QString expand(const QString& sql, DatabaseUrl::Driver driver);
    /// A migration file's statements for `driver`, expanded. A statement that starts with `{{SQLITE}}`
    /// or `{{POSTGRESQL}}` is only for that driver (what the two cannot say alike, such as changing a
    /// CHECK constraint).
    static QStringList statements(const QString& sql, DatabaseUrl::Driver driver);

private:
    struct Step
    {
        int version = 0;
        QString fileName;
    };

    core::Result<void> apply(Storage& storage, const Step& step) const;

    QString m_directory;
    QList<Step> m_steps;
    QString m_layoutError;
};

} // namespace vsys::server
