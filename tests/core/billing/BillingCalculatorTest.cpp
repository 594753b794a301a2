// SPDX-License-Identifier: MIT
// 請求額の計算: the briefing's worked examples, the 12 rows of the new format, and the input rules.
#include "core/billing/BillingCalculator.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>
#include <limits>
#include <tuple>

using namespace Qt::StringLiterals;
using namespace vsys::core;

namespace {

// Valid 全国地方公共団体コード (check digits computed by the §0.3 rule).
const QString kChiyoda = u"131016"_s;
const QString kSapporo = u"011002"_s;
const QString kOsaka = u"271004"_s;
const QString kYokohama = u"141003"_s;

constexpr auto SO = DoseKind::ScreeningOnly;
constexpr auto VA = DoseKind::Vaccination;
constexpr auto U6 = AgeBand::UnderSix;
constexpr auto O6 = AgeBand::SixAndOver;
constexpr auto REG = TimeBand::Regular;
constexpr auto AH = TimeBand::AfterHours;
constexpr auto HO = TimeBand::Holiday;

Result<BillingStatement> compute(QDate claim, QDate vaccination, const QList<BillingCount>& counts)
{
    return BillingCalculator().compute(claim, vaccination, counts);
}

Error computeError(QDate claim, QDate vaccination, const QList<BillingCount>& counts)
{
    const auto result = compute(claim, vaccination, counts);
    EXPECT_FALSE(result.ok());
    return result.ok() ? Error{} : result.error();
}

std::tuple<DoseKind, AgeBand, TimeBand> keyOf(const BillingRow& row)
{
    return {row.kind, row.age, row.time};
}

} // namespace

TEST(BillingCalculatorTest, BriefingOldFormatSummaryForApril2021Claim)
{
    // 請求総括書 2021年04月請求分: 接種・6歳以上 50件 113,850円; 予診のみ・6歳以上 5件 8,470円.
    const auto result = compute(QDate(2021, 4, 1), QDate(2021, 3, 1),
                                {{kChiyoda, VA, O6, REG, 40}, {kOsaka, VA, O6, REG, 10}, {kChiyoda, SO, O6, REG, 5}});
    ASSERT_TRUE(result.ok()) << qPrintable(result.error().message);
    EXPECT_EQ(result->format, ClaimFormat::Old);
    EXPECT_EQ(result->totalCount, 55);
    EXPECT_EQ(result->totalAmount, 122320);

    qint64 vaccinations = 0, vaccinationAmount = 0, screenings = 0, screeningAmount = 0;
    for (const MunicipalityClaim& m : result->municipalities) {
        for (const BillingRow& row : m.rows) {
            (row.kind == VA ? vaccinations : screenings) += row.count;
            (row.kind == VA ? vaccinationAmount : screeningAmount) += row.amount;
        }
    }
    EXPECT_EQ(vaccinations, 50);
    EXPECT_EQ(vaccinationAmount, 113850);
    EXPECT_EQ(screenings, 5);
    EXPECT_EQ(screeningAmount, 8470);

    // 市区町村別請求書 of the same month: 接種・6歳以上 10件 22,770円.
    ASSERT_EQ(result->municipalities.size(), 2);
    const MunicipalityClaim& osaka = result->municipalities.at(1);
    EXPECT_EQ(osaka.code, kOsaka);
    ASSERT_EQ(osaka.rows.size(), 1);
    EXPECT_EQ(osaka.rows.at(0).unitPrice, 2277);
    EXPECT_EQ(osaka.rows.at(0).amount, 22770);
    EXPECT_EQ(osaka.totalCount, 10);
    EXPECT_EQ(osaka.totalAmount, 22770);
}

struct RowCase
{
    DoseKind kind;
    AgeBand age;
    TimeBand time;
    qint64 count;
    int unitPrice;
    qint64 amount;
};

class BillingNewFormatRowTest : public ::testing::TestWithParam<RowCase>
{
};

