// SPDX-License-Identifier: MIT
// SyncStateRepository: per account, where the changes feed left off and when a sync last succeeded.
#pragma once

#include "core/Result.h"
#include "db/StatementCache.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace vsys::db {

class Database;

class SyncStateRepository
{
    Q_DECLARE_TR_FUNCTIONS(SyncStateRepository)
public:
    explicit SyncStateRepository(Database& database);

    /// The cursor to send as GET /changes?since=; "0" before the first sync (docs/api.md).
    core::Result<QString> cursor(qint64 accountId) const;
    /// A null QDateTime before the first successful sync.
    core::Result<QDateTime> lastSyncAt(qint64 accountId) const;
    /// Stores the cursor the server answered with and the time the sync succeeded.
    core::Result<void> save(qint64 accountId, const QString& cursor, const QDateTime& syncedAt);

private:
    core::Result<QVariant> column(qint64 accountId, int index) const;

    StatementCache m_statements;
};

} // namespace vsys::db
