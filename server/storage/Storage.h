// SPDX-License-Identifier: MIT
// Storage: the server's database (SQLite or PostgreSQL), one connection per thread, migrated at open.
#pragma once

#include "core/Result.h"
#include "server/storage/DatabaseUrl.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantMap>

#include <atomic>
#include <memory>

namespace vsys::server {

/// The rows of an executed statement. Finishing the statement when this goes away matters: an
/// unfinished SQLite statement keeps its read snapshot, and the next request on that worker would
/// read stale data. Safe to outlive the connection (it then does nothing).
class SqlRows
{
public:
    explicit SqlRows(const std::shared_ptr<QSqlQuery>& query);
    SqlRows(SqlRows&& other) noexcept = default;
    SqlRows& operator=(SqlRows&& other) noexcept = default;
    ~SqlRows();

    /// const because core::Result hands out const access; the cursor lives in the shared statement.
    bool next() const;
    QVariant value(int column) const;
    int affected() const;

private:
    std::weak_ptr<QSqlQuery> m_query;
};

/// Opens the database named by a DatabaseUrl and brings it to the newest schema. Afterwards any
/// thread may use it: each gets its own connection on first use (cpp-httplib's workers are plain
/// threads, and a Qt connection belongs to the thread that made it). A connection is closed after a
/// failed statement and reopened by the next use, which is how the server rides out a database restart.
/// Connections of other threads end with their thread, so stop the HTTP server before the Storage.
class Storage
{
    Q_DECLARE_TR_FUNCTIONS(Storage)
public:
    static core::Result<std::unique_ptr<Storage>> open(const DatabaseUrl& url);
    ~Storage();
    Storage(const Storage&) = delete;
    Storage& operator=(const Storage&) = delete;

    const DatabaseUrl& url() const { return m_url; }
    bool isPostgres() const { return m_url.driver == DatabaseUrl::Driver::Postgres; }

    /// The calling thread's connection, opened and set up on first use.
    core::Result<QSqlDatabase> connection();
    /// Prepares `sql` on the calling thread's connection (once per connection), binds `values` by
    /// name (":name" ← values["name"]) and executes it.
    core::Result<SqlRows> execute(const QString& sql, const QVariantMap& values = {});
    /// execute() for a statement whose rows nobody reads.
    core::Result<void> run(const QString& sql, const QVariantMap& values = {});
    /// Runs a statement without caching it (transaction control, DDL).
    core::Result<void> executeOnce(const QString& sql);
    /// Closes the calling thread's connection (the next use opens it again): a server's main thread gives
    /// back the one it migrated with, so that the process holds only its database threads' connections.
    void releaseConnection() { discardConnection(); }
    /// Logs `detail` (never bound values), closes this thread's connection so the next use reopens
    /// it, and returns the message the user sees, which never shows internals.
    core::Error failure(const QString& detail);
    /// The statements executed so far, on all threads: the tests count what one request costs.
    quint64 statementCount() const { return m_statements.load(std::memory_order_relaxed); }

private:
    friend class SqlTransaction;

    explicit Storage(DatabaseUrl url);
    /// How many SqlTransactions are open on the calling thread's connection.
    int& transactionDepth();
    core::Result<void> setUp(const QString& connectionName) const;
    void discardConnection();

    DatabaseUrl m_url;
    quint64 m_id = 0;
    std::atomic<quint64> m_statements{0};
};

} // namespace vsys::server