TEST_P(BillingNewFormatRowTest, UnitPriceAndAmount)
{
    const RowCase c = GetParam();
    const auto result = compute(QDate(2022, 4, 1), QDate(2022, 3, 1), {{kYokohama, c.kind, c.age, c.time, c.count}});
    ASSERT_TRUE(result.ok()) << qPrintable(result.error().message);
    EXPECT_EQ(result->format, ClaimFormat::New);
    ASSERT_EQ(result->municipalities.size(), 1);
    ASSERT_EQ(result->municipalities.at(0).rows.size(), 1);
    const BillingRow& row = result->municipalities.at(0).rows.at(0);
    EXPECT_EQ(row.unitPrice, c.unitPrice);
    EXPECT_EQ(row.count, c.count);
    EXPECT_EQ(row.amount, c.amount);
    EXPECT_EQ(result->totalAmount, c.amount);
}

INSTANTIATE_TEST_SUITE_P(TwelveRows,
                         BillingNewFormatRowTest,
                         ::testing::Values(RowCase{SO, U6, REG, 3, 2420, 7260},
                                           RowCase{SO, U6, AH, 7, 3223, 22561},
                                           RowCase{SO, U6, HO, 11, 4763, 52393},
                                           RowCase{SO, O6, REG, 37, 1694, 62678},
                                           RowCase{SO, O6, AH, 19, 2497, 47443},
                                           RowCase{SO, O6, HO, 5, 4037, 20185},
                                           RowCase{VA, U6, REG, 12, 3003, 36036},
                                           RowCase{VA, U6, AH, 9, 3806, 34254},
                                           RowCase{VA, U6, HO, 4, 5346, 21384},
                                           RowCase{VA, O6, REG, 250, 2277, 569250},
                                           RowCase{VA, O6, AH, 48, 3080, 147840},
                                           RowCase{VA, O6, HO, 17, 4620, 78540}));

TEST(BillingCalculatorTest, AllTwelveRowsInFormOrderWithTotals)
{
    // Entered in scrambled order; the form lists 予診のみ before 接種, 6歳未満 before 6歳以上, 通常 → 時間外 → 休日.
    const QList<BillingCount> counts{
        {kSapporo, VA, O6, HO, 17},  {kSapporo, SO, O6, REG, 37},  {kSapporo, VA, U6, AH, 9},
        {kSapporo, SO, U6, HO, 11},  {kSapporo, VA, O6, REG, 250}, {kSapporo, SO, O6, AH, 19},
        {kSapporo, VA, U6, REG, 12}, {kSapporo, SO, U6, REG, 3},   {kSapporo, VA, O6, AH, 48},
        {kSapporo, SO, O6, HO, 5},   {kSapporo, VA, U6, HO, 4},    {kSapporo, SO, U6, AH, 7},
    };
    const auto result = compute(QDate(2022, 1, 1), QDate(2021, 12, 1), counts);
    ASSERT_TRUE(result.ok()) << qPrintable(result.error().message);
    ASSERT_EQ(result->municipalities.size(), 1);
    const QList<BillingRow>& rows = result->municipalities.at(0).rows;
    const QList<std::tuple<DoseKind, AgeBand, TimeBand>> expected{
        {SO, U6, REG}, {SO, U6, AH}, {SO, U6, HO}, {SO, O6, REG}, {SO, O6, AH}, {SO, O6, HO},
        {VA, U6, REG}, {VA, U6, AH}, {VA, U6, HO}, {VA, O6, REG}, {VA, O6, AH}, {VA, O6, HO},
    };
    ASSERT_EQ(rows.size(), expected.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        EXPECT_EQ(keyOf(rows.at(i)), expected.at(i)) << "row " << i;
    }
    EXPECT_EQ(result->municipalities.at(0).totalCount, 422);
    EXPECT_EQ(result->municipalities.at(0).totalAmount, 1099824);
    EXPECT_EQ(result->totalCount, 422);
    EXPECT_EQ(result->totalAmount, 1099824);
}

