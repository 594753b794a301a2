// SPDX-License-Identifier: MIT
// DatabaseUrl: where the server keeps its data, from `--database` (sqlite:PATH or postgresql://…).
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace vsys::server {

/// `sqlite:PATH` (the embedded default; PATH may be relative) or
/// `postgresql://user:password@host:port/database[?schema=NAME]`. The optional schema becomes the
/// connection's search_path, so that several test runs (or tenants) can share one database.
struct DatabaseUrl
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseUrl)
public:
    enum class Driver { Sqlite, Postgres };

    Driver driver = Driver::Sqlite;
    QString path; ///< SQLite file
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString databaseName;
    QString schema;

    static core::Result<DatabaseUrl> parse(const QString& text);
    static DatabaseUrl sqlite(const QString& path);

    /// For messages and logs: the URL without its password.
    QString redacted() const;
    /// The Qt SQL driver name (QSQLITE, QPSQL).
    QString qtDriver() const;
};

} // namespace vsys::server
