// SPDX-License-Identifier: MIT
// Tests for db::InstitutionEditRepository: the 医療機関情報 draft and the submitted edits of the details and the
// 接種担当医師, kept per account and kind, replaced by the latest save, and gone with their account.
#include "db/InstitutionEditRepository.h"

#include "DbTestSupport.h"
#include "db/Database.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using vsys::db::InstitutionEdit;
using vsys::db::InstitutionEditKind;
using vsys::db::InstitutionEditRepository;

namespace {

const QString kDoctorA = u"0b6f5e1c-2d3a-4b5c-8d9e-0f1a2b3c4d5e"_s;
const QString kDoctorB = u"7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f"_s;
const QDateTime kNow(QDate(2022, 3, 1), QTime(1, 0, 0, 250), Qt::UTC);

class InstitutionEditRepositoryTest : public vsys::db::test::AccountDatabaseTest
{
protected:
    void SetUp() override
    {
        AccountDatabaseTest::SetUp();
        ASSERT_FALSE(HasFatalFailure());
        m_edits = std::make_unique<InstitutionEditRepository>(*m_database);
    }

    std::unique_ptr<InstitutionEditRepository> m_edits;
};

TEST_F(InstitutionEditRepositoryTest, TheLatestSaveReplacesTheDraft)
{
    ASSERT_TRUE(m_edits
                    ->save(m_accountId,
                           {InstitutionEditKind::Draft, u"institution"_s, {{u"address"_s, u"東京都千代田区"_s}}, kNow})
                    .ok());
    const InstitutionEdit latest{
        InstitutionEditKind::Draft, u"institution"_s, {{u"address"_s, u"東京都千代田区大手町"_s}}, kNow.addSecs(1)};
    ASSERT_TRUE(m_edits->save(m_accountId, latest).ok());

    EXPECT_EQ(m_edits->find(m_accountId, InstitutionEditKind::Draft, u"institution"_s).value(), latest);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM institution_edit"_s).toInt(), 1);
    EXPECT_EQ(scalar(u"SELECT data FROM institution_edit"_s).toString(), u"{\"address\":\"東京都千代田区大手町\"}"_s);
    EXPECT_EQ(scalar(u"SELECT edited_at FROM institution_edit"_s).toString(), u"2022-03-01T01:00:01.250Z"_s);
    // A draft is not a submission: nothing else of the kind exists.
    EXPECT_FALSE(m_edits->find(m_accountId, InstitutionEditKind::Institution, u"institution"_s)->has_value());
}

TEST_F(InstitutionEditRepositoryTest, EditsAreListedPerAccountAndKindByIdAndRemovedOneByOne)
{
    const qint64 otherAccount = addAccount(u"1310000025"_s);
    const InstitutionEdit b{InstitutionEditKind::Doctor, kDoctorB, {{u"name"_s, u"労働 花子"_s}}, kNow};
    const InstitutionEdit a{InstitutionEditKind::Doctor, kDoctorA, {{u"id"_s, kDoctorA}, {u"deleted"_s, true}}, kNow};
    ASSERT_TRUE(m_edits->save(m_accountId, b).ok());
    ASSERT_TRUE(m_edits->save(m_accountId, a).ok());
    ASSERT_TRUE(
        m_edits->save(otherAccount, {InstitutionEditKind::Doctor, kDoctorA, {{u"name"_s, u"別"_s}}, kNow}).ok());

    EXPECT_EQ(m_edits->all(m_accountId, InstitutionEditKind::Doctor).value(), (QList<InstitutionEdit>{a, b}));
    EXPECT_TRUE(m_edits->all(m_accountId, InstitutionEditKind::Draft).value().isEmpty());

    ASSERT_TRUE(m_edits->remove(m_accountId, InstitutionEditKind::Doctor, kDoctorA).ok());
    ASSERT_TRUE(m_edits->remove(m_accountId, InstitutionEditKind::Doctor, kDoctorA).ok());
    EXPECT_EQ(m_edits->all(m_accountId, InstitutionEditKind::Doctor).value(), (QList<InstitutionEdit>{b}));
    EXPECT_EQ(m_edits->all(otherAccount, InstitutionEditKind::Doctor).value().size(), 1);
}
} // namespace