TEST(BillingCalculatorTest, FormatSwitchesWithDecember2021Doses)
{
    const auto november = compute(QDate(2021, 12, 1), QDate(2021, 11, 30), {{kChiyoda, VA, O6, REG, 1}});
    ASSERT_TRUE(november.ok());
    EXPECT_EQ(november->format, ClaimFormat::Old);
    EXPECT_EQ(claimFormatFor(QDate(2021, 11, 30)), ClaimFormat::Old);

    const auto december = compute(QDate(2022, 1, 1), QDate(2021, 12, 1), {{kChiyoda, VA, O6, AH, 1}});
    ASSERT_TRUE(december.ok()) << qPrintable(december.error().message);
    EXPECT_EQ(december->format, ClaimFormat::New);
    EXPECT_EQ(december->totalAmount, 3080);
    EXPECT_EQ(claimFormatFor(QDate(2021, 12, 1)), ClaimFormat::New);

    // A late claim (2022-01 請求) for November doses still uses the old rows: the format follows the 接種月.
    const auto late = compute(QDate(2022, 1, 1), QDate(2021, 11, 1), {{kChiyoda, VA, O6, REG, 1}});
    ASSERT_TRUE(late.ok());
    EXPECT_EQ(late->format, ClaimFormat::Old);
}

TEST(BillingCalculatorTest, OldFormatRejectsAfterHoursAndHolidayRows)
{
    const Error e
        = computeError(QDate(2021, 12, 1), QDate(2021, 11, 1), {{kChiyoda, VA, O6, REG, 4}, {kChiyoda, SO, U6, AH, 1}});
    EXPECT_EQ(e.field, u"counts[1].time"_s);
    EXPECT_EQ(
        e.message,
        u"counts[1].time：2021年11月接種分は旧様式のため、時間外・休日の行はありません。"
        u"この請求では「通常」として入力し、時間外・休日加算は別に医療機関所在地の市区町村へ請求してください。"_s);

    EXPECT_EQ(computeError(QDate(2021, 8, 1), QDate(2021, 7, 1), {{kChiyoda, VA, O6, HO, 2}}).field,
              u"counts[0].time"_s);
}

TEST(BillingCalculatorTest, ClaimMonthMustFollowTheVaccinationMonth)
{
    const Error same = computeError(QDate(2022, 3, 31), QDate(2022, 3, 1), {{kChiyoda, VA, O6, REG, 1}});
    EXPECT_EQ(same.field, u"claim_month"_s);
    EXPECT_EQ(same.message,
              u"claim_month：請求月（2022年03月）は接種月（2022年03月）より後の月にしてください。"
              u"請求できるのは前月末までに接種した分です。"_s);
    EXPECT_EQ(computeError(QDate(2022, 2, 1), QDate(2022, 3, 1), {}).field, u"claim_month"_s);
    // Any later month is accepted (月遅れ請求).
    EXPECT_TRUE(compute(QDate(2022, 6, 1), QDate(2022, 3, 1), {{kChiyoda, VA, O6, REG, 1}}).ok());
}

TEST(BillingCalculatorTest, MissingMonthsAreErrors)
{
    const Error claim = computeError(QDate(), QDate(2022, 3, 1), {});
    EXPECT_EQ(claim.field, u"claim_month"_s);
    EXPECT_EQ(claim.message, u"claim_month：請求月を入力してください。"_s);
    const Error vaccination = computeError(QDate(2022, 4, 1), QDate(), {});
    EXPECT_EQ(vaccination.field, u"vaccination_month"_s);
    EXPECT_EQ(vaccination.message, u"vaccination_month：接種月を入力してください。"_s);
}

TEST(BillingCalculatorTest, NegativeCountIsRejected)
{
    const Error e = computeError(QDate(2022, 4, 1), QDate(2022, 3, 1),
                                 {{kChiyoda, VA, O6, REG, 1}, {kOsaka, VA, O6, REG, 2}, {kOsaka, SO, O6, REG, -1}});
    EXPECT_EQ(e.field, u"counts[2].count"_s);
    EXPECT_EQ(e.message, u"counts[2].count：件数は0以上の整数で入力してください。"_s);
}

