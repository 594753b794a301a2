// SPDX-License-Identifier: MIT
// 単価表: the shipped fees, their validity by 接種月, tax, and the rejection of malformed fees.json files.
#include "core/billing/FeeSchedule.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace vsys::core;

namespace {

QByteArray entry(const char* item, int amount, const char* from, const char* to)
{
    return QByteArray(R"({"item": ")") + item + R"(", "amount": )" + QByteArray::number(amount) + R"(, "valid_from": ")"
        + from + R"(", "valid_to": ")" + to + R"(", "source": "test"})";
}

QByteArray feesJson(const QList<QByteArray>& entries, int taxRate = 10)
{
    return R"({"notes": "test", "tax_rate_percent": )" + QByteArray::number(taxRate) + R"(, "fees": [)"
        + entries.join(",") + "]}";
}

Error parseError(const QByteArray& json)
{
    const auto parsed = FeeSchedule::fromJson(json);
    EXPECT_FALSE(parsed.ok());
    return parsed.ok() ? Error{} : parsed.error();
}

const QByteArray kVaccination = entry("vaccination", 2070, "2021-02-17", "2024-03-31");

} // namespace

TEST(BillingFeeScheduleTest, BuiltInTableHasTheNationwideFeesAndTenPercentTax)
{
    const FeeSchedule& fees = FeeSchedule::builtIn();
    EXPECT_EQ(fees.taxRatePercent(), 10);
    const QDate month(2022, 3, 1);
    const auto price
        = [&](DoseKind k, AgeBand a, TimeBand t) { return fees.unitPriceExcludingTax(k, a, t, month).value(); };
    EXPECT_EQ(price(DoseKind::Vaccination, AgeBand::SixAndOver, TimeBand::Regular), 2070);
    EXPECT_EQ(price(DoseKind::ScreeningOnly, AgeBand::SixAndOver, TimeBand::Regular), 1540);
    EXPECT_EQ(price(DoseKind::Vaccination, AgeBand::UnderSix, TimeBand::Regular), 2070 + 660);
    EXPECT_EQ(price(DoseKind::ScreeningOnly, AgeBand::UnderSix, TimeBand::Regular), 1540 + 660);
    EXPECT_EQ(price(DoseKind::Vaccination, AgeBand::SixAndOver, TimeBand::AfterHours), 2070 + 730);
    EXPECT_EQ(price(DoseKind::Vaccination, AgeBand::SixAndOver, TimeBand::Holiday), 2070 + 2130);
    EXPECT_EQ(price(DoseKind::ScreeningOnly, AgeBand::UnderSix, TimeBand::Holiday), 1540 + 660 + 2130);
}

TEST(BillingFeeScheduleTest, BuiltInTableCitesASourceForEveryEntry)
{
    const QList<FeeEntry>& entries = FeeSchedule::builtIn().entries();
    ASSERT_EQ(entries.size(), 5);
    for (const FeeEntry& e : entries) {
        EXPECT_TRUE(e.source.contains(u"https://"_s)) << qPrintable(e.source);
        EXPECT_EQ(e.validTo, QDate(2024, 3, 31)) << "特例臨時接種 ends 2024-03-31";
    }
}

TEST(BillingFeeScheduleTest, TaxIncludedIsTenPercentOnTop)
{
    const FeeSchedule& fees = FeeSchedule::builtIn();
    EXPECT_EQ(fees.taxIncluded(2070), 2277);
    EXPECT_EQ(fees.taxIncluded(1540), 1694);
    EXPECT_EQ(fees.taxIncluded(730), 803);
    EXPECT_EQ(fees.taxIncluded(2130), 2343);
    EXPECT_EQ(fees.taxIncluded(660), 726);
    EXPECT_EQ(fees.taxIncluded(0), 0);
}

TEST(BillingFeeScheduleTest, TaxRoundsDownWhenTheDataGivesAFraction)
{
    const auto fees = FeeSchedule::fromJson(feesJson({kVaccination}, 8));
    ASSERT_TRUE(fees.ok()) << qPrintable(fees.error().message);
    EXPECT_EQ(fees->taxRatePercent(), 8);
    EXPECT_EQ(fees->taxIncluded(15), 16); // 16.2
    EXPECT_EQ(fees->taxIncluded(2070), 2235); // 2,235.6
}

