// SPDX-License-Identifier: MIT
// Database: opening order matters: refuse a newer file before any pragma writes to it, then migrate.
#include "db/Database.h"

#include "core/SqliteFiles.h"
#include "db/LocalBackups.h"
#include "db/Logging.h"
#include "db/Migrator.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace vsys::db {

core::Result<std::unique_ptr<Database>> Database::open(const QString& path, const QString& connectionName)
{
    return open(path, connectionName, Migrator());
}

core::Result<std::unique_ptr<Database>>
Database::open(const QString& path, const QString& connectionName, const Migrator& migrator)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    // addDatabase() would silently replace the other owner's connection.
    if (QSqlDatabase::contains(connectionName)) {
        return core::Error{{},
                           tr("Could not open the local database (%1): %2")
                               .arg(shownPath, u"connection name \"%1\" is already in use"_s.arg(connectionName))};
    }
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        return core::Error{
            {}, tr("Could not create the folder for the local database (%1).").arg(QDir::toNativeSeparators(folder))};
    }
    // 復元 stages its copy and lets the app restart: it replaces the data here, before any connection is open.
    if (auto restored = LocalBackups(path).applyStagedRestore(QDateTime::currentDateTime()); !restored) {
        return restored.error();
    }
    if (auto made = core::SqliteFiles::makePrivate(path); !made) {
        return made.error();
    }

    // From here on the destructor removes the connection again on every error path.
    std::unique_ptr<Database> database(new Database(connectionName));
    QSqlDatabase connection = database->connection();
    if (!connection.isValid()) {
        return core::Error{{}, tr("Could not open the local database (%1): %2").arg(shownPath, u"no QSQLITE driver"_s)};
    }
    connection.setDatabaseName(path);
    // Another process (the embedded server, a second window) may hold the write lock for a moment.
    connection.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!connection.open()) {
        return core::Error{
            {}, tr("Could not open the local database (%1): %2").arg(shownPath, connection.lastError().text())};
    }

    if (auto supported = migrator.checkSupported(connection); !supported) {
        return supported.error();
    }
    if (auto configured = database->applyPragmas(); !configured) {
        return configured.error();
    }
    if (auto migrated = migrator.migrate(*database); !migrated) {
        return migrated.error();
    }
    qCInfo(lcDb) << "Opened the local database at schema version" << database->schemaVersion();
    return database;
}

Database::Database(QString connectionName)
    : m_connectionName(std::move(connectionName))
{
    QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
}

Database::~Database()
{
    // Every QSqlDatabase handle must be gone before removeDatabase(), or Qt warns that the connection
    // is still in use; hence the inner scope.
    {
        QSqlDatabase connection = QSqlDatabase::database(m_connectionName, false);
        connection.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    const auto version = Migrator::schemaVersion(connection());
    return version ? *version : -1;
}

core::Result<void> Database::applyPragmas() const
{
    const QSqlDatabase db = connection();
    const auto failed = [&db](const QString& detail) {
        return core::Error{{},
                           tr("Could not set up the local database (%1): %2")
                               .arg(QDir::toNativeSeparators(db.databaseName()), detail)};
    };
    QSqlQuery query(db);
    // WAL lets the UI read while the sync engine writes. SQLite quietly keeps the old journal mode where
    // WAL is impossible (some network drives), so check the answer instead of trusting the request.
    if (!query.exec(u"PRAGMA journal_mode = WAL"_s) || !query.next()) {
        return failed(query.lastError().text());
    }
    const QString journalMode = query.value(0).toString();
    if (journalMode.compare(u"wal"_s, Qt::CaseInsensitive) != 0) {
        return failed(u"journal_mode is %1, WAL is required"_s.arg(journalMode));
    }
    // In WAL mode NORMAL still keeps the file consistent on power loss (at worst the last commits are
    // lost), without a disk sync on every status click.
    if (!query.exec(u"PRAGMA synchronous = NORMAL"_s)) {
        return failed(query.lastError().text());
    }
    // Off by default in SQLite, and silently ignored inside a transaction: set it here, then verify.
    if (!query.exec(u"PRAGMA foreign_keys = ON"_s) || !query.exec(u"PRAGMA foreign_keys"_s) || !query.next()) {
        return failed(query.lastError().text());
    }
    if (query.value(0).toInt() != 1) {
        return failed(u"foreign_keys could not be enabled"_s);
    }
    return {};
}

} // namespace vsys::db
