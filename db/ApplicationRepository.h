// SPDX-License-Identifier: MIT
// ApplicationRepository: the local cache of applications (申込) with each one's sync state (同期状態).
#pragma once

#include "core/Result.h"
#include "core/application/ApplicationRecord.h"
#include "core/sync/SyncState.h"
#include "db/StatementCache.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace vsys::db {

class Database;

/// An application as this desktop has it. `record.content` is the user's; the server-owned fields
/// (number, status, version, review) are the server's as last seen.
struct LocalApplication
{
    qint64 accountId = 0;
    core::ApplicationRecord record;
    /// Derived from the outbox on every read, so it can never disagree with what is really queued.
    core::SyncState syncState = core::SyncState::Draft;
    QString syncError; ///< the server's message (Japanese) while syncState is Error
    std::optional<core::ApplicationRecord> serverCopy; ///< the server's record while syncState is Conflict
    QDateTime localUpdatedAt; ///< the last local edit

    bool operator==(const LocalApplication&) const = default;
};

/// Only sync::Outbox writes local edits (together with their outbox row, in one transaction), so
/// the sync state read here is always backed by a row that will be sent.
class ApplicationRepository
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationRepository)
public:
    explicit ApplicationRepository(Database& database);

    core::Result<std::optional<LocalApplication>> find(const QString& id) const;
    /// The account's applications, newest first (as GET /applications lists them).
    core::Result<QList<LocalApplication>> all(qint64 accountId) const;
    /// Inserts the record or replaces every field of it. A record of another account is refused.
    core::Result<void> save(qint64 accountId, const core::ApplicationRecord& record, const QDateTime& localUpdatedAt);
    /// After the server took a change: number, status, version, review fields and the server's times
    /// from `serverRecord`. The content stays the local one, which may already hold later edits.
    core::Result<void> takeServerFields(const core::ApplicationRecord& serverRecord);
    /// Keeps the server's record beside the local one (競合), or forgets it with std::nullopt.
    core::Result<void> setServerCopy(const QString& id, const std::optional<core::ApplicationRecord>& serverCopy);

private:
    core::Result<LocalApplication> fromRow(const QSqlQuery& query) const;

    StatementCache m_statements;
};

} // namespace vsys::db
