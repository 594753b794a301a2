// SPDX-License-Identifier: MIT
// Tests for sync::InquiryHistory with ChangeApplier: an inquiry queued without a server is listed as 送信待ち,
// refused input never reaches the outbox, and the server's answer from GET /changes (kind "inquiry") replaces it
// as 回答済み.
#include "sync/InquiryHistory.h"

#include "db/AccountRepository.h"
#include "support/SyncTestSupport.h"
#include "sync/ChangeApplier.h"
#include "sync/InquiryOutbox.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using vsys::core::Inquiry;
using vsys::core::InquiryStatus;
using vsys::core::SyncState;
using vsys::sync::InquiryHistory;
using namespace vsys::sync::test;

namespace {

const QDateTime kNow(QDate(2022, 3, 1), QTime(1, 0), Qt::UTC);

Inquiry typed()
{
    Inquiry inquiry;
    inquiry.id = u"0f8fad5b-d9cb-469f-a165-70867728950e"_s;
    inquiry.phone = u"03-1234-5678"_s;
    inquiry.category = u"report"_s;
    inquiry.detail = u"correction"_s;
    inquiry.body = u"報告した数を訂正したい。"_s;
    return inquiry;
}

class InquiryHistoryTest : public SyncFixture
{
protected:
    vsys::db::Account account() const { return vsys::db::AccountRepository(*m_database).find(m_accountId)->value(); }
    InquiryHistory history() const { return InquiryHistory(*m_database, m_accountId); }
};

TEST_F(InquiryHistoryTest, AnInquiryQueuedOfflineIsListedAsWaitingWithThePhoneAsDigits)
{
    ASSERT_TRUE(history().queue(typed(), kNow));
    const auto entries = history().entries();
    ASSERT_TRUE(entries);
    ASSERT_EQ(entries->size(), 1);
    EXPECT_EQ(entries->first().status, InquiryStatus::Waiting);
    EXPECT_EQ(entries->first().state, SyncState::Queued);
    EXPECT_EQ(entries->first().enteredAt, kNow);
    EXPECT_EQ(entries->first().inquiry.phone, u"0312345678"_s);
    const auto rows = vsys::db::OutboxRepository(*m_database)
                          .unsyncedOfKind(m_accountId, QString::fromLatin1(vsys::sync::InquiryOutbox::kRecordKind));
    ASSERT_TRUE(rows);
    ASSERT_EQ(rows->size(), 1);
    EXPECT_EQ(rows->first().operation, vsys::db::OutboxOperation::Post);
}

TEST_F(InquiryHistoryTest, RefusedInputIsNotQueued)
{
    Inquiry inquiry = typed();
    inquiry.detail = u"cannot_login"_s;
    const auto refused = history().queue(inquiry, kNow);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().field, u"detail"_s);
    EXPECT_TRUE(history().entries()->isEmpty());
}

TEST_F(InquiryHistoryTest, TheServersAnswerFromTheChangesFeedIsListedAsAnswered)
{
    ASSERT_TRUE(history().queue(typed(), kNow));
    Inquiry onServer = typed();
    onServer.phone = u"0312345678"_s;
    onServer.sentBy = u"1310000017"_s;
    onServer.sentAt = kNow.addSecs(5);
    onServer.answer = u"訂正は新しい報告で行えます。"_s;
    onServer.answeredAt = kNow.addSecs(3600);
    const auto applied = vsys::sync::ChangeApplier(*m_database, account())
                             .apply({{u"inquiry"_s, onServer.id, vsys::core::InquiryJson::toJson(onServer)}}, u"9"_s,
                                    kNow.addSecs(3700));
    ASSERT_TRUE(applied) << applied.error().message.toStdString();
    EXPECT_TRUE(applied->inquiries);
    const auto entries = history().entries();
    ASSERT_TRUE(entries);
    // The server's copy replaces the waiting one, even before the outbox marks its row.
    ASSERT_EQ(entries->size(), 1);
    EXPECT_EQ(entries->first().status, InquiryStatus::Answered);
    EXPECT_EQ(entries->first().inquiry, onServer);
    EXPECT_EQ(entries->first().enteredAt, onServer.sentAt);
}

} // namespace
