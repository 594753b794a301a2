// SPDX-License-Identifier: MIT
// 分配量 and 配送予定日: what vsysdesk-admin and the server accept for the briefing's クール (2/28～3/13接種,
// 2/21週配送), each refusal with its field and Japanese message, and how the screens write an allocation.
#include "core/plan/Allocation.h"

#include "tests/support/BriefingCalendar.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace vsys::core;

namespace {

const CoolPeriod kFirst = vsys::test::briefing::calendar().at(0);

Allocation allocation(int boxes, std::optional<int> needles, QDate delivery)
{
    return {boxes, needles, delivery};
}

void expectRefused(const Result<void>& result, const QString& field, const QString& message)
{
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().field, field);
    EXPECT_EQ(result.error().message, message);
    EXPECT_EQ(result.error().code, ErrorCode::Invalid);
}

TEST(AllocationRulesTest, theDeliveryDateFallsFromTheDeliveryWeekToTheDayBeforeVaccination)
{
    EXPECT_EQ(AllocationRules::earliestDelivery(kFirst), QDate(2022, 2, 21));
    EXPECT_EQ(AllocationRules::latestDelivery(kFirst), QDate(2022, 2, 27));
    EXPECT_TRUE(AllocationRules::check(kFirst, allocation(4, 7, QDate(2022, 2, 21))).ok());
    EXPECT_TRUE(AllocationRules::check(kFirst, allocation(4, 7, QDate(2022, 2, 27))).ok());
    EXPECT_TRUE(AllocationRules::check(kFirst, allocation(4, std::nullopt, QDate())).ok());
    const QString window
        = u"配送予定日：2/28～3/13接種（2/21週配送）は2022/02/21から2022/02/27までの日付を入力してください。"_s;
    expectRefused(AllocationRules::check(kFirst, allocation(4, 7, QDate(2022, 2, 20))), u"delivery_date"_s, window);
    expectRefused(AllocationRules::check(kFirst, allocation(4, 7, QDate(2022, 2, 28))), u"delivery_date"_s, window);

    // Delivered two weeks ahead (domain-rules.md §5: 第3クール 3/28 with 3/14週配送): the window spans both weeks.
    CoolPeriod early = kFirst;
    early.deliveryWeek = QDate(2022, 2, 14);
    EXPECT_EQ(AllocationRules::latestDelivery(early), QDate(2022, 2, 27));
}

TEST(AllocationRulesTest, countsAreBoundedAndNothingIsDeliveredForNoVaccine)
{
    expectRefused(AllocationRules::check(kFirst, allocation(-1, 7, QDate())), u"boxes"_s,
                  u"分配量（ワクチン）：0から9,999までの箱数を入力してください。"_s);
    expectRefused(AllocationRules::check(kFirst, allocation(10000, 7, QDate())), u"boxes"_s,
                  u"分配量（ワクチン）：0から9,999までの箱数を入力してください。"_s);
    expectRefused(AllocationRules::check(kFirst, allocation(4, 10000, QDate())), u"needle_boxes"_s,
                  u"分配量（針・シリンジ）：0から9,999までの箱数を入力してください。"_s);
    EXPECT_TRUE(AllocationRules::check(kFirst, allocation(9999, 9999, QDate())).ok());
    expectRefused(
        AllocationRules::check(kFirst, allocation(0, 0, QDate(2022, 2, 22))), u"delivery_date"_s,
        u"配送予定日：2/28～3/13接種はワクチンの分配がないため配送されません。先に箱数を設定してください。"_s);
}

TEST(AllocationRulesTest, labelsOfTheAllocationScreen)
{
    EXPECT_EQ(AllocationRules::deliveryDateLabel(QDate(2022, 2, 22)), u"2022/02/22"_s);
    EXPECT_EQ(AllocationRules::deliveryDateLabel(QDate()), u"未定"_s);
    EXPECT_EQ(AllocationRules::needleLabel(7, 100), u"7箱（700本）"_s);
    EXPECT_EQ(AllocationRules::needleLabel(std::nullopt, 100), u"未定"_s);

    CoolPeriod first = kFirst;
    first.allocatedNeedleBoxes = 7;
    first.deliveryDate = QDate(2022, 2, 22);
    const AllocationLine line = AllocationRules::line(first, {1, 4, 7}, vsys::test::briefing::kServerNow);
    EXPECT_EQ(line.period, u"2/28～3/13接種（2/21週配送）"_s);
    EXPECT_EQ(line.planned, u"600回接種分（4箱）"_s);
    EXPECT_EQ(line.plannedNeedles, u"7箱（700本）"_s);
    EXPECT_EQ(line.allocated, u"600回接種分（4箱）"_s);
    EXPECT_EQ(line.allocatedNeedles, u"7箱（700本）"_s);
    EXPECT_EQ(line.deliveryDate, u"2022/02/22"_s);
    EXPECT_EQ(line.state, u"分配量確定済"_s);
    const AllocationLine open
        = AllocationRules::line(vsys::test::briefing::calendar().at(2), {3, 2, 4}, vsys::test::briefing::kServerNow);
    EXPECT_EQ(open.planned, u"300回接種分（2箱）"_s);
    EXPECT_EQ(open.allocated, u"未定"_s);
    EXPECT_EQ(open.allocatedNeedles, u"未定"_s);
    EXPECT_EQ(open.deliveryDate, u"未定"_s);

    const QDateTime now = vsys::test::briefing::kServerNow;
    const QList<CoolPeriod> cools = vsys::test::briefing::calendar();
    EXPECT_EQ(AllocationRules::stateLabel(cools.at(0), now), u"分配量確定済"_s);
    EXPECT_EQ(AllocationRules::stateLabel(cools.at(2), now), u"計画変更可（2022/03/08 15:00まで）"_s);
    CoolPeriod locked = cools.at(2);
    locked.state = CoolPeriod::State::Locked;
    EXPECT_EQ(AllocationRules::stateLabel(locked, now), u"分配作業中"_s);
    EXPECT_EQ(AllocationRules::stateLabel(cools.at(2), vsys::test::briefing::japanTime(3, 8, 15, 0)),
              u"計画変更締切済（分配前）"_s);
}

} // namespace
