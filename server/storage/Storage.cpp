// SPDX-License-Identifier: MIT
// Storage: the thread_local connection holder of server-stack.md ("QtSql per worker thread").
#include "server/storage/Storage.h"

#include "core/SqliteFiles.h"
#include "server/Logging.h"
#include "server/storage/SchemaMigrator.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>

#include <atomic>
#include <map>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace vsys::server {

namespace {

std::atomic<quint64> g_nextStorageId{1};
std::atomic<quint64> g_nextConnectionId{1};

/// One thread's connection to one Storage, with the statements prepared on it.
struct ThreadConnection
{
    QString name = u"vsys-server-%1"_s.arg(g_nextConnectionId.fetch_add(1));
    std::unordered_map<QString, std::shared_ptr<QSqlQuery>> statements;
    int transactionDepth = 0;

    ThreadConnection() = default;
    ThreadConnection(const ThreadConnection&) = delete;
    ThreadConnection& operator=(const ThreadConnection&) = delete;

    ~ThreadConnection()
    {
        // Statements and handles must be gone before removeDatabase(), or Qt warns "still in use".
        statements.clear();
        {
            QSqlDatabase connection = QSqlDatabase::database(name, false);
            if (connection.isValid()) {
                connection.close();
            }
        }
        QSqlDatabase::removeDatabase(name);
    }
};

/// Keyed by Storage id: a process may hold several (the app's embedded server and a test's admin code).
std::map<quint64, ThreadConnection>& threadConnections()
{
    thread_local std::map<quint64, ThreadConnection> connections;
    return connections;
}

} // namespace

SqlRows::SqlRows(const std::shared_ptr<QSqlQuery>& query)
    : m_query(query)
{}

SqlRows::~SqlRows()
{
    if (const auto query = m_query.lock()) {
        query->finish();
    }
}

bool SqlRows::next() const
{
    const auto query = m_query.lock();
    return query && query->next();
}

QVariant SqlRows::value(int column) const
{
    const auto query = m_query.lock();
    return query ? query->value(column) : QVariant();
}

int SqlRows::affected() const
{
    const auto query = m_query.lock();
    return query ? query->numRowsAffected() : 0;
}

core::Result<std::unique_ptr<Storage>> Storage::open(const DatabaseUrl& url)
{
    if (url.driver == DatabaseUrl::Driver::Sqlite) {
        const QString folder = QFileInfo(url.path).absolutePath();
        if (!QDir().mkpath(folder)) {
            return core::Error{
                u"database"_s,
                tr("Could not create the folder for the server database (%1).").arg(QDir::toNativeSeparators(folder)),
                core::ErrorCode::Storage};
        }
        if (auto made = core::SqliteFiles::makePrivate(url.path); !made) {
            return core::Error{u"database"_s, made.error().message, core::ErrorCode::Storage};
        }
    }
    std::unique_ptr<Storage> storage(new Storage(url));
    if (auto connection = storage->connection(); !connection) {
        return connection.error();
    }
    if (auto migrated = SchemaMigrator().migrate(*storage); !migrated) {
        return migrated.error();
    }
    qCInfo(lcServerStorage) << "Opened the server database" << url.redacted();
    return storage;
}

Storage::Storage(DatabaseUrl url)
    : m_url(std::move(url))
    , m_id(g_nextStorageId.fetch_add(1))
{}

Storage::~Storage()
{
    discardConnection();
}

