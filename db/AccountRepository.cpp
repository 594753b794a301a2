// SPDX-License-Identifier: MIT
// AccountRepository: SQL for the account table of 0003_sync.sql.
#include "db/AccountRepository.h"

#include "db/StoredTime.h"

#include <QScopeGuard>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace vsys::db {

namespace {

const QString kColumns = u"SELECT id, server_url, vsys_id, venue_id, venue_name, last_used_at FROM account "_s;
const QString kSelectById = kColumns + u"WHERE id = :id"_s;
const QString kSelectByKey = kColumns + u"WHERE server_url = :server_url AND vsys_id = :vsys_id"_s;
const QString kSelectAll = kColumns + u"ORDER BY last_used_at IS NULL, last_used_at DESC, id"_s;
// An empty venue from a caller that does not know it (yet) must not erase what the server told earlier.
const QString kUpsert = u"INSERT INTO account (server_url, vsys_id, venue_id, venue_name, last_used_at, created_at) "
                        "VALUES (:server_url, :vsys_id, :venue_id, :venue_name, :last_used_at, :created_at) "
                        "ON CONFLICT (server_url, vsys_id) DO UPDATE SET "
                        "venue_id = coalesce(excluded.venue_id, venue_id), "
                        "venue_name = coalesce(excluded.venue_name, venue_name), "
                        "last_used_at = coalesce(excluded.last_used_at, last_used_at) "
                        "RETURNING id"_s;

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

Account accountFromRow(const QSqlQuery& query)
{
    Account account;
    account.id = query.value(0).toLongLong();
    account.serverUrl = QUrl(query.value(1).toString());
    account.vsysId = query.value(2).toString();
    account.venueId = query.value(3).toString();
    account.venueName = query.value(4).toString();
    account.lastUsedAt = fromStoredTime(query.value(5));
    return account;
}

} // namespace

AccountRepository::AccountRepository(Database& database)
    : m_statements(database)
{}

QString AccountRepository::canonicalServerUrl(const QUrl& serverUrl)
{
    QUrl canonical = serverUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment
                                        | QUrl::NormalizePathSegments | QUrl::StripTrailingSlash);
    // StripTrailingSlash leaves a lone "/", which would make "https://host/" a second server.
    if (canonical.path() == u"/"_s) {
        canonical.setPath(QString());
    }
    return canonical.toString();
}

core::Result<qint64> AccountRepository::save(const Account& account)
{
    const auto statement = m_statements.get(kUpsert);
    if (!statement) {
        return statement.error();
    }
    QSqlQuery& query = **statement;
    const auto release = qScopeGuard([&query] { query.finish(); });
    query.bindValue(u":server_url"_s, canonicalServerUrl(account.serverUrl));
    query.bindValue(u":vsys_id"_s, account.vsysId);
    query.bindValue(u":venue_id"_s, textOrNull(account.venueId));
    query.bindValue(u":venue_name"_s, textOrNull(account.venueName));
    query.bindValue(u":last_used_at"_s, toStoredTime(account.lastUsedAt));
    query.bindValue(u":created_at"_s, toStoredTime(QDateTime::currentDateTimeUtc()));
    if (!query.exec() || !query.next()) {
        return core::Error{
            {},
            tr("Could not save V-SYS ID %1 to the local database: %2").arg(account.vsysId, query.lastError().text())};
    }
    return query.value(0).toLongLong();
}

core::Result<std::optional<Account>> AccountRepository::find(qint64 id) const
{
    return findOne(kSelectById, {{u":id"_s, id}});
}

core::Result<std::optional<Account>> AccountRepository::find(const QUrl& serverUrl, const QString& vsysId) const
{
    return findOne(kSelectByKey, {{u":server_url"_s, canonicalServerUrl(serverUrl)}, {u":vsys_id"_s, vsysId}});
}

core::Result<QList<Account>> AccountRepository::all() const
{
    return m_statements.execute(kSelectAll, {}, tr("Could not read the V-SYS IDs from the local database: %1"),
                                [](QSqlQuery& query) {
                                    QList<Account> accounts;
                                    while (query.next()) {
                                        accounts.append(accountFromRow(query));
                                    }
                                    return accounts;
                                });
}

core::Result<std::optional<Account>> AccountRepository::findOne(const QString& sql, const QVariantMap& bindings) const
{
    return m_statements.execute(
        sql, bindings, tr("Could not read the V-SYS IDs from the local database: %1"),
        [](QSqlQuery& query) { return query.next() ? std::optional<Account>(accountFromRow(query)) : std::nullopt; });
}

} // namespace vsys::db
