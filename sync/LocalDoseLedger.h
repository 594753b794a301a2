// SPDX-License-Identifier: MIT
// LocalDoseLedger: an account's 接種台帳 on this computer: every record (this desk's and those received from
// the venue's other desks), which are still waiting to be sent, and the recording of a new one.
#pragma once

#include "core/Result.h"
#include "core/ledger/DoseLedger.h"
#include "db/DoseLedgerStore.h"
#include "db/OutboxRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

namespace vsys::db {
class Database;
}

namespace vsys::sync {

class LocalDoseLedger
{
    Q_DECLARE_TR_FUNCTIONS(LocalDoseLedger)
public:
    LocalDoseLedger(db::Database& database, qint64 accountId);

    core::Result<core::DoseLedger> ledger() const;
    /// Ids of the records whose outbox row has not reached the server yet (queued, sending or refused).
    core::Result<QSet<QString>> unsentIds() const;
    /// Checks `entry` (core::DoseJson's bounds; a 接種 ticket not used by another current 接種 row; a
    /// correction of a record of this ledger), then stores it and its outbox row (kind "dose", operation
    /// "post") in one transaction. The caller tells the outbox (Outbox::enqueued).
    core::Result<void> record(const core::DoseEntry& entry, const QDateTime& now);

private:
    db::Database& m_database;
    qint64 m_accountId;
    db::DoseLedgerStore m_store;
    db::OutboxRepository m_outbox;
};

} // namespace vsys::sync
