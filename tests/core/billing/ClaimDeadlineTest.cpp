// SPDX-License-Identifier: MIT
// 請求期限: the 10th of the 請求月, moved to the next business day over weekends and holidays.
#include "core/billing/ClaimDeadline.h"

#include <QDate>
#include <QString>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace vsys::core;

namespace {

QDate deadline(int year, int month)
{
    const auto result = claimDeadline(QDate(year, month, 1));
    EXPECT_TRUE(result.ok()) << qPrintable(result.error().message);
    return result.ok() ? *result : QDate();
}

} // namespace

TEST(BillingClaimDeadlineTest, PlainWeekdayIsTheTenth)
{
    EXPECT_EQ(deadline(2021, 5), QDate(2021, 5, 10)); // Monday
    EXPECT_EQ(deadline(2022, 3), QDate(2022, 3, 10)); // Thursday
}

TEST(BillingClaimDeadlineTest, AnyDayOfTheClaimMonthGivesTheSameDeadline)
{
    EXPECT_EQ(claimDeadline(QDate(2022, 3, 31)).value(), QDate(2022, 3, 10));
}

TEST(BillingClaimDeadlineTest, HolidayMovesToTheNextBusinessDay)
{
    EXPECT_EQ(deadline(2022, 1), QDate(2022, 1, 11)); // 01-10 成人の日: the first new-format claim
}

TEST(BillingClaimDeadlineTest, WeekendMovesToMonday)
{
    EXPECT_EQ(deadline(2021, 4), QDate(2021, 4, 12)); // Saturday
    EXPECT_EQ(deadline(2022, 9), QDate(2022, 9, 12)); // Saturday
    EXPECT_EQ(deadline(2023, 6), QDate(2023, 6, 12)); // Saturday
    EXPECT_EQ(deadline(2021, 10), QDate(2021, 10, 11)); // Sunday
}

TEST(BillingClaimDeadlineTest, WeekendFollowedBySubstituteHoliday)
{
    // 02-10 Saturday, 02-11 建国記念の日 on Sunday, 02-12 振替休日.
    EXPECT_EQ(deadline(2024, 2), QDate(2024, 2, 13));
    // 08-10 Saturday, 08-11 山の日 on Sunday, 08-12 振替休日.
    EXPECT_EQ(deadline(2024, 8), QDate(2024, 8, 13));
}

TEST(BillingClaimDeadlineTest, LastClaimThroughTheKokuhoren)
{
    // 2024-03 接種分, 2024-04-10 必着 (domain-rules.md §0.2): a Wednesday.
    EXPECT_EQ(deadline(2024, 4), QDate(2024, 4, 10));
}

TEST(BillingClaimDeadlineTest, OutsideTheHolidayDataIsAnError)
{
    const auto later = claimDeadline(QDate(2027, 1, 1));
    ASSERT_FALSE(later.ok());
    EXPECT_EQ(later.error().field, u"claim_month"_s);
    EXPECT_EQ(later.error().message,
              u"claim_month：2027年01月請求分の請求期限を決められません。"
              u"祝日データの範囲外です（2021年01月01日〜2026年12月31日）。"_s);
    EXPECT_FALSE(claimDeadline(QDate(2020, 12, 1)).ok());
    EXPECT_TRUE(claimDeadline(QDate(2026, 12, 1)).ok());

    const auto invalid = claimDeadline(QDate());
    ASSERT_FALSE(invalid.ok());
    EXPECT_EQ(invalid.error().message, u"claim_month：請求月を入力してください。"_s);
}

TEST(BillingClaimDeadlineTest, NeverGuessesPastTheEndOfTheData)
{
    // The 10th is covered, but the days the deadline moves to are not.
    const auto calendar = HolidayCalendar::fromJson(R"({"covers": {"from": "2024-02-01", "to": "2024-02-11"},
        "holidays": [{"date": "2024-02-11", "name": "建国記念の日"}]})");
    ASSERT_TRUE(calendar.ok()) << qPrintable(calendar.error().message);
    const auto result = claimDeadline(QDate(2024, 2, 1), *calendar);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().field, u"claim_month"_s);
    EXPECT_EQ(claimDeadline(QDate(2024, 3, 1), *calendar).error().field, u"claim_month"_s);
}
