// SPDX-License-Identifier: MIT
// Tests for db::SyncStateRepository (the changes cursor) and db::ServerRecordRepository (the server's records).
#include "db/SyncStateRepository.h"

#include "db/AccountRepository.h"
#include "db/Database.h"
#include "db/ServerRecordRepository.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using vsys::db::Database;
using vsys::db::ServerRecordKind;
using vsys::db::ServerRecordRepository;
using vsys::db::SyncStateRepository;

namespace {

class SyncStateRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto database = Database::open(m_dir.filePath(u"vsysdesk.sqlite"_s));
        ASSERT_TRUE(database.ok()) << qPrintable(database.error().message);
        m_database = std::move(database).value();
        vsys::db::Account account;
        account.serverUrl = QUrl(u"https://vsys.example.jp"_s);
        account.vsysId = u"1310000017"_s;
        m_accountId = vsys::db::AccountRepository(*m_database).save(account).value();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    qint64 m_accountId = 0;
};

TEST_F(SyncStateRepositoryTest, BeforeTheFirstSyncTheCursorIsZeroAndThereIsNoTime)
{
    SyncStateRepository syncState(*m_database);

    EXPECT_EQ(syncState.cursor(m_accountId).value(), u"0"_s);
    EXPECT_TRUE(syncState.lastSyncAt(m_accountId).value().isNull());
}

TEST_F(SyncStateRepositoryTest, SavedCursorAndTimeComeBack)
{
    SyncStateRepository syncState(*m_database);
    const QDateTime at(QDate(2021, 12, 20), QTime(11, 0, 0, 250), Qt::UTC);

    ASSERT_TRUE(syncState.save(m_accountId, u"41"_s, at).ok());
    ASSERT_TRUE(syncState.save(m_accountId, u"42"_s, at.addSecs(60)).ok());

    EXPECT_EQ(syncState.cursor(m_accountId).value(), u"42"_s);
    EXPECT_EQ(syncState.lastSyncAt(m_accountId).value(), at.addSecs(60));
}

TEST_F(SyncStateRepositoryTest, AnUnknownAccountIsRefused)
{
    const auto saved = SyncStateRepository(*m_database).save(m_accountId + 1, u"1"_s, QDateTime::currentDateTimeUtc());

    ASSERT_FALSE(saved.ok());
    EXPECT_TRUE(saved.error().message.startsWith(u"同期の位置をローカルデータベースに保存できませんでした："_s))
        << qPrintable(saved.error().message);
}

TEST_F(SyncStateRepositoryTest, ServerRecordsAreKeptPerKindAndReplaced)
{
    ServerRecordRepository records(*m_database);
    const QDateTime at = QDateTime::currentDateTimeUtc();
    const QJsonObject cool2{{u"id"_s, 2}, {u"state"_s, u"open"_s}};
    const QJsonObject cool10{{u"id"_s, 10}, {u"state"_s, u"open"_s}};
    ASSERT_TRUE(records.save(m_accountId, ServerRecordKind::Cool, u"10"_s, cool10, at).ok());
    ASSERT_TRUE(records.save(m_accountId, ServerRecordKind::Cool, u"2"_s, {{u"id"_s, 2}}, at).ok());
    ASSERT_TRUE(records.save(m_accountId, ServerRecordKind::Cool, u"2"_s, cool2, at).ok());
    ASSERT_TRUE(records.save(m_accountId, ServerRecordKind::Document, u"2"_s, {{u"id"_s, u"2"_s}}, at).ok());

    EXPECT_EQ(records.all(m_accountId, ServerRecordKind::Cool).value(), (QList<QJsonObject>{cool2, cool10}));
    EXPECT_EQ(records.find(m_accountId, ServerRecordKind::Document, u"2"_s)->value(), (QJsonObject{{u"id"_s, u"2"_s}}));
    EXPECT_FALSE(records.find(m_accountId, ServerRecordKind::Venue, u"2"_s)->has_value());
    EXPECT_EQ(ServerRecordRepository::kindKey(ServerRecordKind::Venue), u"venue"_s);
    EXPECT_EQ(ServerRecordRepository::kindFromKey(u"document"_s), ServerRecordKind::Document);
    EXPECT_EQ(ServerRecordRepository::kindFromKey(u"plan"_s), std::nullopt);
}

} // namespace
