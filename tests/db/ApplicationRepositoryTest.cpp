// SPDX-License-Identifier: MIT
// Tests for db::ApplicationRepository: round trips of the record codec's fields, the server copy kept in a
// conflict, and the sync state (同期状態) derived from the outbox.
#include "db/ApplicationRepository.h"

#include "DbTestSupport.h"
#include "db/AccountRepository.h"
#include "db/Database.h"
#include "db/OutboxRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using vsys::core::ApplicationRecord;
using vsys::core::ApplicationStatus;
using vsys::core::SyncState;
using vsys::core::SyncStateText;
using vsys::db::ApplicationRepository;
using vsys::db::Database;
using vsys::db::OutboxOperation;
using vsys::db::OutboxRepository;
using vsys::db::OutboxState;

namespace {

const QString kId = u"0b6f5e1c-2d3a-4b5c-8d9e-0f1a2b3c4d5e"_s;
const QDateTime kNow(QDate(2021, 12, 20), QTime(11, 0, 0, 125), Qt::UTC);

ApplicationRecord makeRecord(int version)
{
    ApplicationRecord record;
    record.id = kId;
    record.version = version;
    record.content = {{u"company"_s, QJsonObject{{u"name"_s, u"株式会社テスト"_s}}}};
    return record;
}

class ApplicationRepositoryTest : public vsys::db::test::AccountDatabaseTest
{
protected:
    void SetUp() override
    {
        AccountDatabaseTest::SetUp();
        ASSERT_FALSE(HasFatalFailure());
        m_applications = std::make_unique<ApplicationRepository>(*m_database);
    }

    vsys::db::LocalApplication stored() const { return m_applications->find(kId)->value(); }

    std::unique_ptr<ApplicationRepository> m_applications;
};

TEST_F(ApplicationRepositoryTest, EveryFieldOfTheRecordComesBack)
{
    ApplicationRecord record = makeRecord(3);
    record.number = u"00001-1310000017-01"_s;
    record.status = ApplicationStatus::ResubmissionRequired;
    record.submittedAt = QDateTime(QDate(2021, 12, 1), QTime(9, 0), Qt::UTC);
    record.reviewedAt = QDateTime(QDate(2021, 12, 2), QTime(9, 0), Qt::UTC);
    record.reviewComment = u"医療機関コードを確認してください。"_s;
    record.issuedVsysId = u"1310000025"_s;
    record.createdAt = QDateTime(QDate(2021, 11, 30), QTime(9, 0), Qt::UTC);
    record.updatedAt = QDateTime(QDate(2021, 12, 2), QTime(9, 0), Qt::UTC);

    ASSERT_TRUE(m_applications->save(m_accountId, record, kNow).ok());

    const auto found = stored();
    EXPECT_EQ(found.record, record);
    EXPECT_EQ(found.accountId, m_accountId);
    EXPECT_EQ(found.localUpdatedAt, kNow);
    EXPECT_EQ(found.syncState, SyncState::Synced);
    EXPECT_FALSE(found.serverCopy.has_value());
    EXPECT_FALSE(m_applications->find(u"00000000-0000-0000-0000-000000000000"_s)->has_value());
}

TEST_F(ApplicationRepositoryTest, ANeverSentRecordIsADraft)
{
    ASSERT_TRUE(m_applications->save(m_accountId, makeRecord(0), kNow).ok());

    EXPECT_EQ(stored().syncState, SyncState::Draft);
}

TEST_F(ApplicationRepositoryTest, SyncStateFollowsTheOutbox)
{
    ASSERT_TRUE(m_applications->save(m_accountId, makeRecord(2), kNow).ok());
    OutboxRepository outbox(*m_database);
    const auto row = outbox.enqueue(m_accountId, u"application"_s, kId, OutboxOperation::Put, {}, 2, kNow);
    ASSERT_TRUE(row.ok());
    EXPECT_EQ(stored().syncState, SyncState::Queued);

    ASSERT_TRUE(outbox.markSending(row->id, kNow).ok());
    EXPECT_EQ(stored().syncState, SyncState::Sending);

    ASSERT_TRUE(outbox.markFailed(row->id, OutboxState::Error, u"接種会場名を入力してください。"_s, {}, kNow).ok());
    EXPECT_EQ(stored().syncState, SyncState::Error);
    EXPECT_EQ(stored().syncError, u"接種会場名を入力してください。"_s);

    ASSERT_TRUE(outbox.markFailed(row->id, OutboxState::Conflict, u"競合"_s, {}, kNow).ok());
    EXPECT_EQ(stored().syncState, SyncState::Conflict);
    EXPECT_TRUE(stored().syncError.isEmpty());

    ASSERT_TRUE(outbox.markSynced(row->id, {}, kNow).ok());
    EXPECT_EQ(stored().syncState, SyncState::Synced);
}

TEST_F(ApplicationRepositoryTest, TheServerCopyIsKeptBesideTheLocalOne)
{
    ASSERT_TRUE(m_applications->save(m_accountId, makeRecord(1), kNow).ok());
    ApplicationRecord server = makeRecord(2);
    server.content = {{u"company"_s, QJsonObject{{u"name"_s, u"株式会社テスト本社"_s}}}};

    ASSERT_TRUE(m_applications->setServerCopy(kId, server).ok());

    EXPECT_EQ(stored().serverCopy, server);
    EXPECT_EQ(stored().record, makeRecord(1));
    EXPECT_EQ(stored().syncState, SyncState::Conflict);

    ASSERT_TRUE(m_applications->setServerCopy(kId, std::nullopt).ok());
    EXPECT_FALSE(stored().serverCopy.has_value());
    EXPECT_EQ(stored().syncState, SyncState::Synced);
}

TEST_F(ApplicationRepositoryTest, TakingTheServersFieldsKeepsTheLocalContent)
{
    ApplicationRecord local = makeRecord(1);
    local.content = {{u"company"_s, QJsonObject{{u"name"_s, u"編集中"_s}}}};
    ASSERT_TRUE(m_applications->save(m_accountId, local, kNow).ok());
    ApplicationRecord server = makeRecord(2);
    server.status = ApplicationStatus::AwaitingReview;
    server.number = u"00001-1310000017-01"_s;
    server.submittedAt = QDateTime(QDate(2021, 12, 20), QTime(2, 20), Qt::UTC);

    ASSERT_TRUE(m_applications->takeServerFields(server).ok());

    ApplicationRecord expected = server;
    expected.content = local.content;
    EXPECT_EQ(stored().record, expected);
    EXPECT_EQ(stored().localUpdatedAt, kNow);
}

TEST_F(ApplicationRepositoryTest, ARecordOfAnotherAccountIsNotTakenOver)
{
    ASSERT_TRUE(m_applications->save(m_accountId, makeRecord(1), kNow).ok());
    const qint64 other = addAccount(u"2710000025"_s);

    const auto saved = m_applications->save(other, makeRecord(5), kNow);

    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().message, u"申込 %1 は、このコンピューター上の別の V-SYS ID のものです。"_s.arg(kId));
    EXPECT_EQ(stored().record.version, 1);
    EXPECT_EQ(m_applications->all(other)->size(), 0);
    EXPECT_EQ(m_applications->all(m_accountId)->size(), 1);
}

