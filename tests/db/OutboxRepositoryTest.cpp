// SPDX-License-Identifier: MIT
// Tests for db::OutboxRepository: the journal's rows, their order per record, retry times and crash recovery.
#include "db/OutboxRepository.h"

#include "db/AccountRepository.h"
#include "db/Database.h"

#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using vsys::db::Database;
using vsys::db::OutboxEntry;
using vsys::db::OutboxOperation;
using vsys::db::OutboxRepository;
using vsys::db::OutboxState;

namespace {

const QString kKind = u"application"_s;
const QString kFirst = u"11111111-1111-4111-8111-111111111111"_s;
const QString kSecond = u"22222222-2222-4222-8222-222222222222"_s;
const QDateTime kNow(QDate(2021, 12, 20), QTime(11, 0), Qt::UTC);

class OutboxRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto database = Database::open(m_dir.filePath(u"vsysdesk.sqlite"_s));
        ASSERT_TRUE(database.ok()) << qPrintable(database.error().message);
        m_database = std::move(database).value();
        m_outbox = std::make_unique<OutboxRepository>(*m_database);
        vsys::db::Account account;
        account.serverUrl = QUrl(u"https://vsys.example.jp"_s);
        account.vsysId = u"1310000017"_s;
        m_accountId = vsys::db::AccountRepository(*m_database).save(account).value();
    }

    void TearDown() override
    {
        m_outbox.reset();
        m_database.reset();
    }

    OutboxEntry enqueue(const QString& recordId, OutboxOperation operation, const QDateTime& at = kNow)
    {
        const QJsonObject payload
            = operation == OutboxOperation::Put ? QJsonObject{{u"content"_s, QJsonObject{{u"a"_s, 1}}}} : QJsonObject();
        auto entry = m_outbox->enqueue(m_accountId, kKind, recordId, operation, payload, 1, at);
        EXPECT_TRUE(entry.ok()) << qPrintable(entry.error().message);
        return entry.value();
    }

    std::optional<qint64> nextDueId(const QDateTime& now) const
    {
        const auto next = m_outbox->nextDue(m_accountId, now);
        EXPECT_TRUE(next.ok());
        return next->has_value() ? std::optional<qint64>((*next)->id) : std::nullopt;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<OutboxRepository> m_outbox;
    qint64 m_accountId = 0;
};

TEST_F(OutboxRepositoryTest, AQueuedRowComesBackAsItWasQueuedWithAKeyOfItsOwn)
{
    const OutboxEntry put = enqueue(kFirst, OutboxOperation::Put);
    const OutboxEntry submit = enqueue(kFirst, OutboxOperation::Submit);

    EXPECT_EQ(m_outbox->find(put.id)->value(), put);
    EXPECT_EQ(put.state, OutboxState::Queued);
    EXPECT_EQ(put.attempts, 0);
    EXPECT_EQ(put.nextAttemptAt, kNow);
    EXPECT_EQ(put.payload, (QJsonObject{{u"content"_s, QJsonObject{{u"a"_s, 1}}}}));
    EXPECT_FALSE(QUuid::fromString(put.idempotencyKey).isNull());
    EXPECT_NE(put.idempotencyKey, submit.idempotencyKey);
    EXPECT_TRUE(m_outbox->find(submit.id)->value().payload.isEmpty());
    EXPECT_GT(submit.id, put.id);
}

