// SPDX-License-Identifier: MIT
// Tests for db::WorkingCopyRepository (自動保存された入力): the upsert every second, per-account listing,
// dropping the copy, and copies that go with their account.
#include "db/WorkingCopyRepository.h"

#include "DbTestSupport.h"
#include "db/AccountRepository.h"
#include "db/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using vsys::db::Database;
using vsys::db::WorkingCopy;
using vsys::db::WorkingCopyRepository;

namespace {

const QString kId = u"0b6f5e1c-2d3a-4b5c-8d9e-0f1a2b3c4d5e"_s;
const QString kOtherId = u"7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f"_s;
const QDateTime kNow(QDate(2021, 12, 20), QTime(11, 0, 0, 125), Qt::UTC);

QJsonObject content(const QString& companyName)
{
    return {{u"company"_s, QJsonObject{{u"name"_s, companyName}, {u"postal_code"_s, u"100-0001"_s}}}};
}

class WorkingCopyRepositoryTest : public vsys::db::test::AccountDatabaseTest
{
protected:
    void SetUp() override
    {
        AccountDatabaseTest::SetUp();
        ASSERT_FALSE(HasFatalFailure());
        m_copies = std::make_unique<WorkingCopyRepository>(*m_database);
    }

    std::unique_ptr<WorkingCopyRepository> m_copies;
};

TEST_F(WorkingCopyRepositoryTest, TheLatestSaveReplacesTheCopy)
{
    ASSERT_TRUE(m_copies->save({m_accountId, kId, content(u"株式会社テ"_s), kNow}).ok());
    const WorkingCopy latest{m_accountId, kId, content(u"株式会社テスト"_s), kNow.addSecs(1)};

    ASSERT_TRUE(m_copies->save(latest).ok());

    EXPECT_EQ(m_copies->find(kId).value(), latest);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM application_working_copy"_s).toInt(), 1);
    EXPECT_EQ(scalar(u"SELECT content FROM application_working_copy"_s).toString(),
              u"{\"company\":{\"name\":\"株式会社テスト\",\"postal_code\":\"100-0001\"}}"_s);
    EXPECT_EQ(scalar(u"SELECT saved_at FROM application_working_copy"_s).toString(), u"2021-12-20T11:00:01.125Z"_s);
    // Autosaving queues nothing for the server.
    EXPECT_EQ(scalar(u"SELECT count(*) FROM outbox"_s).toInt(), 0);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM application"_s).toInt(), 0);
}

TEST_F(WorkingCopyRepositoryTest, AnApplicationWithoutACopyHasNone)
{
    ASSERT_TRUE(m_copies->save({m_accountId, kId, content(u"株式会社テスト"_s), kNow}).ok());

    const auto found = m_copies->find(kOtherId);
    ASSERT_TRUE(found.ok()) << qPrintable(found.error().message);
    EXPECT_FALSE(found->has_value());
}

TEST_F(WorkingCopyRepositoryTest, AllListsTheAccountsCopiesNewestFirst)
{
    const qint64 otherAccount = addAccount(u"1310000025"_s);
    const QString thirdId = u"9e8d7c6b-5a49-4382-9170-6f5e4d3c2b1a"_s;
    const WorkingCopy older{m_accountId, kOtherId, content(u"株式会社古い"_s), kNow};
    const WorkingCopy newer{m_accountId, kId, content(u"株式会社新しい"_s), kNow.addSecs(30)};
    ASSERT_TRUE(m_copies->save(older).ok());
    ASSERT_TRUE(m_copies->save(newer).ok());
    ASSERT_TRUE(m_copies->save({otherAccount, thirdId, content(u"別の会場"_s), kNow.addSecs(60)}).ok());

    EXPECT_EQ(m_copies->all(m_accountId).value(), (QList<WorkingCopy>{newer, older}));
    EXPECT_TRUE(m_copies->all(otherAccount + 1).value().isEmpty());
}

TEST_F(WorkingCopyRepositoryTest, RemoveDropsOnlyThatCopyAndMayFindNothing)
{
    const WorkingCopy kept{m_accountId, kOtherId, content(u"株式会社残る"_s), kNow};
    ASSERT_TRUE(m_copies->save({m_accountId, kId, content(u"株式会社テスト"_s), kNow}).ok());
    ASSERT_TRUE(m_copies->save(kept).ok());

    ASSERT_TRUE(m_copies->remove(kId).ok());
    ASSERT_TRUE(m_copies->remove(kId).ok());

    EXPECT_FALSE(m_copies->find(kId)->has_value());
    EXPECT_EQ(m_copies->all(m_accountId).value(), (QList<WorkingCopy>{kept}));
}

TEST_F(WorkingCopyRepositoryTest, AnotherAccountsCopyIsRefusedAndKept)
{
    const WorkingCopy mine{m_accountId, kId, content(u"株式会社テスト"_s), kNow};
    ASSERT_TRUE(m_copies->save(mine).ok());
    const qint64 otherAccount = addAccount(u"1310000025"_s);

    const auto saved = m_copies->save({otherAccount, kId, content(u"乗っ取り"_s), kNow.addSecs(1)});

    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().field, u"id"_s);
    EXPECT_TRUE(saved.error().message.contains(kId)) << qPrintable(saved.error().message);
    EXPECT_EQ(m_copies->find(kId).value(), mine);
}

TEST_F(WorkingCopyRepositoryTest, ACopyNeedsAKnownAccountAndAUuid)
{
    const auto unknownAccount = m_copies->save({m_accountId + 1, kId, content(u"株式会社テスト"_s), kNow});
    ASSERT_FALSE(unknownAccount.ok());
    EXPECT_TRUE(unknownAccount.error().message.contains(u"FOREIGN KEY constraint failed"_s))
        << qPrintable(unknownAccount.error().message);

    const auto badId = m_copies->save({m_accountId, u"draft-1"_s, content(u"株式会社テスト"_s), kNow});
    ASSERT_FALSE(badId.ok());
    EXPECT_TRUE(badId.error().message.contains(u"CHECK constraint failed"_s)) << qPrintable(badId.error().message);

    EXPECT_EQ(scalar(u"SELECT count(*) FROM application_working_copy"_s).toInt(), 0);
}

TEST_F(WorkingCopyRepositoryTest, CopiesGoWithTheirAccount)
{
    const qint64 otherAccount = addAccount(u"1310000025"_s);
    const WorkingCopy kept{otherAccount, kOtherId, content(u"別の会場"_s), kNow};
    ASSERT_TRUE(m_copies->save({m_accountId, kId, content(u"株式会社テスト"_s), kNow}).ok());
    ASSERT_TRUE(m_copies->save(kept).ok());

    QSqlQuery query(m_database->connection());
    ASSERT_TRUE(query.exec(u"DELETE FROM account WHERE id = %1"_s.arg(m_accountId)))
        << qPrintable(query.lastError().text());

    EXPECT_FALSE(m_copies->find(kId)->has_value());
    EXPECT_EQ(m_copies->all(otherAccount).value(), (QList<WorkingCopy>{kept}));
}

} // namespace