core::Result<QSqlDatabase> Storage::connection()
{
    const QString name = threadConnections()[m_id].name;
    {
        QSqlDatabase connection = QSqlDatabase::database(name, false);
        if (connection.isValid() && connection.isOpen()) {
            return connection;
        }
        if (!connection.isValid()) {
            connection = QSqlDatabase::addDatabase(m_url.qtDriver(), name);
            if (m_url.driver == DatabaseUrl::Driver::Sqlite) {
                connection.setDatabaseName(m_url.path);
                // Writers on other worker threads hold the lock for a moment; wait rather than fail.
                connection.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
            } else {
                connection.setHostName(m_url.host);
                connection.setPort(m_url.port);
                connection.setUserName(m_url.user);
                connection.setPassword(m_url.password);
                connection.setDatabaseName(m_url.databaseName);
                connection.setConnectOptions(u"connect_timeout=3"_s);
            }
        }
        if (connection.open()) {
            if (auto ready = setUp(name); ready) {
                return connection;
            }
        } else {
            qCWarning(lcServerStorage) << "Could not open" << m_url.redacted() << ":" << connection.lastError().text();
        }
    }
    discardConnection();
    // Reaches the services through execute(): a 500, never a refusal of the request.
    return core::Error{u"database"_s, tr("Could not open the server database (%1).").arg(m_url.redacted()),
                       core::ErrorCode::Storage};
}

core::Result<void> Storage::setUp(const QString& connectionName) const
{
    QStringList statements;
    if (m_url.driver == DatabaseUrl::Driver::Sqlite) {
        // WAL lets requests read while another worker writes; foreign keys are off unless asked for.
        statements = {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = NORMAL"_s, u"PRAGMA foreign_keys = ON"_s};
    } else if (!m_url.schema.isEmpty()) {
        statements = {u"SET search_path TO %1"_s.arg(m_url.schema)};
    }
    QSqlQuery query(QSqlDatabase::database(connectionName, false));
    for (const QString& statement : statements) {
        if (!query.exec(statement)) {
            qCWarning(lcServerStorage) << "Could not set up" << m_url.redacted() << ":" << query.lastError().text();
            return core::Error{{}, query.lastError().text(), core::ErrorCode::Storage};
        }
    }
    return {};
}

core::Result<SqlRows> Storage::execute(const QString& sql, const QVariantMap& values)
{
    QString detail;
    {
        auto connection = this->connection();
        if (!connection) {
            return connection.error();
        }
        auto& statements = threadConnections()[m_id].statements;
        auto found = statements.find(sql);
        if (found == statements.end()) {
            auto query = std::make_shared<QSqlQuery>(*connection);
            if (query->prepare(sql)) {
                found = statements.emplace(sql, std::move(query)).first;
            } else {
                detail = query->lastError().text();
            }
        }
        if (detail.isEmpty()) {
            const std::shared_ptr<QSqlQuery> query = found->second;
            for (auto it = values.cbegin(); it != values.cend(); ++it) {
                query->bindValue(u':' + it.key(), it.value());
            }
            m_statements.fetch_add(1, std::memory_order_relaxed);
            if (query->exec()) {
                return SqlRows(query);
            }
            detail = query->lastError().text();
        }
    }
    // Out of the scope above: no handle to the connection may be left when failure() removes it.
    return failure(detail);
}

core::Result<void> Storage::run(const QString& sql, const QVariantMap& values)
{
    const auto rows = execute(sql, values);
    if (!rows) {
        return rows.error();
    }
    return {};
}

core::Result<void> Storage::executeOnce(const QString& sql)
{
    QString detail;
    {
        auto connection = this->connection();
        if (!connection) {
            return connection.error();
        }
        QSqlQuery query(*connection);
        m_statements.fetch_add(1, std::memory_order_relaxed);
        if (query.exec(sql)) {
            return {};
        }
        detail = query.lastError().text();
    }
    return failure(detail);
}

core::Error Storage::failure(const QString& detail)
{
    qCWarning(lcServerStorage) << "Database error on" << m_url.redacted() << ":" << detail;
    discardConnection();
    return core::Error{{},
                       tr("The server could not read or write its database. Please try again in a moment."),
                       core::ErrorCode::Storage};
}

int& Storage::transactionDepth()
{
    return threadConnections()[m_id].transactionDepth;
}

void Storage::discardConnection()
{
    threadConnections().erase(m_id);
}

} // namespace vsys::server
