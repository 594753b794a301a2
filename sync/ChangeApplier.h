// SPDX-License-Identifier: MIT
// ChangeApplier: brings the server's changes (GET /changes) into the local store without touching local edits.
#pragma once

#include "core/Result.h"
#include "db/AccountRepository.h"
#include "db/ApplicationRepository.h"
#include "db/DoseLedgerStore.h"
#include "db/OutboxRepository.h"
#include "db/PlanStore.h"
#include "db/ServerRecordRepository.h"
#include "db/SyncStateRepository.h"
#include "sync/ChangesJob.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace vsys::db {
class Database;
}

namespace vsys::sync {

/// What a feed answer changed here, for the signals of SyncService.
struct AppliedChanges
{
    QStringList applications; ///< ids of the applications whose local row changed
    bool plan = false; ///< the cached 接種計画 changed
    bool calendar = false; ///< a クール of the calendar arrived
    bool venue = false; ///< the venue record (name, 予約受付状態) arrived
    bool institution = false; ///< the 医療機関情報 or a 接種担当医師 arrived
    bool documents = false; ///< a 委任状 (or its download count) arrived
    bool doses = false; ///< a record of the 接種台帳 from another desk arrived
    bool inquiries = false; ///< a 問い合わせ (or its answer) arrived

    bool operator==(const AppliedChanges&) const = default;
};

/// An application with nothing waiting in the outbox takes the server's record whole. One with
/// local changes on their way keeps them (the outbox settles it: success, or a conflict with both
/// copies); while in conflict, only the kept server copy is refreshed. The plan (kind "plan", id
/// "plan") replaces the cached one unless that one is newer. Documents, クール and the venue are
/// stored as the server sent them. A 接種台帳 record (kind "dose") joins the ledger unless it is there already.
class ChangeApplier
{
    Q_DECLARE_TR_FUNCTIONS(ChangeApplier)
public:
    ChangeApplier(db::Database& database, db::Account account);

    /// Applies `changes` and stores `cursor` as the new position, all or nothing.
    core::Result<AppliedChanges> apply(const QList<Change>& changes, const QString& cursor, const QDateTime& now);

private:
    core::Result<bool> applyApplication(const Change& change, const QDateTime& now);
    core::Result<void> applyVenue(const Change& change);
    core::Result<bool> applyPlan(const Change& change, const QDateTime& now);
    core::Result<bool> applyDose(const Change& change, const QDateTime& now);

    db::Database& m_database;
    db::Account m_account;
    db::AccountRepository m_accounts;
    db::ApplicationRepository m_applications;
    db::DoseLedgerStore m_doses;
    db::OutboxRepository m_outbox;
    db::PlanStore m_plans;
    db::ServerRecordRepository m_serverRecords;
    db::SyncStateRepository m_syncState;
};

} // namespace vsys::sync
