// SPDX-License-Identifier: MIT
// InquiryHistory: an account's 問い合わせ as the page lists them: those on the server (server records of kind
// "inquiry", with their answers) and those waiting in the outbox (送信待ち), and the queueing of a new one.
#pragma once

#include "core/Result.h"
#include "core/inquiry/Inquiry.h"
#include "core/sync/SyncState.h"
#include "db/OutboxRepository.h"
#include "db/ServerRecordRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace vsys::db {
class Database;
}

namespace vsys::sync {

/// One line of the list.
struct InquiryEntry
{
    core::Inquiry inquiry;
    core::InquiryStatus status = core::InquiryStatus::Waiting;
    core::SyncState state = core::SyncState::Synced; ///< Waiting ones: Queued, Sending or Error
    QString error; ///< Error: the server's message
    QDateTime enteredAt; ///< the server's time it was sent, or this PC's for one still waiting

    bool operator==(const InquiryEntry&) const = default;
};

class InquiryHistory
{
    Q_DECLARE_TR_FUNCTIONS(InquiryHistory)
public:
    InquiryHistory(db::Database& database, qint64 accountId);

    /// Newest first: the waiting ones (last queued first), then the server's (latest first).
    core::Result<QList<InquiryEntry>> entries() const;
    /// Checks `inquiry` with core::InquiryValidator and writes its outbox row (kind "inquiry", operation "post").
    /// The caller tells the outbox (Outbox::enqueued).
    core::Result<void> queue(core::Inquiry inquiry, const QDateTime& now);

private:
    qint64 m_accountId;
    db::OutboxRepository m_outbox;
    db::ServerRecordRepository m_serverRecords;
};

} // namespace vsys::sync
