// SPDX-License-Identifier: MIT
// Tests for db::AccountRepository: V-SYS IDs per server, their venue, and the order of last use.
#include "db/AccountRepository.h"

#include "db/Database.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using vsys::db::Account;
using vsys::db::AccountRepository;
using vsys::db::Database;

namespace {

class AccountRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto database = Database::open(m_dir.filePath(u"vsysdesk.sqlite"_s));
        ASSERT_TRUE(database.ok()) << qPrintable(database.error().message);
        m_database = std::move(database).value();
        m_accounts = std::make_unique<AccountRepository>(*m_database);
    }

    void TearDown() override
    {
        m_accounts.reset();
        m_database.reset();
    }

    static Account makeAccount(const QString& url, const QString& vsysId, const QDateTime& lastUsedAt)
    {
        Account account;
        account.serverUrl = QUrl(url);
        account.vsysId = vsysId;
        account.venueId = u"6f1c7a52-3b9e-4f0e-9d55-0c1f2a3b4c5d"_s;
        account.venueName = u"(職域)サンプル職域接種会場"_s;
        account.lastUsedAt = lastUsedAt;
        return account;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AccountRepository> m_accounts;
};

const QDateTime kMonday(QDate(2021, 12, 20), QTime(9, 0), Qt::UTC);

TEST_F(AccountRepositoryTest, SavedAccountComesBackWithItsId)
{
    const Account account = makeAccount(u"https://vsys.example.jp/"_s, u"1310000017"_s, kMonday);

    const auto id = m_accounts->save(account);

    ASSERT_TRUE(id.ok()) << qPrintable(id.error().message);
    const auto found = m_accounts->find(*id);
    ASSERT_TRUE(found.ok() && found->has_value());
    Account expected = account;
    expected.id = *id;
    expected.serverUrl = QUrl(u"https://vsys.example.jp"_s);
    EXPECT_EQ(**found, expected);
    EXPECT_EQ(m_accounts->find(QUrl(u"https://vsys.example.jp"_s), u"1310000017"_s)->value(), expected);
    EXPECT_FALSE(m_accounts->find(QUrl(u"https://other.example.jp"_s), u"1310000017"_s)->has_value());
    EXPECT_FALSE(m_accounts->find(*id + 1)->has_value());
}

TEST_F(AccountRepositoryTest, SavingAgainUpdatesTheSameRowAndKeepsWhatIsNotGiven)
{
    const auto first = m_accounts->save(makeAccount(u"https://vsys.example.jp"_s, u"1310000017"_s, kMonday));
    Account renamed = makeAccount(u"https://vsys.example.jp/"_s, u"1310000017"_s, QDateTime());
    renamed.venueName = u"(職域)新しい名前"_s;
    renamed.venueId.clear();

    const auto second = m_accounts->save(renamed);

    ASSERT_TRUE(second.ok());
    EXPECT_EQ(*second, *first);
    const Account stored = m_accounts->find(*first)->value();
    EXPECT_EQ(stored.venueName, u"(職域)新しい名前"_s);
    EXPECT_EQ(stored.venueId, u"6f1c7a52-3b9e-4f0e-9d55-0c1f2a3b4c5d"_s);
    EXPECT_EQ(stored.lastUsedAt, kMonday);
    EXPECT_EQ(m_accounts->all()->size(), 1);
}

TEST_F(AccountRepositoryTest, AllListsTheMostRecentlyUsedFirst)
{
    ASSERT_TRUE(m_accounts->save(makeAccount(u"https://a.example.jp"_s, u"1310000017"_s, kMonday)).ok());
    ASSERT_TRUE(m_accounts->save(makeAccount(u"https://b.example.jp"_s, u"1310000017"_s, kMonday.addDays(1))).ok());
    ASSERT_TRUE(m_accounts->save(makeAccount(u"https://a.example.jp"_s, u"2710000025"_s, QDateTime())).ok());

    const auto all = m_accounts->all();

    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 3);
    EXPECT_EQ(all->at(0).serverUrl, QUrl(u"https://b.example.jp"_s));
    EXPECT_EQ(all->at(1).serverUrl, QUrl(u"https://a.example.jp"_s));
    EXPECT_EQ(all->at(1).vsysId, u"1310000017"_s);
    EXPECT_EQ(all->at(2).vsysId, u"2710000025"_s);
}

TEST_F(AccountRepositoryTest, TheSchemaHasNoPlaceForSecrets)
{
    QSqlQuery query(m_database->connection());
    ASSERT_TRUE(query.exec(u"SELECT name FROM pragma_table_info('account')"_s));
    QStringList columns;
    while (query.next()) {
        columns.append(query.value(0).toString());
    }
    EXPECT_EQ(columns,
              (QStringList{u"id"_s, u"server_url"_s, u"vsys_id"_s, u"venue_id"_s, u"venue_name"_s, u"last_used_at"_s,
                           u"created_at"_s}));
}

TEST_F(AccountRepositoryTest, AVsysIdMustHaveTenCharacters)
{
    const auto saved = m_accounts->save(makeAccount(u"https://vsys.example.jp"_s, u"131"_s, kMonday));

    ASSERT_FALSE(saved.ok());
    EXPECT_TRUE(saved.error().message.startsWith(u"V-SYS ID 131 をローカルデータベースに保存できませんでした："_s))
        << qPrintable(saved.error().message);
}

} // namespace
