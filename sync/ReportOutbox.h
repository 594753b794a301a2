// SPDX-License-Identifier: MIT
// ReportOutbox: how the outbox sends 実績・廃棄の報告 (record kind "report", operation "post", the report as
// its payload), and keeps the server's answer as the report's server record.
#pragma once

#include "db/ServerRecordRepository.h"
#include "sync/OutboxChannel.h"

namespace vsys::db {
class Database;
}

namespace vsys::sync {

class ReportOutbox : public OutboxChannel
{
public:
    static constexpr auto kRecordKind = "report";

    ReportOutbox(db::Database& database, qint64 accountId);

    QString recordKind() const override;
    core::Result<ApiJob*> createJob(const db::OutboxEntry& entry, ApiAccessManager& manager, QObject* parent) override;
    core::Result<void> accept(const db::OutboxEntry& entry, const ApiJob& job) override;

private:
    db::ServerRecordRepository m_serverRecords;
    qint64 m_accountId;
};

} // namespace vsys::sync
