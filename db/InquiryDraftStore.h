// SPDX-License-Identifier: MIT
// InquiryDraftStore: the 問い合わせフォーム's input not sent yet, one per account.
#pragma once

#include "core/Result.h"
#include "db/StatementCache.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace vsys::db {

class Database;

/// The page decides what the input holds (its fields as typed); the store keeps it as one JSON object.
class InquiryDraftStore
{
    Q_DECLARE_TR_FUNCTIONS(InquiryDraftStore)
public:
    explicit InquiryDraftStore(Database& database);

    /// nullopt when nothing is waiting to be sent.
    core::Result<std::optional<QJsonObject>> draft(qint64 accountId) const;
    /// Inserts the draft or replaces the account's one.
    core::Result<void> save(qint64 accountId, const QJsonObject& input, const QDateTime& savedAt);
    /// Forgets the draft; nothing happens when there is none.
    core::Result<void> remove(qint64 accountId);

private:
    StatementCache m_statements;
};

} // namespace vsys::db
