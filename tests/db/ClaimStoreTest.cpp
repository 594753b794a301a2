// SPDX-License-Identifier: MIT
// Tests for db::ClaimStore (請求): one claim per account and 請求月 stored as MonthlyClaim::toJson, the months
// newest first, the 印刷履歴 in the order printed, rows that go with their account, and stored claims that
// cannot be read.
#include "db/ClaimStore.h"

#include "DbTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using vsys::core::AgeBand;
using vsys::core::BillingCount;
using vsys::core::ClaimLine;
using vsys::core::ClaimOutput;
using vsys::core::DoseKind;
using vsys::core::MonthlyClaim;
using vsys::core::ReturnedItem;
using vsys::core::TicketSheet;
using vsys::core::TimeBand;
using vsys::db::ClaimPrint;
using vsys::db::ClaimStore;

namespace {

const QDateTime kNow(QDate(2022, 3, 4), QTime(9, 30, 15, 250), Qt::UTC);

/// A claim with every part filled: counts on both sheets, a zero cell that keeps its municipality, and a
/// 返戻分 from an earlier month.
MonthlyClaim fullClaim(int year, int month)
{
    MonthlyClaim claim;
    claim.claimMonth = QDate(year, month, 1);
    claim.vaccinationMonth = claim.claimMonth.addMonths(-1);
    claim.homeMunicipality = u"131016"_s;
    claim.institution.prefecture = u"東京都"_s;
    claim.institution.address = u"東京都千代田区丸の内1-1-1"_s;
    claim.institution.representative = u"代表 太郎"_s;
    claim.institution.phone = u"03-0000-0001"_s;
    claim.institution.facilityType = u"診療所"_s;
    claim.institution.code = u"1310000017"_s;
    claim.institution.name = u"(職域)サンプル株式会社本社会場"_s;
    claim.lines = {
        ClaimLine{TicketSheet::Attached,
                  BillingCount{u"131016"_s, DoseKind::Vaccination, AgeBand::SixAndOver, TimeBand::Regular, 120}},
        ClaimLine{TicketSheet::Attached,
                  BillingCount{u"131024"_s, DoseKind::ScreeningOnly, AgeBand::SixAndOver, TimeBand::Holiday, 2}},
        ClaimLine{TicketSheet::Attached,
                  BillingCount{u"141003"_s, DoseKind::Vaccination, AgeBand::SixAndOver, TimeBand::Regular, 0}},
        ClaimLine{TicketSheet::Printed,
                  BillingCount{u"131016"_s, DoseKind::Vaccination, AgeBand::SixAndOver, TimeBand::AfterHours, 7}},
    };
    claim.returned
        = {ReturnedItem{claim.claimMonth.addMonths(-2), TicketSheet::Attached,
                        BillingCount{u"131024"_s, DoseKind::Vaccination, AgeBand::SixAndOver, TimeBand::Regular, 3},
                        u"接種券の貼付漏れ"_s}};
    return claim;
}

ClaimPrint summaryPrint(const QDateTime& printedAt)
{
    ClaimPrint print;
    print.claimMonth = QDate(2022, 3, 1);
    print.output = ClaimOutput::SummaryIncludingHome;
    print.destination = ClaimPrint::Destination::Printer;
    print.sheets = 1;
    print.totalCount = 132;
    print.totalAmount = 304'590;
    print.printedAt = printedAt;
    return print;
}

ClaimPrint municipalPdf(const QDateTime& printedAt)
{
    ClaimPrint print;
    print.claimMonth = QDate(2022, 3, 1);
    print.output = ClaimOutput::MunicipalAttached;
    print.destination = ClaimPrint::Destination::Pdf;
    print.filePath = u"/home/user/請求/2022-03_市区町村別請求書.pdf"_s;
    print.sheets = 3;
    print.totalCount = 125;
    print.totalAmount = 288'010;
    print.printedAt = printedAt;
    return print;
}

class ClaimStoreTest : public vsys::db::test::AccountDatabaseTest
{
protected:
    void SetUp() override
    {
        AccountDatabaseTest::SetUp();
        ASSERT_FALSE(HasFatalFailure());
        m_store = std::make_unique<ClaimStore>(*m_database);
    }

    void exec(const QString& sql)
    {
        QSqlQuery query(m_database->connection());
        ASSERT_TRUE(query.exec(sql)) << qPrintable(sql) << ": " << qPrintable(query.lastError().text());
    }

