// SPDX-License-Identifier: MIT
// StatementCache: a repository's prepared statements, prepared on first use and kept for its lifetime.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QString>
#include <QVariantMap>

#include <memory>
#include <type_traits>
#include <unordered_map>

namespace vsys::db {

class Database;

namespace detail {
// A `use` callback may return a plain value or a core::Result of one; either way the caller gets one Result.
template <typename T> struct ResultOf
{
    using type = core::Result<T>;
};
template <typename T> struct ResultOf<core::Result<T>>
{
    using type = core::Result<T>;
};
} // namespace detail

/// Keyed by the SQL text, so a repository names each statement once as a constant. Must not outlive
/// its Database. A statement must be finished after use: an open statement keeps a read snapshot,
/// which blocks WAL checkpoints. execute() does that itself; callers of get() must finish() it.
class StatementCache
{
    Q_DECLARE_TR_FUNCTIONS(StatementCache)
public:
    explicit StatementCache(Database& database);
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;

    /// The forward-only prepared statement for `sql`.
    core::Result<QSqlQuery*> get(const QString& sql) const;

    /// Runs the statement for `sql` with the named `bindings` and finishes it. `failureMessage` is the
    /// caller's translated text, with %1 for the driver's message, so it stays in the caller's tr() context.
    core::Result<void> execute(const QString& sql, const QVariantMap& bindings, const QString& failureMessage) const;

    /// Like execute(), but hands the executed statement to `use` before finishing it and returns what
    /// `use` returns.
    template <typename Use>
    typename detail::ResultOf<std::invoke_result_t<Use&, QSqlQuery&>>::type
    execute(const QString& sql, const QVariantMap& bindings, const QString& failureMessage, Use&& use) const
    {
        const auto statement = run(sql, bindings, failureMessage);
        if (!statement) {
            return statement.error();
        }
        QSqlQuery& query = **statement;
        const auto release = qScopeGuard([&query] { query.finish(); });
        return use(query);
    }

private:
    /// The executed statement, still open; on failure it is already finished.
    core::Result<QSqlQuery*> run(const QString& sql, const QVariantMap& bindings, const QString& failureMessage) const;

    Database& m_database;
    mutable std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace vsys::db
