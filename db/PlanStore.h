// SPDX-License-Identifier: MIT
// PlanStore: the 接種計画 on this desktop: the server's plan as last received, the input not registered
// yet (未登録の入力), and the cached クール calendar the plan is judged against.
#pragma once

#include "core/Result.h"
#include "core/plan/CoolPeriod.h"
#include "core/plan/PlanChange.h"
#include "db/ServerRecordRepository.h"
#include "db/StatementCache.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlRecord>

#include <optional>

namespace vsys::db {

class Database;

/// The server's plan with what is needed to judge it offline.
struct StoredPlan
{
    core::VenuePlan plan;
    /// The server's clock minus this PC's clock when an answer with server_time last came (GET or
    /// PUT /plan); nullopt while the plan only came through /changes, which sends no server_time.
    std::optional<qint64> serverTimeOffsetMs;
    QDateTime receivedAt;

    bool operator==(const StoredPlan&) const = default;
};

/// What the plan page held when it last autosaved.
struct PlanDraft
{
    QList<core::PlanRow> rows;
    bool requestApproval = false; ///< 「国の確認を依頼する」
    QDateTime savedAt;

    bool operator==(const PlanDraft&) const = default;
};

/// One plan and one draft per account. The plan is kept as core::PlanJson writes it, so the stored
/// text is the wire form of docs/api.md.
class PlanStore
{
    Q_DECLARE_TR_FUNCTIONS(PlanStore)
public:
    explicit PlanStore(Database& database);

    /// nullopt before the plan was first received.
    core::Result<std::optional<StoredPlan>> plan(qint64 accountId) const;
    /// Stores `plan` unless the stored one has a higher version: answers can cross (a /changes feed
    /// read before a PUT may arrive after the PUT's answer). A `serverTimeOffsetMs` is stored even
    /// then; nullopt keeps the stored one. Returns whether the stored plan changed.
    core::Result<bool> savePlan(qint64 accountId,
                                const core::VenuePlan& plan,
                                const QDateTime& receivedAt,
                                std::optional<qint64> serverTimeOffsetMs);

    /// nullopt when nothing is waiting to be registered.
    core::Result<std::optional<PlanDraft>> draft(qint64 accountId) const;
    /// Inserts the draft or replaces the account's one.
    core::Result<void> saveDraft(qint64 accountId, const PlanDraft& draft);
    /// Forgets the draft; nothing happens when there is none.
    core::Result<void> removeDraft(qint64 accountId);

    /// The クール calendar as the changes feed delivered it (server_record kind "cool"), by id.
    core::Result<QList<core::CoolPeriod>> cools(qint64 accountId) const;

private:
    /// The account's plan_record row, copied out so the statement is already finished.
    core::Result<std::optional<QSqlRecord>> planRow(qint64 accountId) const;
    core::Result<std::optional<QJsonObject>> storedData(qint64 accountId) const;
    core::Result<void> saveOffset(qint64 accountId, qint64 serverTimeOffsetMs);

    Database& m_database;
    StatementCache m_statements;
    ServerRecordRepository m_serverRecords;
};

} // namespace vsys::db
