// SPDX-License-Identifier: MIT
// StatementCache: a repository's prepared statements, prepared on first use and kept for its lifetime.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <unordered_map>

namespace vsys::db {

class Database;

/// Keyed by the SQL text, so a repository names each statement once as a constant. Must not outlive
/// its Database. Callers finish() a statement after use: an open statement keeps a read snapshot,
/// which blocks WAL checkpoints.
class StatementCache
{
    Q_DECLARE_TR_FUNCTIONS(StatementCache)
public:
    explicit StatementCache(Database& database);
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;

    /// The forward-only prepared statement for `sql`.
    core::Result<QSqlQuery*> get(const QString& sql) const;

private:
    Database& m_database;
    mutable std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace vsys::db
