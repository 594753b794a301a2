// SPDX-License-Identifier: MIT
// Tests for db::ChangeLogRepository (変更履歴): exact JSON values and absent fields, order, the "since"
// filter, all-or-nothing appends, and rows that go with their account.
#include "db/ChangeLogRepository.h"

#include "DbTestSupport.h"
#include "db/AccountRepository.h"
#include "db/Database.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using vsys::core::FieldChange;
using vsys::db::ChangeLogEntry;
using vsys::db::ChangeLogRepository;
using vsys::db::Database;

namespace {

const QString kId = u"0b6f5e1c-2d3a-4b5c-8d9e-0f1a2b3c4d5e"_s;
const QString kOtherId = u"7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f"_s;
const QDateTime kNow(QDate(2021, 12, 20), QTime(11, 0, 0, 125), Qt::UTC);
const QJsonValue kAbsent(QJsonValue::Undefined);

class ChangeLogRepositoryTest : public vsys::db::test::AccountDatabaseTest
{
protected:
    void SetUp() override
    {
        AccountDatabaseTest::SetUp();
        ASSERT_FALSE(HasFatalFailure());
        m_log = std::make_unique<ChangeLogRepository>(*m_database);
    }

    /// Every row as "path|before|after" with NULL spelt out, to check the stored text exactly.
    QStringList storedRows() const
    {
        QStringList rows;
        QSqlQuery query(m_database->connection());
        EXPECT_TRUE(query.exec(u"SELECT path, ifnull(before_value, 'NULL'), ifnull(after_value, 'NULL'), "
                               "changed_at FROM application_change_log ORDER BY id"_s))
            << qPrintable(query.lastError().text());
        while (query.next()) {
            rows.append(u"%1|%2|%3|%4"_s.arg(query.value(0).toString(), query.value(1).toString(),
                                             query.value(2).toString(), query.value(3).toString()));
        }
        return rows;
    }

