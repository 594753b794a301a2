// SPDX-License-Identifier: MIT
// DoseOutbox: how the outbox sends the 接種台帳's records (record kind "dose", operation "post", the record as
// its payload), and notes in the ledger that the server has each one.
#pragma once

#include "db/DoseLedgerStore.h"
#include "sync/OutboxChannel.h"

namespace vsys::db {
class Database;
}

namespace vsys::sync {

class DoseOutbox : public OutboxChannel
{
public:
    static constexpr auto kRecordKind = "dose";

    DoseOutbox(db::Database& database, qint64 accountId);

    QString recordKind() const override;
    core::Result<ApiJob*> createJob(const db::OutboxEntry& entry, ApiAccessManager& manager, QObject* parent) override;
    core::Result<void> accept(const db::OutboxEntry& entry, const ApiJob& job) override;

private:
    db::DoseLedgerStore m_ledger;
    qint64 m_accountId;
};

} // namespace vsys::sync
