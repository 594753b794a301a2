// SPDX-License-Identifier: MIT
#include "sync/InquiryHistory.h"

#include "sync/InquiryOutbox.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vsys::sync {

InquiryHistory::InquiryHistory(db::Database& database, qint64 accountId)
    : m_accountId(accountId)
    , m_outbox(database)
    , m_serverRecords(database)
{}

core::Result<QList<InquiryEntry>> InquiryHistory::entries() const
{
    const auto records = m_serverRecords.all(m_accountId, db::ServerRecordKind::Inquiry);
    if (!records) {
        return records.error();
    }
    QList<InquiryEntry> sent;
    QSet<QString> onServer;
    for (const QJsonObject& record : *records) {
        auto inquiry = core::InquiryJson::fromJson(record);
        if (!inquiry) {
            return core::Error{inquiry.error().field,
                               tr("An inquiry stored on this computer cannot be read (%1). Please contact the "
                                  "support desk.")
                                   .arg(inquiry.error().message)};
        }
        onServer.insert(inquiry->id);
        sent.append({*inquiry, inquiry->status(), core::SyncState::Synced, {}, inquiry->sentAt});
    }
    std::stable_sort(sent.begin(), sent.end(),
                     [](const InquiryEntry& a, const InquiryEntry& b) { return a.enteredAt > b.enteredAt; });

    const auto rows = m_outbox.unsyncedOfKind(m_accountId, QString::fromLatin1(InquiryOutbox::kRecordKind));
    if (!rows) {
        return rows.error();
    }
    QList<InquiryEntry> entries;
    for (auto row = rows->crbegin(); row != rows->crend(); ++row) {
        // Accepted and delivered by /changes before the row was marked: the server's copy says it all.
        if (onServer.contains(row->recordId)) {
            continue;
        }
        auto inquiry = core::InquiryJson::fromJson(row->payload);
        if (!inquiry) {
            return inquiry.error();
        }
        const core::SyncState state = row->state == db::OutboxState::Sending ? core::SyncState::Sending
            : row->state == db::OutboxState::Queued                          ? core::SyncState::Queued
                                                                             : core::SyncState::Error;
        entries.append({*inquiry, core::InquiryStatus::Waiting, state, row->lastError, row->createdAt});
    }
    entries.append(sent);
    return entries;
}

core::Result<void> InquiryHistory::queue(core::Inquiry inquiry, const QDateTime& now)
{
    if (const QList<core::Error> refused = core::InquiryValidator::check(inquiry); !refused.isEmpty()) {
        return refused.constFirst();
    }
    const auto queued = m_outbox.enqueue(m_accountId, QString::fromLatin1(InquiryOutbox::kRecordKind), inquiry.id,
                                         db::OutboxOperation::Post, core::InquiryJson::toJson(inquiry), 0, now);
    if (!queued) {
        return queued.error();
    }
    return {};
}

} // namespace vsys::sync