    std::unique_ptr<ChangeLogRepository> m_log;
};

TEST_F(ChangeLogRepositoryTest, EveryKindOfValueAndAbsentFieldsComeBackExactly)
{
    const QList<FieldChange> changes{
        {u"company.name"_s, u"株式会社テ"_s, u"株式会社テスト"_s},
        {u"company.address.postal_code"_s, kAbsent, u"100-0001"_s},
        {u"contacts.fax"_s, u"03-1234-5678"_s, QJsonValue::Null},
        {u"note"_s, u"午前のみ"_s, kAbsent},
        {u"staff"_s, 3, 4.5},
        {u"days"_s, QJsonArray{u"月"_s, 2}, QJsonArray{}},
        {u"options"_s, QJsonObject{}, true},
    };

    ASSERT_TRUE(m_log->append(m_accountId, kId, kNow, changes).ok());

    QList<ChangeLogEntry> expected;
    for (const FieldChange& change : changes) {
        expected.append({kNow, change});
    }
    EXPECT_EQ(m_log->entries(kId).value(), expected);
    const QString at = u"2021-12-20T11:00:00.125Z"_s;
    EXPECT_EQ(storedRows(),
              (QStringList{u"company.name|\"株式会社テ\"|\"株式会社テスト\"|"_s + at,
                           u"company.address.postal_code|NULL|\"100-0001\"|"_s + at,
                           u"contacts.fax|\"03-1234-5678\"|null|"_s + at, u"note|\"午前のみ\"|NULL|"_s + at,
                           u"staff|3|4.5|"_s + at, u"days|[\"月\",2]|[]|"_s + at, u"options|{}|true|"_s + at}));
}

TEST_F(ChangeLogRepositoryTest, EntriesAreInAppendOrderEvenWhenTheClockWentBack)
{
    const FieldChange first{u"company.name"_s, kAbsent, u"株式会社テ"_s};
    const FieldChange second{u"company.name"_s, u"株式会社テ"_s, u"株式会社テスト"_s};
    ASSERT_TRUE(m_log->append(m_accountId, kId, kNow, {first}).ok());
    ASSERT_TRUE(m_log->append(m_accountId, kId, kNow.addSecs(-3600), {second}).ok());

    EXPECT_EQ(m_log->entries(kId).value(), (QList<ChangeLogEntry>{{kNow, first}, {kNow.addSecs(-3600), second}}));
}

TEST_F(ChangeLogRepositoryTest, SinceKeepsTheChangesAtOrAfterThatTimeOfThatApplication)
{
    const FieldChange before{u"company.name"_s, kAbsent, u"株式会社テ"_s};
    const FieldChange atReturn{u"company.name"_s, u"株式会社テ"_s, u"株式会社テスト"_s};
    const FieldChange after{u"contacts.phone"_s, u"03-1234-5678"_s, u"03-1111-2222"_s};
    const QDateTime returnedAt = kNow.addSecs(60);
    ASSERT_TRUE(m_log->append(m_accountId, kId, kNow, {before}).ok());
    ASSERT_TRUE(m_log->append(m_accountId, kId, returnedAt, {atReturn}).ok());
    ASSERT_TRUE(m_log->append(m_accountId, kOtherId, returnedAt.addSecs(1), {after}).ok());
    ASSERT_TRUE(m_log->append(m_accountId, kId, returnedAt.addMSecs(1), {after}).ok());

    EXPECT_EQ(m_log->entries(kId, returnedAt).value(),
              (QList<ChangeLogEntry>{{returnedAt, atReturn}, {returnedAt.addMSecs(1), after}}));
    EXPECT_EQ(m_log->entries(kId, returnedAt.addMSecs(2)).value(), QList<ChangeLogEntry>());
    EXPECT_EQ(m_log->entries(kId).value().size(), 3);
    EXPECT_EQ(m_log->entries(kOtherId, kNow).value(), (QList<ChangeLogEntry>{{returnedAt.addSecs(1), after}}));
}

TEST_F(ChangeLogRepositoryTest, AnAppendIsAllOrNothing)
{
    const auto appended = m_log->append(m_accountId, kId, kNow,
                                        {{u"company.name"_s, kAbsent, u"株式会社テスト"_s}, {u""_s, kAbsent, 1}});

    ASSERT_FALSE(appended.ok());
    EXPECT_TRUE(appended.error().message.contains(u"CHECK constraint failed"_s))
        << qPrintable(appended.error().message);
    EXPECT_TRUE(storedRows().isEmpty());
    ASSERT_TRUE(m_log->append(m_accountId, kId, kNow, {}).ok());
    EXPECT_TRUE(storedRows().isEmpty());
}

TEST_F(ChangeLogRepositoryTest, RowsGoWithTheirAccount)
{
    const qint64 otherAccount = addAccount(u"1310000025"_s);
    const FieldChange change{u"company.name"_s, kAbsent, u"株式会社テスト"_s};
    ASSERT_TRUE(m_log->append(m_accountId, kId, kNow, {change}).ok());
    ASSERT_TRUE(m_log->append(otherAccount, kOtherId, kNow, {change}).ok());

    QSqlQuery query(m_database->connection());
    ASSERT_TRUE(query.exec(u"DELETE FROM account WHERE id = %1"_s.arg(m_accountId)))
        << qPrintable(query.lastError().text());

    EXPECT_TRUE(m_log->entries(kId).value().isEmpty());
    EXPECT_EQ(m_log->entries(kOtherId).value(), (QList<ChangeLogEntry>{{kNow, change}}));
    const auto unknownAccount = m_log->append(m_accountId, kId, kNow, {change});
    ASSERT_FALSE(unknownAccount.ok());
    EXPECT_TRUE(unknownAccount.error().message.contains(u"FOREIGN KEY constraint failed"_s))
        << qPrintable(unknownAccount.error().message);
}

} // namespace
