// SPDX-License-Identifier: MIT
// SyncStateRepository: SQL for the sync_state table of 0003_sync.sql; a missing row means "never synced".
#include "db/SyncStateRepository.h"

#include "db/StoredTime.h"

using namespace Qt::StringLiterals;

namespace vsys::db {

namespace {

const QString kSelect = u"SELECT changes_cursor, last_sync_at FROM sync_state WHERE account_id = :account_id"_s;
const QString kUpsert = u"INSERT INTO sync_state (account_id, changes_cursor, last_sync_at) VALUES (:account_id, "
                        ":cursor, :synced_at) ON CONFLICT (account_id) DO UPDATE SET changes_cursor = "
                        "excluded.changes_cursor, last_sync_at = excluded.last_sync_at"_s;
const QString kFirstCursor = u"0"_s;

} // namespace

SyncStateRepository::SyncStateRepository(Database& database)
    : m_statements(database)
{}

core::Result<QString> SyncStateRepository::cursor(qint64 accountId) const
{
    const auto value = column(accountId, 0);
    if (!value) {
        return value.error();
    }
    return value->isNull() ? kFirstCursor : value->toString();
}

core::Result<QDateTime> SyncStateRepository::lastSyncAt(qint64 accountId) const
{
    const auto value = column(accountId, 1);
    if (!value) {
        return value.error();
    }
    return fromStoredTime(*value);
}

core::Result<void> SyncStateRepository::save(qint64 accountId, const QString& cursor, const QDateTime& syncedAt)
{
    return m_statements.execute(
        kUpsert, {{u":account_id"_s, accountId}, {u":cursor"_s, cursor}, {u":synced_at"_s, toStoredTime(syncedAt)}},
        tr("Could not save the sync position to the local database: %1"));
}

core::Result<QVariant> SyncStateRepository::column(qint64 accountId, int index) const
{
    return m_statements.execute(kSelect, {{u":account_id"_s, accountId}},
                                tr("Could not read the sync position from the local database: %1"),
                                [index](QSqlQuery& query) { return query.next() ? query.value(index) : QVariant(); });
}

} // namespace vsys::db
