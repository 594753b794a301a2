// SPDX-License-Identifier: MIT
// AccountRepository: the V-SYS IDs that have signed in to a server from this desktop (no secrets).
#pragma once

#include "core/Result.h"
#include "db/StatementCache.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace vsys::db {

class Database;

/// One V-SYS ID on one server, and the venue (接種会場) the server said it belongs to. Passwords and
/// tokens are deliberately absent: they live in the OS keychain (sync::SecretStore).
struct Account
{
    qint64 id = 0; ///< local row id; 0 until saved
    QUrl serverUrl;
    QString vsysId;
    QString venueId; ///< the server's UUID of the venue
    QString venueName;
    QDateTime lastUsedAt;

    bool operator==(const Account&) const = default;
};

class AccountRepository
{
    Q_DECLARE_TR_FUNCTIONS(AccountRepository)
public:
    explicit AccountRepository(Database& database);

    /// The server URL as it is stored and used in keychain keys: no trailing slash, user info, query or
    /// fragment, so `https://host/` and `https://host` are one server.
    static QString canonicalServerUrl(const QUrl& serverUrl);

    /// Inserts the account, or updates venue and last use of the one with the same server and V-SYS
    /// ID. Returns the row id.
    core::Result<qint64> save(const Account& account);
    core::Result<std::optional<Account>> find(qint64 id) const;
    core::Result<std::optional<Account>> find(const QUrl& serverUrl, const QString& vsysId) const;
    /// Most recently used first, so a login screen can offer the first one.
    core::Result<QList<Account>> all() const;

private:
    core::Result<std::optional<Account>> findOne(const QString& sql, const QVariantMap& bindings) const;

    StatementCache m_statements;
};

} // namespace vsys::db
