// SPDX-License-Identifier: MIT
#include "sync/InquiryOutbox.h"

#include "sync/InquiryJob.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace vsys::sync {

InquiryOutbox::InquiryOutbox(db::Database& database, qint64 accountId)
    : m_serverRecords(database)
    , m_accountId(accountId)
{}

QString InquiryOutbox::recordKind() const
{
    return QString::fromLatin1(kRecordKind);
}

core::Result<ApiJob*> InquiryOutbox::createJob(const db::OutboxEntry& entry, ApiAccessManager& manager, QObject* parent)
{
    auto inquiry = core::InquiryJson::fromJson(entry.payload);
    if (!inquiry) {
        return inquiry.error();
    }
    return new InquiryJob(manager, std::move(inquiry).value(), entry.idempotencyKey, parent);
}

core::Result<void> InquiryOutbox::accept(const db::OutboxEntry& entry, const ApiJob& job)
{
    const auto& sent = static_cast<const InquiryJob&>(job);
    // An answer that came through /changes before this row was marked is newer than the POST's answer.
    const auto known = m_serverRecords.find(m_accountId, db::ServerRecordKind::Inquiry, entry.recordId);
    if (!known) {
        return known.error();
    }
    if (*known && !(*known)->value(u"answer"_s).toString().isEmpty()) {
        return {};
    }
    return m_serverRecords.save(m_accountId, db::ServerRecordKind::Inquiry, entry.recordId,
                                core::InquiryJson::toJson(sent.stored()), QDateTime::currentDateTimeUtc());
}

} // namespace vsys::sync