TEST(BillingFeeScheduleTest, ValidityIsByVaccinationMonthWithinTheProgramme)
{
    const FeeSchedule& fees = FeeSchedule::builtIn();
    // 2021-02: the first doses were given on the 17th; the month overlaps the entry.
    EXPECT_TRUE(
        fees.unitPriceExcludingTax(DoseKind::Vaccination, AgeBand::SixAndOver, TimeBand::Regular, QDate(2021, 2, 1))
            .ok());
    // Any day of the month stands for the month.
    EXPECT_EQ(
        fees.unitPriceExcludingTax(DoseKind::Vaccination, AgeBand::SixAndOver, TimeBand::Holiday, QDate(2024, 3, 31))
            .value(),
        4200);

    const auto after = fees.unitPriceExcludingTax(DoseKind::Vaccination, AgeBand::SixAndOver, TimeBand::Regular,
                                                  QDate(2024, 4, 1), u"counts[0]"_s);
    ASSERT_FALSE(after.ok());
    EXPECT_EQ(after.error().field, u"vaccination_month"_s);
    EXPECT_EQ(
        after.error().message,
        u"vaccination_month：2024年04月接種分は特例臨時接種の対象期間外です（単価表にこの月の接種費用がありません）。"
        u"接種月を確認してください。"_s);

    const auto before = fees.unitPriceExcludingTax(DoseKind::ScreeningOnly, AgeBand::SixAndOver, TimeBand::Regular,
                                                   QDate(2021, 1, 31));
    ASSERT_FALSE(before.ok());
    EXPECT_EQ(before.error().field, u"vaccination_month"_s);
    EXPECT_TRUE(before.error().message.contains(u"予診のみの費用"_s)) << qPrintable(before.error().message);
}

TEST(BillingFeeScheduleTest, SurchargesStartWithAprilTwentyTwentyOne)
{
    const FeeSchedule& fees = FeeSchedule::builtIn();
    const auto march = fees.unitPriceExcludingTax(DoseKind::Vaccination, AgeBand::SixAndOver, TimeBand::AfterHours,
                                                  QDate(2021, 3, 1), u"counts[4]"_s);
    ASSERT_FALSE(march.ok());
    EXPECT_EQ(march.error().field, u"counts[4].time"_s);
    EXPECT_EQ(march.error().message,
              u"counts[4].time：2021年03月接種分には時間外加算がありません（単価表の適用期間外です）。"
              u"この行の内容を確認してください。"_s);

    const auto holiday
        = fees.unitPriceExcludingTax(DoseKind::ScreeningOnly, AgeBand::UnderSix, TimeBand::Holiday, QDate(2021, 3, 20));
    ASSERT_FALSE(holiday.ok());
    EXPECT_EQ(holiday.error().field, u"time"_s);

    EXPECT_EQ(
        fees.unitPriceExcludingTax(DoseKind::Vaccination, AgeBand::SixAndOver, TimeBand::AfterHours, QDate(2021, 4, 1))
            .value(),
        2800);
}

TEST(BillingFeeScheduleTest, MissingUnderSixAdditionNamesTheAge)
{
    const auto fees
        = FeeSchedule::fromJson(feesJson({kVaccination, entry("under6_addition", 660, "2022-02-01", "2024-03-31")}));
    ASSERT_TRUE(fees.ok()) << qPrintable(fees.error().message);
    const auto result = fees->unitPriceExcludingTax(DoseKind::Vaccination, AgeBand::UnderSix, TimeBand::Regular,
                                                    QDate(2022, 1, 1), u"counts[1]"_s);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().field, u"counts[1].age"_s);
    EXPECT_EQ(result.error().message,
              u"counts[1].age：2022年01月接種分には6歳未満の乳幼児加算がありません（単価表の適用期間外です）。"
              u"この行の内容を確認してください。"_s);
    EXPECT_EQ(
        fees->unitPriceExcludingTax(DoseKind::Vaccination, AgeBand::UnderSix, TimeBand::Regular, QDate(2022, 2, 1))
            .value(),
        2730);
}

TEST(BillingFeeScheduleTest, PriceChangeWithinAMonthCannotBeBilledByMonth)
{
    const auto fees = FeeSchedule::fromJson(feesJson({entry("vaccination", 2070, "2021-02-17", "2022-10-14"),
                                                      entry("vaccination", 2100, "2022-10-15", "2024-03-31")}));
    ASSERT_TRUE(fees.ok()) << qPrintable(fees.error().message);
    const auto october = fees->unitPriceExcludingTax(DoseKind::Vaccination, AgeBand::SixAndOver, TimeBand::Regular,
                                                     QDate(2022, 10, 1));
    ASSERT_FALSE(october.ok());
    EXPECT_EQ(october.error().field, u"vaccination_month"_s);
    EXPECT_EQ(october.error().message,
              u"vaccination_month：2022年10月の途中で接種費用の単価が変わるため、月単位の請求額を計算できません。"
              u"単価表を確認してください。"_s);
    EXPECT_EQ(
        fees->unitPriceExcludingTax(DoseKind::Vaccination, AgeBand::SixAndOver, TimeBand::Regular, QDate(2022, 9, 1))
            .value(),
        2070);
    EXPECT_EQ(
        fees->unitPriceExcludingTax(DoseKind::Vaccination, AgeBand::SixAndOver, TimeBand::Regular, QDate(2022, 11, 1))
            .value(),
        2100);
}

