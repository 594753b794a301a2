// SPDX-License-Identifier: MIT
// 計画と実績: the briefing's plan (2/28～3/13 400回, 3/14～3/27 300回, 3/28～4/10 200回, as its screen writes
// 4, 3 and 2 boxes) against a ledger at a given rate, with the exact doses the forecast expects to be left.
#include "core/ledger/DoseForecast.h"

#include "core/report/VaccineCatalog.h"
#include "tests/support/BriefingCalendar.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace vsys::core;

namespace {

const QDate kToday(2022, 3, 16);

QMap<QDate, int> everyDay(QDate from, QDate to, int doses)
{
    QMap<QDate, int> daily;
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        daily.insert(day, doses);
    }
    return daily;
}

/// The briefing's plan at 100 doses a box (its screen: 4箱 = 400回接種分相当), 2 vials (30 doses) wasted by
/// 3/13, 30 usable days, seen on 3/16.
ForecastInput briefingPlan(QMap<QDate, int> daily, int thirdCoolBoxes = 2)
{
    ForecastInput input;
    input.cools = vsys::test::briefing::calendar();
    input.plan = {{1, 4, 7}, {2, 3, 5}, {3, thirdCoolBoxes, 4}};
    input.dosesPerBox = 100;
    input.dailyVaccinations = std::move(daily);
    input.wastedDoses = 30;
    input.wastedAsOf = QDate(2022, 3, 13);
    input.usableDays = 30;
    input.today = kToday;
    return input;
}

TEST(DoseForecastTest, perCoolDeliveredGivenWastedAndOnHand)
{
    // 10 a day from 2/28: 140 in the first クール, 30 so far in the second.
    const Forecast forecast = DoseForecast::make(briefingPlan(everyDay(QDate(2022, 2, 28), kToday, 10)));
    ASSERT_EQ(forecast.cools.size(), 5);
    const ForecastCool& first = forecast.cools.at(0);
    EXPECT_EQ(first.deliveredDoses, 400);
    EXPECT_TRUE(first.arrived);
    EXPECT_EQ(first.given, 140);
    EXPECT_EQ(first.wasted, 30);
    EXPECT_EQ(first.onHand, 230);
    const ForecastCool& second = forecast.cools.at(1);
    EXPECT_EQ(second.deliveredDoses, 300);
    EXPECT_EQ(second.given, 30);
    EXPECT_EQ(second.wasted, 0);
    EXPECT_EQ(second.onHand, 500);
    const ForecastCool& third = forecast.cools.at(2);
    EXPECT_EQ(third.plannedDoses, 200);
    EXPECT_EQ(third.deliveredDoses, std::nullopt);
    EXPECT_FALSE(third.arrived);
    EXPECT_EQ(third.onHand, std::nullopt);
    EXPECT_EQ(forecast.onHand, 500);
    EXPECT_EQ(forecast.dosesInLast14Days, 140);
    EXPECT_EQ(forecast.nextStart, QDate(2022, 3, 28));
    EXPECT_EQ(forecast.usableUntil, QDate(2022, 4, 5));
}

TEST(DoseForecastTest, warnsWithTheDosesLeftWhenTheNextCoolStarts)
{
    // On hand 500: 200 of the 2/21 delivery (usable to 3/22) and 300 of the 3/7 one. At 10 a day, 3/17–3/22 use
    // 60 of the first (140 expire on 3/23) and 3/23–3/27 use 50 of the second (250 left when 3/28 starts).
    const Forecast forecast = DoseForecast::make(briefingPlan(everyDay(QDate(2022, 2, 28), kToday, 10)));
    EXPECT_EQ(forecast.surplus, 390);
    EXPECT_EQ(forecast.expiring, 140);
    EXPECT_EQ(forecast.warning(),
              u"約390回分が余る見込みです。1日あたり約10.0回（直近14日）のペースでは、在庫500回のうち約140回が"
              u"使用期限までに使われません。計画の減量を検討してください。"_s);
}

TEST(DoseForecastTest, withoutAFurtherDeliveryTheUsablePeriodIsTheLimit)
{
    // No doses planned from 3/28: the 250 left of the 3/7 delivery are used 3/28–4/5 (90) and 160 expire on 4/6.
    const Forecast forecast = DoseForecast::make(briefingPlan(everyDay(QDate(2022, 2, 28), kToday, 10), 0));
    EXPECT_FALSE(forecast.nextStart.isValid());
    EXPECT_EQ(forecast.surplus, 300);
    EXPECT_EQ(forecast.expiring, 300);
}

TEST(DoseForecastTest, leftAtTheNextCoolWithoutExpiringSaysWhen)
{
    ForecastInput input = briefingPlan(everyDay(QDate(2022, 2, 28), kToday, 10));
    input.usableDays = 60;
    // Nothing expires before 3/28: 500 − 11 days × 10 = 390.
    const Forecast forecast = DoseForecast::make(input);
    EXPECT_EQ(forecast.surplus, 390);
    EXPECT_EQ(forecast.expiring, 0);
    EXPECT_EQ(forecast.warning(),
              u"約390回分が余る見込みです。1日あたり約10.0回（直近14日）のペースでは、在庫500回を"
              u"次のクールが始まる2022/03/28までに使い切れません。計画の減量を検討してください。"_s);
}

TEST(DoseForecastTest, aRateThatUsesEverythingWarnsOfNothing)
{
    // 30 a day 3/2–3/15: 420 given, 250 on hand, used up by 3/25.
    const Forecast forecast = DoseForecast::make(briefingPlan(everyDay(QDate(2022, 3, 2), QDate(2022, 3, 15), 30)));
    EXPECT_EQ(forecast.onHand, 250);
    EXPECT_EQ(forecast.dosesInLast14Days, 420);
    EXPECT_EQ(forecast.surplus, 0);
    EXPECT_TRUE(forecast.warning().isEmpty());
}

TEST(DoseForecastTest, aFractionalRateIsRoundedOnceAtTheEnd)
{
    // 145 in the 14 days 3/2–3/15 (10.36 a day), nothing on other days: on hand 700 − 145 − 30 = 525, of which
    // 225 of the first delivery: 3/17–3/22 use 62.14 of them and 162.86 expire; 3/23–3/27 use 51.79 of the
    // second, 248.21 left: 411.07 → 411.
    QMap<QDate, int> daily = everyDay(QDate(2022, 3, 2), QDate(2022, 3, 15), 10);
    daily.insert(QDate(2022, 3, 15), 15);
    const Forecast forecast = DoseForecast::make(briefingPlan(daily));
    EXPECT_EQ(forecast.dosesInLast14Days, 145);
    EXPECT_EQ(forecast.onHand, 525);
    EXPECT_EQ(forecast.surplus, 411);
    EXPECT_EQ(forecast.expiring, 163);
}

TEST(DoseForecastTest, theShippedVaccinesSayHowLongTheyAreUsable)
{
    EXPECT_EQ(VaccineCatalog::builtIn().find(u"moderna_workplace"_s)->usableDays, 30);
    EXPECT_EQ(VaccineCatalog::builtIn().find(u"pfizer"_s)->usableDays, 31);
    const auto bad = VaccineCatalog::fromJson(
        R"({"vaccines":[{"key":"a","name":"A","product":"P","doses_per_vial":6,"usable_days":0}]})");
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().field, u"vaccines[0].usable_days"_s);
}

} // namespace
