// SPDX-License-Identifier: MIT
// InquiryOutbox: how the outbox sends 問い合わせ (record kind "inquiry", operation "post", the inquiry as its
// payload), and keeps the server's answer as the inquiry's server record.
#pragma once

#include "db/ServerRecordRepository.h"
#include "sync/OutboxChannel.h"

namespace vsys::db {
class Database;
}

namespace vsys::sync {

class InquiryOutbox : public OutboxChannel
{
public:
    static constexpr auto kRecordKind = "inquiry";

    InquiryOutbox(db::Database& database, qint64 accountId);

    QString recordKind() const override;
    core::Result<ApiJob*> createJob(const db::OutboxEntry& entry, ApiAccessManager& manager, QObject* parent) override;
    core::Result<void> accept(const db::OutboxEntry& entry, const ApiJob& job) override;

private:
    db::ServerRecordRepository m_serverRecords;
    qint64 m_accountId;
};

} // namespace vsys::sync