TEST_F(ApplicationRepositoryTest, UpdatesOfAMissingRecordAreErrors)
{
    const auto taken = m_applications->takeServerFields(makeRecord(2));
    ASSERT_FALSE(taken.ok());
    EXPECT_EQ(taken.error().message, u"ローカルデータベースに申込 %1 がありません。"_s.arg(kId));
    EXPECT_FALSE(m_applications->setServerCopy(kId, std::nullopt).ok());
}

TEST_F(ApplicationRepositoryTest, AllListsNewestFirst)
{
    ApplicationRecord older = makeRecord(1);
    older.id = u"11111111-1111-4111-8111-111111111111"_s;
    older.createdAt = QDateTime(QDate(2021, 11, 1), QTime(0, 0), Qt::UTC);
    ApplicationRecord newer = makeRecord(1);
    newer.createdAt = QDateTime(QDate(2021, 12, 1), QTime(0, 0), Qt::UTC);
    ASSERT_TRUE(m_applications->save(m_accountId, older, kNow).ok());
    ASSERT_TRUE(m_applications->save(m_accountId, newer, kNow).ok());

    const auto all = m_applications->all(m_accountId);

    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 2);
    EXPECT_EQ(all->at(0).record.id, kId);
    EXPECT_EQ(all->at(1).record.id, older.id);
}

TEST_F(ApplicationRepositoryTest, SyncStateLabelsAreTheBadgeWords)
{
    EXPECT_EQ(SyncStateText::label(SyncState::Draft), u"下書き"_s);
    EXPECT_EQ(SyncStateText::label(SyncState::Queued), u"送信待ち"_s);
    EXPECT_EQ(SyncStateText::label(SyncState::Sending), u"送信中"_s);
    EXPECT_EQ(SyncStateText::label(SyncState::Synced), u"同期済み"_s);
    EXPECT_EQ(SyncStateText::label(SyncState::Error), u"エラー"_s);
    EXPECT_EQ(SyncStateText::label(SyncState::Conflict), u"競合"_s);
    for (SyncState state : vsys::core::kSyncStates) {
        EXPECT_EQ(SyncStateText::fromKey(SyncStateText::key(state)), state);
    }
    EXPECT_EQ(SyncStateText::fromKey(u"lost"_s), std::nullopt);
}

} // namespace