    std::unique_ptr<ClaimStore> m_store;
};

TEST_F(ClaimStoreTest, NothingIsSavedAtFirst)
{
    const auto claim = m_store->claim(m_accountId, QDate(2022, 3, 1));
    const auto months = m_store->claimMonths(m_accountId);
    const auto prints = m_store->prints(m_accountId, QDate(2022, 3, 1));

    ASSERT_TRUE(claim.ok()) << qPrintable(claim.error().message);
    EXPECT_EQ(*claim, std::nullopt);
    ASSERT_TRUE(months.ok()) << qPrintable(months.error().message);
    EXPECT_EQ(*months, QList<QDate>());
    ASSERT_TRUE(prints.ok()) << qPrintable(prints.error().message);
    EXPECT_EQ(*prints, QList<ClaimPrint>());
}

TEST_F(ClaimStoreTest, ASavedClaimIsReadBackExactly)
{
    const MonthlyClaim saved = fullClaim(2022, 3);

    ASSERT_TRUE(m_store->save(m_accountId, saved, kNow).ok());
    const auto found = m_store->claim(m_accountId, QDate(2022, 3, 1));

    ASSERT_TRUE(found.ok()) << qPrintable(found.error().message);
    ASSERT_TRUE(found->has_value());
    EXPECT_EQ(**found, saved);
    EXPECT_EQ(scalar(u"SELECT claim_month FROM claim"_s).toString(), u"2022-03"_s);
    EXPECT_EQ(scalar(u"SELECT saved_at FROM claim"_s).toString(), u"2022-03-04T09:30:15.250Z"_s);
    EXPECT_EQ(QJsonDocument::fromJson(scalar(u"SELECT content FROM claim"_s).toString().toUtf8()).object(),
              saved.toJson());
}

TEST_F(ClaimStoreTest, AnyDayOfTheMonthFindsItsClaim)
{
    ASSERT_TRUE(m_store->save(m_accountId, fullClaim(2022, 3), kNow).ok());

    const auto found = m_store->claim(m_accountId, QDate(2022, 3, 31));

    ASSERT_TRUE(found.ok()) << qPrintable(found.error().message);
    EXPECT_EQ(*found, fullClaim(2022, 3));
    EXPECT_EQ(m_store->claim(m_accountId, QDate(2022, 4, 1)).value(), std::nullopt);
}

TEST_F(ClaimStoreTest, SavingTheMonthAgainReplacesItsClaim)
{
    ASSERT_TRUE(m_store->save(m_accountId, fullClaim(2022, 3), kNow).ok());
    MonthlyClaim edited = fullClaim(2022, 3);
    edited.lines.removeLast();
    edited.lines[0].count.count = 121;
    edited.returned.clear();
    edited.institution.phone = u"03-0000-0002"_s;

    ASSERT_TRUE(m_store->save(m_accountId, edited, kNow.addSecs(60)).ok());

    EXPECT_EQ(m_store->claim(m_accountId, QDate(2022, 3, 1)).value(), edited);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM claim"_s).toInt(), 1);
    EXPECT_EQ(scalar(u"SELECT saved_at FROM claim"_s).toString(), u"2022-03-04T09:31:15.250Z"_s);
}

TEST_F(ClaimStoreTest, MonthsAreListedNewestFirst)
{
    ASSERT_TRUE(m_store->save(m_accountId, fullClaim(2022, 1), kNow).ok());
    ASSERT_TRUE(m_store->save(m_accountId, fullClaim(2022, 3), kNow).ok());
    ASSERT_TRUE(m_store->save(m_accountId, fullClaim(2021, 12), kNow).ok());

    const auto months = m_store->claimMonths(m_accountId);

    ASSERT_TRUE(months.ok()) << qPrintable(months.error().message);
    EXPECT_EQ(*months, (QList<QDate>{QDate(2022, 3, 1), QDate(2022, 1, 1), QDate(2021, 12, 1)}));
}

TEST_F(ClaimStoreTest, AnotherAccountSeesNoneOfTheClaims)
{
    const qint64 otherAccount = addAccount(u"1310000025"_s);
    ASSERT_TRUE(m_store->save(m_accountId, fullClaim(2022, 3), kNow).ok());
    ASSERT_TRUE(m_store->recordPrint(m_accountId, summaryPrint(kNow)).ok());

    EXPECT_EQ(m_store->claim(otherAccount, QDate(2022, 3, 1)).value(), std::nullopt);
    EXPECT_EQ(m_store->claimMonths(otherAccount).value(), QList<QDate>());
    EXPECT_EQ(m_store->prints(otherAccount, QDate(2022, 3, 1)).value(), QList<ClaimPrint>());

    // The same month is the other account's own claim, beside the first one.
    MonthlyClaim other = fullClaim(2022, 3);
    other.institution.code = u"1310000025"_s;
    ASSERT_TRUE(m_store->save(otherAccount, other, kNow).ok());
    EXPECT_EQ(m_store->claim(otherAccount, QDate(2022, 3, 1)).value(), other);
    EXPECT_EQ(m_store->claim(m_accountId, QDate(2022, 3, 1)).value(), fullClaim(2022, 3));
}

TEST_F(ClaimStoreTest, PrintsAreListedOldestFirstWithEveryField)
{
    const ClaimPrint later = municipalPdf(kNow.addSecs(300));
    const ClaimPrint earlier = summaryPrint(kNow);
    ClaimPrint otherMonth = summaryPrint(kNow);
    otherMonth.claimMonth = QDate(2022, 2, 1);

    ASSERT_TRUE(m_store->recordPrint(m_accountId, later).ok());
    ASSERT_TRUE(m_store->recordPrint(m_accountId, earlier).ok());
    ASSERT_TRUE(m_store->recordPrint(m_accountId, otherMonth).ok());
    const auto prints = m_store->prints(m_accountId, QDate(2022, 3, 1));

    ASSERT_TRUE(prints.ok()) << qPrintable(prints.error().message);
    EXPECT_EQ(*prints, (QList<ClaimPrint>{earlier, later}));
    EXPECT_EQ(m_store->prints(m_accountId, QDate(2022, 2, 1)).value(), QList<ClaimPrint>{otherMonth});
    EXPECT_EQ(scalar(u"SELECT output || ' ' || destination || ' ' || file_path || ' ' || sheets || ' ' || total_count "
                     "|| ' ' || total_amount || ' ' || printed_at FROM claim_print WHERE destination = 'pdf'"_s)
                  .toString(),
              u"municipal_attached pdf /home/user/請求/2022-03_市区町村別請求書.pdf 3 125 288010 "
              "2022-03-04T09:35:15.250Z"_s);
    EXPECT_TRUE(scalar(u"SELECT file_path FROM claim_print WHERE id = 2"_s).isNull());
}

TEST_F(ClaimStoreTest, PrintsAtTheSameTimeKeepTheOrderTheyWereRecorded)
{
    ClaimPrint excluding = summaryPrint(kNow);
    excluding.output = ClaimOutput::SummaryExcludingHome;
    ClaimPrint printed = municipalPdf(kNow);
    printed.output = ClaimOutput::MunicipalPrinted;
    const QList<ClaimPrint> recorded{municipalPdf(kNow), printed, excluding, summaryPrint(kNow)};

    for (const ClaimPrint& print : recorded) {
        ASSERT_TRUE(m_store->recordPrint(m_accountId, print).ok());
    }

    EXPECT_EQ(m_store->prints(m_accountId, QDate(2022, 3, 1)).value(), recorded);
}

TEST_F(ClaimStoreTest, ClaimsAndPrintsGoWithTheirAccount)
{
    const qint64 otherAccount = addAccount(u"1310000025"_s);
    ASSERT_TRUE(m_store->save(m_accountId, fullClaim(2022, 3), kNow).ok());
    ASSERT_TRUE(m_store->recordPrint(m_accountId, summaryPrint(kNow)).ok());
    ASSERT_TRUE(m_store->save(otherAccount, fullClaim(2022, 2), kNow).ok());
    ASSERT_TRUE(m_store->recordPrint(otherAccount, municipalPdf(kNow)).ok());

    exec(u"DELETE FROM account WHERE id = %1"_s.arg(m_accountId));

    EXPECT_EQ(scalar(u"SELECT count(*) FROM claim WHERE account_id = %1"_s.arg(m_accountId)).toInt(), 0);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM claim_print WHERE account_id = %1"_s.arg(m_accountId)).toInt(), 0);
    EXPECT_EQ(m_store->claimMonths(otherAccount).value(), QList<QDate>{QDate(2022, 2, 1)});
    EXPECT_EQ(m_store->prints(otherAccount, QDate(2022, 3, 1)).value(), QList<ClaimPrint>{municipalPdf(kNow)});
}

TEST_F(ClaimStoreTest, ClaimsAndPrintsNeedAKnownAccount)
{
    const auto saved = m_store->save(m_accountId + 1, fullClaim(2022, 3), kNow);
    const auto printed = m_store->recordPrint(m_accountId + 1, summaryPrint(kNow));

    ASSERT_FALSE(saved.ok());
    EXPECT_TRUE(saved.error().message.contains(u"FOREIGN KEY constraint failed"_s))
        << qPrintable(saved.error().message);
    ASSERT_FALSE(printed.ok());
    EXPECT_TRUE(printed.error().message.contains(u"FOREIGN KEY constraint failed"_s))
        << qPrintable(printed.error().message);
}

TEST_F(ClaimStoreTest, AStoredClaimTheCodecRefusesIsAnErrorNamingTheMonth)
{
    ASSERT_TRUE(m_store->save(m_accountId, fullClaim(2022, 2), kNow).ok());
    QJsonObject content = fullClaim(2022, 3).toJson();
    QJsonArray lines = content.value(u"lines"_s).toArray();
    QJsonObject line = lines.at(1).toObject();
    line.insert(u"count"_s, u"two"_s);
    lines.replace(1, line);
    content.insert(u"lines"_s, lines);
    QSqlQuery query(m_database->connection());
    ASSERT_TRUE(
        query.prepare(u"INSERT INTO claim (account_id, claim_month, content, saved_at) VALUES (?, '2022-03', ?, "
                      "'2022-03-04T09:30:15.250Z')"_s));
    query.addBindValue(m_accountId);
    query.addBindValue(QString::fromUtf8(QJsonDocument(content).toJson(QJsonDocument::Compact)));
    ASSERT_TRUE(query.exec()) << qPrintable(query.lastError().text());

    const auto found = m_store->claim(m_accountId, QDate(2022, 3, 1));

    ASSERT_FALSE(found.ok());
    EXPECT_EQ(found.error().field, u"lines[1].count"_s);
    EXPECT_TRUE(found.error().message.contains(u"2022-03"_s)) << qPrintable(found.error().message);
    EXPECT_TRUE(found.error().message.contains(u"lines[1].count"_s)) << qPrintable(found.error().message);
    // The other months stay readable.
    EXPECT_EQ(m_store->claim(m_accountId, QDate(2022, 2, 1)).value(), fullClaim(2022, 2));
    EXPECT_EQ(m_store->claimMonths(m_accountId).value(), (QList<QDate>{QDate(2022, 3, 1), QDate(2022, 2, 1)}));
}

TEST_F(ClaimStoreTest, TheTablesRefuseRowsOutsideTheirShape)
{
    QSqlQuery query(m_database->connection());
    const QString insertClaim = u"INSERT INTO claim (account_id, claim_month, content, saved_at) VALUES (%1, '%2', "
                                "'%3', '2022-03-04T09:30:15.250Z')"_s;

    EXPECT_FALSE(query.exec(insertClaim.arg(m_accountId).arg(u"2022-3"_s, u"{}"_s)));
    EXPECT_FALSE(query.exec(insertClaim.arg(m_accountId).arg(u"2022-13"_s, u"{}"_s)));
    EXPECT_FALSE(query.exec(insertClaim.arg(m_accountId).arg(u"2022-03"_s, u"[]"_s)));
    EXPECT_TRUE(query.exec(insertClaim.arg(m_accountId).arg(u"2022-12"_s, u"{}"_s)))
        << qPrintable(query.lastError().text());
    const QString insertPrint = u"INSERT INTO claim_print (account_id, claim_month, output, destination, sheets, "
                                "total_count, total_amount, printed_at) VALUES (%1, '2022-03', '%2', '%3', %4, 1, 2, "
                                "'2022-03-04T09:30:15.250Z')"_s;
    EXPECT_FALSE(query.exec(insertPrint.arg(m_accountId).arg(u"summary"_s, u"pdf"_s).arg(1)));
    EXPECT_FALSE(query.exec(insertPrint.arg(m_accountId).arg(u"municipal_printed"_s, u"fax"_s).arg(1)));
    EXPECT_FALSE(query.exec(insertPrint.arg(m_accountId).arg(u"municipal_printed"_s, u"pdf"_s).arg(-1)));
    EXPECT_TRUE(query.exec(insertPrint.arg(m_accountId).arg(u"municipal_printed"_s, u"pdf"_s).arg(0)))
        << qPrintable(query.lastError().text());
}

} // namespace

namespace {

TEST_F(ClaimStoreTest, AConfirmedCodeIsKeptPerAccountAndCodeOnce)
{
    ASSERT_TRUE(m_store->confirmedCodes(m_accountId)->isEmpty());
    ASSERT_TRUE(m_store->confirmCode(m_accountId, u"1310000018"_s, kNow).ok());
    // Confirming again (another month's preview) changes nothing.
    ASSERT_TRUE(m_store->confirmCode(m_accountId, u"1310000018"_s, kNow.addDays(30)).ok());
    ASSERT_TRUE(m_store->confirmCode(m_accountId, u"1310000026"_s, kNow).ok());
    EXPECT_EQ(*m_store->confirmedCodes(m_accountId), (QStringList{u"1310000018"_s, u"1310000026"_s}));
    EXPECT_TRUE(m_store->confirmedCodes(m_accountId + 1)->isEmpty());
    // Only a 10-digit code is kept: what the table stores is what ClaimChecks compares.
    EXPECT_FALSE(m_store->confirmCode(m_accountId, u"131000001"_s, kNow).ok());
}

} // namespace
