// SPDX-License-Identifier: MIT
// ChangeLogRepository: the change log (変更履歴) of applications (申込), one row per changed field.
#pragma once

#include "core/Result.h"
#include "core/application/FieldChange.h"
#include "db/StatementCache.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace vsys::db {

class Database;

struct ChangeLogEntry
{
    QDateTime changedAt;
    core::FieldChange change;

    bool operator==(const ChangeLogEntry&) const = default;
};

/// Append-only and local: it answers "what did we change?" (「返却後の変更点」) even for edits the server
/// has not received yet. sync::Outbox appends in the transaction that saves the edit.
class ChangeLogRepository
{
    Q_DECLARE_TR_FUNCTIONS(ChangeLogRepository)
public:
    explicit ChangeLogRepository(Database& database);

    /// Adds one row per change, all or none. Nothing happens for an empty list.
    core::Result<void> append(qint64 accountId,
                              const QString& applicationId,
                              const QDateTime& changedAt,
                              const QList<core::FieldChange>& changes);
    /// The application's changes made at or after `since` (every change for an invalid QDateTime), in
    /// the order they were appended; core::FieldChanges::collapse() turns them into the net effect.
    core::Result<QList<ChangeLogEntry>> entries(const QString& applicationId, const QDateTime& since = {}) const;

private:
    Database& m_database;
    StatementCache m_statements;
};

} // namespace vsys::db