TEST_F(OutboxRepositoryTest, RowsOfOneRecordGoOneAfterAnotherOthersDoNotWait)
{
    const OutboxEntry put = enqueue(kFirst, OutboxOperation::Put);
    const OutboxEntry submit = enqueue(kFirst, OutboxOperation::Submit);
    const OutboxEntry other = enqueue(kSecond, OutboxOperation::Put);

    EXPECT_EQ(nextDueId(kNow), put.id);
    ASSERT_TRUE(m_outbox->markSending(put.id, kNow).ok());
    // The submit waits for its put; the other record does not.
    EXPECT_EQ(nextDueId(kNow), other.id);
    ASSERT_TRUE(m_outbox->markFailed(put.id, OutboxState::Error, u"拒否"_s, u"req-1"_s, kNow).ok());
    ASSERT_TRUE(m_outbox->markSending(other.id, kNow).ok());
    EXPECT_EQ(nextDueId(kNow), std::nullopt);
    EXPECT_EQ(m_outbox->nextAttemptAt(m_accountId).value(), std::nullopt);

    ASSERT_TRUE(m_outbox->markSynced(put.id, u"req-2"_s, kNow).ok());
    EXPECT_EQ(nextDueId(kNow), submit.id);
    EXPECT_EQ(m_outbox->unsyncedCount(m_accountId).value(), 2);
    EXPECT_EQ(m_outbox->unsynced(kKind, kFirst)->size(), 1);
    EXPECT_EQ(m_outbox->find(put.id)->value().lastRequestId, u"req-2"_s);
}

TEST_F(OutboxRepositoryTest, ARetriedRowWaitsForItsTime)
{
    const OutboxEntry put = enqueue(kFirst, OutboxOperation::Put);
    ASSERT_TRUE(m_outbox->markSending(put.id, kNow).ok());
    ASSERT_TRUE(m_outbox->markRetry(put.id, kNow.addSecs(2), u"接続できません"_s, u"req-1"_s, kNow).ok());

    const OutboxEntry waiting = m_outbox->find(put.id)->value();
    EXPECT_EQ(waiting.state, OutboxState::Queued);
    EXPECT_EQ(waiting.attempts, 1);
    EXPECT_EQ(waiting.lastError, u"接続できません"_s);
    EXPECT_EQ(waiting.lastRequestId, u"req-1"_s);
    EXPECT_EQ(nextDueId(kNow.addSecs(1)), std::nullopt);
    EXPECT_EQ(m_outbox->nextAttemptAt(m_accountId).value(), kNow.addSecs(2));
    EXPECT_EQ(nextDueId(kNow.addSecs(2)), put.id);

    ASSERT_TRUE(m_outbox->makeDue(m_accountId, kNow).ok());
    EXPECT_EQ(nextDueId(kNow), put.id);
    EXPECT_EQ(m_outbox->find(put.id)->value().idempotencyKey, put.idempotencyKey);
}

TEST_F(OutboxRepositoryTest, RowsLeftSendingAreQueuedAgainWithTheirKey)
{
    const OutboxEntry submit = enqueue(kFirst, OutboxOperation::Submit);
    ASSERT_TRUE(m_outbox->markSending(submit.id, kNow).ok());
    EXPECT_FALSE(m_outbox->markSending(submit.id, kNow).ok());

    EXPECT_EQ(m_outbox->recoverSending(m_accountId, kNow.addSecs(60)).value(), 1);

    const OutboxEntry recovered = m_outbox->find(submit.id)->value();
    EXPECT_EQ(recovered.state, OutboxState::Queued);
    EXPECT_EQ(recovered.idempotencyKey, submit.idempotencyKey);
    EXPECT_EQ(recovered.attempts, 1);
    EXPECT_EQ(recovered.nextAttemptAt, kNow.addSecs(60));
    EXPECT_EQ(m_outbox->recoverSending(m_accountId, kNow).value(), 0);
}

TEST_F(OutboxRepositoryTest, RequeueResetsTheRowAndMayRenewTheKey)
{
    const OutboxEntry submit = enqueue(kFirst, OutboxOperation::Submit);
    ASSERT_TRUE(m_outbox->markSending(submit.id, kNow).ok());
    ASSERT_TRUE(m_outbox->markFailed(submit.id, OutboxState::Error, u"拒否"_s, {}, kNow).ok());

    ASSERT_TRUE(m_outbox->requeue(submit.id, {}, 4, false, kNow.addSecs(5)).ok());
    OutboxEntry requeued = m_outbox->find(submit.id)->value();
    EXPECT_EQ(requeued.state, OutboxState::Queued);
    EXPECT_EQ(requeued.attempts, 0);
    EXPECT_EQ(requeued.baseVersion, 4);
    EXPECT_TRUE(requeued.lastError.isEmpty());
    EXPECT_EQ(requeued.idempotencyKey, submit.idempotencyKey);

    ASSERT_TRUE(m_outbox->requeue(submit.id, {}, 4, true, kNow.addSecs(5)).ok());
    requeued = m_outbox->find(submit.id)->value();
    EXPECT_NE(requeued.idempotencyKey, submit.idempotencyKey);
    EXPECT_FALSE(QUuid::fromString(requeued.idempotencyKey).isNull());
}