TEST(BillingFeeScheduleTest, SameAmountSplitWithinAMonthIsFine)
{
    const auto fees = FeeSchedule::fromJson(feesJson({entry("vaccination", 2070, "2021-02-17", "2022-09-30"),
                                                      entry("vaccination", 2070, "2022-10-01", "2024-03-31")}));
    ASSERT_TRUE(fees.ok()) << qPrintable(fees.error().message);
    EXPECT_EQ(
        fees->unitPriceExcludingTax(DoseKind::Vaccination, AgeBand::SixAndOver, TimeBand::Regular, QDate(2022, 9, 1))
            .value(),
        2070);
}

TEST(BillingFeeScheduleTest, RejectsMissingField)
{
    const Error e = parseError(
        feesJson({kVaccination, R"({"item": "screening_only", "valid_from": "2021-02-17", "valid_to": "2024-03-31",
                   "source": "x"})"}));
    EXPECT_EQ(e.field, u"fees[1].amount"_s);
    EXPECT_EQ(e.message, u"fees[1].amount：金額は税抜の円で、0から1000000までの整数で指定してください。"_s);

    EXPECT_EQ(parseError(feesJson({R"({"item": "vaccination", "amount": 2070, "valid_from": "2021-02-17",
                                      "valid_to": "2024-03-31"})"}))
                  .field,
              u"fees[0].source"_s);
    EXPECT_EQ(parseError(feesJson({R"({"amount": 2070, "valid_from": "2021-02-17", "valid_to": "2024-03-31",
                                      "source": "x"})"}))
                  .field,
              u"fees[0].item"_s);
    EXPECT_EQ(parseError(R"({"fees": [{"item": "vaccination", "amount": 2070, "valid_from": "2021-02-17",
                             "valid_to": "2024-03-31", "source": "x"}]})")
                  .field,
              u"tax_rate_percent"_s);
    EXPECT_EQ(parseError(R"({"tax_rate_percent": 10})").field, u"fees"_s);
}

TEST(BillingFeeScheduleTest, RejectsBadDates)
{
    for (const char* bad : {"2021-02-30", "2021-2-17", "2021/02/17", "2021-02-17T00:00", ""}) {
        const Error e = parseError(feesJson({kVaccination, entry("screening_only", 1540, "2021-02-17", bad)}));
        EXPECT_EQ(e.field, u"fees[1].valid_to"_s) << bad;
        EXPECT_EQ(e.message, u"fees[1].valid_to：日付は YYYY-MM-DD の形式で指定してください。"_s) << bad;
    }
    const Error reversed = parseError(feesJson({entry("vaccination", 2070, "2024-03-31", "2021-02-17")}));
    EXPECT_EQ(reversed.field, u"fees[0].valid_to"_s);
    EXPECT_EQ(reversed.message,
              u"fees[0].valid_to：終了日が開始日（2024年03月31日）より前になっています。日付を確認してください。"_s);
}

TEST(BillingFeeScheduleTest, RejectsOverlappingEntriesOfOneItem)
{
    const Error e = parseError(feesJson({kVaccination, entry("screening_only", 1540, "2021-02-17", "2024-03-31"),
                                         entry("vaccination", 2100, "2024-03-31", "2025-03-31")}));
    EXPECT_EQ(e.field, u"fees[2].valid_from"_s);
    EXPECT_EQ(e.message,
              u"fees[2].valid_from：この接種費用は fees[0] と適用期間が重なっています。"
              u"同じ項目の単価は、どの日も1つだけになるようにしてください。"_s);
}

TEST(BillingFeeScheduleTest, RejectsUnknownItemsAmountsAndShapes)
{
    EXPECT_EQ(parseError(feesJson({entry("booster", 2070, "2021-02-17", "2024-03-31")})).field, u"fees[0].item"_s);
    EXPECT_EQ(parseError(feesJson({entry("vaccination", -10, "2021-02-17", "2024-03-31")})).field, u"fees[0].amount"_s);
    EXPECT_EQ(parseError(feesJson({R"({"item": "vaccination", "amount": 2070.5, "valid_from": "2021-02-17",
                                      "valid_to": "2024-03-31", "source": "x"})"}))
                  .field,
              u"fees[0].amount"_s);
    EXPECT_EQ(parseError(feesJson({R"({"item": "vaccination", "amount": "2070", "valid_from": "2021-02-17",
                                      "valid_to": "2024-03-31", "source": "x"})"}))
                  .field,
              u"fees[0].amount"_s);
    EXPECT_EQ(parseError(feesJson({"42"})).field, u"fees[0]"_s);
    EXPECT_EQ(parseError(feesJson({kVaccination}, 150)).field, u"tax_rate_percent"_s);

    const Error notJson = parseError("{\"fees\": [");
    EXPECT_EQ(notJson.field, u"fees.json"_s);
    EXPECT_TRUE(notJson.message.startsWith(u"fees.json：JSONとして読み込めません（"_s)) << qPrintable(notJson.message);
    EXPECT_EQ(parseError("[]").message, u"fees.json：ファイルの中身は1つのJSONオブジェクトにしてください。"_s);
}
