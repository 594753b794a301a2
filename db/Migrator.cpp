// SPDX-License-Identifier: MIT
// Migrator: one transaction per numbered file, so a failed step leaves the database at the previous version.
#include "db/Migrator.h"

#include "core/SqlScript.h"
#include "db/Database.h"
#include "db/Logging.h"
#include "db/Transaction.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace vsys::db {

Migrator::Migrator()
    : Migrator(u":/db/migrations"_s)
{}

Migrator::Migrator(const QString& directory)
    : m_directory(directory)
{
    static const QRegularExpression kName(u"^(\\d{4})_[a-z0-9_]+\\.sql$"_s);
    const QStringList files = QDir(directory).entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QRegularExpressionMatch match = kName.match(file);
        if (match.hasMatch()) {
            m_steps.append({match.captured(1).toInt(), file});
        } else {
            m_misnamed.append(file);
        }
    }
}

int Migrator::latestVersion() const
{
    return m_steps.isEmpty() ? 0 : m_steps.constLast().version;
}

core::Result<void> Migrator::checkSupported(const QSqlDatabase& connection) const
{
    if (auto layout = checkLayout(); !layout) {
        return layout;
    }
    const auto version = schemaVersion(connection);
    if (!version) {
        return version.error();
    }
    if (*version > latestVersion()) {
        qCWarning(lcDb).nospace() << "Refusing a database at schema version " << *version << "; this build knows up to "
                                  << latestVersion();
        return core::Error{{},
                           tr("The local database was saved by a newer version of VSYS Desk (schema version %1; "
                              "this version knows up to %2). Please update VSYS Desk to the latest version.")
                               .arg(*version)
                               .arg(latestVersion())};
    }
    return {};
}

core::Result<void> Migrator::migrate(Database& database) const
{
    if (auto supported = checkSupported(database.connection()); !supported) {
        return supported;
    }
    const auto current = schemaVersion(database.connection());
    if (!current) {
        return current.error();
    }
    for (const Step& step : m_steps) {
        if (step.version <= *current) {
            continue;
        }
        if (auto applied = apply(database, step); !applied) {
            return applied;
        }
    }
    return {};
}

core::Result<int> Migrator::schemaVersion(const QSqlDatabase& connection)
{
    QSqlQuery query(connection);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
        return core::Error{{},
                           tr("Could not read the schema version of the local database (%1): %2")
                               .arg(QDir::toNativeSeparators(connection.databaseName()), query.lastError().text())};
    }
    return query.value(0).toInt();
}

core::Result<void> Migrator::checkLayout() const
{
    if (!m_misnamed.isEmpty()) {
        return core::Error{
            {}, tr("The database migration %1 is not named NNNN_description.sql.").arg(m_misnamed.constFirst())};
    }
    if (m_steps.isEmpty()) {
        return core::Error{{}, tr("No database migrations were found in %1.").arg(m_directory)};
    }
    // A gap or a duplicate number would make user_version ambiguous for every later step.
    for (qsizetype i = 0; i < m_steps.size(); ++i) {
        if (m_steps.at(i).version != i + 1) {
            return core::Error{{},
                               tr("The database migrations are not numbered 0001, 0002, ... without gaps: %1 is out "
                                  "of place.")
                                   .arg(m_steps.at(i).fileName)};
        }
    }
    return {};
}

core::Result<void> Migrator::apply(Database& database, const Step& step) const
{
    const auto failed = [&step](const QString& detail) {
        qCWarning(lcDb) << "Migration" << step.fileName << "failed:" << detail;
        return core::Error{{}, tr("Could not update the local database with %1: %2").arg(step.fileName, detail)};
    };

    QFile file(m_directory + u'/' + step.fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        return failed(file.errorString());
    }
    const QStringList statements = core::splitSqlStatements(QString::fromUtf8(file.readAll()));

    Transaction transaction(database);
    if (auto begun = transaction.begin(); !begun) {
        return failed(begun.error().message);
    }
    // Checked again under the write lock: another process may have migrated while this one waited.
    const auto current = schemaVersion(database.connection());
    if (!current) {
        return failed(current.error().message);
    }
    if (*current >= step.version) {
        return {};
    }
    QSqlQuery query(database.connection());
    for (qsizetype i = 0; i < statements.size(); ++i) {
        if (!query.exec(statements.at(i))) {
            return failed(u"statement %1: %2"_s.arg(i + 1).arg(query.lastError().text()));
        }
    }
    // user_version lives in the file header and is transactional: it commits with the step or not at all.
    if (!query.exec(u"PRAGMA user_version = %1"_s.arg(step.version))) {
        return failed(query.lastError().text());
    }
    query.finish();
    if (auto committed = transaction.commit(); !committed) {
        return failed(committed.error().message);
    }
    qCInfo(lcDb) << "Applied database migration" << step.fileName;
    return {};
}

} // namespace vsys::db