TEST(BillingCalculatorTest, InvalidMunicipalityCodeIsRejected)
{
    const Error checkDigit
        = computeError(QDate(2022, 4, 1), QDate(2022, 3, 1),
                       {{kChiyoda, VA, O6, REG, 1}, {kOsaka, VA, O6, REG, 1}, {u"131017"_s, VA, O6, REG, 1}});
    EXPECT_EQ(checkDigit.field, u"counts[2].municipality"_s);
    EXPECT_TRUE(checkDigit.message.startsWith(u"counts[2].municipality"_s)) << qPrintable(checkDigit.message);
    EXPECT_TRUE(checkDigit.message.contains(u"131016"_s)) << "suggests the right check digit";

    EXPECT_EQ(computeError(QDate(2022, 4, 1), QDate(2022, 3, 1), {{u""_s, VA, O6, REG, 1}}).field,
              u"counts[0].municipality"_s);
    EXPECT_EQ(computeError(QDate(2022, 4, 1), QDate(2022, 3, 1), {{u"13101"_s, VA, O6, REG, 1}}).field,
              u"counts[0].municipality"_s);
}

TEST(BillingCalculatorTest, DuplicatesAreSummedAndCodesNormalised)
{
    const auto result = compute(QDate(2022, 4, 1), QDate(2022, 3, 1),
                                {{kChiyoda, VA, O6, REG, 3},
                                 {u"１３１０１６"_s, VA, O6, REG, 4},
                                 {kChiyoda, VA, O6, AH, 2},
                                 {kChiyoda, VA, O6, REG, 0}});
    ASSERT_TRUE(result.ok()) << qPrintable(result.error().message);
    ASSERT_EQ(result->municipalities.size(), 1);
    const MunicipalityClaim& claim = result->municipalities.at(0);
    EXPECT_EQ(claim.code, kChiyoda);
    ASSERT_EQ(claim.rows.size(), 2);
    EXPECT_EQ(keyOf(claim.rows.at(0)), std::make_tuple(VA, O6, REG));
    EXPECT_EQ(claim.rows.at(0).count, 7);
    EXPECT_EQ(claim.rows.at(0).amount, 7 * 2277);
    EXPECT_EQ(claim.rows.at(1).count, 2);
    EXPECT_EQ(claim.totalCount, 9);
    EXPECT_EQ(claim.totalAmount, 7 * 2277 + 2 * 3080);
}

TEST(BillingCalculatorTest, ZeroCountRowsAreKeptAndOnlyEnteredRowsAppear)
{
    const auto result
        = compute(QDate(2022, 4, 1), QDate(2022, 3, 1), {{kOsaka, SO, U6, HO, 0}, {kOsaka, VA, O6, REG, 2}});
    ASSERT_TRUE(result.ok());
    const QList<BillingRow>& rows = result->municipalities.at(0).rows;
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(keyOf(rows.at(0)), std::make_tuple(SO, U6, HO));
    EXPECT_EQ(rows.at(0).count, 0);
    EXPECT_EQ(rows.at(0).unitPrice, 4763);
    EXPECT_EQ(rows.at(0).amount, 0);
    EXPECT_EQ(result->totalCount, 2);
    EXPECT_EQ(result->totalAmount, 4554);

    const auto empty = compute(QDate(2022, 4, 1), QDate(2022, 3, 1), {});
    ASSERT_TRUE(empty.ok());
    EXPECT_TRUE(empty->municipalities.isEmpty());
    EXPECT_EQ(empty->totalAmount, 0);
}