TEST_F(OutboxRepositoryTest, RebaseMovesOnlyLaterUnsyncedRowsOfTheRecord)
{
    const OutboxEntry put = enqueue(kFirst, OutboxOperation::Put);
    const OutboxEntry submit = enqueue(kFirst, OutboxOperation::Submit);
    const OutboxEntry other = enqueue(kSecond, OutboxOperation::Put);

    ASSERT_TRUE(m_outbox->rebase(kKind, kFirst, put.id, 7).ok());

    EXPECT_EQ(m_outbox->find(put.id)->value().baseVersion, 1);
    EXPECT_EQ(m_outbox->find(submit.id)->value().baseVersion, 7);
    EXPECT_EQ(m_outbox->find(other.id)->value().baseVersion, 1);
}

TEST_F(OutboxRepositoryTest, PayloadIsReplacedOnlyWhileQueued)
{
    const OutboxEntry put = enqueue(kFirst, OutboxOperation::Put);
    const QJsonObject newer{{u"content"_s, QJsonObject{{u"a"_s, 2}}}};

    ASSERT_TRUE(m_outbox->replacePayload(put.id, newer, kNow).ok());
    EXPECT_EQ(m_outbox->find(put.id)->value().payload, newer);

    ASSERT_TRUE(m_outbox->markSending(put.id, kNow).ok());
    const auto late = m_outbox->replacePayload(put.id, {}, kNow);
    ASSERT_FALSE(late.ok());
    EXPECT_EQ(late.error().message, u"送信待ちの変更 %1 は、すでに送信待ちではありません。"_s.arg(put.id));
}

TEST_F(OutboxRepositoryTest, SyncedRowsArePrunedAfterAWhileOthersNever)
{
    const OutboxEntry old = enqueue(kFirst, OutboxOperation::Put);
    const OutboxEntry failed = enqueue(kSecond, OutboxOperation::Put);
    ASSERT_TRUE(m_outbox->markSynced(old.id, {}, kNow).ok());
    ASSERT_TRUE(m_outbox->markFailed(failed.id, OutboxState::Error, u"拒否"_s, {}, kNow).ok());

    EXPECT_EQ(m_outbox->pruneSynced(m_accountId, kNow).value(), 0);
    EXPECT_EQ(m_outbox->pruneSynced(m_accountId, kNow.addDays(8)).value(), 1);
    EXPECT_FALSE(m_outbox->find(old.id)->has_value());
    EXPECT_TRUE(m_outbox->find(failed.id)->has_value());

    ASSERT_TRUE(m_outbox->remove(failed.id).ok());
    EXPECT_EQ(m_outbox->unsyncedCount(m_accountId).value(), 0);
}

TEST_F(OutboxRepositoryTest, KeysOfOperationsAndStatesAreTheStoredWords)
{
    EXPECT_EQ(OutboxRepository::operationKey(OutboxOperation::Resubmit), u"resubmit"_s);
    EXPECT_EQ(OutboxRepository::operationFromKey(u"withdraw"_s), OutboxOperation::Withdraw);
    EXPECT_EQ(OutboxRepository::operationKey(OutboxOperation::Post), u"post"_s);
    EXPECT_EQ(OutboxRepository::operationFromKey(u"delete"_s), OutboxOperation::Delete);
    EXPECT_EQ(OutboxRepository::operationFromKey(u"patch"_s), std::nullopt);
    EXPECT_EQ(OutboxRepository::stateKey(OutboxState::Conflict), u"conflict"_s);
    EXPECT_EQ(OutboxRepository::stateFromKey(u"sending"_s), OutboxState::Sending);
    EXPECT_EQ(OutboxRepository::stateFromKey(u"lost"_s), std::nullopt);
}

} // namespace
