// SPDX-License-Identifier: MIT
// StatementCache: preparing is the slow part of a QSqlQuery, so each text is prepared once.
#include "db/StatementCache.h"

#include "db/Database.h"

#include <QSqlError>

namespace vsys::db {

StatementCache::StatementCache(Database& database)
    : m_database(database)
{}

core::Result<QSqlQuery*> StatementCache::get(const QString& sql) const
{
    if (const auto found = m_statements.find(sql); found != m_statements.end()) {
        return found->second.get();
    }
    auto query = std::make_unique<QSqlQuery>(m_database.connection());
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        return core::Error{{},
                           tr("Could not prepare a query for the local database: %1").arg(query->lastError().text())};
    }
    QSqlQuery* statement = query.get();
    m_statements.emplace(sql, std::move(query));
    return statement;
}

core::Result<void>
StatementCache::execute(const QString& sql, const QVariantMap& bindings, const QString& failureMessage) const
{
    const auto statement = run(sql, bindings, failureMessage);
    if (!statement) {
        return statement.error();
    }
    (*statement)->finish();
    return {};
}

core::Result<QSqlQuery*>
StatementCache::run(const QString& sql, const QVariantMap& bindings, const QString& failureMessage) const
{
    const auto statement = get(sql);
    if (!statement) {
        return statement.error();
    }
    QSqlQuery& query = **statement;
    for (auto it = bindings.cbegin(); it != bindings.cend(); ++it) {
        query.bindValue(it.key(), it.value());
    }
    if (!query.exec()) {
        const QString detail = query.lastError().text();
        query.finish();
        return core::Error{{}, failureMessage.arg(detail)};
    }
    return &query;
}

} // namespace vsys::db