TEST(BillingCalculatorTest, SeveralMunicipalitiesSortedByCodeWithSeparateTotals)
{
    const auto result = compute(QDate(2023, 6, 1), QDate(2023, 5, 1),
                                {{kYokohama, VA, O6, REG, 20},
                                 {kSapporo, VA, U6, HO, 3},
                                 {kOsaka, SO, O6, AH, 1},
                                 {kChiyoda, VA, O6, AH, 5},
                                 {kSapporo, VA, O6, REG, 6},
                                 {kYokohama, SO, O6, REG, 2}});
    ASSERT_TRUE(result.ok()) << qPrintable(result.error().message);
    ASSERT_EQ(result->municipalities.size(), 4);
    const QStringList codes{result->municipalities.at(0).code, result->municipalities.at(1).code,
                            result->municipalities.at(2).code, result->municipalities.at(3).code};
    EXPECT_EQ(codes, (QStringList{kSapporo, kChiyoda, kYokohama, kOsaka}));

    const auto& m = result->municipalities;
    EXPECT_EQ(m.at(0).totalCount, 9);
    EXPECT_EQ(m.at(0).totalAmount, 3 * 5346 + 6 * 2277); // 29,700
    EXPECT_EQ(m.at(1).totalCount, 5);
    EXPECT_EQ(m.at(1).totalAmount, 15400);
    EXPECT_EQ(m.at(2).totalCount, 22);
    EXPECT_EQ(m.at(2).totalAmount, 20 * 2277 + 2 * 1694); // 48,928
    EXPECT_EQ(m.at(3).totalCount, 1);
    EXPECT_EQ(m.at(3).totalAmount, 2497);
    EXPECT_EQ(result->totalCount, 37);
    EXPECT_EQ(result->totalAmount, 29700 + 15400 + 48928 + 2497);
}

TEST(BillingCalculatorTest, MonthsOutsideTheFeeValidityAreRejected)
{
    const Error april2024 = computeError(QDate(2024, 5, 1), QDate(2024, 4, 1), {{kChiyoda, VA, O6, REG, 1}});
    EXPECT_EQ(april2024.field, u"vaccination_month"_s);
    EXPECT_TRUE(april2024.message.contains(u"特例臨時接種の対象期間外です"_s)) << qPrintable(april2024.message);

    EXPECT_EQ(computeError(QDate(2021, 2, 1), QDate(2021, 1, 1), {{kChiyoda, SO, O6, REG, 1}}).field,
              u"vaccination_month"_s);
    // The last month of the programme is still billable, with its surcharges.
    const auto march2024 = compute(QDate(2024, 4, 1), QDate(2024, 3, 1), {{kChiyoda, VA, O6, HO, 1}});
    ASSERT_TRUE(march2024.ok());
    EXPECT_EQ(march2024->totalAmount, 4620);
}

TEST(BillingCalculatorTest, MissingSurchargeInACustomTableNamesTheRow)
{
    const auto fees = FeeSchedule::fromJson(R"({"tax_rate_percent": 10, "fees": [
        {"item": "vaccination", "amount": 2070, "valid_from": "2021-02-17", "valid_to": "2024-03-31", "source": "t"},
        {"item": "after_hours_addition", "amount": 730, "valid_from": "2022-01-01", "valid_to": "2024-03-31",
         "source": "t"}]})");
    ASSERT_TRUE(fees.ok()) << qPrintable(fees.error().message);
    const BillingCalculator calculator(*fees);
    const auto result = calculator.compute(QDate(2022, 1, 1), QDate(2021, 12, 1),
                                           {{kChiyoda, VA, O6, REG, 1}, {kChiyoda, VA, O6, AH, 1}});
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().field, u"counts[1].time"_s);
    EXPECT_EQ(result.error().message,
              u"counts[1].time：2021年12月接種分には時間外加算がありません（単価表の適用期間外です）。"
              u"この行の内容を確認してください。"_s);
    EXPECT_EQ(calculator.compute(QDate(2022, 2, 1), QDate(2022, 1, 1), {{kChiyoda, VA, O6, AH, 1}})->totalAmount, 3080);
}

TEST(BillingCalculatorTest, OverflowingCountsAreRejected)
{
    const qint64 huge = std::numeric_limits<qint64>::max() / 2;
    const Error sum
        = computeError(QDate(2022, 4, 1), QDate(2022, 3, 1),
                       {{kChiyoda, VA, O6, REG, huge}, {kChiyoda, VA, O6, REG, huge}, {kChiyoda, VA, O6, REG, huge}});
    EXPECT_EQ(sum.field, u"counts[2].count"_s);
    EXPECT_EQ(sum.message, u"counts[2].count：件数が大きすぎるため請求額を計算できません。件数を確認してください。"_s);
    EXPECT_EQ(computeError(QDate(2022, 4, 1), QDate(2022, 3, 1), {{kChiyoda, VA, O6, REG, huge}}).field, u"counts"_s);
}
