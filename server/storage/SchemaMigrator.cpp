// SPDX-License-Identifier: MIT
// SchemaMigrator: one transaction per numbered file, so a failed step leaves the previous version intact.
#include "server/storage/SchemaMigrator.h"

#include "core/SqlScript.h"
#include "server/Logging.h"
#include "server/storage/SqlTransaction.h"
#include "server/storage/Storage.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace vsys::server {

namespace {

// Any constant shared by all server processes; it only has to differ from other users' advisory locks.
constexpr qint64 kMigrationLock = 0x5653595344534b31; // "VSYSDSK1"

const QString kCreateVersionTable = u"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"_s;
const QString kSelectVersion = u"SELECT MAX(version) FROM schema_version"_s;

} // namespace

SchemaMigrator::SchemaMigrator()
    : SchemaMigrator(u":/server/migrations"_s)
{}

SchemaMigrator::SchemaMigrator(const QString& directory)
    : m_directory(directory)
{
    static const QRegularExpression kName(u"^(\\d{4})_[a-z0-9_]+\\.sql$"_s);
    const QStringList files = QDir(directory).entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QRegularExpressionMatch match = kName.match(file);
        if (!match.hasMatch()) {
            m_layoutError = file;
            continue;
        }
        m_steps.append({match.captured(1).toInt(), file});
    }
    for (qsizetype i = 0; i < m_steps.size() && m_layoutError.isEmpty(); ++i) {
        if (m_steps.at(i).version != i + 1) {
            m_layoutError = m_steps.at(i).fileName;
        }
    }
    if (m_steps.isEmpty() && m_layoutError.isEmpty()) {
        m_layoutError = directory;
    }
}

int SchemaMigrator::latestVersion() const
{
    return m_steps.isEmpty() ? 0 : m_steps.constLast().version;
}

core::Result<void> SchemaMigrator::migrate(Storage& storage) const
{
    if (!m_layoutError.isEmpty()) {
        return core::Error{{},
                           tr("The server's database migrations are broken (%1 is misnamed, missing or out of order).")
                               .arg(m_layoutError)};
    }
    for (const Step& step : m_steps) {
        if (auto applied = apply(storage, step); !applied) {
            return applied;
        }
    }
    return {};
}

core::Result<int> SchemaMigrator::schemaVersion(Storage& storage)
{
    if (auto created = storage.executeOnce(kCreateVersionTable); !created) {
        return created.error();
    }
    auto rows = storage.execute(kSelectVersion);
    if (!rows) {
        return rows.error();
    }
    return rows->next() ? rows->value(0).toInt() : 0;
}

QString SchemaMigrator::expand(const QString& sql, DatabaseUrl::Driver driver)
{
    const bool sqlite = driver == DatabaseUrl::Driver::Sqlite;
    QString expanded = sql;
    expanded.replace(u"{{ID}}"_s, sqlite ? u"INTEGER PRIMARY KEY AUTOINCREMENT"_s : u"BIGSERIAL PRIMARY KEY"_s);
    expanded.replace(u"{{BLOB}}"_s, sqlite ? u"BLOB"_s : u"BYTEA"_s);
    expanded.replace(u"{{TIMESTAMP}}"_s, u"TEXT"_s);
    return expanded;
}

QStringList SchemaMigrator::statements(const QString& sql, DatabaseUrl::Driver driver)
{
    const QString mine = driver == DatabaseUrl::Driver::Sqlite ? u"{{SQLITE}}"_s : u"{{POSTGRESQL}}"_s;
    const QString theirs = driver == DatabaseUrl::Driver::Sqlite ? u"{{POSTGRESQL}}"_s : u"{{SQLITE}}"_s;
    QStringList result;
    for (const QString& statement : core::splitSqlStatements(expand(sql, driver))) {
        if (statement.startsWith(theirs)) {
            continue;
        }
        result.append(statement.startsWith(mine) ? statement.mid(mine.size()).trimmed() : statement);
    }
    return result;
}

core::Result<void> SchemaMigrator::apply(Storage& storage, const Step& step) const
{
    QFile file(m_directory + u'/' + step.fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        return storage.failure(u"%1: %2"_s.arg(step.fileName, file.errorString()));
    }
    const QStringList driverStatements = statements(QString::fromUtf8(file.readAll()), storage.url().driver);

    SqlTransaction transaction(storage);
    if (auto begun = transaction.begin(); !begun) {
        return begun;
    }
    if (storage.isPostgres()) {
        // Held until commit: a second process waits here and then finds the step already applied.
        if (auto locked = storage.execute(u"SELECT pg_advisory_xact_lock(:key)"_s, {{u"key"_s, kMigrationLock}});
            !locked) {
            return locked.error();
        }
    }
    const auto current = schemaVersion(storage);
    if (!current) {
        return current.error();
    }
    if (*current > latestVersion()) {
        qCWarning(lcServerStorage).nospace()
            << "Refusing a database at schema version " << *current << "; this server knows up to " << latestVersion();
        return core::Error{u"database"_s,
                           tr("The server database was written by a newer version of vsysdesk-server (schema "
                              "version %1; this version knows up to %2). Please update vsysdesk-server.")
                               .arg(*current)
                               .arg(latestVersion())};
    }
    if (*current >= step.version) {
        return transaction.commit();
    }
    for (const QString& statement : driverStatements) {
        if (auto done = storage.executeOnce(statement); !done) {
            return done;
        }
    }
    if (auto cleared = storage.executeOnce(u"DELETE FROM schema_version"_s); !cleared) {
        return cleared;
    }
    if (auto recorded
        = storage.execute(u"INSERT INTO schema_version (version) VALUES (:version)"_s, {{u"version"_s, step.version}});
        !recorded) {
        return recorded.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed;
    }
    qCInfo(lcServerStorage) << "Applied server migration" << step.fileName;
    return {};
}

} // namespace vsys::server
